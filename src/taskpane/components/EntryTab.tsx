// 填报: for a quarter and a unit, how many entry cells are still empty (and go to the next one), and
// which entries are invalid, each a link that selects its cell. Every check reads the workbook afresh.
import { Button, Field, Link, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { type Quarter, unitTaskRows } from "../../core/assess";
import { textsOfQuarter } from "../../core/collect";
import type { CycleRows, WorkbookData } from "../../core/workbook";
import type { EntryCheck } from "../model/entryCheck";
import { checkEntries } from "../model/entryCheck";
import type { ExcelOps, WorkbookSnapshot } from "../../core/port";
import { S } from "../strings.zh-CN";
import { Feedback } from "./Feedback";
import { QuarterSelect } from "./QuarterSelect";
import { useStyles } from "./styles";
import { useAction } from "./useAction";
import { WorkbookGatePanel } from "./WorkbookGate";

interface Props {
  ops: ExcelOps;
  snapshot: WorkbookSnapshot | null;
  onRead(snapshot: WorkbookSnapshot): void;
}

export function EntryTab({ ops, snapshot, onRead }: Props) {
  const styles = useStyles();
  const [quarter, setQuarter] = useState<Quarter | null>(null);
  const [unit, setUnit] = useState("");
  const [check, setCheck] = useState<EntryCheck | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [next, setNext] = useState(0);
  /** What the last check read for the chosen unit's 进展情况 by quarter. */
  const [history, setHistory] = useState<{ data: WorkbookData; cycle: CycleRows } | null>(null);
  const action = useAction();
  const { busy, messages, run } = action;

  if (!snapshot) return <WorkbookGatePanel action={action} read={ops.readWorkbook} onRead={onRead} />;

  const q = quarter ?? snapshot.data.params.quarter;
  const runCheck = () =>
    run(async () => {
      const fresh = await ops.readWorkbook();
      onRead(fresh);
      const result = checkEntries(fresh, q, unit || null);
      setHistory(unit ? { data: fresh.data, cycle: await ops.readCycle(fresh.data.plan.year) } : null);
      setUnavailable(result === null);
      setCheck(result);
      setNext(0);
    });
  const select = (sheet: string, address: string) => run(() => ops.selectCell(sheet, address));
  const selectNextEmpty = () => {
    if (!check || check.empty.length === 0) return;
    const cell = check.empty[next % check.empty.length];
    setNext(next + 1);
    void select(cell.sheet, cell.address);
  };
  const indicatorName = new Map(snapshot.data.indicators.map((i) => [i.id, i.name]));

  return (
    <div className={styles.panel}>
      <div className={styles.row}>
        <QuarterSelect label={S.entry.quarterLabel} value={q} onChange={setQuarter} />
        <Field label={S.entry.unitLabel}>
          <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
            <option value="">{S.entry.allUnits}</option>
            {snapshot.data.plan.units
              .filter((u) => u.kind === "unit")
              .map((u) => (
                <option key={u.name} value={u.name}>
                  {u.name}
                </option>
              ))}
          </Select>
        </Field>
      </div>
      <Button appearance="primary" disabled={busy} onClick={runCheck}>
        {S.entry.check}
      </Button>
      <Feedback messages={messages} />
      {unavailable && (
        <MessageBar intent="warning">
          <MessageBarBody>{S.entry.unavailable}</MessageBarBody>
        </MessageBar>
      )}
      {check && (
        <>
          <Text>{S.entry.emptyCount(check.empty.length, check.total)}</Text>
          {check.empty.length > 0 ? (
            <Button disabled={busy} onClick={selectNextEmpty}>
              {S.entry.nextEmpty}
            </Button>
          ) : (
            <Text>{S.entry.noEmpty}</Text>
          )}
          {unit && history && <QuarterTexts {...history} unit={unit} quarter={q} />}
          {check.invalid.length === 0 ? (
            <Text>{S.entry.allValid}</Text>
          ) : (
            <section aria-label={S.entry.invalidTitle(check.invalid.length)}>
              <Text weight="semibold">{S.entry.invalidTitle(check.invalid.length)}</Text>
              <ul>
                {check.invalid.map((e) => (
                  <li key={`${e.sheet}!${e.address}`}>
                    <Link as="button" onClick={() => select(e.sheet, e.address)}>
                      {S.entry.selectCell(e.sheet, e.address)}
                    </Link>{" "}
                    <Text size={200}>
                      {indicatorName.get(e.indicatorId) ?? e.indicatorId}：{e.message}
                    </Text>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The unit's 进展情况 for each quarter up to `quarter` on the indicators of the tasks it leads: the current
 * quarter's to fill, the earlier ones (kept by 填报记录) for reference.
 */
function QuarterTexts({
  data,
  cycle,
  unit,
  quarter,
}: {
  data: WorkbookData;
  cycle: CycleRows;
  unit: string;
  quarter: Quarter;
}) {
  const led = new Set(
    unitTaskRows(data.plan).flatMap((r) => (r.unit === unit && r.role === "lead" ? [r.taskNo] : [])),
  );
  const indicators = data.indicators.filter((i) => led.has(i.taskNo));
  if (indicators.length === 0) return null;
  const current = new Map([...data.entries.values()].map((e) => [e.id, e.progress]));
  const quarters = ([1, 2, 3, 4] as const).filter((k) => k <= quarter);
  const texts = new Map(quarters.map((k) => [k, textsOfQuarter(cycle.log, "进展情况", k, current)]));
  return (
    <section aria-label={S.entry.historyTitle(unit)}>
      <Text weight="semibold">{S.entry.historyTitle(unit)}</Text>
      <ul>
        {indicators.map((i) => (
          <li key={i.id}>
            <Text size={200} weight="semibold">
              {i.id} {i.name}
            </Text>
            <ul>
              {[...quarters].reverse().map((k) => (
                <li key={k}>
                  <Text size={200}>
                    {S.entry.historyQuarter(k, k === quarter)}：
                    {texts.get(k)?.get(i.id) || S.entry.historyEmpty}
                  </Text>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
