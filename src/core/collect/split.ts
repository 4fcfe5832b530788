// Splits a master into one template per reporting unit. The workbook builder is passed in, so the template is
// built by exactly the code that builds the master (and tests can pass a small stand-in).
import type { Entries, IndicatorEntry, Quarter } from "../assess/types";
import type { TaskReporters } from "../plan/reporters";
import type { TaskPlan } from "../plan/types";
import { WorkbookShapeError } from "../errors";
import type { WorkbookData } from "../workbook/data";
import { buildWorkbookSpec, keptOptions } from "../workbook/build";
import { newMasterKey, unsignedQuartersOf, type MasterKey } from "../workbook/key";
import { KEY_SHEET } from "../workbook/layout";
import type { WorkbookSpec } from "../workbook/spec";
import { masterIdentity } from "./identity";
import { planForUnit, reportersOf, rowRoles } from "./master";
import type { RowRole } from "./record";
import { chineseDate, defaultDeadlineIso } from "../calendar";
import { unitTemplateSpec, type UnitTemplate } from "./template-spec";
import { unitShare } from "./unit-text";
import { reportersByIndicator, templateAssignments, templateFileName, textNames, textSlot } from "./units";

export interface SplitOptions {
  quarter: Quarter;
  /** Date text for the guide; by default the 10th of the month after the quarter. */
  deadline?: string;
}

export interface SplitTemplate extends UnitTemplate {
  unit: string;
  fileName: string;
}

/** Builds a unit's sub-workbook from its plan and the entries it is to see. */
type SubWorkbookBuilder = (plan: TaskPlan, entries: Entries) => WorkbookSpec;

/**
 * Builds a unit's sub-workbook as the master is built: its 参数 (with the quarter being collected), its added
 * indicators, groups and 主牵头, so the template's formulas score the unit's rows as the master does.
 */
function subWorkbookBuilder(data: WorkbookData, quarter: Quarter): SubWorkbookBuilder {
  return (plan, entries) =>
    buildWorkbookSpec(plan, {
      ...keptOptions(data),
      entries,
      params: { ...data.params, quarter },
      cycle: null,
    });
}

/**
 * The entries as `unit`'s template shows them: on the rows it writes, each text cell holds only its own part
 * (the 主牵头's main text, or its 【单位】 paragraph), which is what the merge compares its return with.
 */
function entriesForUnit(
  entries: Entries,
  unit: string,
  roles: ReadonlyMap<string, RowRole>,
  reporters: ReadonlyMap<string, TaskReporters>,
): Entries {
  const out = new Map(entries);
  for (const [id, role] of roles) {
    const entry = entries.get(id);
    const r = reporters.get(id);
    const slot = r && textSlot(r, unit);
    if (!entry || !r || role === "partner" || slot === undefined) continue;
    const share = (text: string) => unitShare(text, slot, textNames(r));
    const own: IndicatorEntry = {
      ...entry,
      progress: share(entry.progress),
      problems: share(entry.problems),
      nextSteps: share(entry.nextSteps),
    };
    out.set(id, own);
  }
  return out;
}

/**
 * The master's data ready to split: with its own key, or, for a master from before keys, a new one (`created`)
 * that the caller writes into the master with its 报送情况, so that merge can check the templates signed with it.
 */
export function keyedForSplit(data: WorkbookData): { data: WorkbookData; created: MasterKey | null } {
  const cycle = data.cycle ?? { returns: [], log: [] };
  if (cycle.key) return { data, created: null };
  const created = newMasterKey(unsignedQuartersOf(cycle.returns, data.params.quarter));
  return { data: { ...data, cycle: { ...cycle, key: created } }, created };
}

/** A template still to be built: who it is for and its file name, known before any workbook is built. */
export interface PendingTemplate {
  unit: string;
  fileName: string;
  build(): SplitTemplate;
}

/**
 * One template per unit that reports on a task (groups never: their members do), in the order units appear,
 * each built only when asked for (a split of hundreds of units then holds one template's workbook at a time),
 * each record signed with the master's key. Throws WorkbookShapeError when `data` has no key (see keyedForSplit).
 */
export function pendingTemplates(
  data: WorkbookData,
  options: SplitOptions,
  build: SubWorkbookBuilder = subWorkbookBuilder(data, options.quarter),
): PendingTemplate[] {
  const key = data.cycle?.key;
  if (!key) throw new WorkbookShapeError("主表没有校验密钥，无法给模板签名", KEY_SHEET, null);
  const masterId = masterIdentity(data.plan, data.indicators);
  const year = data.plan.year;
  const reporters = reportersOf(data);
  const byId = reportersByIndicator(data.indicators, reporters);
  const used = new Set<string>();
  return templateAssignments(data.plan, reporters).map((assignment) => {
    // Two units whose names differ only in characters Windows forbids would collide: number the second.
    let fileName = templateFileName(assignment.unit, year, options.quarter);
    for (let k = 2; used.has(fileName.toLowerCase()); k++)
      fileName = templateFileName(`${assignment.unit}(${k})`, year, options.quarter);
    used.add(fileName.toLowerCase());
    const unit = assignment.unit;
    return {
      unit,
      fileName,
      build() {
        const roles = rowRoles(data.indicators, assignment);
        const entries = entriesForUnit(data.entries, unit, roles, byId);
        const template = unitTemplateSpec(build(planForUnit(data.plan, assignment), entries), {
          unit,
          year,
          quarter: options.quarter,
          masterId,
          roles,
          leadTasks: assignment.leadTasks,
          coleadTasks: assignment.coleadTasks,
          partnerTasks: assignment.partnerTasks,
          numbersBy: new Map(assignment.coleadTasks.map((no) => [no, reporters.get(no)?.numbers ?? null])),
          deadline: options.deadline ?? chineseDate(defaultDeadlineIso(year, options.quarter)),
          issuer: data.params.issuer || data.plan.issuer || "区政府办公室",
          secret: key.secret,
        });
        return { ...template, unit, fileName };
      },
    };
  });
}

/** Every unit's template, built at once (the pane and the page, which zip them all; tests). */
export function splitMaster(
  data: WorkbookData,
  options: SplitOptions,
  build: SubWorkbookBuilder = subWorkbookBuilder(data, options.quarter),
): SplitTemplate[] {
  return pendingTemplates(data, options, build).map((t) => t.build());
}
