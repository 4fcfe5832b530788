// Shown inside an Excel without ExcelApi 1.7: which features cannot work there and what to use instead,
// rather than tabs whose every button would fail.
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { S } from "../strings.zh-CN";
import { useStyles } from "./styles";

export interface OldExcelProps {
  /** The highest ExcelApi 1.x this Excel supports (0 for none). */
  highest: number;
}

export function OldExcel({ highest }: OldExcelProps) {
  const styles = useStyles();
  return (
    <main className={styles.panel}>
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{S.oldExcel.title}</MessageBarTitle>
          {S.oldExcel.body(highest)}
        </MessageBarBody>
      </MessageBar>
      <Text weight="semibold">{S.oldExcel.unavailableTitle}</Text>
      <ul>
        {S.oldExcel.unavailable.map((feature) => (
          <li key={feature}>{feature}</li>
        ))}
      </ul>
      <Text>{S.oldExcel.needs}</Text>
      <Text weight="semibold">{S.oldExcel.webapp}</Text>
      <Text>{S.oldExcel.cli}</Text>
    </main>
  );
}
