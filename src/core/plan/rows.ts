// What every layout reader produces: task rows in one shape, which one shared path numbers and resolves.
import type { PlanLine } from "./lines";
import type { UnitList } from "./task-units";

/** A task as its layout wrote it, before numbering, roles, registry and targets. */
export interface TaskRow {
  /** The 序号 as written; null where none was written (Word's automatic numbering, an empty cell). */
  writtenNo: number | null;
  /** 1-based line (or table row's `line`) for warnings. */
  line: number;
  /** How a person finds a table row ("第1个表格第5行"), put in front of its warnings; null for text. */
  where: string | null;
  section: string;
  subsection: string | null;
  text: string;
  lists: UnitList[];
  /** 责任领导 as written, or the leader the section heading names. */
  leaders: string[];
  deadline: string | null;
}

export type Warn = (line: number, message: string) => void;

/** A layout reader's result: its rows and, for the front matter, the lines around them. */
export interface LayoutReading {
  rows: TaskRow[];
  /** Short Chinese description of the layout and how its columns were mapped. */
  layout: string;
  /** The lines title, date and issuer are read from, and the index of the plan's title line among them. */
  front: { lines: PlanLine[]; titleAt: number | null };
  /** The layout writes no 序号 at all (a table without that column): tasks are numbered in order, silently. */
  numberless?: boolean;
}

/** The first words of a long line, for a warning. */
export const excerpt = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** Current section context while a reader walks the document; a leader section names its tasks' 责任领导. */
export interface Context {
  section: string;
  subsection: string | null;
  /** The leaders a heading (or a 责任领导 line right under it) names for the tasks that follow. */
  leaders: string[];
}

/** The context before the first heading. */
export const newContext = (): Context => ({ section: "", subsection: null, leaders: [] });
