#!/usr/bin/env python3
"""Makes the trust fixtures: one small workbook per way rating once lost or misrated an
officer's data (issue 15). Written with openpyxl, as many councils' generated workbooks are.

    python3 make.py        (from this folder; needs openpyxl)
"""
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font

PCT = "0%"


def header(ws, row, labels):
    for col, text in enumerate(labels, start=1):
        ws.cell(row=row, column=col, value=text).font = Font(bold=True)


def figures(ws, row, first_col, values, fmt=None):
    for i, v in enumerate(values):
        c = ws.cell(row=row, column=first_col + i, value=v)
        if fmt and isinstance(v, float):
            c.number_format = fmt


def note_on_title():
    """openpyxl names its notes part xl/comments/comment1.xml: the officer's note must survive."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ws["A1"] = "Children's services scorecard"
    ws["A1"].comment = Comment("Officer note: figures are provisional", "Officer")
    header(ws, 3, ["Ref", "Indicator", "Polarity", "Jun-19", "Jul-19", "Target", "Change",
                   "RAG", "Caveat"])
    ws.append(["FD 7", "% of contacts with a decision within 1 working day", "Higher is better",
               0.76, 0.85, 0.95])
    ws.append(["FD 8", "% of re-referrals within 12 months", "Lower is better", 0.2, 0.25, 0.22])
    for r in (4, 5):
        for c in (4, 5, 6):
            ws.cell(row=r, column=c).number_format = PCT
    ws["E5"].comment = Comment("Officer: checked with the team", "Officer")
    wb.save("openpyxl-note-on-title.xlsx")


def merged_periods():
    """Each period merged over Number | %: new columns must go after the last % column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Detail"
    header(ws, 1, ["Ref", "Indicator", "Polarity", "Target", "Apr-24", None, "May-24", None])
    ws.merge_cells("E1:F1")
    ws.merge_cells("G1:H1")
    header(ws, 2, [None, None, None, None, "Number", "%", "Number", "%"])
    rows = [
        ("CP 1", "% of child protection plans reviewed in timescale", "Higher is better", 0.95,
         38, 0.95, 40, 0.93),
        ("CP 2", "% of children subject to a second or subsequent plan", "Lower is better", 0.2,
         5, 0.25, 3, 0.15),
        ("LAC 3", "% of children in care with an up to date health check", "Higher is better",
         0.9, 80, 0.89, 82, 0.91),
    ]
    for i, (ref, title, pol, target, n1, p1, n2, p2) in enumerate(rows, start=3):
        ws.cell(row=i, column=1, value=ref)
        ws.cell(row=i, column=2, value=title)
        ws.cell(row=i, column=3, value=pol)
        ws.cell(row=i, column=4, value=target).number_format = PCT
        ws.cell(row=i, column=5, value=n1)
        ws.cell(row=i, column=6, value=p1).number_format = PCT
        ws.cell(row=i, column=7, value=n2)
        ws.cell(row=i, column=8, value=p2).number_format = PCT
    wb.save("merged-period-number-percent.xlsx")


def withheld_figure():
    """A row whose figures are held in another report is an indicator, not a note."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    header(ws, 1, ["Ref", "Indicator", "Polarity", "Jun-19", "Jul-19", "Target"])
    ws.append(["FD 7", "% of contacts with a decision within 1 working day", "Higher is better",
               0.76, 0.85, 0.95])
    ws.append(["MC 1", "Number of children missing from care", None,
               "See Part 2 report", "See Part 2 report", None])
    ws.append(["AMT 2", "% of assessments completed within 45 working days", "Higher is better",
               0.9, "N/A", 0.95])
    for r in (2, 4):
        for c in (4, 5, 6):
            ws.cell(row=r, column=c).number_format = PCT
    wb.save("withheld-figure.xlsx")


def missing_in_title():
    """No Polarity column: 'missing' in the title must not make a timeliness measure lower-is-better."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    header(ws, 1, ["Ref", "Indicator", "Jun-19", "Jul-19", "Target"])
    ws.append(["MC 4", "% of return home interviews within 72 hours for children missing from "
               "care", 0.7, 0.64, 0.8])
    ws.append(["MC 5", "% of children with a missing episode offered a return interview", 0.9,
               0.82, 0.95])
    for r in (2, 3):
        for c in (3, 4, 5):
            ws.cell(row=r, column=c).number_format = PCT
    wb.save("missing-in-title.xlsx")


def brag_kept():
    """A hand-kept BRAG: the officer's Blue and an arrow in Change are theirs, not ours."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    header(ws, 1, ["Ref", "Indicator", "Polarity", "Jun-19", "Jul-19", "Target", "Change",
                   "BRAG"])
    ws.append(["FD 7", "% of contacts with a decision within 1 working day", "Higher is better",
               0.96, 0.99, 0.95, "\u2191", "Blue"])
    ws.append(["FD 8", "% of re-referrals within 12 months", "Lower is better", 0.2, 0.25, 0.22,
               None, "Blue"])
    ws.append(["AMT 2", "% of assessments completed within 45 working days", "Higher is better",
               0.9, 0.91, 0.95, "Up 1pp", "Red"])
    for r in (2, 3, 4):
        for c in (4, 5, 6):
            ws.cell(row=r, column=c).number_format = PCT
    wb.save("brag-kept.xlsx")


if __name__ == "__main__":
    note_on_title()
    merged_periods()
    withheld_figure()
    missing_in_title()
    brag_kept()
