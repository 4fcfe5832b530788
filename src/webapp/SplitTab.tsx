// 下发: one template per reporting unit from the held master, by the same splitMaster as `duban split` and under
// the same file names; all of them as one .zip, or one unit's file.
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Quarter } from "../core/assess/types";
import {
  keyedForSplit,
  masterKeyNote,
  officeTasks,
  officeTasksNote,
  recordIssue,
  reportersOf,
  splitMaster,
  todayIso,
  type RowRole,
  type SplitTemplate,
} from "../core/collect";
import { readWorkbook } from "../core/workbook";
import { chineseDate, defaultDeadlineIso, isoDate } from "../core/workbook/cycle";
import { Feedback } from "../taskpane/components/Feedback";
import { QuarterSelect } from "../taskpane/components/QuarterSelect";
import { useStyles } from "../taskpane/components/styles";
import { useAction } from "../taskpane/components/useAction";
import { WorkbookGate } from "../taskpane/components/WorkbookGate";
import type { WorkbookSnapshot } from "../taskpane/ops";
import type { FileOps } from "./fileOps";
import type { SaveFile } from "./save";
import { WEB } from "./strings.zh-CN";

interface Props {
  ops: FileOps;
  snapshot: WorkbookSnapshot | null;
  onRead(snapshot: WorkbookSnapshot): void;
  save: SaveFile;
}

interface Made {
  year: number;
  quarter: Quarter;
  templates: SplitTemplate[];
  files: { name: string; bytes: Uint8Array }[];
  note: string | null;
}

const xlsx = () => import(/* webpackChunkName: "xlsx" */ "./xlsxFiles");

const count = (t: SplitTemplate, role: RowRole) => t.record.rows.filter((r) => r.role === role).length;

export function SplitTab({ ops, snapshot, onRead, save }: Props) {
  const styles = useStyles();
  const [quarter, setQuarter] = useState<Quarter | null>(null);
  const [deadline, setDeadline] = useState("");
  const [made, setMade] = useState<Made | null>(null);
  const { busy, messages, run } = useAction();

  if (!snapshot || !snapshot.values) {
    return (
      <div className={styles.panel}>
        <WorkbookGate busy={busy} onRead={() => run(async () => onRead(await ops.readWorkbook()))} />
        <Feedback messages={messages} />
      </div>
    );
  }
  const q = quarter ?? snapshot.data.params.quarter;

  const make = () =>
    run(async () => {
      setMade(null);
      // The master as the file holds it now (a merge or 设为当前季度 may have changed it since the last read).
      const current = await ops.readWorkbook();
      onRead(current);
      const name = ops.master()?.name;
      // A master from before keys gets its key now, written below with 报送情况 (as `duban split` does).
      const { data, created } = keyedForSplit(readWorkbook(current.values ?? new Map(), name));
      // As `duban split --deadline`: an ISO or Chinese date, by default the 10th of the month after the quarter.
      const due = deadline.trim() ? isoDate(deadline) : defaultDeadlineIso(data.plan.year, q);
      if (due === null) return [{ intent: "error", text: WEB.split.badDeadline(deadline) }];
      const templates = splitMaster(data, { quarter: q, deadline: chineseDate(due) });
      const { templateFiles } = await xlsx();
      const files = await templateFiles(templates);
      // 报送情况 records each unit's 下发日期 (today) and 截止日期, as `duban split` records them in the master.
      const issued = todayIso();
      const cycle = data.cycle ?? { returns: [], log: [] };
      const units = templates.map((t) => t.record.unit);
      await ops.writeCycle({
        returns: recordIssue(cycle.returns, units, q, issued, due),
        log: cycle.log,
        key: created,
      });
      const office = officeTasks(reportersOf(data));
      setMade({
        year: data.plan.year,
        quarter: q,
        templates,
        files,
        note: office.length ? officeTasksNote(office) : null,
      });
      return [
        { intent: "success", text: WEB.split.made(templates.length, data.plan.year, q) },
        { intent: "info", text: WEB.split.recorded(units.length, issued, due) },
        ...(created
          ? [{ intent: "warning" as const, text: masterKeyNote(name ?? WEB.split.masterName, created) }]
          : []),
      ];
    });

  const zip = (m: Made) =>
    run(async () => {
      const { templatesZip } = await xlsx();
      save(WEB.split.zipName(m.year, m.quarter), await templatesZip(m.files));
    });

  return (
    <div className={styles.panel}>
      <Text>{WEB.split.intro}</Text>
      <div className={styles.row} style={{ alignItems: "flex-end" }}>
        <QuarterSelect label={WEB.split.quarterLabel} value={q} onChange={setQuarter} />
        <Field label={WEB.split.deadlineLabel}>
          <Input value={deadline} onChange={(_, d) => setDeadline(d.value)} />
        </Field>
        <Button appearance="primary" disabled={busy} onClick={make}>
          {WEB.split.make}
        </Button>
      </div>
      <Feedback messages={messages} />
      {made && (
        <>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => zip(made)}>
              {WEB.split.zip(made.files.length)}
            </Button>
          </div>
          {made.note && <Text>{made.note}</Text>}
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.cell}>{WEB.split.unitCol}</th>
                <th className={styles.number}>{WEB.split.countsCol}</th>
                <th className={styles.cell}>{WEB.split.fileCol}</th>
              </tr>
            </thead>
            <tbody>
              {made.templates.map((t, i) => (
                <tr key={t.fileName}>
                  <td className={styles.cell}>{t.unit}</td>
                  <td className={styles.number}>
                    {count(t, "lead")} / {count(t, "colead")} / {count(t, "partner")}
                  </td>
                  <td className={styles.cell}>
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-label={`${WEB.split.one} ${t.fileName}`}
                      onClick={() => save(made.files[i].name, made.files[i].bytes)}
                    >
                      {t.fileName}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
