"""Audit 9's runner: audit 8's (``audit8_run.py``), which takes any round file; kept under this name for the tally.

Usage: PYTHONPATH=src python benchmarks/audits/audit9_run.py benchmarks/audits/audit9-rounds/r1.yml
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audit8_run import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
