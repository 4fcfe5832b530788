// Property: however many cells of a table are empty, no value moves into another column — neither in a
// table flattened to one cell per line (an empty cell is an empty line) nor in a PlanDocument table.
import {
  parsePlan,
  parsePlanDocument,
  type PlanDocument,
  type Task,
  type TaskPlan,
} from "../../../src/core/plan";
import { prng } from "../../support/prng";

type Field = "text" | "lead" | "responsible" | "partner" | "leader" | "deadline";

const HEADERS: Record<Field, string> = {
  text: "工作任务",
  lead: "牵头单位",
  responsible: "责任单位",
  partner: "配合单位",
  leader: "责任领导",
  deadline: "完成时限",
};

/** A value that says which column and row it belongs to. */
const VALUES: Record<Field, (row: number) => string> = {
  text: (r) => `推进第${r}项工作。`,
  lead: (r) => `牵头${r}局`,
  responsible: (r) => `责任${r}委`,
  partner: (r) => `配合${r}办`,
  leader: (r) => `领导${r}甲`,
  deadline: (r) => `${r}月底`,
};

interface Table {
  fields: Field[];
  rows: Map<Field, string>[];
}

function randomTable(random: () => number): Table {
  const optional: Field[] = ["lead", "responsible", "partner", "leader", "deadline"].filter(
    () => random() < 0.7,
  ) as Field[];
  if (!optional.some((f) => f === "lead" || f === "responsible" || f === "partner")) optional.push("lead");
  const fields: Field[] = ["text", ...optional];
  for (let i = fields.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [fields[i], fields[j]] = [fields[j], fields[i]];
  }
  const rows = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, r) => {
    const row = new Map<Field, string>();
    for (const field of fields) {
      // The task text is always written; every other cell is empty with probability 0.4.
      row.set(field, field === "text" || random() >= 0.4 ? VALUES[field](r + 1) : "");
    }
    return row;
  });
  return { fields, rows };
}

/**
 * What the plan must say for one row, by the role rules: 责任单位 lead unless a 牵头单位 is written;
 * partners in the order of their columns.
 */
function expectedTask(fields: readonly Field[], row: Map<Field, string>): Partial<Task> {
  const get = (f: Field) => row.get(f) ?? "";
  const lead = get("lead");
  const responsible = get("responsible");
  return {
    text: get("text"),
    leads: lead ? [lead] : responsible ? [responsible] : [],
    partners: fields
      .filter((f) => f === "partner" || (f === "responsible" && lead))
      .map(get)
      .filter(Boolean),
    leaders: get("leader") ? [get("leader")] : [],
    deadline: get("deadline") || null,
  };
}

const pick = (task: Task): Partial<Task> => ({
  text: task.text,
  leads: task.leads,
  partners: task.partners,
  leaders: task.leaders,
  deadline: task.deadline,
});

function flattened(table: Table): string {
  const lines = ["2024年重点任务分解表", "序号", ...table.fields.map((f) => HEADERS[f])];
  table.rows.forEach((row, r) => lines.push(String(r + 1), ...table.fields.map((f) => row.get(f) ?? "")));
  return lines.join("\n");
}

function documentOf(table: Table): PlanDocument {
  const cell = (text: string) => ({ text, fromAbove: false, fromLeft: false });
  const grid = [
    ["序号", ...table.fields.map((f) => HEADERS[f])],
    ...table.rows.map((row, r) => [String(r + 1), ...table.fields.map((f) => row.get(f) ?? "")]),
  ];
  return {
    blocks: [
      { kind: "paragraph", line: 1, text: "2024年重点任务分解表" },
      {
        kind: "table",
        name: "第1个表格",
        columnNames: null,
        rows: grid.map((cells, i) => ({
          line: i + 2,
          where: `第1个表格第${i + 1}行`,
          cells: cells.map(cell),
        })),
      },
    ],
  };
}

/** 150 random tables through one reader: every task must hold exactly what its row wrote, column by column. */
function checkRandomTables(seed: number, parse: (table: Table) => TaskPlan): void {
  const random = prng(seed);
  for (let k = 0; k < 150; k++) {
    const table = randomTable(random);
    expect({ fields: table.fields, tasks: parse(table).tasks.map(pick) }).toEqual({
      fields: table.fields,
      tasks: table.rows.map((row) => expectedTask(table.fields, row)),
    });
  }
}

describe("tables with random empty cells", () => {
  it.each([1, 2, 3])("keep every value in its own column, one cell per line (PRNG seed %i)", (seed) => {
    checkRandomTables(seed * 104729, (table) => parsePlan(flattened(table), { source: "表格.txt" }));
  });

  it.each([1, 2, 3])("keep every value in its own column, PlanDocument table (PRNG seed %i)", (seed) => {
    checkRandomTables(seed * 7907, (table) => parsePlanDocument(documentOf(table), { source: "表格.docx" }));
  });
});
