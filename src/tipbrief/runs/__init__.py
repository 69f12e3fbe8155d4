"""Stage 3, notebook runs: parameters, the papermill runner and its cache of executed notebooks.

May import: foundation modules, ``tipbrief.sources`` and ``tipbrief.indicators``.
"""

#: Seconds one notebook cell may run before its notebook is stopped and reported (``--cell-timeout``;
#: 0: no limit). Here, not in the runner, so the CLI can show it without importing papermill.
CELL_TIMEOUT = 600.0
