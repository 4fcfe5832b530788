// The task pane: seven tabs over one workbook. Office operations and the plan reader come in as props, so
// no component knows that Office exists. Hidden tabs stay mounted to keep what the user chose.
import { Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { Suspense, lazy, useState } from "react";
import type { ExcelOps, WorkbookSnapshot } from "../core/port";
import type { PlanReader } from "./planReader";
import { S } from "./strings.zh-CN";
import { EntryTab } from "./components/EntryTab";
import { FilterTab } from "./components/FilterTab";
import { PlanTab } from "./components/PlanTab";
import { ScoreTab } from "./components/ScoreTab";

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
const LAZY_TABS: readonly string[] = ["notice", "import", "issue"];

export interface AppProps {
  ops: ExcelOps;
  plans: PlanReader;
}

export function App({ ops, plans }: AppProps) {
  const [tab, setTab] = useState<TabId>("plan");
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const later = (id: TabId, panel: ReactNode) =>
    opened.has(id) && (
      <Suspense fallback={<Spinner label={S.busy} />}>
        <div style={{ padding: 12 }}>{panel}</div>
      </Suspense>
    );
  const panels: Record<TabId, ReactNode> = {
    plan: <PlanTab ops={ops} plans={plans} onLoaded={setSnapshot} />,
    filter: <FilterTab ops={ops} snapshot={snapshot} onRead={setSnapshot} />,
    entry: <EntryTab ops={ops} snapshot={snapshot} onRead={setSnapshot} />,
    score: <ScoreTab ops={ops} snapshot={snapshot} onRead={setSnapshot} />,
    issue: later("issue", <IssueTab ops={ops} snapshot={snapshot} onRead={setSnapshot} />),
    import: later("import", <ImportTab ops={ops} />),
    notice: later("notice", <NoticeTab ops={ops} />),
  };
  const ids = Object.keys(S.tabs) as TabId[];
  return (
    <main>
      <Text as="h1" size={400} weight="semibold" style={{ display: "block", margin: "8px 12px 0" }}>
        {S.appTitle}
      </Text>
      <TabList
        aria-label={S.tabListLabel}
        selectedValue={tab}
        onTabSelect={(_, d) => {
          const id = d.value as TabId;
          setTab(id);
          if (LAZY_TABS.includes(id) && !opened.has(id)) setOpened(new Set(opened).add(id));
        }}
        size="small"
      >
        {ids.map((id) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
            {S.tabs[id]}
          </Tab>
        ))}
      </TabList>
      {ids.map((id) => (
        <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== tab}>
          {panels[id]}
        </div>
      ))}
    </main>
  );
}
