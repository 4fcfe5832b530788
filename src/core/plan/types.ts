// The TaskPlan: what a 目标任务分解方案 says, as `duban parse --json` prints it (DESIGN.md).

/** ">=" for 增长/达到/以上/不低于, "<=" for 控制在…以内/不超过/低于, "=" for …左右. */
export type Comparison = ">=" | "<=" | "=";

/** "rate": a percentage or ratio compared with the annual target directly; "amount": cumulative over the year. */
export type TargetKind = "rate" | "amount";

/** A quantitative target an assessor tracks, in the document's own unit: "1.7万家" → value 1.7, unit "万家". */
export interface Target {
  name: string;
  value: number;
  unit: string;
  cmp: Comparison;
  kind: TargetKind;
  /** The words of the plan this target was read from. */
  phrase: string;
}

export interface Task {
  /** The plan's 序号, 1-based, unique and increasing through the whole plan. */
  no: number;
  /** The number the plan wrote, where it differs from `no` (numbering that restarts in each section). */
  written?: number;
  /** Top-level heading, e.g. "一、主要预期目标"; "" when the plan has no headings. */
  section: string;
  /** Second-level heading, e.g. "（一）全力以赴稳增长，促进经济整体好转。", or null. */
  subsection: string | null;
  text: string;
  /** 责任单位 (牵头单位) as written: trimmed, a trailing 等 removed, no duplicates. */
  leads: string[];
  /** 配合单位 as written, same normalisation. */
  partners: string[];
  targets: Target[];
  /** 责任领导 as written (a final 。 removed), or the leader a section heading names; [] when none. */
  leaders: string[];
  /** 完成时限 as written, e.g. "2023年6月底"; null where the plan gives none. */
  deadline: string | null;
}

/** A unit's part in a task: it leads (责任单位) or partners (配合单位) it. */
export type Role = "lead" | "partner";

/** "unit": one organisation; "group": a collective word such as 各镇街 whose members the 单位 sheet lists. */
export type UnitKind = "unit" | "group";

export interface Unit {
  /** Canonical name. */
  name: string;
  /** Other ways the plan writes this unit, e.g. 区乡村振兴局 for 区农业农村委. */
  aliases: string[];
  kind: UnitKind;
}

export interface PlanWarning {
  /** 1-based line of the document text. */
  line: number;
  message: string;
}

export interface TaskPlan {
  title: string;
  issuer: string | null;
  /** ISO date "2023-02-21" of the notice, or null when the document has none. */
  date: string | null;
  year: number;
  /** How the document was read, for people: "表格，6 列：序号 / 工作任务 / 牵头单位 / …". */
  layout: string;
  tasks: Task[];
  units: Unit[];
  warnings: PlanWarning[];
}
