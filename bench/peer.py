#!/usr/bin/env python3
"""The Python peer for the benchmark: openpyxl load -> Change/RAG for the scorecard rows -> save.

Usage: peer.py IN.xlsx OUT.xlsx. Finds the header row (Ref ... Target, Tolerance, Change, RAG) on
the first sheet, rates each indicator on its latest two months, and saves the whole workbook.
"""
import sys
import openpyxl


def rate(ws):
    header = None
    for row in ws.iter_rows(min_row=1, max_row=20):
        names = [c.value for c in row]
        if "Ref" in names and "RAG" in names:
            header = row[0].row
            cols = {n: i + 1 for i, n in enumerate(names) if isinstance(n, str)}
            months = [i + 1 for i, n in enumerate(names) if not isinstance(n, str) and n is not None]
            break
    if header is None:
        return 0
    rated = 0
    for r in range(header + 1, ws.max_row + 1):
        if ws.cell(r, cols["Ref"]).value is None:
            continue
        values = [ws.cell(r, c).value for c in months]
        figures = [v for v in values if isinstance(v, (int, float))]
        if len(figures) >= 2:
            diff = figures[-1] - figures[-2]
            ws.cell(r, cols["Change"]).value = "No change" if diff == 0 else ("Up " if diff > 0 else "Down ") + str(abs(round(diff, 3)))
        target = ws.cell(r, cols["Target"]).value
        tol = ws.cell(r, cols["Tolerance"]).value
        higher = ws.cell(r, cols["Polarity"]).value == "Higher is better"
        if figures and isinstance(target, (int, float)):
            latest = figures[-1]
            band = 0.05 if str(tol).endswith("pp") else abs(target) * 0.10
            gap = (latest - target) if higher else (target - latest)
            ws.cell(r, cols["RAG"]).value = "Green" if gap >= 0 else ("Amber" if gap >= -band else "Red")
        rated += 1
    return rated


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    rated = rate(wb.worksheets[0])
    wb.save(sys.argv[2])
    print(f"{rated} indicators rated")


if __name__ == "__main__":
    main()
