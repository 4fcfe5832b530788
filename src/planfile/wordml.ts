// WordprocessingML namespaces: transitional (what Word, WPS and LibreOffice write) and strict.
export const W: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
