// Shown when the page is opened in a plain browser: what the add-in is and how to add it to Excel.
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { S } from "../strings.zh-CN";
import { useStyles } from "./styles";

export function OutsideExcel() {
  const styles = useStyles();
  return (
    <main className={styles.panel}>
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{S.outside.title}</MessageBarTitle>
          {S.outside.body}
        </MessageBarBody>
      </MessageBar>
      <Text weight="semibold">{S.outside.howTitle}</Text>
      <ol>
        <li>{S.outside.windows}</li>
        <li>{S.outside.web}</li>
        <li>{S.outside.after}</li>
      </ol>
    </main>
  );
}
