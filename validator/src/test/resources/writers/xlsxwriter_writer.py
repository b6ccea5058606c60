"""Writes the scorecard in content.json with XlsxWriter: python3 xlsxwriter_writer.py CONTENT PNG OUT."""
import datetime
import json
import sys

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

WIDTHS = [8, 52, 16, 8, 8, 8, 8, 8, 10, 10, 8, 40]


def scorecard(wb, ws, s, author):
    header = wb.add_format({"bold": True, "bg_color": "#D9D9D9"})
    formats = {}

    def fmt(number_format):
        return formats.setdefault(number_format, wb.add_format({"num_format": number_format}))

    last = xl_col_to_name(len(s["header"]) - 1)
    ws.merge_range(f"A1:{last}1", s["title"], wb.add_format({"bold": True, "font_size": 14}))
    ws.write_comment("A1", s["titleNote"], {"author": author})
    ws.merge_range("E3:G3", s["group"], header)
    ws.write_row("A4", s["header"], header)
    for r, ind in enumerate(s["rows"], 4):
        ws.write_row(r, 0, [ind["ref"], ind["title"], ind["polarity"], ind["unit"]])
        for c, v in enumerate([*ind["figures"], ind["target"]], 4):
            if isinstance(v, (int, float)):
                ws.write_number(r, c, v, fmt(ind["format"]))
            else:
                ws.write_string(r, c, v)
        ws.write_string(r, 8, ind["tolerance"])
        if "caveat" in ind:
            ws.write_string(r, 11, ind["caveat"])
        if "figureNote" in ind:
            ws.write_comment(r, 4 + ind["figureNote"]["month"], ind["figureNote"]["text"],
                             {"author": author})
    end = 4 + len(s["rows"])
    ws.write_url(end + 1, 0, s["link"], string=s["source"])
    ws.data_validation(f"C5:C{end}", {"validate": "list", "source": s["polarities"]})
    ws.conditional_format(f"E5:G{end}", {
        "type": "cell", "criteria": "<", "value": 0.5,
        "format": wb.add_format({"bg_color": "#FFC7CE"})})
    wb.define_name(s["definedName"], f"={s['sheet']}!$H$5:$H${end}")
    for c, width in enumerate(WIDTHS):
        ws.set_column(c, c, width)
    ws.freeze_panes(4, 0)


def detail(wb, ws, d):
    header = wb.add_format({"bold": True, "bg_color": "#D9D9D9"})
    number, percent = wb.add_format({"num_format": "0"}), wb.add_format({"num_format": "0%"})
    ws.write_row(0, 0, d["header"], header)
    ws.write_row(1, 0, [""] * len(d["header"]), header)
    for i, period in enumerate(d["periods"]):
        first = 4 + 2 * i
        ws.merge_range(0, first, 0, first + 1, period, header)
        ws.write_row(1, first, d["subHeader"], header)
    for r, ind in enumerate(d["rows"], 2):
        ws.write_row(r, 0, [ind["ref"], ind["title"], ind["polarity"]])
        ws.write_number(r, 3, ind["target"], percent)
        for i, (n, share) in enumerate(ind["figures"]):
            ws.write_number(r, 4 + 2 * i, n, number)
            ws.write_number(r, 5 + 2 * i, share, percent)
    ws.set_column("B:B", 52)
    ws.set_column("C:C", 16)


def lookups(ws, lk, png):
    ws.add_table(0, 0, len(lk["rows"]), len(lk["header"]) - 1, {
        "name": lk["table"], "data": lk["rows"], "style": "Table Style Medium 2",
        "columns": [{"header": h} for h in lk["header"]]})
    ws.set_column("A:A", 18)
    ws.set_column("B:B", 34)
    ws.insert_image(lk["image"], png)


def main(content_path, png, out):
    with open(content_path, encoding="utf-8") as f:
        content = json.load(f)
    wb = xlsxwriter.Workbook(out)
    wb.set_properties({"author": content["author"],
                       "created": datetime.datetime(2024, 7, 1, 9, 0, 0)})
    s = content["scorecard"]
    scorecard(wb, wb.add_worksheet(s["sheet"]), s, content["author"])
    detail(wb, wb.add_worksheet(content["detail"]["sheet"]), content["detail"])
    lookups(wb.add_worksheet(content["lookups"]["sheet"]), content["lookups"], png)
    wb.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
