#!/usr/bin/env python3
"""Memory per cell (issue 23): time, peak RSS and the smallest heap for `rate` and `check` of one
scorecard table of 870,000 and of 1,000,000 cells.

Usage: cells.py JAR DIR [RUNS [WORKBOOK...]]. DIR holds cells-870k.xlsx and cells-1m.xlsx (written by
`java -cp benchmark/target/benchmarks.jar uk.scorecard.bench.TableWorkbooks DIR`). Each figure is
`java -jar JAR` with the JVM's default heap: the median wall and CPU seconds of RUNS runs and the
largest peak RSS; then the smallest -Xmx (to 8 MB) with which the command still succeeds.
"""
import os
import statistics
import subprocess
import sys
import time


def run(cmd):
    """Wall seconds, peak RSS (MB), CPU seconds and success of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    # 0 clean, 1 findings; an out-of-memory exits 3 (ExitOnOutOfMemoryError) or fails the run.
    ok = code in (0, 1) and " indicators" in out
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, ok


def command(jar, name, book, out, heap=None):
    cmd = ["java", "-XX:+ExitOnOutOfMemoryError"] + ([f"-Xmx{heap}m"] if heap else [])
    cmd += ["-jar", jar, name, book]
    return cmd + (["-o", out] if name == "rate" else [])


def smallest_heap(jar, name, book, out):
    """The smallest heap in MB (to 8 MB) that runs the command, searched from 16 MB to 4 GB."""
    low, high = 16, 4096  # low fails (assumed), high succeeds (checked)
    if not run(command(jar, name, book, out, high))[3]:
        return None
    while high - low > 8:
        mid = (low + high) // 2
        if run(command(jar, name, book, out, mid))[3]:
            high = mid
        else:
            low = mid
    return high


def main():
    jar, folder = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    out = os.path.join(folder, "rated.xlsx")
    print(f"java -jar, default heap: median of {runs} runs (CPU in brackets), largest peak RSS;"
          " smallest -Xmx that works")
    print("| workbook | command | time | peak RSS | smallest heap |")
    print("|---|---|---|---|---|")
    for book in sys.argv[4:] or ("cells-870k.xlsx", "cells-1m.xlsx"):
        path = os.path.join(folder, book)
        for name in ("rate", "check"):
            results = [run(command(jar, name, path, out)) for _ in range(runs)]
            if not all(r[3] for r in results):
                print(f"| {book} | {name} | failed | | |")
                continue
            wall = statistics.median(r[0] for r in results)
            cpu = statistics.median(r[2] for r in results)
            rss = max(r[1] for r in results)
            heap = smallest_heap(jar, name, path, out)
            print(f"| {book} | {name} | {wall:.2f} s ({cpu:.2f} s) | {rss:.0f} MB | {heap} MB |",
                  flush=True)


if __name__ == "__main__":
    main()
