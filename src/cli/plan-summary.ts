// The human-readable summary `duban parse` prints: layout, sections, leaders, units, targets, warnings.
import { leaderTaskCounts } from "../core/filter";
import { countBySection, countUnitRoles, type TaskDoubt, type TaskPlan } from "../core/plan";
import { displayWidth as width } from "./text-table";

const CMP_SIGN = { ">=": "≥", "<=": "≤", "=": "≈" } as const;
const KIND_WORD = { rate: "比率", amount: "累计" } as const;

const pad = (text: string, to: number) => text + " ".repeat(Math.max(0, to - width(text)));

/**
 * The summary; `place` says where a warning's line is (e.g. "第1个表格第5行"), `leader` names the 责任领导 the
 * plan was cut down to, `doubts` (doubtfulTasks) are listed first, least sure first, for the plan's tasks only.
 */
export function formatPlanSummary(
  plan: TaskPlan,
  place: (line: number) => string = (line) => `第 ${line} 行`,
  leader?: string,
  doubts: readonly TaskDoubt[] = [],
): string {
  const out: string[] = [];
  const targets = plan.tasks.reduce((n, t) => n + t.targets.length, 0);
  const groups = plan.units.filter((u) => u.kind === "group").length;
  out.push(plan.title || "（无标题）");
  out.push(
    `发文单位：${plan.issuer ?? "（未写明）"}  成文日期：${plan.date ?? "（未写明）"}  年度：${plan.year}`,
  );
  out.push(
    `任务 ${plan.tasks.length} 项，指标 ${targets} 个，单位 ${plan.units.length} 个（其中分组 ${groups} 个），警告 ${plan.warnings.length} 条`,
  );
  out.push(`版式：${plan.layout || "（未说明）"}`);
  if (leader) out.push(`只列责任领导 ${leader} 的任务`);

  const listed = new Set(plan.tasks.map((t) => t.no));
  const check = doubts.filter((d) => listed.has(d.no));
  if (check.length) {
    out.push("", `需要核对的任务（${check.length} 项，最没把握的在前）：`);
    for (const d of check) out.push(`  第 ${d.no} 项（${place(d.line)}）：${d.reasons.join("；")}`);
  }

  out.push("", "各板块任务数：");
  const sections = countBySection(plan);
  const rows: [string, number][] = sections.flatMap((s) => [
    [`  ${s.section || "（无板块）"}`, s.tasks] as [string, number],
    ...s.subsections.map((sub) => [`    ${sub.subsection}`, sub.tasks] as [string, number]),
  ]);
  const labelWidth = Math.max(...rows.map(([label]) => width(label)));
  for (const [label, n] of rows) out.push(`${pad(label, labelWidth)}  ${String(n).padStart(3)} 项`);

  const leaders = leaderTaskCounts(plan);
  if (leaders.length) {
    out.push("", "责任领导（任务数）：");
    const leaderWidth = Math.max(...leaders.map((l) => width(l.leader)));
    for (const l of leaders) out.push(`  ${pad(l.leader, leaderWidth)}  ${String(l.tasks).padStart(3)} 项`);
  }

  out.push("", "单位（牵头 / 配合任务数）：");
  const units = countUnitRoles(plan);
  const unitWidth = Math.max(...units.map((u) => width(u.unit)));
  for (const u of units) {
    const aliases = plan.units.find((x) => x.name === u.unit)?.aliases ?? [];
    const note = [
      u.kind === "group" ? "分组" : "",
      aliases.length ? `又称 ${aliases.join("、")}` : "",
    ].filter(Boolean);
    out.push(
      `  ${pad(u.unit, unitWidth)}  牵头 ${String(u.lead).padStart(3)}  配合 ${String(u.partner).padStart(3)}${note.length ? `  （${note.join("；")}）` : ""}`,
    );
  }

  out.push("", "各任务指标：");
  for (const task of plan.tasks) {
    const list = task.targets.length
      ? task.targets
          .map((t) => `${t.name} ${CMP_SIGN[t.cmp]} ${t.value}${t.unit}（${KIND_WORD[t.kind]}）`)
          .join("；")
      : "无量化指标（按工作进度填报）";
    const due = task.deadline ? `（完成时限：${task.deadline}）` : "";
    const written = task.written === undefined ? "" : `（原序号 ${task.written}）`;
    out.push(`  ${String(task.no).padStart(3)}. ${written}${list}${due}`);
  }

  if (plan.warnings.length) {
    out.push("", "警告：");
    for (const w of plan.warnings) out.push(`  ${place(w.line)}：${w.message}`);
  }
  return out.join("\n");
}
