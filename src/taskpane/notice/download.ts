// Browser defaults for the 通报 tab's outputs: the clipboard and a download link.

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function copyToClipboard(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** Offers `bytes` as a file download named `name`. */
export function downloadFile(name: string, bytes: Uint8Array): void {
  // Copied into a plain ArrayBuffer: a Blob takes no view of a SharedArrayBuffer.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: DOCX_MIME }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's local date as ISO, the 成文日期 of a draft when 参数 leaves it blank. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
