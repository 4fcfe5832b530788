// 下发: the templates of a period for every reporting unit, as core/collect planIssue decides them from the workbook
// as it is now, 报送情况 (and 当前季度, when the office makes the period current) recorded in it through the ops,
// and the templates offered as one .zip or one by one. The pane and the page show this same tab.
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Quarter } from "../../core/assess";
import {
  currentQuarterOffer,
  lateIssueWarning,
  planIssue,
  type RowRole,
  type SplitTemplate,
} from "../../core/collect";
import { defaultDeadlineIso, isoDate, todayIso } from "../../core/calendar";
import type { NamedFile } from "../../xlsx/templates";
import { Feedback, type Message } from "../components/Feedback";
import { QuarterSelect } from "../components/QuarterSelect";
import { useStyles } from "../components/styles";
import { useAction } from "../components/useAction";
import { WorkbookGatePanel } from "../components/WorkbookGate";
import { downloadFile } from "../notice/download";
import type { ExcelOps, WorkbookSnapshot } from "../../core/port";
import { ISSUE_STRINGS as T } from "./strings.zh-CN";

/** The template writer: exceljs and jszip, loaded when the first templates are made. */
export interface TemplateWriter {
  templateFiles(templates: readonly SplitTemplate[]): Promise<NamedFile[]>;
  templatesZip(files: readonly NamedFile[]): Promise<Uint8Array>;
}

export interface IssueTabProps {
  ops: Pick<ExcelOps, "readWorkbook" | "readCycle" | "recordIssue" | "setQuarter">;
  snapshot: WorkbookSnapshot | null;
  onRead(snapshot: WorkbookSnapshot): void;
  /** The workbook as messages name it (the page: its file name). */
  masterName?: () => string;
  /** Said after 报送情况 is recorded, e.g. that the page's master must be downloaded. */
  recordedHint?: string;
  saveFile?: (name: string, bytes: Uint8Array) => void;
  today?: () => string;
  writer?: () => Promise<TemplateWriter>;
}

interface Made {
  year: number;
  quarter: Quarter;
  templates: SplitTemplate[];
  files: NamedFile[];
  /** The period issued, when it is still not 当前季度. */
  offer: Quarter | null;
}

const loadWriter = () => import(/* webpackChunkName: "xlsx" */ "../../xlsx/templates");

const count = (t: SplitTemplate, role: RowRole) => t.record.rows.filter((r) => r.role === role).length;

/** The ISO date typed, the default when blank, null when it is not a date. */
const typedDate = (text: string, fallback: string) => (text.trim() ? isoDate(text) : fallback);

export function IssueTab({
  ops,
  snapshot,
  onRead,
  masterName = () => T.workbook,
  recordedHint,
  saveFile = downloadFile,
  today = () => todayIso(new Date()),
  writer = loadWriter,
}: IssueTabProps) {
  const styles = useStyles();
  const [quarter, setQuarter] = useState<Quarter | null>(null);
  const [issued, setIssued] = useState("");
  const [deadline, setDeadline] = useState("");
  /** The office's answer to the offer, per period (unanswered: yes for a later period, no for an earlier). */
  const [makeCurrent, setMakeCurrent] = useState<ReadonlyMap<Quarter, boolean>>(new Map());
  const [made, setMade] = useState<Made | null>(null);
  const action = useAction();
  const { busy, messages, run } = action;

  if (!snapshot) return <WorkbookGatePanel action={action} read={ops.readWorkbook} onRead={onRead} />;
  const { year } = snapshot.data.plan;
  const current = snapshot.data.params.quarter;
  const q = quarter ?? current;
  const offer = currentQuarterOffer(current, q);
  const toCurrent = makeCurrent.get(q) ?? q > current;
  const dueDefault = defaultDeadlineIso(year, q);
  const issuedIso = typedDate(issued, today());
  const dueIso = typedDate(deadline, dueDefault);
  const late = issuedIso && dueIso ? lateIssueWarning(issuedIso, dueIso) : null;

  const make = () =>
    run(async () => {
      setMade(null);
      // The workbook as it is now (a merge or 设为当前季度 may have changed it since it was last read).
      const fresh = await ops.readWorkbook();
      const cycle = await ops.readCycle(fresh.data.plan.year);
      const plan = planIssue(
        { values: fresh.values ?? new Map(), source: masterName(), cycle },
        { quarter: q, issued, deadline, today: today(), makeCurrent: toCurrent },
      );
      const templates = plan.templates.map((t) => t.build());
      const files = await (await writer()).templateFiles(templates);
      await ops.recordIssue(plan.write);
      onRead(plan.write.currentQuarter === null ? fresh : await ops.readWorkbook());
      setMade({
        year: plan.year,
        quarter: plan.quarter,
        templates,
        files,
        offer: plan.offer?.quarter ?? null,
      });
      const [first, ...notes] = plan.notes;
      return [
        { intent: "success", text: first },
        ...notes.map((text): Message => ({ intent: "info", text })),
        ...(recordedHint ? [{ intent: "info" as const, text: recordedHint }] : []),
        // The dates' warning and the offer stay on the form above: only what the workbook holds is added.
        ...plan.workbookWarnings.map((text): Message => ({ intent: "warning", text })),
      ];
    });

  const zip = (m: Made) =>
    run(async () => saveFile(T.zipName(m.year, m.quarter), await (await writer()).templatesZip(m.files)));

  const setCurrent = (m: Made, to: Quarter) =>
    run(async () => {
      await ops.setQuarter(to);
      onRead(await ops.readWorkbook());
      setMade({ ...m, offer: null });
      return [{ intent: "success", text: T.currentSet(to) }];
    });

  return (
    <div className={styles.panel}>
      <Text>{T.intro}</Text>
      <div className={styles.row} style={{ alignItems: "flex-end" }}>
        <QuarterSelect label={T.quarterLabel} value={q} onChange={setQuarter} />
        <Field
          label={T.issuedLabel}
          validationMessage={issuedIso ? undefined : T.badDate("下发日期", issued)}
        >
          <Input value={issued} placeholder={today()} onChange={(_, d) => setIssued(d.value)} />
        </Field>
        <Field
          label={T.deadlineLabel}
          validationMessage={dueIso ? undefined : T.badDate("截止日期", deadline)}
        >
          <Input value={deadline} placeholder={dueDefault} onChange={(_, d) => setDeadline(d.value)} />
        </Field>
      </div>
      {late && (
        <MessageBar intent="warning">
          <MessageBarBody>{late}</MessageBarBody>
        </MessageBar>
      )}
      {offer && (
        <Field hint={offer.message}>
          <Checkbox
            checked={toCurrent}
            label={T.makeCurrent(q)}
            onChange={(_, d) => setMakeCurrent(new Map(makeCurrent).set(q, d.checked === true))}
          />
        </Field>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !issuedIso || !dueIso} onClick={make}>
          {T.make}
        </Button>
      </div>
      <Feedback messages={messages} />
      {made && (
        <>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => zip(made)}>
              {T.zip(made.files.length)}
            </Button>
            {made.offer !== null && (
              <Button disabled={busy} onClick={() => made.offer && setCurrent(made, made.offer)}>
                {T.setCurrent(made.offer)}
              </Button>
            )}
          </div>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.cell}>{T.unitCol}</th>
                <th className={styles.number}>{T.countsCol}</th>
                <th className={styles.cell}>{T.fileCol}</th>
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
                      aria-label={`${T.one} ${t.fileName}`}
                      onClick={() => saveFile(made.files[i].name, made.files[i].bytes)}
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
