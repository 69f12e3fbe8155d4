"""Extraction rules: ``ruleset`` loads the YAML (patterns with ids and examples, word lists); ``clauses`` reads a
sentence once; ``zeros``, ``counts``, ``breakdowns``, ``comparisons``, ``statements`` and ``mentions`` make rows."""
