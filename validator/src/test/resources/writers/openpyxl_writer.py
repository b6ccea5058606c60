"""Writes the scorecard in content.json with openpyxl: python3 openpyxl_writer.py CONTENT PNG OUT."""
import datetime
import json
import sys

import openpyxl
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
BOLD = Font(bold=True)
WIDTHS = [8, 52, 16, 8, 8, 8, 8, 8, 10, 10, 8, 40]


def note(text, author):
    c = Comment(text, author)
    c.width, c.height = 240, 60
    return c


def scorecard(ws, s, author):
    last = get_column_letter(len(s["header"]))
    ws["A1"] = s["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].comment = note(s["titleNote"], author)
    ws.merge_cells(f"A1:{last}1")
    ws["E3"] = s["group"]
    ws.merge_cells("E3:G3")
    for col in range(5, 8):
        ws.cell(3, col).fill = HEADER_FILL
    ws["E3"].font = BOLD
    for col, label in enumerate(s["header"], 1):
        cell = ws.cell(4, col, label)
        cell.font, cell.fill = BOLD, HEADER_FILL
    for r, ind in enumerate(s["rows"], 5):
        values = [ind["ref"], ind["title"], ind["polarity"], ind["unit"], *ind["figures"],
                  ind["target"], ind["tolerance"]]
        for col, v in enumerate(values, 1):
            cell = ws.cell(r, col, v)
            if isinstance(v, (int, float)) and col >= 5:
                cell.number_format = ind["format"]
        if "caveat" in ind:
            ws.cell(r, 12, ind["caveat"])
        if "figureNote" in ind:
            ws.cell(r, 5 + ind["figureNote"]["month"]).comment = note(ind["figureNote"]["text"], author)
    end = 4 + len(s["rows"])
    source = ws.cell(end + 2, 1, s["source"])
    source.hyperlink = s["link"]
    source.style = "Hyperlink"
    dv = DataValidation(type="list", formula1='"' + ",".join(s["polarities"]) + '"', allow_blank=True)
    dv.add(f"C5:C{end}")
    ws.add_data_validation(dv)
    ws.conditional_formatting.add(f"E5:G{end}", CellIsRule(
        operator="lessThan", formula=["0.5"], fill=PatternFill("solid", bgColor="FFC7CE")))
    name = DefinedName(s["definedName"], attr_text=f"{s['sheet']}!$H$5:$H${end}")
    if hasattr(ws.parent.defined_names, "append"):  # openpyxl 3.0
        ws.parent.defined_names.append(name)
    else:  # openpyxl 3.1
        ws.parent.defined_names[s["definedName"]] = name
    for col, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A5"


def detail(ws, d):
    for col, label in enumerate(d["header"], 1):
        ws.cell(1, col, label)
    for i, period in enumerate(d["periods"]):
        first = 5 + 2 * i
        ws.cell(1, first, period)
        ws.merge_cells(start_row=1, start_column=first, end_row=1, end_column=first + 1)
        for j, sub in enumerate(d["subHeader"]):
            ws.cell(2, first + j, sub)
    for row in (1, 2):
        for col in range(1, 5 + 2 * len(d["periods"])):
            ws.cell(row, col).font, ws.cell(row, col).fill = BOLD, HEADER_FILL
    for r, ind in enumerate(d["rows"], 3):
        for col, v in enumerate([ind["ref"], ind["title"], ind["polarity"], ind["target"]], 1):
            ws.cell(r, col, v)
        ws.cell(r, 4).number_format = "0%"
        for i, (number, share) in enumerate(ind["figures"]):
            ws.cell(r, 5 + 2 * i, number).number_format = "0"
            ws.cell(r, 6 + 2 * i, share).number_format = "0%"
    ws.column_dimensions["B"].width = 52
    ws.column_dimensions["C"].width = 16


def lookups(ws, lk, png):
    ws.append(lk["header"])
    for row in lk["rows"]:
        ws.append(row)
    table = Table(displayName=lk["table"], ref=f"A1:B{1 + len(lk['rows'])}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 34
    ws.add_image(Image(png), lk["image"])


def main(content_path, png, out):
    with open(content_path, encoding="utf-8") as f:
        content = json.load(f)
    wb = openpyxl.Workbook()
    wb.properties.creator = content["author"]
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 7, 1, 9, 0, 0)
    ws = wb.active
    ws.title = content["scorecard"]["sheet"]
    scorecard(ws, content["scorecard"], content["author"])
    detail(wb.create_sheet(content["detail"]["sheet"]), content["detail"])
    lookups(wb.create_sheet(content["lookups"]["sheet"]), content["lookups"], png)
    wb.save(out)


if __name__ == "__main__":
    main(*sys.argv[1:4])
