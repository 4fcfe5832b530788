// 填报: for a quarter and a unit, how many entry cells are still empty (and go to the next one), and
// which entries are invalid, each a link that selects its cell. Every check reads the workbook afresh.
import { Button, Field, Link, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Quarter } from "../../core/assess/types";
import type { EntryCheck } from "../model/entryCheck";
import { checkEntries } from "../model/entryCheck";
import type { ExcelOps, WorkbookSnapshot } from "../ops";
import { S } from "../strings.zh-CN";
import { Feedback } from "./Feedback";
import { QuarterSelect } from "./QuarterSelect";
import { useStyles } from "./styles";
import { useAction } from "./useAction";
import { WorkbookGate } from "./WorkbookGate";

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
  const { busy, messages, run } = useAction();

  if (!snapshot) {
    return (
      <div className={styles.panel}>
        <WorkbookGate busy={busy} onRead={() => run(async () => onRead(await ops.readWorkbook()))} />
        <Feedback messages={messages} />
      </div>
    );
  }

  const q = quarter ?? snapshot.data.params.quarter;
  const runCheck = () =>
    run(async () => {
      const fresh = await ops.readWorkbook();
      onRead(fresh);
      const result = checkEntries(fresh, q, unit || null);
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
