"""Extraction rules, one module per kind of statement; patterns and word lists live in YAML beside the package."""
