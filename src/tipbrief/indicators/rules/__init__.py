"""Extraction rules: patterns with ids and examples (YAML) and the functions that turn a sentence into rows.

``ruleset`` loads the YAML (patterns, word lists); ``clauses`` reads a sentence once; ``zeros``, ``counts``,
``breakdowns``, ``comparisons``, ``statements`` and ``mentions`` make rows from that state.
"""
