// The page's files: picked ones read in, its own offered as downloads (as the pane offers them).
export { downloadFile as saveFile } from "../taskpane/notice/download";

export type SaveFile = (name: string, bytes: Uint8Array) => void;

/** A picked file's bytes; FileReader where Blob.arrayBuffer is missing. */
export function pickedBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("无法读取文件"));
    reader.readAsArrayBuffer(file);
  });
}
