// NoticeDraft(s) → .docx bytes, the same call in Node (CLI) and in the browser (task pane).
import { Packer } from "docx";
import JSZip from "jszip";
import type { NoticeDraft } from "../core/notice";
import { noticeDocument } from "./document";
import { fontTableXml } from "./fonts";

/** Our font table replaces the package's, to give each Chinese face its GB2312 charset and fallback. */
const OVERRIDES = [{ path: "word/fontTable.xml", data: fontTableXml() }];

const OFF_GRID = '<w:snapToGrid w:val="false"/>';

/**
 * Paragraphs whose runs are off the line grid (the 二号 title, the 发文机关标志) are taken off it as paragraphs
 * too: Word reads the runs' w:snapToGrid, but LibreOffice and WPS read only the paragraph's and would give each
 * line of the title two grid lines. The docx package writes no paragraph w:snapToGrid, so it is added here, in
 * its schema place before w:spacing.
 */
export function paragraphsOffGrid(documentXml: string): string {
  return documentXml.replace(
    /<w:p>(<w:pPr>[\s\S]*?<\/w:pPr>)([\s\S]*?)<\/w:p>/g,
    (whole, pPr: string, rest: string) =>
      rest.includes(OFF_GRID) && !pPr.includes("<w:snapToGrid") && pPr.includes("<w:spacing")
        ? `<w:p>${pPr.replace("<w:spacing", `${OFF_GRID}<w:spacing`)}${rest}</w:p>`
        : whole,
  );
}

/**
 * The drafts as one .docx file. Node gets a Buffer (a Uint8Array) from Packer.toBuffer; the browser, which has
 * no Buffer, gets the bytes of Packer.toBlob.
 */
export async function noticeToDocx(drafts: NoticeDraft | readonly NoticeDraft[]): Promise<Uint8Array> {
  const list = Array.isArray(drafts) ? drafts : [drafts as NoticeDraft];
  if (list.length === 0) throw new Error("noticeToDocx: no draft to write");
  const doc = noticeDocument(list);
  const packed =
    typeof Buffer !== "undefined"
      ? await Packer.toBuffer(doc, false, OVERRIDES)
      : new Uint8Array(await (await Packer.toBlob(doc, false, OVERRIDES)).arrayBuffer());
  const zip = await JSZip.loadAsync(packed);
  const part = zip.file("word/document.xml");
  if (!part) throw new Error("noticeToDocx: the package wrote no word/document.xml");
  zip.file("word/document.xml", paragraphsOffGrid(await part.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
