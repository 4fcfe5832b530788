// Tabs that work on a loaded workbook show this until there is one: a note and a button to read it.
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { S } from "../strings.zh-CN";

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
