// The task pane: seven tabs over one workbook. Office operations and the plan reader come in as props, so
// no component knows that Office exists. Hidden tabs stay mounted to keep what the user chose.
import { Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { lazy, useState } from "react";
import type { ExcelOps, WorkbookSnapshot } from "../core/port";
import type { PlanReader } from "./planReader";
import { S } from "./strings.zh-CN";
import { EntryTab } from "./components/EntryTab";
import { FilterTab } from "./components/FilterTab";
import { PlanTab } from "./components/PlanTab";
import { ScoreTab } from "./components/ScoreTab";
import { TabPanels, useLazyTabs } from "./components/TabPanels";

type TabId = keyof typeof S.tabs;

// The 通报 tab brings the .docx writer and 导入填报 the .xlsx reader: each is loaded when its tab is first
// opened, so the pane itself opens fast.
const NoticeTab = lazy(() =>
  import(/* webpackChunkName: "notice" */ "./notice").then((m) => ({ default: m.NoticeTab })),
);
const ImportTab = lazy(() =>
  import(/* webpackChunkName: "import" */ "./collect").then((m) => ({ default: m.ImportTab })),
);
// 下发 brings the template builder, and on 生成 the .xlsx and .zip writers.
const IssueTab = lazy(() =>
  import(/* webpackChunkName: "issue" */ "./issue").then((m) => ({ default: m.IssueTab })),
);
/** Tabs whose code is loaded on first use. */
const LAZY_TABS: readonly TabId[] = ["notice", "import", "issue"];

export interface AppProps {
  ops: ExcelOps;
  plans: PlanReader;
}

export function App({ ops, plans }: AppProps) {
  const tabs = useLazyTabs<TabId>("plan", LAZY_TABS, S.busy);
  const later = tabs.later;
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const panels: Record<TabId, ReactNode> = {
    plan: <PlanTab ops={ops} plans={plans} onLoaded={setSnapshot} />,
    filter: <FilterTab ops={ops} snapshot={snapshot} onRead={setSnapshot} />,
    entry: <EntryTab ops={ops} snapshot={snapshot} onRead={setSnapshot} />,
    score: <ScoreTab ops={ops} snapshot={snapshot} onRead={setSnapshot} />,
    issue: later("issue", <IssueTab ops={ops} snapshot={snapshot} onRead={setSnapshot} />),
    import: later("import", <ImportTab ops={ops} />),
    notice: later("notice", <NoticeTab ops={ops} />),
  };
  return (
    <main>
      <Text as="h1" size={400} weight="semibold" style={{ display: "block", margin: "8px 12px 0" }}>
        {S.appTitle}
      </Text>
      <TabPanels label={S.tabListLabel} names={S.tabs} tabs={tabs} panels={panels} size="small" />
    </main>
  );
}
