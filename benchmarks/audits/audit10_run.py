"""Audit 10's runner: audit 8's (``audit8_run.py``), which takes any round file and compares each case's rows exactly as
tests/extraction/test_cases.py does (every field and flag), printing per case ok/differs with got vs expected.

Usage: PYTHONPATH=src python benchmarks/audits/audit10_run.py benchmarks/audits/audit10-rounds/r1.yml
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audit8_run import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
