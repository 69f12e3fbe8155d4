"""``tipbrief sources list`` in an 80-column terminal: every line fits and no id is cut."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tipbrief.sources.catalog import load_catalog

REPO = Path(__file__).resolve().parents[1]
TIPBRIEF = Path(sys.executable).with_name("tipbrief")


def test_list_fits_80_columns_with_whole_ids(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    env = {**os.environ, "TIPBRIEF_ROOT": str(tmp_path), "COLUMNS": "80"}
    proc = subprocess.run([str(TIPBRIEF), "sources", "list", "--seeds", str(seeds)], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 80
    firsts = [line.split()[0] for line in lines if line.strip() and not line.strip().startswith(("─", "Sources", "id"))]
    ids = [s.id for s in load_catalog(seeds).sources]
    assert ids and all(i in firsts for i in ids), (ids, proc.stdout)
