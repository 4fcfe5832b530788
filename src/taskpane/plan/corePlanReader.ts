// The real PlanReader: the core parser, with the bundled plan and mammoth (for .docx) loaded on demand so
// the pane opens without them.
import { decodePlanText, parsePlan } from "../../core/plan";
import type { PlanRead, PlanReader } from "../planReader";
import { S } from "../strings.zh-CN";

const pasted = "粘贴的文本";

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import(/* webpackChunkName: "mammoth" */ "mammoth");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { value } = await mammoth.extractRawText({ arrayBuffer: buffer });
  return value;
}

export const corePlanReader: PlanReader = {
  async bundled(): Promise<PlanRead> {
    const { default: text } = await import(/* webpackChunkName: "seed" */ "../../../seeds/jiangjin-2023.txt");
    return { plan: parsePlan(text, { source: S.plan.bundled }), source: S.plan.bundled };
  },
  async fromText(text: string): Promise<PlanRead> {
    return { plan: parsePlan(text, { source: pasted }), source: pasted };
  },
  async fromFile(name: string, bytes: Uint8Array): Promise<PlanRead> {
    const text = /\.docx$/i.test(name) ? await docxText(bytes) : decodePlanText(bytes, name);
    return { plan: parsePlan(text, { source: name }), source: name };
  },
};
