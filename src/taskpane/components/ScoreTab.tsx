// 评分: set 当前季度, see the tasks by status as a compact stacked bar in the workbook's status colours and as
// coloured badges, open 看板 (the workbook's charts), and the units ranked with 等次.
import type { BadgeProps } from "@fluentui/react-components";
import { Badge, Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Level, Quarter, Status } from "../../core/assess";
import { DASHBOARD_SHEET, DASHBOARD_STATUSES, STATUS_COLORS } from "../../core/workbook";
import { countByLevel, countByStatus } from "../model/statusCounts";
import type { ExcelOps, WorkbookSnapshot } from "../../core/port";
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

/**
 * The quarter's tasks by status as one stacked bar, best first as 看板 orders them, each segment as wide as its
 * share and coloured as the workbook colours the status; each segment names its status and count.
 */
function StatusBar(props: { quarter: string; counts: { status: Status; count: number }[] }) {
  const total = props.counts.reduce((sum, c) => sum + c.count, 0);
  const shown = DASHBOARD_STATUSES.map((status) => ({
    status,
    count: props.counts.find((c) => c.status === status)?.count ?? 0,
  })).filter((c) => c.count > 0);
  const label = S.score.barLabel(props.quarter, total);
  return (
    <div
      role="img"
      aria-label={[
        label,
        ...shown.map((c) => S.score.barSegment(c.status, c.count, share(c.count, total))),
      ].join("；")}
      style={{
        display: "flex",
        height: 20,
        borderRadius: 4,
        overflow: "hidden",
        border: "1px solid #bfbfbf",
      }}
    >
      {shown.map(({ status, count }) => (
        <div
          key={status}
          data-status={status}
          title={S.score.barSegment(status, count, share(count, total))}
          style={{
            flexGrow: count,
            flexBasis: 0,
            minWidth: 2,
            background: STATUS_COLORS[status].fill,
            color: STATUS_COLORS[status].fontColor,
            fontSize: 12,
            lineHeight: "20px",
            textAlign: "center",
            overflow: "hidden",
            whiteSpace: "nowrap",
          }}
        >
          {count}
        </div>
      ))}
    </div>
  );
}

const share = (count: number, total: number) =>
  total === 0 ? "0%" : `${Math.round((count / total) * 100)}%`;

interface Props {
  ops: ExcelOps;
  snapshot: WorkbookSnapshot | null;
  onRead(snapshot: WorkbookSnapshot): void;
  /**
   * Whether 看板 can be shown in the open workbook (the add-in), or lives only in the downloaded file (the page
   * without Excel, which says so instead of a button).
   */
  canShowSheets?: boolean;
}

export function ScoreTab({ ops, snapshot, onRead, canShowSheets = true }: Props) {
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
  const showDashboard = () =>
    run(async () => {
      await ops.selectCell(DASHBOARD_SHEET, "A1");
      return [{ intent: "success", text: S.score.dashboardShown }];
    });
  const statusCounts = countByStatus(snapshot.computed.tasks);
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
      <StatusBar quarter={quarterName(snapshot.computed.quarter)} counts={statusCounts} />
      <div className={styles.row} style={{ alignItems: "center" }}>
        {canShowSheets ? (
          <Button disabled={busy} onClick={showDashboard}>
            {S.score.showDashboard}
          </Button>
        ) : (
          <Text size={200}>{S.score.dashboardInFile}</Text>
        )}
      </div>
      <BadgeCounts
        label={S.score.statusCaption}
        title={`${S.score.statusCaption}（${quarterName(snapshot.computed.quarter)}）`}
        counts={statusCounts.map(({ status, count }) => ({
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
