// A file the user picked in the pane → a merge input, through src/xlsx (exceljs, loaded on first use).
import type { ReturnInput } from "../../core/collect";
import type { WorkbookValues } from "../../core/workbook";
import { returnFromBytes } from "../../xlsx/read/returns";

/** The file's bytes; FileReader where Blob.arrayBuffer is missing (the EdgeHTML webview of Office 2019). */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("无法读取文件"));
    reader.readAsArrayBuffer(file);
  });
}

/** The file as a return of `master` (whose size bounds what the file may hold). */
export async function readReturnFile(file: File, master: WorkbookValues): Promise<ReturnInput> {
  return returnFromBytes(file.name, await fileBytes(file), master);
}
