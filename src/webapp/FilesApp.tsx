// The page: the pane's tabs (方案, 导入, 评分, 通报) over a master held as a file, with two tabs of its own:
// 主工作簿 (open, download) and 下发 (templates). The ops and the plan reader come in as props, as for <App>.
import { Button, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { lazy, useEffect, useReducer, useState } from "react";
import { PlanTab } from "../taskpane/components/PlanTab";
import { ScoreTab } from "../taskpane/components/ScoreTab";
import { IssueTab } from "../taskpane/issue";
import { useStyles } from "../taskpane/components/styles";
import { TabPanels, useLazyTabs } from "../taskpane/components/TabPanels";
import type { WorkbookSnapshot } from "../core/port";
import type { PlanReader } from "../taskpane/planReader";
import type { FileOps } from "./fileOps";
import { MasterTab } from "./MasterTab";
import type { SaveFile } from "./save";
import { WEB } from "./strings.zh-CN";

type TabId = keyof typeof WEB.tabs;

// As in the pane: the .docx writer and the returns reader load when their tab is first opened.
const NoticeTab = lazy(() =>
  import(/* webpackChunkName: "notice" */ "../taskpane/notice").then((m) => ({ default: m.NoticeTab })),
);
const ImportTab = lazy(() =>
  import(/* webpackChunkName: "import" */ "../taskpane/collect").then((m) => ({ default: m.ImportTab })),
);
const LAZY_TABS: readonly TabId[] = ["notice", "import"];

export interface FilesAppProps {
  ops: FileOps;
  plans: PlanReader;
  save: SaveFile;
}

export function FilesApp({ ops, plans, save }: FilesAppProps) {
  const styles = useStyles();
  const tabs = useLazyTabs<TabId>("plan", LAZY_TABS, WEB.busy);
  const later = tabs.later;
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  // The master's name and its changed mark live in ops: re-render when it changes, and read it again so that
  // 评分 and 下发 show the file as it is now (after a merge, a new quarter or a 通报), not as it was.
  const [, changed] = useReducer((n: number) => n + 1, 0);
  useEffect(
    () =>
      ops.subscribe(() => {
        changed();
        ops.readWorkbook().then(setSnapshot, () => undefined);
      }),
    [ops],
  );
  // Closing or reloading the tab would lose what the page changed and the user has not downloaded: the browser asks.
  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      if (!ops.master()?.changed) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set; none shows its text any more.
      event.returnValue = WEB.master.unsaved;
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [ops]);
  const master = ops.master();

  const panels: Record<TabId, ReactNode> = {
    plan: (
      <PlanTab
        ops={ops}
        plans={plans}
        sheetSource={false}
        loadLabel={WEB.master.make}
        onLoaded={(s) => {
          setSnapshot(s);
          tabs.select("master");
        }}
      />
    ),
    master: <MasterTab ops={ops} snapshot={snapshot} onOpened={setSnapshot} save={save} />,
    split: (
      <IssueTab
        ops={ops}
        snapshot={snapshot}
        onRead={setSnapshot}
        masterName={() => ops.master()?.name ?? WEB.split.masterName}
        recordedHint={WEB.split.recordedHint}
        saveFile={save}
      />
    ),
    import: later(
      "import",
      <div className={styles.panel}>
        <ImportTab ops={ops} saveFile={save} />
        <div className={styles.row}>
          <Button appearance="primary" disabled={!master?.changed} onClick={() => ops.download(save)}>
            {WEB.import.download}
          </Button>
        </div>
      </div>,
    ),
    score: <ScoreTab ops={ops} snapshot={snapshot} onRead={setSnapshot} canShowSheets={false} />,
    notice: later("notice", <NoticeTab ops={ops} saveFile={save} />),
  };
  return (
    <main style={{ maxWidth: 880, margin: "0 auto" }}>
      <Text as="h1" size={500} weight="semibold" style={{ display: "block", margin: "12px 12px 0" }}>
        {WEB.title}
      </Text>
      <Text as="p" className={styles.muted} style={{ display: "block", margin: "4px 12px" }}>
        {WEB.intro}
      </Text>
      {master && (
        <Text as="p" style={{ display: "block", margin: "0 12px" }} aria-live="polite">
          {WEB.master.held(master.name, master.changed)}
        </Text>
      )}
      <TabPanels label={WEB.tabListLabel} names={WEB.tabs} tabs={tabs} panels={panels} />
    </main>
  );
}
