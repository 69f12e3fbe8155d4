"""What the theme notebooks import: analysis of the indicator table, charts, findings, style, citations.

May import: foundation modules, ``tipbrief.sources`` and ``tipbrief.indicators`` (never runs, briefing, editions).
"""
