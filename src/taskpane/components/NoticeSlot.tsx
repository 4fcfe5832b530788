// The 通报 tab until the notice drafts are part of the pane.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { S } from "../strings.zh-CN";
import { useStyles } from "./styles";

export function NoticeSlot() {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <MessageBar intent="info">
        <MessageBarBody>{S.notice.placeholder}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
