// The templates of a 下发 as files: each under the name `duban split` gives it, and all of them as one .zip (the
// page and the pane offer that download; exceljs and jszip come with this module, loaded on first use).
import type { SplitTemplate } from "../../core/collect";
import { specBytes } from "./render";

export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/** One zip of the templates, each under the file name `duban split` gives it. */
export async function templatesZip(files: readonly NamedFile[]): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The template files of `templates`, as `duban split` writes them. */
export async function templateFiles(templates: readonly SplitTemplate[]): Promise<NamedFile[]> {
  const files = [];
  for (const t of templates) files.push({ name: t.fileName, bytes: await specBytes(t.spec) });
  return files;
}
