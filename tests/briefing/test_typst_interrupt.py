"""Ctrl-C after a PDF was compiled reaches the command: the threads Typst's compiler leaves behind keep SIGINT blocked,
so the kernel gives a SIGINT to Python's main thread, also while it waits in a blocking call."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

# Compiles a one-line Typst file, prints which of the process's other threads let SIGINT through, then waits in one
# long sleep (a wait no other thread's signal handler wakes).
CHILD = r"""
import os, signal, sys, time
# SIGINT as a terminal gives a command: handled and not blocked (a test worker's own SIGINT state is inherited)
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
from pathlib import Path
from tipbrief.briefing.typst_tool import compile_pdf
work = Path(sys.argv[1])
(work / "t.typ").write_text('#set document(title: "T")\n#set text(lang: "en")\n= Title\nText.\n', encoding="utf-8")
compile_pdf(work / "t.typ", work / "t.pdf", root=work)
main = os.getpid()
open_to_sigint = []
for tid in os.listdir("/proc/self/task"):
    if int(tid) == main:
        continue
    status = Path(f"/proc/self/task/{tid}/status").read_text()
    blocked = int(next(line for line in status.splitlines() if line.startswith("SigBlk:")).split()[1], 16)
    if not blocked & (1 << (2 - 1)):
        open_to_sigint.append(tid)
try:  # (the line inside the try: the test sends Ctrl-C as soon as it reads it)
    print(len(os.listdir("/proc/self/task")) - 1, len(open_to_sigint), flush=True)
    time.sleep(120)
except KeyboardInterrupt:
    print("INTERRUPTED", flush=True)
"""


def test_ctrl_c_after_a_typst_compile_reaches_the_main_thread(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        threads, open_to_sigint = map(int, proc.stdout.readline().split())
        assert threads >= 1, "the compiler left no thread: nothing to check"
        assert open_to_sigint == 0, f"{open_to_sigint} of the compiler's {threads} threads take SIGINT"
        start = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
        assert "INTERRUPTED" in out, err
        assert time.monotonic() - start < 10
    finally:
        proc.kill()
        proc.wait()
