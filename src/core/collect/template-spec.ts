// A unit's template is the master's WorkbookSpec (built for that unit's tasks) with three changes: only the
// unit's own cells are unlocked (on lead rows the quarter's figure and the texts, on co-lead rows the texts),
// 说明 tells the unit what to fill, and a hidden sheet holds the integrity record. One renderer writes both,
// so a template never drifts from the master.
import { DASHBOARD_SHEET } from "../workbook/sheets/dashboard";
import { KEY_SHEET } from "../workbook/layout";
import type { Quarter } from "../assess/types";
import { PROTECTION } from "../workbook/presentation";
import type { Block, CellStyle, SheetSpec, WorkbookSpec } from "../workbook/spec";
import {
  buildIntegrityRecord,
  isEntryCell,
  recordToGrid,
  type IntegrityRecord,
  type RowRole,
} from "./record";
import { PLAN_HEADERS, ID_HEADER, INTEGRITY_SHEET, quarterHeader, templateEntryHeaders } from "./sheet";
import { specGrid } from "./spec-grid";
import { readEntryTable, TableError } from "./table";
import { WorkbookShapeError } from "../errors";
import { SHEETS } from "../workbook/layout";

const PARTNER_FILL = "#EDEDED";
/** The figures of a co-lead row: the 主牵头 fills them, the co-lead sees them for reference. */
const COLEAD_FILL = "#DDEBF7";
const ENTRY_FILL = "#FFF2CC";

export interface TemplateInput {
  unit: string;
  year: number;
  quarter: Quarter;
  masterId: string;
  /** 指标编号 → what the unit fills on that row; every other row of 指标填报 is for reference. */
  roles: ReadonlyMap<string, RowRole>;
  /** Task 序号 it fills (numbers and text), writes only its text on, and partners, for the guide. */
  leadTasks: number[];
  coleadTasks: number[];
  partnerTasks: number[];
  /** Co-lead task 序号 → the unit that fills its numbers, or null when the office does. */
  numbersBy: ReadonlyMap<number, string | null>;
  /** Date text the guide asks the return by, e.g. "2023年4月10日". */
  deadline: string;
  /** 发文单位 to return the file to. */
  issuer: string;
  /** The master's key (MasterKey.secret): the record is signed with it, and it goes nowhere into the template. */
  secret: string;
}

export interface UnitTemplate {
  spec: WorkbookSpec;
  record: IntegrityRecord;
}

/**
 * Turns the spec of the unit's sub-workbook into its template. Throws WorkbookShapeError when the spec
 * has no 指标填报 sheet with a 指标编号 header (a builder bug, not user input).
 */
export function unitTemplateSpec(spec: WorkbookSpec, input: TemplateInput): UnitTemplate {
  const entryHeaders = templateEntryHeaders(input.quarter);
  // 看板 summarizes every unit: a unit's template carries only its own tasks. The key stays in the master.
  const sheets = spec.sheets
    .filter((sheet) => sheet.name !== DASHBOARD_SHEET && sheet.name !== KEY_SHEET)
    .map((sheet) => {
      if (sheet.name === SHEETS.guide) return { ...guideSheet(input, sheet), protection: PROTECTION };
      const locked = sheet.name === SHEETS.fill ? entrySheet(sheet, input, entryHeaders) : lockAll(sheet);
      return {
        ...locked,
        protection: { ...PROTECTION, ...(sheet.protection ?? {}), password: PROTECTION.password },
      };
    });
  if (!sheets.some((s) => s.name === SHEETS.guide))
    sheets.unshift({ ...guideSheet(input, undefined), protection: PROTECTION });

  const entry = sheets.find((s) => s.name === SHEETS.fill);
  const table = entry && readEntryTable(new Map([[SHEETS.fill, specGrid(entry)]]));
  if (!table || table instanceof TableError)
    throw new WorkbookShapeError(`模板缺少“${ID_HEADER}”表头`, SHEETS.fill, null);
  const record = buildIntegrityRecord({
    unit: input.unit,
    year: input.year,
    quarter: input.quarter,
    masterId: input.masterId,
    sheets: [...sheets.map((s) => s.name), INTEGRITY_SHEET],
    entryHeaders,
    table,
    roles: input.roles,
    secret: input.secret,
  });
  const grid = recordToGrid(record);
  const recordSheet: SheetSpec = {
    name: INTEGRITY_SHEET,
    columnWidths: [16, 70, 70],
    blocks: [
      { row: 0, col: 0, cells: grid.map((r) => r.map((v) => (typeof v === "boolean" ? String(v) : v))) },
    ],
    conditionalFormats: [],
    validations: [],
    protection: PROTECTION,
    hidden: true,
  };
  return { spec: { title: `${input.unit} ${spec.title}`, sheets: [...sheets, recordSheet] }, record };
}

function lockStyle(style: CellStyle | undefined): CellStyle {
  return { ...(style ?? {}), locked: true };
}

function lockAll(sheet: SheetSpec): SheetSpec {
  return {
    ...sheet,
    blocks: sheet.blocks.map((b) => (b.style?.locked === false ? { ...b, style: lockStyle(b.style) } : b)),
  };
}

/**
 * Re-cuts the blocks of 指标填报 row by row: on the unit's lead rows the quarter's figure, the open 计划
 * and the three texts stay unlocked (and highlighted), on co-lead rows the texts (the figures locked in
 * blue); every other cell is locked, partner rows greyed. A cell the master itself locks (the 计划 of a
 * rate) stays locked.
 */
function entrySheet(sheet: SheetSpec, input: TemplateInput, entryHeaders: string[]): SheetSpec {
  const grid = specGrid(sheet);
  const table = readEntryTable(new Map([[SHEETS.fill, grid]]));
  if (table instanceof TableError) throw new WorkbookShapeError(table.message, SHEETS.fill, table.cell);
  const entryCols = new Set(entryHeaders.map((h) => table.columns.get(h)).filter((c) => c !== undefined));
  const roleOfRow = new Map(table.rows.map((r) => [r.row, input.roles.get(r.id) ?? "partner"]));
  const headerOf = new Map([...table.columns].map(([h, c]) => [c, h]));
  const figureCols = new Set(
    entryHeaders.filter((h) => !isEntryCell({ entryHeaders }, "colead", h)).map((h) => table.columns.get(h)),
  );

  const blocks: Block[] = [];
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) => {
      const row = block.row + r;
      const role = roleOfRow.get(row);
      if (role === undefined) {
        blocks.push({ row, col: block.col, cells: [cells], style: lockStyle(block.style) });
        return;
      }
      // Runs of consecutive columns that look the same (open, a co-lead's locked figure, locked) become one block.
      const look = (k: number) => {
        const at = block.col + k;
        const entry = entryCols.has(at) && isEntryCell({ entryHeaders }, role, headerOf.get(at) ?? "");
        // A cell the master itself locks (the 计划 of a rate) stays locked.
        if (entry && block.style?.locked === false) return "open";
        return role === "colead" && figureCols.has(at) ? "figure" : "locked";
      };
      let start = 0;
      for (let c = 1; c <= cells.length; c++) {
        if (c < cells.length && look(c) === look(start)) continue;
        const kind = look(start);
        const style: CellStyle = { ...(block.style ?? {}), locked: kind !== "open" };
        if (kind === "open") style.fill = ENTRY_FILL;
        else if (kind === "figure") style.fill = COLEAD_FILL;
        else if (role === "partner") style.fill = PARTNER_FILL;
        blocks.push({ row, col: block.col + start, cells: [cells.slice(start, c)], style });
        start = c;
      }
    });
  }
  return { ...sheet, blocks };
}

/**
 * 说明 of a template: the unit, quarter, deadline and rules on top, then the master's own 说明 moved down
 * (its plan facts stay readable by the workbook reader, its legend stays useful).
 */
function guideSheet(input: TemplateInput, master: SheetSpec | undefined): SheetSpec {
  const q = quarterHeader(input.quarter);
  const facts: [string, string][] = [
    ["填报单位", input.unit],
    ["填报期次", `${input.year}年第${input.quarter}季度`],
    ["报送截止", `${input.deadline}前报送${input.issuer}`],
    ["牵头任务", `${input.leadTasks.length} 项（序号 ${input.leadTasks.join("、") || "无"}）`],
    ...(input.coleadTasks.length ? [["共同牵头任务", coleadText(input)] as [string, string]] : []),
    ["配合任务", `${input.partnerTasks.length} 项（灰色行，仅供参考，由牵头单位填报）`],
  ];
  const rules = [
    `在“${SHEETS.fill}”表中，只填黄色单元格：本单位牵头指标的“${q}”填截至本季度末的累计值（按“计量单位”列的单位填数字，不带单位和百分号），并填写“进展情况”“存在问题”“下步措施”；共同牵头指标只填这三个文字列，写本单位的情况即可。`,
    `“${PLAN_HEADERS[input.quarter - 1]}”起的季度计划（黄色）填该季度末计划达到的累计值（形象进度），一季度填报时请把全年各季度计划一并填好；已评分季度的计划不再修改。`,
    "其他单元格已锁定：请勿修改工作表名、表头、指标编号和年度目标，请勿增删行；尚无数据的数字单元格请留空，并在“进展情况”中说明。",
    `请将本文件保持 .xlsx 格式报送（文件名可改）。合并时按“指标编号”核对：锁定单元格、他单位指标和其他季度的改动不会被采用，并在合并报告中逐格列出。`,
  ];
  const top: Block[] = [
    {
      row: 0,
      col: 0,
      cells: [[`${input.unit} ${input.year}年第${input.quarter}季度目标任务填报`, null]],
      style: { bold: true, fontSize: 16 },
    },
    { row: 2, col: 0, cells: facts.map(([k]) => [k]), style: { bold: true, border: true } },
    {
      row: 2,
      col: 1,
      cells: facts.map(([, v]) => [v]),
      style: { border: true, wrap: true, fill: ENTRY_FILL },
    },
    {
      row: 3 + facts.length,
      col: 0,
      cells: rules.map((r, i) => [`要求${i + 1}`, r]),
      style: { border: true, wrap: true, vAlign: "top" },
    },
  ];
  const shift = 4 + facts.length + rules.length;
  const moved = (master?.blocks ?? []).map((b) => ({ ...b, row: b.row + shift, style: lockStyle(b.style) }));
  return {
    ...(master ?? { name: SHEETS.guide, conditionalFormats: [], validations: [] }),
    name: SHEETS.guide,
    columnWidths: master?.columnWidths.length ? master.columnWidths : [16, 100],
    blocks: [...top, ...moved],
    conditionalFormats: (master?.conditionalFormats ?? []).map((f) => ({
      ...f,
      range: { ...f.range, row: f.range.row + shift },
    })),
    validations: [],
  };
}

/** The co-lead tasks, and who fills their figures (the 主牵头, a group's 汇总单位, or the office). */
function coleadText(input: TemplateInput): string {
  const byWho = new Map<string, number[]>();
  for (const no of input.coleadTasks) {
    const who = input.numbersBy.get(no) ?? null;
    const label = who === null ? `${input.issuer}直接填入主表` : `由“${who}”汇总填报`;
    byWho.set(label, [...(byWho.get(label) ?? []), no]);
  }
  const figures = [...byWho].map(([label, nos]) => `序号 ${nos.join("、")} 的数字${label}`).join("；");
  return `${input.coleadTasks.length} 项：只填本单位的“进展情况”“存在问题”“下步措施”，合并时以“【${input.unit}】”段落记入主表；${figures}（浅蓝色格，仅供参考）`;
}
