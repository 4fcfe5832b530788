// Reader for a table flattened to one row per line: "1 地区生产总值增长7%以上. 发改委" — the number, a
// space, the task, and the unit list after its last sentence, without a label.
import { findTitle } from "../cover";
import { isSignOff } from "../front-matter";
import { readStructure } from "./structure";
import type { PlanLine } from "../lines";
import { newContext, excerpt, type LayoutReading, type TaskRow, type Warn } from "../rows";
import { describeColumns, headerColumns, type Column } from "../table";
import type { UnitList } from "../task-units";
import { looksLikeUnitList, splitUnitList } from "../unit-list";

const ROW = /^(\d{1,4})[ \t]+(?=\S)/;
const SENTENCE_END = /[。.;；!！?？][^。.;；!！?？]*$/;

/** "1 任务。 单位" -> its number and the rest, or null for any other line. */
function rowLine(l: PlanLine): { no: number; rest: string } | null {
  if (l.type.kind !== "text" && l.type.kind !== "title") return null;
  const m = ROW.exec(l.folded);
  return m ? { no: Number(m[1]), rest: l.text.slice(m[0].length).trim() } : null;
}

/**
 * The text and unit words of a row: the units are what follows the task's last sentence, or else the
 * unit-like words after its last spaces ("1 地区生产总值增长7%以上  发改委  统计局").
 */
function splitRow(rest: string): { text: string; units: string[] } | null {
  const end = SENTENCE_END.exec(rest);
  if (end) {
    const units = rest
      .slice(end.index + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (units.length > 0 && units.every(looksLikeUnitList))
      return { text: rest.slice(0, end.index + 1).trim(), units };
  }
  const words = rest.split(/\s+/).filter(Boolean);
  let k = words.length;
  while (k > 1 && looksLikeUnitList(words[k - 1])) k--;
  return k < words.length ? { text: words.slice(0, k).join(""), units: words.slice(k) } : null;
}

/** Does this line read as one row (number, task, units)? What the detector counts. */
export const isUnitRow = (l: PlanLine) => {
  const row = rowLine(l);
  return row !== null && splitRow(row.rest) !== null;
};

/** A header written on one line with spaces: "序号 工作任务 牵头单位 配合单位". */
function spacedHeader(l: PlanLine): Column[] | null {
  const cells = l.text.split(/\s+/).filter(Boolean);
  return cells.length >= 3 ? headerColumns(cells) : null;
}

interface Open {
  row: TaskRow;
  raw: string;
  done: boolean;
}

/** Reads one row per line; headings give sections, a wrapped task joins its next line. */
export function readRowLines(lines: readonly PlanLine[], warn: Warn): LayoutReading {
  const first = lines.findIndex(isUnitRow);
  const titleAt = findTitle(lines, first < 0 ? lines.length : first);
  const rows: TaskRow[] = [];
  const context = newContext();
  let unitColumns: Extract<Column, { kind: "units" }>[] = [];
  let described = "";
  let open: Open | null = null;

  const fill = (o: Open) => {
    const split = splitRow(o.raw);
    if (!split) return;
    o.done = true;
    o.row.text = split.text;
    // With a header of several unit columns, one word per column; otherwise one bare list.
    const byColumn = unitColumns.length > 1 && split.units.length === unitColumns.length;
    o.row.lists = byColumn
      ? split.units.map<UnitList>((u, i) => ({
          role: unitColumns[i].role,
          label: unitColumns[i].label,
          names: splitUnitList(u),
          line: o.row.line,
        }))
      : [
          {
            role: unitColumns.length === 1 ? unitColumns[0].role : "responsible",
            label: unitColumns[0]?.label ?? "",
            names: split.units.flatMap(splitUnitList),
            line: o.row.line,
          },
        ];
  };
  const close = () => {
    const o = open as Open | null;
    open = null;
    if (!o) return;
    if (!o.done) o.row.text = o.raw;
    rows.push(o.row);
  };

  for (let i = titleAt === null ? 0 : titleAt + 1; i < lines.length; i++) {
    const l = lines[i];
    const t = l.type;
    if (t.kind === "blank" || t.kind === "noise") continue;
    const header = spacedHeader(l);
    if (header) {
      close();
      unitColumns = header.filter((c): c is Extract<Column, { kind: "units" }> => c.kind === "units");
      described ||= `，${describeColumns(header)}`;
      continue;
    }
    const structure = readStructure(l, context, open !== null || rows.length > 0, close, warn);
    if (structure === "end") break;
    if (structure) continue;
    const row = rowLine(l);
    if (row) {
      close();
      const task: TaskRow = {
        writtenNo: row.no,
        line: l.line,
        where: null,
        section: context.section,
        subsection: context.subsection,
        text: "",
        lists: [],
        leaders: [...context.leaders],
        deadline: null,
      };
      open = { row: task, raw: row.rest, done: false };
      fill(open);
      continue;
    }
    const current = open as Open | null;
    if (current && !current.done) {
      current.raw += l.text;
      fill(current);
    } else if ((current || rows.length) && !isSignOff(l.text))
      warn(l.line, `无法归入任务的文字，已忽略：“${excerpt(l.text)}”`);
  }
  close();
  return {
    rows,
    layout: `每行一项的表格（序号、任务、单位）${described}`,
    front: { lines: [...lines], titleAt },
  };
}
