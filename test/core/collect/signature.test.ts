// The keyed integrity record: what a unit can recompute (every digest) no longer vouches for a return; only the
// signature made with the master's key does.
import { newMasterKey, type CellValue, type WorkbookValues } from "../../../src/core/workbook";
import { lockedDigest } from "../../../src/core/collect/record";
import {
  cellFingerprint,
  INTEGRITY_SHEET,
  planMerge,
  recordFromGrid,
  recordToGrid,
  splitMaster,
  UNSIGNED_RECORD_FORMAT,
  type IntegrityRecord,
  type MergeMaster,
} from "./collect-api";
import { fakeSpec, random, randomPlan } from "./fixture";
import { fill, setup, table, type Setup } from "./helpers";
import { SHEETS } from "../../../src/core/workbook";

const Q1 = { quarter: 1 as const, overwrite: false };

function recordOf(values: WorkbookValues): IntegrityRecord {
  const record = recordFromGrid(values.get(INTEGRITY_SHEET) ?? []);
  if (typeof record === "string") throw new Error(record);
  return record;
}

/** The return with its record replaced: the grid rewritten, its 记录摘要 recomputed as anyone can. */
function withRecord(values: WorkbookValues, record: IntegrityRecord): WorkbookValues {
  return new Map(values).set(INTEGRITY_SHEET, recordToGrid(record));
}

/** What a merge made of `forged` when only digests vouched for a record (an unsigned one, a master without key). */
function unkeyedVerdict(s: Setup, forged: WorkbookValues) {
  const old = withRecord(forged, { ...recordOf(forged), format: UNSIGNED_RECORD_FORMAT, signature: null });
  const plan = planMerge({ ...s.master, key: null }, [{ source: "old.xlsx", values: old }], Q1);
  const file = plan.files[0];
  return {
    accepted: file.accepted,
    unit: file.unit,
    refused: file.lines.filter((l) => l.kind !== "提示"),
    changes: plan.changes,
  };
}

/** Each row of the record with its value in `values`, as lockedDigest reads them. */
function rowsOf(values: WorkbookValues, record: IntegrityRecord) {
  const t = table(values);
  return record.rows.map((r) => ({
    id: r.id,
    role: r.role,
    value: (h: string) => {
      const row = t.byId.get(r.id);
      const c = t.columns.get(h);
      return row && c !== undefined ? (row.cells[c] as CellValue) : undefined;
    },
  }));
}

/** A template with partner rows whose figures another unit (the victim) fills, and those rows. */
function impersonation(s: Setup) {
  for (const t of s.templates) {
    for (const rec of t.record.rows) {
      const victim = rec.role === "partner" ? s.master.reporters.get(rec.id)?.numbers : null;
      if (!victim || victim === t.unit) continue;
      const ids = t.record.rows
        .filter((r) => r.role === "partner" && s.master.reporters.get(r.id)?.numbers === victim)
        .map((r) => r.id);
      return { t, victim, ids };
    }
  }
  throw new Error("no template partners a task another unit leads");
}

/** A master with the same plan (so the same 主表标识) as `s`, but its own key: `duban workbook --fresh` again. */
function twin(s: Setup): MergeMaster {
  return { ...s.master, key: newMasterKey() };
}

describe("the signed integrity record", () => {
  let s: Setup;
  beforeEach(() => {
    s = setup(randomPlan(31, 14));
  });
  const first = () => s.templates[0];
  const leadRow = () => first().record.rows.find((r) => r.role === "lead") as { id: string };

  it("is signed, and a return filled as the unit fills it merges", () => {
    expect(first().record.signature).toMatch(/^[0-9a-f]{64}$/);
    const filled = fill(first().values, first().record, random(3), s.master).values;
    const plan = planMerge(s.master, [{ source: "a.xlsx", values: filled }], Q1);
    expect(plan.files[0].accepted).toBe(true);
    expect(plan.files[0].lines.filter((l) => l.kind === "错误")).toEqual([]);
    expect(plan.changes.length).toBeGreaterThan(0);
  });

  it("refuses a template rewritten as another unit's, figures typed into its rows and digests recomputed", () => {
    // The script of the report: take a template, say it is for the unit leading some of its partner rows, make
    // those rows its lead rows, type figures into them and write the record back with every digest recomputed.
    const { t, victim, ids } = impersonation(s);
    const grid = (t.values.get(SHEETS.fill) ?? []).map((r) => [...r]);
    const at = table(t.values);
    for (const id of ids)
      grid[(at.byId.get(id) as { row: number }).row][at.columns.get("一季度") as number] = 77;
    const typed = new Map(t.values).set(SHEETS.fill, grid);
    const record = recordOf(typed);
    const rows = record.rows.map((r) => ({ ...r, role: ids.includes(r.id) ? ("lead" as const) : r.role }));
    const forged = withRecord(typed, {
      ...record,
      unit: victim,
      rows,
      lockedDigest: lockedDigest(record, rowsOf(typed, { ...record, rows })),
    });
    // Digests alone let it through, and the other unit's figures are written: what the signature is for.
    const unkeyed = unkeyedVerdict(s, forged);
    expect(unkeyed).toMatchObject({ accepted: true, unit: victim, refused: [] });
    expect(unkeyed.changes.map((c) => [c.id, c.value])).toEqual(ids.map((id) => [id, 77]));

    const good = fill(s.templates[0].values, s.templates[0].record, random(5), s.master).values;
    const plan = planMerge(
      s.master,
      [
        { source: "冒名.xlsx", values: forged },
        { source: "good.xlsx", values: good },
      ],
      Q1,
    );
    expect(plan.files[0]).toMatchObject({ accepted: false, unit: null });
    expect(plan.files[0].lines[0].message).toContain("冒名.xlsx 的校验记录与签名不符");
    expect(plan.files[0].lines[0].message).toContain("不是由这份主表下发的");
    expect(plan.changes.some((c) => c.source === "冒名.xlsx")).toBe(false);
    expect(plan.files[1].accepted).toBe(true);
    expect(plan.changes.some((c) => c.source === "good.xlsx")).toBe(true);
  });

  it("refuses a forged record passed off as unsigned, from before keys, when the master signed that quarter", () => {
    const forged = withRecord(first().values, {
      ...recordOf(first().values),
      format: UNSIGNED_RECORD_FORMAT,
      unit: s.templates[1].unit,
      signature: null,
    });
    const plan = planMerge(s.master, [{ source: "f.xlsx", values: forged }], Q1);
    expect(plan.files[0].accepted).toBe(false);
    expect(plan.files[0].lines[0].message).toContain("f.xlsx 的校验记录没有签名");
  });

  it("refuses a locked cell changed together with its fingerprint and the locked cells' digest", () => {
    const { id } = leadRow();
    const t = table(first().values);
    const row = t.byId.get(id) as { row: number };
    const col = t.columns.get("年度目标") as number;
    const grid = (first().values.get(SHEETS.fill) ?? []).map((r) => [...r]);
    grid[row.row][col] = 1;
    const changed = new Map(first().values).set(SHEETS.fill, grid);
    // Everything the record says about the cell, recomputed from the changed sheet.
    const record = recordOf(changed);
    const cells = rowsOf(changed, record);
    const rows = record.rows.map((r, i) =>
      r.id === id ? { ...r, cells: record.headers.map((h) => cellFingerprint(id, h, cells[i].value(h))) } : r,
    );
    const forged = withRecord(changed, { ...record, rows, lockedDigest: lockedDigest(record, cells) });
    // Digests alone would not notice the change at all.
    expect(unkeyedVerdict(s, forged)).toMatchObject({ accepted: true, unit: first().unit, refused: [] });
    expect(unkeyedVerdict(s, changed).refused).toEqual([
      expect.objectContaining({ kind: "拒绝", message: expect.stringContaining("锁定单元格“年度目标”") }),
    ]);

    const plan = planMerge(s.master, [{ source: "t.xlsx", values: forged }], Q1);
    expect(plan.files[0].accepted).toBe(false);
    expect(plan.files[0].lines[0].message).toContain("t.xlsx 的校验记录与签名不符");
    expect(plan.changes).toEqual([]);
  });

  it("refuses a template of another master of the same plan: same 主表标识, another key", () => {
    const plan = planMerge(twin(s), [{ source: "x.xlsx", values: first().values }], Q1);
    expect(plan.files[0].accepted).toBe(false);
    expect(plan.files[0].lines[0].message).toContain("与签名不符");
  });

  it("refuses a signed return when the master has no key to check it with", () => {
    const plan = planMerge({ ...s.master, key: null }, [{ source: "k.xlsx", values: first().values }], Q1);
    expect(plan.files[0].accepted).toBe(false);
    expect(plan.files[0].lines[0].message).toContain("主表没有隐藏的“校验密钥”表");
  });

  it("never puts the key into a template", () => {
    const secret = s.data.cycle?.key?.secret ?? "";
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    for (const t of s.templates) {
      const text = JSON.stringify([...t.values]) + JSON.stringify(t.spec) + JSON.stringify(t.record);
      expect(text).not.toContain(secret);
      expect(text.toUpperCase()).not.toContain(secret.toUpperCase());
    }
  });

  it("cannot split a master without a key", () => {
    const data = { ...s.data, cycle: { returns: [], log: [], key: null } };
    expect(() => splitMaster(data, { quarter: 1 }, (p, e) => fakeSpec(p, e))).toThrow("没有校验密钥");
  });
});

describe("returns of templates split before masters had a key", () => {
  /** The template as an older duban wrote it: the same record without a signature. */
  function unsigned(values: WorkbookValues): WorkbookValues {
    return withRecord(values, { ...recordOf(values), format: UNSIGNED_RECORD_FORMAT, signature: null });
  }

  it("merge into a master without a key, or one keyed later for that quarter, and the report says unsigned", () => {
    const s = setup(randomPlan(32, 12));
    const t = s.templates[0];
    const filled = unsigned(fill(t.values, t.record, random(6), s.master).values);
    const masters: MergeMaster[] = [
      { ...s.master, key: null },
      { ...s.master, key: newMasterKey([1]) },
    ];
    for (const master of masters) {
      const plan = planMerge(master, [{ source: "old.xlsx", values: filled }], Q1);
      expect(plan.files[0]).toMatchObject({ accepted: true, unit: t.unit });
      expect(plan.files[0].lines[0]).toMatchObject({ kind: "提示" });
      expect(plan.files[0].lines[0].message).toContain("该模板没有签名");
      expect(plan.changes.length).toBeGreaterThan(0);
    }
  });

  it("are refused for a quarter the master issued signed templates for", () => {
    const s = setup(randomPlan(33, 12));
    const old = unsigned(s.templates[0].values);
    const plan = planMerge({ ...s.master, key: newMasterKey([2]) }, [{ source: "o.xlsx", values: old }], Q1);
    expect(plan.files[0].accepted).toBe(false);
    expect(plan.files[0].lines[0].message).toContain("第1季度下发的模板都带签名");
  });
});
