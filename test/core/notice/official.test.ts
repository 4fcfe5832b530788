// The 公文 parts 参数 ask for (版头, 附注, 版记): read from the 参数 sheet, put on every draft, shown in its text.
import { defaultParams, PARAM_ROWS } from "../../../src/core/assess";
import {
  documentParts,
  draftReminders,
  draftSupervisionNotices,
  noticeToLines,
  owingUnits,
} from "../../../src/core/notice";
import { readParams } from "../../../src/core/workbook/readParams";
import type { CellValue } from "../../../src/core/workbook/data";
import { lateReturnRows } from "../../support/cycleRows";
import { fixtureData, fixtureParams } from "./fixture";

const FILLED = {
  organMark: "重庆市江津区人民政府办公室",
  docNumber: "江津府办发〔2023〕12号",
  copyTo: "区委办公室、区人大常委会办公室；",
  printedBy: "重庆市江津区人民政府办公室",
  contact: "张三",
  contactPhone: "023-47521234",
};

describe("参数 rows of the 公文 parts", () => {
  const names = ["发文机关标志", "发文字号", "抄送", "印发机关", "联系人", "联系电话"];

  function sheet(extra: [string, CellValue][]): Map<string, CellValue[][]> {
    const base = defaultParams(2023);
    const rows = PARAM_ROWS.filter((r) => !names.includes(r.name)).map((r) => [r.name, r.get(base), r.note]);
    return new Map([["参数", [["参数", "值", "说明"], ...rows, ...extra.map(([n, v]) => [n, v, ""])]]]);
  }

  it("are declared after every older row, optional, as text", () => {
    const rows = PARAM_ROWS.filter((r) => names.includes(r.name));
    expect(rows.map((r) => r.name)).toEqual(names);
    expect(rows.every((r) => r.optional && r.type === "text")).toBe(true);
    // Together, and after every row an older master has: only optional rows (added later) follow.
    const first = PARAM_ROWS.findIndex((r) => r.name === names[0]);
    expect(PARAM_ROWS.slice(first, first + names.length).map((r) => r.name)).toEqual(names);
    expect(PARAM_ROWS.slice(first).every((r) => r.optional)).toBe(true);
  });

  it("read back trimmed, and as blank from an older master without them", () => {
    const read = readParams(
      sheet([
        ["发文机关标志", " 重庆市江津区人民政府办公室 "],
        ["联系电话", "023-47521234"],
      ]),
    );
    expect(read.organMark).toBe("重庆市江津区人民政府办公室");
    expect(read.contactPhone).toBe("023-47521234");
    expect(read.copyTo ?? "").toBe("");
    const older = readParams(sheet([]));
    expect(documentParts(older, "2023年4月10日")).toEqual({ head: null, note: "", record: null });
  });
});

describe("documentParts", () => {
  it("makes the 版头, a bracketed 附注 and a 版记 whose 抄送 ends with a full stop", () => {
    expect(documentParts(fixtureParams(FILLED), "2023年4月10日")).toEqual({
      head: { organ: "重庆市江津区人民政府办公室", number: "江津府办发〔2023〕12号" },
      note: "（联系人：张三，联系电话：023-47521234）",
      record: {
        copyTo: "区委办公室，区人大常委会办公室。",
        printedBy: "重庆市江津区人民政府办公室",
        printDate: "2023年4月10日",
      },
    });
  });

  it("leaves out each part whose 参数 are blank", () => {
    const parts = documentParts(
      fixtureParams({ ...FILLED, organMark: "", contact: "", copyTo: "" }),
      "2023年4月10日",
    );
    expect(parts.head).toBeNull();
    expect(parts.note).toBe("（联系电话：023-47521234）");
    expect(parts.record).toEqual({
      copyTo: "",
      printedBy: "重庆市江津区人民政府办公室",
      printDate: "2023年4月10日",
    });
  });
});

describe("the text of a draft with 公文 parts", () => {
  it("opens with the 版头, puts the 附注 under the date and ends with the 版记", () => {
    const data = fixtureData(undefined, fixtureParams(FILLED));
    const lines = noticeToLines(draftSupervisionNotices(data, { quarter: 1 })[0]);
    expect(lines.slice(0, 4)).toEqual(["重庆市江津区人民政府办公室", "江津府办发〔2023〕12号", "", lines[3]]);
    expect(lines[3]).toMatch(/^关于/);
    const date = lines.indexOf("2023年4月10日");
    expect(lines[date + 1]).toBe("\u3000\u3000（联系人：张三，联系电话：023-47521234）");
    expect(lines.slice(-2)).toEqual([
      "抄送：区委办公室，区人大常委会办公室。",
      "重庆市江津区人民政府办公室\u3000\u30002023年4月10日印发",
    ]);
  });

  it("gives the 催办通知 the same parts", () => {
    const data = fixtureData(undefined, fixtureParams(FILLED));
    const row = { ...lateReturnRows(null).returns[0], unit: "区财政局", received: null, status: "" as const };
    data.cycle = { returns: [row], log: [], key: null };
    const [reminder] = draftReminders(data, owingUnits(data, 1, "2023-04-15"), { issueDate: "2023-04-15" });
    expect(reminder.head?.number).toBe("江津府办发〔2023〕12号");
    expect(reminder.record?.printDate).toBe("2023年4月15日");
  });
});
