#!/usr/bin/env python3
"""Makes the smallest workbooks that show the bugs the property test (uk.scorecard.property)
found in workbooks openpyxl writes, one per bug, each named for it. Written with openpyxl, as
the property test's second writer does.

    python3 make.py        (from this folder; needs openpyxl)
"""
from openpyxl import Workbook
from openpyxl.comments import Comment

PCT = "0%"


def table(ws, rows):
    for r in rows:
        ws.append(r)


def officers_note_beside_a_note_of_ours():
    """An officer's note on A1, and a RAG the officer wrote that the figures contradict, so
    rating adds a note of its own on the same sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "KPIs"
    table(ws, [
        ["Ref", "Indicator", "Polarity", "Q3 2028/29", "Target", "RAG"],
        ["FD 6", "% of care leavers in touch with the council", "Lower is better", 0.9492,
         "93%", "Blue"],
    ])
    ws["D2"].number_format = PCT
    ws["A1"].comment = Comment("Figure revised in the next return", "Officer")
    wb.save("openpyxl-note-beside-our-note.xlsx")


def formula_in_rag_with_no_saved_result():
    """A formula in the RAG cell, saved by openpyxl with an empty result (<v/>)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "KPIs"
    table(ws, [
        ["Ref", "Indicator", "Polarity", "Q1 2028/29", "Q2 2028/29", "Target", "RAG"],
        ["FD 3", "Number of child protection plans", "Lower is better", 100, 123, 110,
         '=IF(TRUE,"Green","Red")'],
    ])
    wb.save("openpyxl-formula-in-rag.xlsx")


if __name__ == "__main__":
    officers_note_beside_a_note_of_ours()
    formula_in_rag_with_no_saved_result()
