// What a plan will put into the workbook, shown before 载入工作表 so staff can check it first.
import { Text } from "@fluentui/react-components";
import { countBySection, doubtfulTasks } from "../../core/plan";
import type { PlanRead } from "../planReader";
import { targetCount } from "../model/planSummary";
import { S } from "../strings.zh-CN";
import { useStyles } from "./styles";

const cmpSign = { ">=": "≥", "<=": "≤", "=": "≈" } as const;

/**
 * `place` names where a warning's line is, e.g. "第1个表格第5行". The tasks the reader is least sure of come
 * first, as `duban parse` lists them, so the office checks those before loading and corrects them in 任务清单.
 */
export function PlanPreview({ plan, place, taskLines }: Pick<PlanRead, "plan" | "place" | "taskLines">) {
  const styles = useStyles();
  const concreteUnits = plan.units.filter((u) => u.kind === "unit");
  const doubts = doubtfulTasks(plan, taskLines);
  return (
    <section aria-label={S.plan.previewTitle} className={styles.panel} style={{ padding: 0 }}>
      <Text weight="semibold">{plan.title}</Text>
      <Text>{S.plan.summary(plan.tasks.length, plan.units.length, targetCount(plan))}</Text>
      <Text>{S.plan.layout(plan.layout)}</Text>
      {doubts.length > 0 && (
        <div>
          <Text weight="semibold">{S.plan.doubtsCaption(doubts.length)}</Text>
          <ol aria-label={S.plan.doubtsCaption(doubts.length)}>
            {doubts.map((d) => (
              <li key={d.no}>
                <Text size={200}>{S.plan.doubt(d.no, place(d.line), d.reasons)}</Text>
              </li>
            ))}
          </ol>
        </div>
      )}
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
