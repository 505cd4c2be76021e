"""Input and output: what the toolkit reads and writes.

- :mod:`.reading`: input documents (folders, text files, JSONL), encoding detection.
- :mod:`.formats`: output records (passage and article JSONL), the atomic JSONL writer, the schema.
- :mod:`.annotations`: annotation files: loading, validation, splitting by document.
- :mod:`.converters`: annotations to and from Prodigy, doccano and Label Studio.
- :mod:`.modelfiles`: saving and loading the topic model (skops, trusted types, hash check).

Nothing is imported here: import the module you need, so reading inputs never loads the converters.
"""
