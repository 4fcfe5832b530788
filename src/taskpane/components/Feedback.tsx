// The pane's one way of telling the user something: a Fluent MessageBar per message, errors in Chinese.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DubanError } from "../../core/errors";
import { S } from "../strings.zh-CN";

export type Message = { intent: "error" | "warning" | "success" | "info"; text: string };

/** A message for anything thrown: our typed errors already speak Chinese and name the place. */
export function errorMessage(error: unknown): Message {
  if (error instanceof DubanError) return { intent: "error", text: error.message };
  const text = error instanceof Error ? error.message : String(error);
  return { intent: "error", text: S.errors.unknown(text) };
}

const titles = { error: S.errorTitle, warning: S.noteTitle, success: S.successTitle, info: S.noteTitle };

export function Feedback({ messages }: { messages: Message[] }) {
  return (
    <>
      {messages.map((m, i) => (
        <MessageBar key={i} intent={m.intent} role={m.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            <MessageBarTitle>{titles[m.intent]}</MessageBarTitle>
            {m.text}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
