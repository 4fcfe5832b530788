// NoticeDraft(s) → .docx bytes, the same call in Node (CLI) and in the browser (task pane).
import { Packer } from "docx";
import type { NoticeDraft } from "../core/notice";
import { noticeDocument } from "./document";
import { fontTableXml } from "./fonts";

/** Our font table replaces the package's, to give each Chinese face its GB2312 charset and fallback. */
const OVERRIDES = [{ path: "word/fontTable.xml", data: fontTableXml() }];

/**
 * The drafts as one .docx file. Node gets a Buffer (a Uint8Array) from Packer.toBuffer; the browser, which has
 * no Buffer, gets the bytes of Packer.toBlob.
 */
export async function noticeToDocx(drafts: NoticeDraft | readonly NoticeDraft[]): Promise<Uint8Array> {
  const list = Array.isArray(drafts) ? drafts : [drafts as NoticeDraft];
  if (list.length === 0) throw new Error("noticeToDocx: no draft to write");
  const doc = noticeDocument(list);
  if (typeof Buffer !== "undefined") return Packer.toBuffer(doc, false, OVERRIDES);
  const blob = await Packer.toBlob(doc, false, OVERRIDES);
  return new Uint8Array(await blob.arrayBuffer());
}
