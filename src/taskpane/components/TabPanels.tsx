// The tab strip and its panels, as the pane (App.tsx) and the page (webapp/FilesApp.tsx) both show them. A tab
// whose code loads on demand is mounted the first time it is opened and then stays mounted, hidden, so what
// the user typed there survives switching tabs.
import { Spinner, Tab, TabList } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { Suspense, useState } from "react";

export interface LazyTabs<T extends string> {
  tab: T;
  select: (id: T) => void;
  /** The panel of a tab that loads on demand: nothing until the tab is first opened. */
  later: (id: T, panel: ReactNode) => ReactNode;
}

/** The selected tab, and which of `lazyTabs` have been opened; `busy` labels the spinner while one loads. */
export function useLazyTabs<T extends string>(first: T, lazyTabs: readonly T[], busy: string): LazyTabs<T> {
  const [tab, setTab] = useState<T>(first);
  const [opened, setOpened] = useState<ReadonlySet<T>>(new Set());
  const select = (id: T) => {
    setTab(id);
    if (lazyTabs.includes(id) && !opened.has(id)) setOpened(new Set(opened).add(id));
  };
  const later = (id: T, panel: ReactNode) =>
    opened.has(id) && (
      <Suspense fallback={<Spinner label={busy} />}>
        <div style={{ padding: 12 }}>{panel}</div>
      </Suspense>
    );
  return { tab, select, later };
}

export interface TabPanelsProps<T extends string> {
  label: string;
  /** Each tab's name, in the order shown. */
  names: Record<T, string>;
  tabs: LazyTabs<T>;
  panels: Record<T, ReactNode>;
  size?: "small" | "medium";
}

export function TabPanels<T extends string>({ label, names, tabs, panels, size }: TabPanelsProps<T>) {
  const ids = Object.keys(names) as T[];
  return (
    <>
      <TabList
        aria-label={label}
        selectedValue={tabs.tab}
        onTabSelect={(_, d) => tabs.select(d.value as T)}
        size={size}
      >
        {ids.map((id) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
            {names[id]}
          </Tab>
        ))}
      </TabList>
      {ids.map((id) => (
        <div
          key={id}
          id={`panel-${id}`}
          role="tabpanel"
          aria-labelledby={`tab-${id}`}
          hidden={id !== tabs.tab}
        >
          {panels[id]}
        </div>
      ))}
    </>
  );
}
