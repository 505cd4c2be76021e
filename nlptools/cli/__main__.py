"""``python -m nlptools.cli``: the command line."""
from . import main

main()
