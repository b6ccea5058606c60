#!/usr/bin/env python3
"""Prints a JMH CSV result as one line per benchmark: the median (sample mode) or the score."""
import csv
import sys

for r in csv.DictReader(open(sys.argv[1])):
    name = r["Benchmark"].replace("uk.scorecard.bench.WarmBench.", "")
    if r["Mode"] == "sample" and name.endswith(":p0.50"):
        print(f"  {name.split(':')[0]}: median {float(r['Score']):.1f} {r['Unit']}")
    elif r["Mode"] == "thrpt":
        print(f"  {name}: {float(r['Score']):.0f} {r['Unit']}"
              f" (± {float(r['Score Error (99.9%)']):.0f})")
