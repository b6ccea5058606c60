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
    """Wall seconds, peak resident memory (MB) and CPU seconds of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1 = findings, which the benchmark workbooks have
        sys.exit(f"failed ({code}): {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


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
    print(f"whole process, median of {runs} interleaved runs: wall time, peak RSS (largest seen),"
          " and the ratio of ours to the peer's wall time (CPU time in brackets: it varies less"
          " when the machine is busy)")
    print("| size | peer: openpyxl load, rate, save | ours: rate | ratio | ours: check | ratio |")
    print("|---|---|---|---|---|---|")
    for size in ("S", "M", "L"):
        cmds = commands(size, folder, out)
        run(cmds["rate"])  # one untimed run: the class-data archive exists from then on
        times = {k: [] for k in cmds}
        cpus = {k: [] for k in cmds}
        peaks = {k: 0.0 for k in cmds}
        for _ in range(runs):
            for k, cmd in cmds.items():
                t, m, c = run(cmd)
                times[k].append(t)
                cpus[k].append(c)
                peaks[k] = max(peaks[k], m)
        med = {k: statistics.median(v) for k, v in times.items()}
        cpu = {k: statistics.median(v) for k, v in cpus.items()}
        cell = lambda k: f"{med[k]:.2f} s ({cpu[k]:.2f} s), {peaks[k]:.0f} MB"
        ratio = lambda k: f"{med[k] / med['peer']:.3f}x ({cpu[k] / cpu['peer']:.3f}x)"
        print(f"| {size} | {cell('peer')} | {cell('rate')} | {ratio('rate')}"
              f" | {cell('check')} | {ratio('check')} |", flush=True)


if __name__ == "__main__":
    main()
