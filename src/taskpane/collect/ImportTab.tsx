// The 导入填报 tab: pick the returned templates, 检查 shows the same report as `duban merge` without writing
// anything, then 合并到工作簿 writes the planned cells into the open workbook by 指标编号. Office and file
// reading come in as props, so this component runs the same in tests and in Excel.
import { useRef, useState } from "react";
import {
  Button,
  Caption1,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  mergeDoubts,
  mergedCycle,
  mergeMaster,
  mergeReportCsv,
  officeTasksNote,
  planMerge,
  applyChanges,
  rejectionSummary,
  rejectReturn,
  withDoubts,
  type FileReport,
  type MergeMaster,
  type MergePlan,
  type ReturnInput,
} from "../../core/collect";
import { isoDate, nowStamp, todayIso } from "../../core/calendar";
import type { CycleRows, WorkbookData, WorkbookValues } from "../../core/workbook";
import { DubanError } from "../../core/errors";
import type { Quarter } from "../../core/assess";
import { downloadFile } from "../notice/download";
import type { ExcelOps } from "../../core/port";
import { readReturnFile } from "./readReturnFile";
import { IMPORT_STRINGS as S } from "./strings.zh-CN";

export interface ImportTabProps {
  /** Reads the open workbook (the master); writes the planned cells into 指标填报. */
  ops: Pick<ExcelOps, "readWorkbook" | "applyCellChanges" | "readCycle" | "writeCycle">;
  /**
   * A picked file → its values, or why it cannot be read; by default exceljs through src/xlsx. `master` (the
   * open workbook's values) bounds what a return may hold.
   */
  readFile?: (file: File, master: WorkbookValues) => Promise<ReturnInput>;
  saveFile?: (name: string, bytes: Uint8Array) => void;
}

type Message = { intent: "success" | "error" | "info"; text: string } | null;

/** What a check read: kept so that the 覆盖冲突 switch re-plans without reading anything again. */
interface Checked {
  master: MergeMaster;
  quarter: Quarter;
  returns: ReturnInput[];
  plan: MergePlan;
  /** The workbook's data with its 报送情况 and 填报记录, for 疑点 and the records a merge appends. */
  data: WorkbookData;
  cycle: CycleRows;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // Visually hidden but present, so the button can open it and tests can upload to it.
  input: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: "break-all" },
  report: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    maxHeight: "55vh",
    overflowY: "auto",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: "break-all" },
  date: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const errorText = (error: unknown) =>
  error instanceof DubanError
    ? error.message
    : S.failed(error instanceof Error ? error.message : String(error));

/** Distinct master cells the plan writes (a later change to a cell replaces an earlier one). */
const cellCount = (plan: MergePlan) => new Set(plan.changes.map((c) => `${c.sheet}!${c.row}:${c.col}`)).size;

function FileSection({
  file,
  onReject,
}: {
  file: FileReport;
  /** Sends the file's unit's return back; absent when it cannot be (refused file, no unit, busy). */
  onReject?: (reason: string) => void;
}) {
  const styles = useStyles();
  const [reason, setReason] = useState<string | null>(null);
  return (
    <section aria-label={file.source}>
      <Text weight="semibold">
        {file.source}
        {file.unit ? `（${file.unit}）` : ""}：
      </Text>
      <Text>
        {file.accepted ? S.verdict(file.merged, file.unchanged, file.conflicts, file.rejected) : S.refused}
      </Text>
      {file.lines.length > 0 && (
        <ul className={styles.lines}>
          {file.lines.map((l, i) => (
            <li key={i}>
              <Caption1>
                [{l.kind}] {l.cell ? `${l.cell} ` : ""}
                {l.message}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {onReject && reason === null && (
        <Button size="small" appearance="subtle" onClick={() => setReason("")}>
          {S.reject}
        </Button>
      )}
      {onReject && reason !== null && (
        <span className={styles.date}>
          <Input
            size="small"
            aria-label={S.rejectReason}
            placeholder={S.rejectReason}
            value={reason}
            onChange={(_, d) => setReason(d.value)}
          />
          <Button size="small" onClick={() => onReject(reason)}>
            {S.rejectConfirm}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => setReason(null)}>
            {S.rejectCancel}
          </Button>
        </span>
      )}
    </section>
  );
}

/** The merge plan with its 疑点, listed for 核实 without refusing anything. */
function planned(
  master: MergeMaster,
  data: WorkbookData,
  returns: ReturnInput[],
  quarter: Quarter,
  overwrite: boolean,
): MergePlan {
  const plan = planMerge(master, returns, { quarter, overwrite });
  return withDoubts(plan, mergeDoubts(data, master, plan));
}

export function ImportTab({ ops, readFile = readReturnFile, saveFile = downloadFile }: ImportTabProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [overwrite, setOverwrite] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState<"check" | "merge" | null>(null);
  const [message, setMessage] = useState<Message>(null);
  /** Files read so far during a check: some 80 returns take a while. */
  const [read, setRead] = useState(0);
  /** 报回日期 recorded on 报送情况: today unless staff say when the files actually came in. */
  const [received, setReceived] = useState(todayIso(new Date()));

  function choose(list: FileList | null) {
    setFiles(list ? [...list] : []);
    setChecked(null);
    setMessage(null);
  }

  function clear() {
    choose(null);
    if (input.current) input.current.value = "";
  }

  /** Runs one user action, showing its outcome; nothing is swallowed. */
  async function act(kind: "check" | "merge", action: () => Promise<Message>) {
    setBusy(kind);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(null);
    }
  }

  const check = () =>
    act("check", async () => {
      setChecked(null);
      const snapshot = await ops.readWorkbook();
      if (!snapshot.values) return { intent: "error", text: S.notDuban };
      // 报送情况 and 填报记录 come with the master's key, which every return's signature is checked with.
      const cycle = await ops.readCycle(snapshot.data.plan.year);
      const data = { ...snapshot.data, cycle };
      const master = mergeMaster(S.masterName, snapshot.values, data);
      const quarter = snapshot.data.params.quarter;
      // One at a time: only one exceljs workbook is alive at once; what is kept of each return is 指标填报.
      const returns: ReturnInput[] = [];
      setRead(0);
      for (const file of files) {
        returns.push(await readFile(file, snapshot.values));
        setRead(returns.length);
      }
      const plan = planned(master, data, returns, quarter, overwrite);
      setChecked({ master, quarter, returns, plan, data, cycle });
      return plan.changes.length === 0 ? { intent: "info", text: S.nothingToMerge } : null;
    });

  function toggleOverwrite(on: boolean) {
    setOverwrite(on);
    if (checked)
      setChecked({
        ...checked,
        plan: planned(checked.master, checked.data, checked.returns, checked.quarter, on),
      });
  }

  /**
   * 退回: what the unit's returns of the quarter wrote goes back to the values before them, the unit's files leave
   * the merge, and 报送情况 and 填报记录 say so at once.
   */
  const reject = (file: FileReport, reason: string) =>
    act("merge", async () => {
      if (!checked || !file.unit) return null;
      if (!reason.trim()) return { intent: "error", text: S.rejectNeedsReason };
      const why = reason.trim();
      const outcome = rejectReturn(checked.master, checked.cycle, {
        unit: file.unit,
        quarter: checked.quarter,
        reason: why,
        source: file.source,
        time: nowStamp(new Date()),
      });
      if (outcome.changes.length) await ops.applyCellChanges(outcome.changes);
      await ops.writeCycle(outcome.rows);
      const cycle = outcome.rows;
      const sentBack = checked.plan.files.filter((f) => f.unit === file.unit).map((f) => f.source);
      const returns = checked.returns.filter((r) => !sentBack.includes(r.source));
      const data = { ...checked.data, cycle };
      // The workbook now holds the restored cells: the rest of the check is planned against them.
      const master = {
        ...checked.master,
        values: applyChanges(checked.master.values, outcome.changes),
        returns: cycle.returns,
      };
      // Its files leave the report; the unit is 未报回 again (its 报回日期 was cleared).
      setChecked({
        ...checked,
        master,
        returns,
        data,
        cycle,
        plan: planned(master, data, returns, checked.quarter, overwrite),
      });
      const summary = rejectionSummary(file.unit, checked.quarter, why, outcome).join("\n");
      return { intent: outcome.kept.length ? "info" : "success", text: `${summary}\n${S.notMerged}` };
    });

  const merge = () =>
    act("merge", async () => {
      if (!checked) return null;
      const date = isoDate(received);
      if (date === null) return { intent: "error", text: S.badDate(received) };
      const { plan, master, cycle } = checked;
      const done = await ops.applyCellChanges(plan.changes);
      // 报送情况 and 填报记录 as `duban merge` writes them: each accepted unit's 报回日期, one row per changed cell.
      const { rows, returned, added } = mergedCycle(cycle, master, plan, date, nowStamp(new Date()));
      await ops.writeCycle(rows);
      const sources = new Set(plan.changes.map((c) => c.source)).size;
      // The workbook now holds these values: a second merge needs a fresh check (which would find them unchanged).
      setChecked(null);
      return {
        intent: "success",
        text: `${S.merged(done.cells, done.rows, sources)}${S.recorded(new Set(returned).size, added.length)}`,
      };
    });

  const plan = checked?.plan ?? null;
  const canMerge = busy === null && plan !== null && plan.changes.length > 0;
  return (
    <div className={styles.root}>
      <Text>{S.intro}</Text>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={S.chooseLabel}
        tabIndex={-1}
        onChange={(e) => choose(e.target.files)}
      />
      <div className={styles.actions}>
        <Button disabled={busy !== null} onClick={() => input.current?.click()}>
          {S.choose}
        </Button>
        <Text>{files.length ? S.chosen(files.length) : S.noneChosen}</Text>
        {files.length > 0 && (
          <Button appearance="subtle" disabled={busy !== null} onClick={clear}>
            {S.clear}
          </Button>
        )}
      </div>
      {files.length > 0 && (
        <ul className={styles.files} aria-label={S.chosen(files.length)}>
          {files.map((f, i) => (
            <li key={`${i}:${f.name}`}>
              <Caption1>{f.name}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.date}>
        <Input
          type="date"
          aria-label={S.received}
          value={received}
          disabled={busy !== null}
          onChange={(_, d) => setReceived(d.value)}
        />
        <Caption1>
          {S.received}：{S.receivedHint}
        </Caption1>
      </div>
      <Switch
        label={S.overwrite}
        checked={overwrite}
        disabled={busy !== null}
        onChange={(_, data) => toggleOverwrite(data.checked)}
      />
      <div className={styles.actions}>
        <Button disabled={busy !== null || files.length === 0} onClick={check}>
          {S.check}
        </Button>
        <Button appearance="primary" disabled={!canMerge} onClick={merge}>
          {S.merge}
        </Button>
        {busy && (
          <Spinner size="tiny" label={busy === "check" ? S.checking(read, files.length) : S.merging} />
        )}
      </div>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {plan && (
        <div className={styles.report} role="region" aria-label={S.report}>
          <Text weight="semibold">
            {S.heading(plan.year, plan.quarter, plan.files.length, cellCount(plan))}
          </Text>
          {plan.files.map((f, i) => (
            <FileSection
              key={`${i}:${f.source}`}
              file={f}
              onReject={
                f.accepted && f.unit !== null && busy === null ? (reason) => reject(f, reason) : undefined
              }
            />
          ))}
          {plan.officeTasks.length > 0 && <Text>{officeTasksNote(plan.officeTasks)}</Text>}
          <Text>{plan.missingUnits.length ? S.missing(plan.missingUnits) : S.allReturned}</Text>
          <div className={styles.actions}>
            <Button
              size="small"
              onClick={() =>
                saveFile(
                  S.reportFile(plan.year, plan.quarter),
                  new TextEncoder().encode(mergeReportCsv(plan)),
                )
              }
            >
              {S.downloadReport}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
