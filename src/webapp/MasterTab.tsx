// 主工作簿: which master the page holds, open another one from disk, download the one held (after 生成, 合并,
// 设为当前季度 or 写入通报).
import { Button, Field, Text } from "@fluentui/react-components";
import { Feedback } from "../taskpane/components/Feedback";
import { useStyles } from "../taskpane/components/styles";
import { useAction } from "../taskpane/components/useAction";
import type { WorkbookSnapshot } from "../core/port";
import type { FileOps } from "./fileOps";
import { pickedBytes, type SaveFile } from "./save";
import { WEB } from "./strings.zh-CN";

interface Props {
  ops: FileOps;
  snapshot: WorkbookSnapshot | null;
  onOpened(snapshot: WorkbookSnapshot): void;
  save: SaveFile;
}

export function MasterTab({ ops, snapshot, onOpened, save }: Props) {
  const styles = useStyles();
  const { busy, messages, run } = useAction();
  const master = ops.master();

  const open = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      onOpened(await ops.openMaster(file.name, await pickedBytes(file)));
      return [{ intent: "success", text: WEB.master.opened(file.name) }];
    });
  };

  const download = () =>
    run(async () => [{ intent: "success", text: WEB.master.downloaded(ops.download(save).name) }]);

  return (
    <div className={styles.panel}>
      {master && snapshot ? (
        <Text weight="semibold">
          {WEB.master.current(
            master.name,
            snapshot.data.plan.tasks.length,
            snapshot.data.indicators.length,
            snapshot.data.plan.units.length,
          )}
        </Text>
      ) : (
        <Text>{WEB.master.none}</Text>
      )}
      {master?.changed && <Text className={styles.muted}>{WEB.master.changed}</Text>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !master} onClick={download}>
          {WEB.master.download}
        </Button>
      </div>
      <Field label={WEB.master.openLabel}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(e) => {
              open(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        )}
      </Field>
      <Feedback messages={messages} />
    </div>
  );
}
