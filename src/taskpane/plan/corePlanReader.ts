// The real PlanReader: the core parser, and src/planfile for files (jszip and exceljs loaded on demand, as is
// the bundled plan) so the pane opens without them.
import { tracePlan } from "../../core/plan";
import { readPlanFile, readPlanSheet, warningPlace, type PlanFile } from "../../planfile";
import type { PlanRead, PlanReader } from "../planReader";
import { S } from "../strings.zh-CN";

const pasted = "粘贴的文本";
const byLine = (line: number) => `第 ${line} 行`;

function fromPlanFile(file: PlanFile): PlanRead {
  const { plan, source, taskLines } = file;
  return { plan, source, taskLines, place: (line) => warningPlace(file, line) };
}

/** A plan given as text, its places by line. */
function fromPlanText(text: string, source: string): PlanRead {
  return { ...tracePlan(text, { source }), source, place: byLine };
}

export const corePlanReader: PlanReader = {
  async bundled(): Promise<PlanRead> {
    const { default: text } = await import(/* webpackChunkName: "seed" */ "../../../seeds/jiangjin-2023.txt");
    return fromPlanText(text, S.plan.bundled);
  },
  async fromText(text: string): Promise<PlanRead> {
    return fromPlanText(text, pasted);
  },
  async fromFile(name: string, bytes: Uint8Array): Promise<PlanRead> {
    return fromPlanFile(await readPlanFile(name, bytes));
  },
  fromSheet({ sheet, document }): PlanRead {
    return fromPlanFile(readPlanSheet(`工作表“${sheet}”`, document));
  },
};
