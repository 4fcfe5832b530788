// Browser defaults for the pane's outputs (.docx, .zip, .csv): the clipboard and a download link.

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The MIME type of each kind of file the pane and the page offer, by extension. */
export const MIME: Readonly<Record<string, string>> = {
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": DOCX_MIME,
  ".zip": "application/zip",
  ".csv": "text/csv;charset=utf-8",
};

export async function copyToClipboard(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** Offers `bytes` as a download named `name`, typed by its extension: nothing leaves the computer. */
export function downloadFile(name: string, bytes: Uint8Array): void {
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
