"""Writes the sheets of a duban workbook spec with openpyxl, for bench/workbook.bench.ts to compare with.

Usage: python3 openpyxl_workbook.py <sheets.json> <out.xlsx>. The JSON is the WorkbookSpec's sheets (see
bench/workbook.bench.ts). Every cell is written with its value or formula and its block's style (font, fill,
alignment, number format, border, lock), and every sheet with its column widths, row heights, panes, filter, data
validations, conditional formats, protection and page setup: what `duban workbook` writes, less the 看板 charts.
Prints {"ms": ..., "cpuMs": ..., "cells": ..., "formulas": ...}: the time and the CPU time from the loaded JSON
to the saved file.
"""
import json
import sys
import time

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation


def ref(r):
    first = f"{get_column_letter(r['col'] + 1)}{r['row'] + 1}"
    last = f"{get_column_letter(r['col'] + r['cols'])}{r['row'] + r['rows']}"
    return f"{first}:{last}"


def argb(color):
    return "FF" + color.lstrip("#").upper()


THIN = Side(style="thin", color="FFBFBFBF")


def styles(style):
    return {
        "font": Font(
            name="宋体",
            size=style.get("fontSize", 11),
            bold=style.get("bold", False),
            color=argb(style["fontColor"]) if "fontColor" in style else None,
        ),
        "fill": PatternFill("solid", fgColor=argb(style["fill"])) if "fill" in style else None,
        "alignment": Alignment(
            wrap_text=style.get("wrap", False),
            vertical={"middle": "center"}.get(style.get("vAlign", "middle"), style.get("vAlign")),
            horizontal=style.get("hAlign"),
        ),
        "number_format": style.get("numberFormat"),
        "border": Border(top=THIN, left=THIN, bottom=THIN, right=THIN) if style.get("border") else None,
        "protection": Protection(locked=style.get("locked", True)),
    }


def write_sheet(wb, sheet):
    ws = wb.create_sheet(sheet["name"])
    if sheet.get("hidden"):
        ws.sheet_state = "veryHidden" if sheet["hidden"] == "very" else "hidden"
    for i, width in enumerate(sheet["columnWidths"]):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    cells = formulas = 0
    for block in sheet["blocks"]:
        s = styles(block.get("style", {}))
        for r, row in enumerate(block["cells"]):
            for c, value in enumerate(row):
                cell = ws.cell(row=block["row"] + r + 1, column=block["col"] + c + 1)
                cells += 1
                if isinstance(value, dict):
                    cell.value = "=" + value["formula"]
                    formulas += 1
                elif value is not None:
                    cell.value = value
                    if isinstance(value, str):
                        cell.data_type = "s"  # text stays text, as in duban's files
                cell.font = s["font"]
                if s["fill"] is not None:
                    cell.fill = s["fill"]
                cell.alignment = s["alignment"]
                if s["number_format"]:
                    cell.number_format = s["number_format"]
                if s["border"] is not None:
                    cell.border = s["border"]
                cell.protection = s["protection"]
    for row, height in enumerate(sheet.get("rowHeights") or []):
        if height:
            ws.row_dimensions[row + 1].height = height
    if sheet.get("freeze"):
        f = sheet["freeze"]
        ws.freeze_panes = f"{get_column_letter(f['cols'] + 1)}{f['rows'] + 1}"
    if sheet.get("autoFilter"):
        ws.auto_filter.ref = ref(sheet["autoFilter"])
    for v in sheet["validations"]:
        if v["type"] == "list":
            dv = DataValidation(type="list", formula1='"' + ",".join(v["values"]) + '"')
        else:
            low = v["min"] if v["min"] is not None else -1e12
            high = v["max"] if v["max"] is not None else 1e12
            dv = DataValidation(type=v["type"], operator="between", formula1=str(low), formula2=str(high))
        dv.allow_blank = v["allowBlank"]
        dv.error, dv.errorTitle, dv.showErrorMessage = v["error"], "输入有误", True
        if v.get("prompt"):
            dv.prompt, dv.promptTitle, dv.showInputMessage = v["prompt"], "填写提示", True
        dv.add(ref(v["range"]))
        ws.add_data_validation(dv)
    for f in sheet["conditionalFormats"]:
        rule = CellIsRule(
            operator="equal",
            formula=['"' + f["text"] + '"'],
            fill=PatternFill("solid", bgColor=argb(f["fill"])),
            font=Font(color=argb(f["fontColor"])),
        )
        ws.conditional_formatting.add(ref(f["range"]), rule)
    if sheet.get("protection"):
        p = sheet["protection"]
        ws.protection.sheet = True
        ws.protection.autoFilter = not p["allowAutoFilter"]
        ws.protection.sort = not p["allowSort"]
        ws.protection.formatColumns = not p["allowFormatColumns"]
        ws.protection.formatRows = not p["allowFormatRows"]
        if p["password"]:
            ws.protection.password = p["password"]
    if sheet.get("print"):
        p = sheet["print"]
        ws.page_setup.paperSize = 9
        ws.page_setup.orientation = p["orientation"]
        if "scale" in p:
            ws.page_setup.scale = p["scale"]
        else:
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 1 if p.get("onePage") else 0
        if p.get("repeatRows"):
            ws.print_title_rows = f"{p['repeatRows'][0] + 1}:{p['repeatRows'][1] + 1}"
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    return cells, formulas


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        sheets = json.load(f)
    start = time.perf_counter()
    cpu = time.process_time()
    wb = Workbook()
    wb.remove(wb.active)
    cells = formulas = 0
    for sheet in sheets:
        c, fo = write_sheet(wb, sheet)
        cells += c
        formulas += fo
    wb.save(sys.argv[2])
    ms = (time.perf_counter() - start) * 1000
    cpu_ms = (time.process_time() - cpu) * 1000
    print(json.dumps({"ms": round(ms), "cpuMs": round(cpu_ms), "cells": cells, "formulas": formulas}))


if __name__ == "__main__":
    main()
