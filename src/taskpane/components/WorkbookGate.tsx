// Tabs that work on a loaded workbook show this until there is one: a note and a button to read it.
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { WorkbookSnapshot } from "../../core/port";
import { S } from "../strings.zh-CN";
import { Feedback } from "./Feedback";
import { useStyles } from "./styles";
import type { useAction } from "./useAction";

export function WorkbookGate({ busy, onRead }: { busy: boolean; onRead(): void }) {
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>{S.filter.needWorkbook}</MessageBarBody>
      </MessageBar>
      <Button disabled={busy} onClick={onRead}>
        {S.filter.readWorkbook}
      </Button>
    </>
  );
}

/** A tab's whole panel while there is no workbook: the gate, reading the workbook by `action`, and what it said. */
export function WorkbookGatePanel({
  action,
  read,
  onRead,
}: {
  action: ReturnType<typeof useAction>;
  read(): Promise<WorkbookSnapshot>;
  onRead(snapshot: WorkbookSnapshot): void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <WorkbookGate busy={action.busy} onRead={() => action.run(async () => onRead(await read()))} />
      <Feedback messages={action.messages} />
    </div>
  );
}
