// Office Open XML files as the readers and writers above need them, with no Node API and nothing else of duban:
// the zip (opened on demand, inflated within a budget), what a file is, XML parts as trees (no DTD), which part
// holds which sheet, and escaping text in and out of XML.
export { MissingPartError, OoxmlError, XmlSyntaxError } from "./errors";
export { attribute, escapeXml, xmlText } from "./escape";
export {
  readableWorkbookParts,
  readWorkbookParts,
  relationships,
  relationshipsXml,
  relsPathOf,
  resolveTarget,
  workbookSheets,
  WORKBOOK_PART,
  type Relationship,
  type SheetEntry,
  type WorkbookParts,
} from "./parts";
export { oleContent, signature, zipContent, type OleContent, type Signature, type ZipContent } from "./sniff";
export { child, elements, parseXml, textOf, type XmlElement, type XmlNode, type XmlWhere } from "./xml";
export {
  entryNames,
  inflate,
  inflateChunks,
  inflateText,
  inflateTextStream,
  openZip,
  type OpenZip,
  type ZipErrors,
  type ZipOptions,
} from "./zip";
