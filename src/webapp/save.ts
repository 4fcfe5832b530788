// Offering the page's files as downloads, each with the MIME type of its kind (the name decides which).
export const MIME: Record<string, string> = {
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".zip": "application/zip",
  ".csv": "text/csv;charset=utf-8",
};

export type SaveFile = (name: string, bytes: Uint8Array) => void;

/** Offers `bytes` as a download named `name`: nothing leaves the computer, the browser saves it. */
export function saveFile(name: string, bytes: Uint8Array): void {
  const ext = /\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? "";
  // Copied into a plain ArrayBuffer: a Blob takes no view of a SharedArrayBuffer.
  const blob = new Blob([new Uint8Array(bytes)], { type: MIME[ext] ?? "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
