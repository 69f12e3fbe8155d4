"""Stage 3, notebook runs: parameters, the papermill runner and its cache of executed notebooks.

May import: foundation modules, ``tipbrief.sources`` and ``tipbrief.indicators``.
"""
