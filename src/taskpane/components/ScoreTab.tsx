// 评分: set 当前季度, see the tasks by status as coloured badges and the units ranked with 等次.
import type { BadgeProps } from "@fluentui/react-components";
import { Badge, Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Level, Quarter, Status } from "../../core/assess/types";
import { countByLevel, countByStatus } from "../model/statusCounts";
import type { ExcelOps, WorkbookSnapshot } from "../ops";
import { S, quarterName } from "../strings.zh-CN";
import { Feedback } from "./Feedback";
import { QuarterSelect } from "./QuarterSelect";
import { useStyles } from "./styles";
import { useAction } from "./useAction";
import { WorkbookGate } from "./WorkbookGate";

/** The workbook's status colours (DESIGN.md): green, deeper and light green, amber, red, grey. */
const badge: Record<Status, Pick<BadgeProps, "color" | "appearance">> = {
  已完成: { color: "success", appearance: "filled" },
  超进度: { color: "success", appearance: "outline" },
  序时推进: { color: "success", appearance: "tint" },
  滞后: { color: "warning", appearance: "filled" },
  严重滞后: { color: "danger", appearance: "filled" },
  未填报: { color: "subtle", appearance: "filled" },
};

/** The workbook's 督办级别 lamps: blue, yellow, red. */
const lamp: Record<Exclude<Level, "">, Pick<BadgeProps, "color" | "appearance">> = {
  提醒: { color: "informative", appearance: "filled" },
  督办: { color: "warning", appearance: "filled" },
  约谈: { color: "danger", appearance: "filled" },
};

/** A captioned row of coloured counts: tasks by status, or by 督办级别. */
function BadgeCounts(props: {
  label: string;
  title: string;
  counts: { text: string; count: number; look: Pick<BadgeProps, "color" | "appearance"> }[];
}) {
  const styles = useStyles();
  return (
    <section aria-label={props.label}>
      <Text weight="semibold" block>
        {props.title}
      </Text>
      <div className={styles.row}>
        {props.counts.map(({ text, count, look }) => (
          <Badge key={text} size="large" shape="rounded" {...look}>
            {text} {count}
          </Badge>
        ))}
      </div>
    </section>
  );
}

interface Props {
  ops: ExcelOps;
  snapshot: WorkbookSnapshot | null;
  onRead(snapshot: WorkbookSnapshot): void;
}

export function ScoreTab({ ops, snapshot, onRead }: Props) {
  const styles = useStyles();
  const [quarter, setQuarter] = useState<Quarter | null>(null);
  const { busy, messages, run } = useAction();
  const refresh = () => run(async () => onRead(await ops.readWorkbook()));

  if (!snapshot) {
    return (
      <div className={styles.panel}>
        <WorkbookGate busy={busy} onRead={refresh} />
        <Feedback messages={messages} />
      </div>
    );
  }

  const q = quarter ?? snapshot.data.params.quarter;
  const setCurrent = () =>
    run(async () => {
      await ops.setQuarter(q);
      onRead(await ops.readWorkbook());
      return [{ intent: "success", text: S.score.quarterSet(quarterName(q)) }];
    });
  const ranked = snapshot.computed.units
    .filter((u) => u.kind === "unit" && u.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, "zh-CN"));

  return (
    <div className={styles.panel}>
      <div className={styles.row} style={{ alignItems: "flex-end" }}>
        <QuarterSelect label={S.score.quarterLabel} value={q} onChange={setQuarter} />
        <Button disabled={busy || q === snapshot.data.params.quarter} onClick={setCurrent}>
          {S.score.setQuarter}
        </Button>
        <Button appearance="primary" disabled={busy} onClick={refresh}>
          {S.score.refresh}
        </Button>
      </div>
      <Feedback messages={messages} />
      <BadgeCounts
        label={S.score.statusCaption}
        title={`${S.score.statusCaption}（${quarterName(snapshot.computed.quarter)}）`}
        counts={countByStatus(snapshot.computed.tasks).map(({ status, count }) => ({
          text: status,
          count,
          look: badge[status],
        }))}
      />
      <BadgeCounts
        label={S.score.levelCaption}
        title={S.score.levelCaption}
        counts={countByLevel(snapshot.computed.tasks).map(({ level, count }) => ({
          text: level,
          count,
          look: lamp[level],
        }))}
      />
      {ranked.length === 0 ? (
        <Text>{S.score.noUnits}</Text>
      ) : (
        <table className={styles.table}>
          <caption className={styles.caption}>{S.score.unitsCaption}</caption>
          <thead>
            <tr>
              <th className={styles.number}>{S.score.rankCol}</th>
              <th className={styles.cell}>{S.score.unitCol}</th>
              <th className={styles.number}>{S.score.scoreCol}</th>
              <th className={styles.cell}>{S.score.gradeCol}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((u) => (
              <tr key={u.name}>
                <td className={styles.number}>{u.rank}</td>
                <td className={styles.cell}>{u.name}</td>
                <td className={styles.number}>{u.score?.toFixed(2) ?? "—"}</td>
                <td className={styles.cell}>{u.grade ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
