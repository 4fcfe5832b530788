// .docx of notice drafts in GB/T 9704-2012 layout: the public face of src/docx.
export { noticeToDocx } from "./pack";
export { noticeDocument } from "./document";
export { docxFileName, safeFileName } from "./filename";
export { FONTS } from "./fonts";
