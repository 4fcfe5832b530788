// What a plan will put into the workbook, shown before 载入工作表 so staff can check it first.
import { Text } from "@fluentui/react-components";
import type { TaskPlan } from "../../core/plan/types";
import { countBySection } from "../../core/plan";
import { targetCount } from "../model/planSummary";
import { S } from "../strings.zh-CN";
import { useStyles } from "./styles";

const cmpSign = { ">=": "≥", "<=": "≤", "=": "≈" } as const;

/** `place` names where a warning's line is, e.g. "第1个表格第5行". */
export function PlanPreview({ plan, place }: { plan: TaskPlan; place(line: number): string }) {
  const styles = useStyles();
  const concreteUnits = plan.units.filter((u) => u.kind === "unit");
  return (
    <section aria-label={S.plan.previewTitle} className={styles.panel} style={{ padding: 0 }}>
      <Text weight="semibold">{plan.title}</Text>
      <Text>{S.plan.summary(plan.tasks.length, plan.units.length, targetCount(plan))}</Text>
      <Text>{S.plan.layout(plan.layout)}</Text>
      <table className={styles.table}>
        <caption className={styles.caption}>{S.plan.sectionsCaption}</caption>
        <thead>
          <tr>
            <th className={styles.cell}>{S.plan.sectionCol}</th>
            <th className={styles.number}>{S.plan.tasksCol}</th>
          </tr>
        </thead>
        <tbody>
          {countBySection(plan).map((s) => (
            <tr key={s.section}>
              <td className={styles.cell}>{s.section}</td>
              <td className={styles.number}>{s.tasks}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>
          {S.plan.unitsCaption}（{concreteUnits.length}）
        </summary>
        <Text size={200}>{concreteUnits.map((u) => u.name).join("、")}</Text>
      </details>
      <details>
        <summary>
          {S.plan.targetsCaption}（{targetCount(plan)}）
        </summary>
        <ul aria-label={S.plan.targetsCaption}>
          {plan.tasks.flatMap((task) =>
            task.targets.map((t, k) => (
              <li key={`${task.no}-${k}`}>
                <Text size={200}>
                  {S.plan.targetCol(task.no)} {t.name} {cmpSign[t.cmp]} {t.value}
                  {t.unit}
                </Text>
              </li>
            )),
          )}
        </ul>
      </details>
      <div>
        <Text weight="semibold">{S.plan.warningsCaption(plan.warnings.length)}</Text>
        {plan.warnings.length === 0 ? (
          <Text block>{S.plan.noWarnings}</Text>
        ) : (
          <ul aria-label={S.plan.warningsCaption(plan.warnings.length)}>
            {plan.warnings.map((w, i) => (
              <li key={i}>
                <Text size={200}>
                  {place(w.line)}：{w.message}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
