// Renders a pane component inside Fluent's provider, as index.tsx does, with a user-event session.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";

// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar only uses it to reflow long text.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// Fluent's focus management (tabster) calls CSS.escape, which jsdom lacks; ids here need no escaping rules
// beyond the common ones.
globalThis.CSS ??= { escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`) } as typeof CSS;

export function renderPane(ui: ReactElement) {
  const user = userEvent.setup();
  return { user, ...render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>) };
}
