// Outputs that never replace what a user made. split keeps a file in its folder that holds entries its new
// template does not (a unit's filled return); notice and remind mark each .docx with a digest of its content, and
// keep a .docx whose content no longer matches its mark (edited in Word), writing the new draft beside it.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { DubanError } from "../core/errors";
import type { WorkbookValues } from "../core/workbook";
import { returnFromBytes } from "../xlsx";
import { writeFileAtomic } from "./files";
import { SHEETS } from "../core/workbook";

/** The bytes at `file`, or null when there is nothing there (or a file stands where its folder should). */
async function bytesAt(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
}

/**
 * Whether the template at `file` may be replaced by `fresh`: nothing is there, or every entry cell it holds is
 * empty or the same in the new template. A file that is no template (unreadable, a folder) is kept.
 */
export async function replaceableTemplate(
  file: string,
  fresh: Uint8Array,
  master: WorkbookValues,
): Promise<boolean> {
  let old: Buffer | null;
  try {
    old = await bytesAt(file);
  } catch {
    return false;
  }
  if (old === null || old.equals(fresh)) return true;
  const [was, now] = await Promise.all([
    returnFromBytes(file, old, master),
    returnFromBytes(file, fresh, master),
  ]);
  const before = was.values?.get(SHEETS.fill);
  const after = now.values?.get(SHEETS.fill);
  if (!before || !after) return false;
  return before.every((row, r) =>
    row.every((cell, c) => cell === null || cell === "" || cell === (after[r]?.[c] ?? null)),
  );
}

/** The custom document property that holds the digest of what duban wrote. */
const MARK = "duban-content-sha256";
const CUSTOM = "docProps/custom.xml";

/** SHA-256 over the document's own parts (word/…): what an edit in Word, WPS or LibreOffice changes. */
async function contentDigest(zip: JSZip): Promise<string> {
  const hash = crypto.createHash("sha256");
  const names = Object.keys(zip.files)
    .filter((n) => n.startsWith("word/") && !zip.files[n].dir)
    .sort();
  for (const name of names)
    hash
      .update(name)
      .update("\0")
      .update(await zip.files[name].async("uint8array"));
  return hash.digest("hex");
}

/** The .docx with its content digest in docProps/custom.xml (a custom property Word keeps and shows). */
export async function markDocx(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const digest = await contentDigest(zip);
  zip.file(
    CUSTOM,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${MARK}"><vt:lpwstr>${digest}</vt:lpwstr></property>` +
      "</Properties>",
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Whether the .docx at `file` may be replaced: nothing is there, or it is as duban wrote it (its mark holds). */
async function replaceableDocx(file: string): Promise<boolean> {
  try {
    const old = await bytesAt(file);
    if (old === null) return true;
    const zip = await JSZip.loadAsync(old);
    const custom = await zip.file(CUSTOM)?.async("string");
    const mark = custom && new RegExp(`name="${MARK}"><vt:lpwstr>([0-9a-f]{64})<`).exec(custom);
    return !!mark && mark[1] === (await contentDigest(zip));
  } catch {
    // Not a .docx, a folder, or unreadable: not duban's to replace.
    return false;
  }
}

/** `督办通知-区财政局.docx` → `督办通知-区财政局（新）.docx`, `（新2）`…: where a changed file's new draft goes. */
const newName = (name: string, n: number) => {
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)}（新${n > 1 ? n : ""}）${ext}`;
};

/**
 * Writes drafts into a folder (notice's and remind's --docx), each marked and written whole or not at all. A file
 * there that was changed since duban wrote it is never replaced: the new draft goes beside it under a new name,
 * and a line says so. When a write fails, the error names what was written before it.
 * @returns lines for the user: the files written, and each new name
 */
export async function writeDrafts(
  dir: string,
  shownDir: string,
  drafts: readonly { name: string; bytes: Uint8Array }[],
): Promise<string[]> {
  const written: string[] = [];
  const notes: string[] = [];
  try {
    for (const { name, bytes } of drafts) {
      let target = name;
      for (let n = 1; !(await replaceableDocx(path.join(dir, target))); n++) target = newName(name, n);
      if (target !== name)
        notes.push(`${path.join(shownDir, name)} 在上次生成后被修改过，未替换；新稿写为 ${target}`);
      await writeFileAtomic(
        path.join(dir, target),
        await markDocx(bytes),
        undefined,
        path.join(shownDir, target),
      );
      written.push(target);
    }
  } catch (error) {
    if (!(error instanceof DubanError)) throw error;
    throw new DubanError(
      `${error.message}。` +
        (written.length
          ? `此前已写出 ${written.length} 个文件（${written.join("、")}），其余 ${drafts.length - written.length} 个未写出`
          : "没有写出任何文件"),
    );
  }
  if (written.length === 0) return notes;
  return [
    `已写入 ${written.length} 个文件到 ${shownDir}（${written[0]}${written.length > 1 ? " 等" : ""}）`,
    ...notes,
  ];
}
