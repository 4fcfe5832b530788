import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { defaultParams, indicatorsOf, type IndicatorEntry } from "../../src/core/assess";
import { buildWorkbookSpec, col, letter } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { writeWorkbookFile } from "../../src/cli/xlsx/render";
import { scoreJson, leaderView } from "../../src/cli/commands/score";
import { leaderPlan, samplePlan } from "../core/plans";
import { quarterEntry as entry } from "../support/entries";
import { noChoices } from "../support/choices";
import { assessNow } from "../support/assess";

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd }, out, err };
}

/** Just `keys` of `o`, in that order. */
const pick = <T, K extends keyof T>(o: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, o[k]]));

const ENTRIES = new Map<string, IndicatorEntry>([
  ["1-1", entry("1-1", [6.8, 6.1, null, null])],
  ["3-1", entry("3-1", [5.9, null, null, null])],
  ["4-1", entry("4-1", [0.5, 0.6, null, null], { adjustment: 3 })],
  ["4-2", entry("4-2", [80, 300, null, null])],
  ["5-1", entry("5-1", [10, 55, null, null], { reviewedStatus: "序时推进" })],
  ["8-1", entry("8-1", [90, 130, null, null])],
]);

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-score-"));
  await writeWorkbookFile(
    buildWorkbookSpec(samplePlan(), { entries: ENTRIES }),
    path.join(dir, "master.xlsx"),
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("duban score", () => {
  it("prints exactly the JS rules' result as JSON, for the quarter asked", async () => {
    const run = io(dir);
    expect(await main(["score", "master.xlsx", "--quarter", "2", "--json"], run.io)).toBe(0);
    const json = JSON.parse(run.out.join(""));
    const plan = samplePlan();
    const expected = assessNow(
      {
        plan,
        indicators: indicatorsOf(plan),
        entries: ENTRIES,
        params: { ...defaultParams(2023), issuer: plan.issuer ?? "" },
        ...noChoices(),
      },
      2,
    );
    expect(Object.keys(json)).toEqual(["quarter", "indicators", "tasks", "units"]);
    expect(json.quarter).toBe(2);
    // The JSON's fields, stated here apart from scoreJson: they are what scripts reading it rely on.
    expect(json.indicators).toEqual(
      expected.indicators.map(({ id, taskNo: no, status, rate, score }) => ({ id, no, status, rate, score })),
    );
    expect(json.tasks).toEqual(expected.tasks.map((t) => pick(t, ["no", "status", "score", "level"])));
    expect(json.units).toEqual(
      expected.units.map((u) =>
        pick(u, ["name", "score", "ranked", "rank", "grade", "prevScore", "prevRank", "report", "deduction"]),
      ),
    );
    // Quarter 2 is ranked against quarter 1 as well; nothing was issued, so nothing was due or deducted.
    expect(json.units.some((u: { prevRank: number | null }) => u.prevRank !== null)).toBe(true);
    expect(
      json.units.every((u: { report: null; deduction: number }) => u.report === null && u.deduction === 0),
    ).toBe(true);
    // 60 % against 50 % in quarter 2: exactly 超进度差距 (10 points) ahead.
    expect(json.indicators.find((i: { id: string }) => i.id === "4-2")).toMatchObject({
      status: "超进度",
      rate: 0.6,
    });
  });

  it("uses 当前季度 of 参数 without --quarter, and prints tables", async () => {
    const run = io(dir);
    expect(await main(["score", "master.xlsx"], run.io)).toBe(0);
    const text = run.out.join("");
    expect(text).toMatch(/^第1季度/);
    expect(text).toMatch(/4-2\s+4\s+80\s+25\.00%\s+16\.00%\s+滞后\s+64\.00/);
    expect(text).toMatch(/单位\n排名\s+单位/);
    expect(text).toMatch(/序号\s+状态\s+得分\s+连续滞后\s+督办级别\s+时限季度/);
  });

  it("reports bad cells with sheet and address and scores the rest", async () => {
    const file = path.join(dir, "bad.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "master.xlsx"));
    const fill = wb.getWorksheet("指标填报");
    if (!fill) throw new Error("no 指标填报");
    const q1 = col("指标填报", "一季度") + 1;
    fill.getCell(2, q1).value = "六点八"; // 1-1: text in a number cell
    fill.getCell(5, q1).value = -2; // 4-1: a negative amount
    fill.getCell(9, col("指标填报", "年度目标") + 1).value = null; // 6-2: blank 年度目标
    await wb.xlsx.writeFile(file);
    const run = io(dir);
    expect(await main(["score", "bad.xlsx", "--json"], run.io)).toBe(0);
    const errors = run.err.join("\n");
    const [q, target] = [letter("指标填报", "一季度"), letter("指标填报", "年度目标")];
    expect(errors).toContain(`bad.xlsx 工作表“指标填报” ${q}2：应为数字，却是“六点八”`);
    expect(errors).toContain(`工作表“指标填报” ${q}5：累计值不能为负数`);
    expect(errors).toContain(`工作表“指标填报” ${target}9：年度目标须为大于 0 的数`);
    const json = JSON.parse(run.out.join(""));
    const byId = new Map(json.indicators.map((i: { id: string }) => [i.id, i]));
    expect(byId.get("1-1")).toMatchObject({ status: "未填报", score: 0 });
    expect(byId.get("4-1")).toMatchObject({ status: "未填报" });
    expect(byId.has("6-2")).toBe(false);
    expect(byId.get("3-1")).toMatchObject({ status: "滞后", rate: 0.9322 }); // 5.5 ÷ 5.9, within 10 points of 100%
  });

  it("rejects a quarter outside 1..4 and a file that is not a workbook, with exit code 2", async () => {
    const bad = io(dir);
    expect(await main(["score", "master.xlsx", "--quarter", "5"], bad.io)).toBe(2);
    expect(bad.err.join("")).toMatch(/--quarter 应为 1～4/);
    fs.writeFileSync(path.join(dir, "notes.xlsx"), "not a zip");
    const notXlsx = io(dir);
    expect(await main(["score", "notes.xlsx"], notXlsx.io)).toBe(2);
    expect(notXlsx.err.join("")).toMatch(
      /notes\.xlsx：这是文本文件，不是 \.xlsx 工作簿；若它是方案，请先运行 duban workbook notes\.xlsx/,
    );
  });

  it("limits the indicators and tasks to a leader's with --leader, and says so when the workbook names no leaders", async () => {
    const run = io(dir);
    expect(await main(["score", "master.xlsx", "--leader", "李明远"], run.io)).toBe(2);
    expect(run.err.join("")).toBe(
      "duban score: 方案中没有写明责任领导（任务清单没有“责任领导”列，或该列都是空的），无法按责任领导筛选",
    );
    const plan = leaderPlan();
    const data = {
      plan,
      indicators: indicatorsOf(plan),
      entries: ENTRIES,
      params: { ...defaultParams(2023), issuer: plan.issuer ?? "" },
      ...noChoices(),
    };
    const all = assessNow(data, 2);
    const json = JSON.parse(scoreJson(leaderView(all, plan, "赵红梅")));
    expect(json.tasks.map((t: { no: number }) => t.no)).toEqual([3, 6, 8]);
    expect(json.indicators.map((i: { id: string }) => i.id)).toEqual(["3-1", "6-1", "6-2", "8-1"]);
    expect(json.units).toEqual(JSON.parse(scoreJson(all)).units);
  });
});
