# Writes test/fixtures/other-programs/return.openpyxl.xlsx: the committed unit template filled and saved by
# openpyxl, as a unit's own script would (openpyxl writes formulas without cached results, shared strings, and
# its own styles and protection XML). Run once with python3-openpyxl installed (CI only reads the file):
#   /usr/bin/python3 scripts/make-openpyxl-fixture.py
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "test", "fixtures", "other-programs")

wb = openpyxl.load_workbook(os.path.join(FIXTURES, "template.xlsx"))
ws = wb["指标填报"]
header = [c.value for c in ws[1]]
quarter = header.index("一季度") + 1
progress = header.index("进展情况") + 1
k = 0
for row in ws.iter_rows(min_row=2):
    figure = row[quarter - 1]
    if figure.protection.locked is False:
        # The k-th fill row gets 20 + k, typed as a number.
        figure.value = 20 + k
        k += 1
    text = row[progress - 1]
    if text.protection.locked is False:
        text.value = f"openpyxl 填写的进展 {row[0].value}"
wb.save(os.path.join(FIXTURES, "return.openpyxl.xlsx"))
