// The 通报 tab: choose quarter and kind, 生成 in one click, preview, then 复制, 下载 .docx or 写入通报表.
// Office and the browser come in as props, so this component runs the same in tests and in Excel.
import { todayIso } from "../../core/calendar";
import { useState } from "react";
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Quarter } from "../../core/assess";
import { recordReminders, undoReminders } from "../../core/collect";
import { DubanError } from "../../core/errors";
import type { NoticeDraft } from "../../core/notice";
import { noticeToDocx } from "../../docx/pack";
import type { ExcelOps } from "../../core/port";
import { copyToClipboard, downloadFile } from "./download";
import { draftsFileName, draftsRows, draftsText, makeDrafts, owingList, type NoticeChoice } from "./drafts";
import { NOTICE_STRINGS as S } from "./strings.zh-CN";

export interface NoticeTabProps {
  /** Reads the workbook in one sync; writes the 通报 sheet. */
  ops: Pick<ExcelOps, "readWorkbook" | "writeNotice" | "readCycle" | "writeCycle">;
  copyText?: (text: string) => Promise<void>;
  saveFile?: (name: string, bytes: Uint8Array) => void;
  makeDocx?: (drafts: NoticeDraft[]) => Promise<Uint8Array>;
  today?: () => string;
}

type Message = { intent: "success" | "error" | "info"; text: string } | null;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  preview: {
    whiteSpace: "pre-wrap",
    fontFamily: "仿宋_GB2312, 仿宋, FangSong, serif",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    maxHeight: "50vh",
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const errorText = (error: unknown) =>
  error instanceof DubanError
    ? error.message
    : S.failed(error instanceof Error ? error.message : String(error));

export function NoticeTab({
  ops,
  copyText = copyToClipboard,
  saveFile = downloadFile,
  makeDocx = noticeToDocx,
  today = () => todayIso(new Date()),
}: NoticeTabProps) {
  const styles = useStyles();
  const [quarter, setQuarter] = useState<Quarter | null>(null);
  const [kind, setKind] = useState<NoticeChoice>("bulletin");
  const [drafts, setDrafts] = useState<NoticeDraft[] | null>(null);
  const [unit, setUnit] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  /** The 催办通知 drafted last: their quarter, so that 已发送 records them there. */
  const [reminders, setReminders] = useState<Quarter | null>(null);
  /** The units the 催办通知 drafted last go to, one line each, as `duban remind` lists them. */
  const [owing, setOwing] = useState<string[]>([]);
  /** The 催办 recorded by the last 已发送, which 撤销 takes back. */
  const [sent, setSent] = useState<{ units: string[]; quarter: Quarter; day: string } | null>(null);

  const shown = drafts && unit ? drafts.filter((d) => d.unit === unit) : (drafts ?? []);
  const text = draftsText(shown);

  /** Runs one user action, showing its outcome; nothing is swallowed. */
  async function act(action: () => Promise<string | null>) {
    setBusy(true);
    setMessage(null);
    try {
      const done = await action();
      if (done) setMessage({ intent: "success", text: done });
    } catch (error) {
      setMessage({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const generate = () =>
    act(async () => {
      setDrafts(null);
      setOwing([]);
      const snapshot = await ops.readWorkbook();
      const cycle = await ops.readCycle(snapshot.data.plan.year);
      const asOf = today();
      const made = makeDrafts(snapshot, { kind, quarter, today: asOf }, cycle);
      setDrafts(made);
      setUnit("");
      if (made.length === 0)
        setMessage({ intent: "info", text: kind === "reminder" ? S.nothingOwing(asOf) : S.nothingLagging });
      // Drafting records nothing: a 催办 counts once the office says the notices went out (已发送).
      setReminders(kind === "reminder" && made.length ? (quarter ?? snapshot.data.params.quarter) : null);
      setOwing(
        kind === "reminder" && made.length ? owingList(snapshot, { kind, quarter, today: asOf }, cycle) : [],
      );
      setSent(null);
      return kind === "reminder" && made.length ? S.drafted(made.length) : null;
    });

  /** 已发送: one 催办 per unit shown and day on 报送情况 (a second click the same day records nothing more). */
  const markSent = () =>
    act(async () => {
      if (reminders === null) return null;
      const snapshot = await ops.readWorkbook();
      const cycle = await ops.readCycle(snapshot.data.plan.year);
      const day = today();
      const units = shown.flatMap((d) => (d.unit ? [d.unit] : []));
      const recorded = recordReminders(cycle.returns, units, reminders, day);
      if (recorded.added.length) await ops.writeCycle({ returns: recorded.returns, log: cycle.log });
      setSent({ units: recorded.added, quarter: reminders, day });
      return S.reminded(recorded.added.length, units.length - recorded.added.length);
    });

  /** 撤销: the 催办 the last 已发送 recorded are taken back. */
  const undoSent = () =>
    act(async () => {
      if (sent === null) return null;
      const snapshot = await ops.readWorkbook();
      const cycle = await ops.readCycle(snapshot.data.plan.year);
      const undone = undoReminders(cycle.returns, sent.units, sent.quarter, sent.day);
      if (undone.removed.length) await ops.writeCycle({ returns: undone.returns, log: cycle.log });
      setSent(null);
      return S.unreminded(undone.removed.length);
    });

  const ready = !busy && shown.length > 0;
  return (
    <div className={styles.root}>
      <Field label={S.quarter}>
        <Select
          value={quarter === null ? "" : String(quarter)}
          onChange={(_, data) => setQuarter(data.value ? (Number(data.value) as Quarter) : null)}
        >
          <option value="">{S.quarterFromParams}</option>
          {S.quarters.map((name, i) => (
            <option key={name} value={String(i + 1)}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={S.kind}>
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_, data) => setKind(data.value as NoticeChoice)}
        >
          <Radio value="bulletin" label={S.bulletin} />
          <Radio value="supervision" label={S.supervision} />
          <Radio value="reminder" label={S.reminder} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={generate}>
          {S.generate}
        </Button>
        {busy && <Spinner size="tiny" label={S.generating} />}
      </div>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {owing.length > 0 && (
        <div>
          <Text weight="semibold">{owing[0]}</Text>
          <ul aria-label={S.owingList} style={{ margin: "4px 0", paddingLeft: 20 }}>
            {owing.slice(1).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {drafts && drafts.length > 1 && (
        <Field label={S.unit}>
          <Select value={unit} onChange={(_, data) => setUnit(data.value)}>
            <option value="">{S.allUnits(drafts.length)}</option>
            {drafts.map((d) => (
              <option key={d.unit} value={d.unit ?? ""}>
                {d.unit}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.actions}>
        <Button disabled={!ready} onClick={() => act(async () => (await copyText(text), S.copied))}>
          {S.copy}
        </Button>
        <Button
          disabled={!ready}
          onClick={() =>
            act(async () => {
              const name = draftsFileName(shown);
              saveFile(name, await makeDocx(shown));
              return S.downloaded(name);
            })
          }
        >
          {S.download}
        </Button>
        <Button
          disabled={!ready}
          onClick={() =>
            act(async () => {
              const rows = draftsRows(shown);
              await ops.writeNotice(rows);
              return S.written(rows.length);
            })
          }
        >
          {S.writeSheet}
        </Button>
        {reminders !== null && (
          <Button disabled={!ready} onClick={markSent}>
            {S.markSent}
          </Button>
        )}
        {sent !== null && sent.units.length > 0 && (
          <Button disabled={busy} onClick={undoSent}>
            {S.undoSent}
          </Button>
        )}
      </div>
      <Field label={S.preview}>
        <div className={styles.preview} role="document" aria-label={S.preview} tabIndex={0}>
          {shown.length > 0 ? text : S.empty}
        </div>
      </Field>
    </div>
  );
}
