#!/usr/bin/env python3
"""Prints a JMH CSV result as one line per benchmark: the median (sample mode) or the score."""
import csv
import sys

rows = list(csv.DictReader(open(sys.argv[1])))
for r in rows:
    name = r["Benchmark"].rsplit(".", 1)[-1]
    if r["Mode"] == "sample":
        if name.endswith("p0.50"):
            print(f"  {name.split(':')[0]}: median {float(r['Score']):.1f} {r['Unit']}")
        elif ":" not in name:
            print(f"  {name}: mean {float(r['Score']):.1f} {r['Unit']}")
    else:
        print(f"  {name}: {float(r['Score']):.0f} {r['Unit']} (± {float(r['Score Error (99.9%)']):.0f})")
