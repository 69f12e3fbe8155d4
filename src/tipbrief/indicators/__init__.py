"""Stage 2, indicators: ingestion into sentences, extraction rules, the evidence lock, table schema, definitions.

May import: foundation modules and ``tipbrief.sources``.
"""
