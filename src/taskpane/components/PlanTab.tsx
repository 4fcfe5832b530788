// 方案: read a plan (bundled, pasted, from a file or from the active sheet), preview it, then write it into the
// workbook.
import { Button, Field, ProgressBar, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { PlanRead, PlanReader } from "../planReader";
import type { ExcelOps, LoadReport, WorkbookSnapshot } from "../../core/port";
import { S } from "../strings.zh-CN";
import type { Message } from "./Feedback";
import { Feedback } from "./Feedback";
import { PlanPreview } from "./PlanPreview";
import { useStyles } from "./styles";
import { useAction } from "./useAction";

type Source = "bundled" | "paste" | "file" | "sheet";

const ACCEPT = [
  ".txt",
  ".docx",
  ".xlsx",
  "text/plain",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
].join(",");

/** A file's bytes; FileReader works in every browser Office embeds, including older WebViews. */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

interface Props {
  ops: ExcelOps;
  plans: PlanReader;
  /** Called with the workbook as read back after a load. */
  onLoaded(snapshot: WorkbookSnapshot): void;
  /** Whether 从当前工作表读取 is offered: not where there is no open worksheet (the page app.html). */
  sheetSource?: boolean;
  /** The load button's text, e.g. 生成主工作簿 where loading makes a file. */
  loadLabel?: string;
}

export function PlanTab({ ops, plans, onLoaded, sheetSource = true, loadLabel = S.plan.load }: Props) {
  const styles = useStyles();
  const [source, setSource] = useState<Source>("bundled");
  const [text, setText] = useState("");
  const [read, setRead] = useState<PlanRead | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const { busy, messages, run } = useAction();

  const readWith = (reader: () => Promise<PlanRead>) =>
    run(async () => {
      setRead(null);
      setRead(await reader());
    });

  const readSheet = () =>
    run(async () => {
      setRead(null);
      const sheet = await ops.readActiveSheetPlan();
      setRead(plans.fromSheet(sheet));
      return sheet.notes.map((text): Message => ({ intent: "info", text }));
    });

  const onFile = (file: File | undefined) => {
    if (file) void readWith(async () => plans.fromFile(file.name, await readBytes(file)));
  };

  // Loading a plan and rebuilding from the sheets write alike and report alike.
  const write = (
    call: (onProgress: (done: number, total: number) => void) => Promise<LoadReport>,
    success: (report: LoadReport) => string,
  ) =>
    run(async () => {
      setProgress({ done: 0, total: 1 });
      try {
        const report = await call((done, total) => setProgress({ done, total }));
        const out: Message[] = [{ intent: "success", text: success(report) }];
        if (report.removedEntries.length > 0)
          out.push({ intent: "warning", text: S.plan.removed(report.removedEntries) });
        for (const note of report.notes) out.push({ intent: "info", text: note });
        onLoaded(await ops.readWorkbook());
        return out;
      } finally {
        setProgress(null);
      }
    });
  const load = (plan: PlanRead["plan"]) =>
    write(
      (onProgress) => ops.loadPlan(plan, onProgress),
      (report) => S.plan.loaded(report.indicators, report.keptEntries),
    );
  const refresh = () =>
    write(
      (onProgress) => ops.refreshFromSheets(onProgress),
      (report) => S.plan.refreshed(report.indicators, report.keptEntries),
    );

  return (
    <div className={styles.panel}>
      <Field label={S.plan.sourceLabel}>
        <RadioGroup value={source} onChange={(_, d) => setSource(d.value as Source)}>
          <Radio value="bundled" label={S.plan.bundled} />
          <Radio value="paste" label={S.plan.paste} />
          <Radio value="file" label={S.plan.file} />
          {sheetSource && <Radio value="sheet" label={S.plan.sheet} />}
        </RadioGroup>
      </Field>
      {source === "bundled" && (
        <Button appearance="primary" disabled={busy} onClick={() => readWith(() => plans.bundled())}>
          {S.plan.useBundled}
        </Button>
      )}
      {source === "paste" && (
        <>
          <Field label={S.plan.pasteLabel}>
            <Textarea
              value={text}
              placeholder={S.plan.pastePlaceholder}
              resize="vertical"
              rows={6}
              onChange={(_, d) => setText(d.value)}
            />
          </Field>
          <Button
            appearance="primary"
            disabled={busy || text.trim() === ""}
            onClick={() => readWith(() => plans.fromText(text))}
          >
            {S.plan.readPasted}
          </Button>
        </>
      )}
      {source === "file" && (
        <Field label={S.plan.fileLabel}>
          {(fieldProps) => (
            <input
              {...fieldProps}
              type="file"
              accept={ACCEPT}
              disabled={busy}
              onChange={(e) => onFile(e.target.files?.[0])}
            />
          )}
        </Field>
      )}
      {source === "sheet" && (
        <>
          <Text size={200}>{S.plan.sheetHint}</Text>
          <Button appearance="primary" disabled={busy} onClick={readSheet}>
            {S.plan.readSheet}
          </Button>
        </>
      )}
      <Feedback messages={messages} />
      {progress && (
        <Field label={S.plan.loading(progress.done, progress.total)}>
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} />
        </Field>
      )}
      {read && (
        <>
          <Button appearance="primary" disabled={busy} onClick={() => load(read.plan)}>
            {loadLabel}
          </Button>
          <PlanPreview plan={read.plan} place={read.place} taskLines={read.taskLines} />
        </>
      )}
      <Field label={S.plan.refreshLabel} hint={S.plan.refreshHint}>
        <Button disabled={busy} onClick={refresh}>
          {S.plan.refresh}
        </Button>
      </Field>
    </div>
  );
}
