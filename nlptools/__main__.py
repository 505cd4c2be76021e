"""``python -m nlptools``: the command line."""
from .cli import main

main()
