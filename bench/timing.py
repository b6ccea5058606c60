#!/usr/bin/env python3
"""Whole-process timings for bench/run: each command N times, interleaved, with peak memory.

Usage: timing.py RUNS DIR. Times, for S, M and L in DIR: the openpyxl peer (peer.py), our
`rate` and our `check` through bin/scorecard, and prints medians, peak RSS and the ratio of ours
to the peer's median time measured in the same run.
"""
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LAUNCHER = os.path.join(HERE, "..", "bin", "scorecard")


def run(cmd):
    """Wall seconds and peak resident memory (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1 = findings, which the benchmark workbooks have
        sys.exit(f"failed ({code}): {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def commands(size, folder, out):
    book = os.path.join(folder, f"scorecard-{size}.xlsx")
    return {
        "peer": [sys.executable, os.path.join(HERE, "peer.py"), book, os.path.join(out, f"peer-{size}.xlsx")],
        "rate": [LAUNCHER, "rate", book, "-o", os.path.join(out, f"rated-{size}.xlsx")],
        "check": [LAUNCHER, "check", book],
    }


def main():
    runs, folder = int(sys.argv[1]), sys.argv[2]
    out = os.path.join(folder, "out")
    os.makedirs(out, exist_ok=True)
    print(f"whole process, median of {runs} interleaved runs (peak = largest RSS seen)")
    print(f"| size | peer: openpyxl load, rate, save | ours: rate | ratio | ours: check | ratio |")
    print(f"|---|---|---|---|---|---|")
    for size in ("S", "M", "L"):
        cmds = commands(size, folder, out)
        run(cmds["rate"])  # one untimed run: the class-data archive exists from then on
        times = {k: [] for k in cmds}
        peaks = {k: 0.0 for k in cmds}
        for _ in range(runs):
            for k, cmd in cmds.items():
                t, m = run(cmd)
                times[k].append(t)
                peaks[k] = max(peaks[k], m)
        med = {k: statistics.median(v) for k, v in times.items()}
        cell = lambda k: f"{med[k]:.2f} s, {peaks[k]:.0f} MB"
        print(f"| {size} | {cell('peer')} | {cell('rate')} | {med['rate'] / med['peer']:.3f}x"
              f" | {cell('check')} | {med['check'] / med['peer']:.3f}x |", flush=True)


if __name__ == "__main__":
    main()
