"""Stage 1, sources: the catalog of documents and reading a source file as text.

May import: the foundation modules (errors, paths, atomic) only.
"""
