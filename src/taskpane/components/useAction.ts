// Runs one user action at a time and turns what it says or throws into messages for <Feedback>.
import { useCallback, useState } from "react";
import type { Message } from "./Feedback";
import { errorMessage } from "./Feedback";

export function useAction() {
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<Message[]>([]);
  const run = useCallback(async (action: () => Promise<Message[] | void>) => {
    setBusy(true);
    setMessages([]);
    try {
      setMessages((await action()) ?? []);
    } catch (error) {
      setMessages([errorMessage(error)]);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, messages, setMessages, run };
}
