"""Stage 4, briefing: the build pipeline, render engines (builtin pandoc + Typst, Quarto), generated parts.

May import every earlier stage (sources, indicators, runs, toolkit); never ``tipbrief.editions``.
"""
