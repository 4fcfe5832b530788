// The real PlanReader: the core parser, and src/planfile for files (jszip and exceljs loaded on demand, as is
// the bundled plan) so the pane opens without them.
import { parsePlan } from "../../core/plan";
import { readPlanFile, readPlanSheet, warningPlace, type PlanFile } from "../../planfile";
import type { PlanRead, PlanReader } from "../planReader";
import { S } from "../strings.zh-CN";

const pasted = "粘贴的文本";
const byLine = (line: number) => `第 ${line} 行`;

function fromPlanFile(file: PlanFile): PlanRead {
  return { plan: file.plan, source: file.source, place: (line) => warningPlace(file, line) };
}

export const corePlanReader: PlanReader = {
  async bundled(): Promise<PlanRead> {
    const { default: text } = await import(/* webpackChunkName: "seed" */ "../../../seeds/jiangjin-2023.txt");
    return { plan: parsePlan(text, { source: S.plan.bundled }), source: S.plan.bundled, place: byLine };
  },
  async fromText(text: string): Promise<PlanRead> {
    return { plan: parsePlan(text, { source: pasted }), source: pasted, place: byLine };
  },
  async fromFile(name: string, bytes: Uint8Array): Promise<PlanRead> {
    return fromPlanFile(await readPlanFile(name, bytes));
  },
  fromSheet({ sheet, document }): PlanRead {
    return fromPlanFile(readPlanSheet(`工作表“${sheet}”`, document));
  },
};
