// What the OOXML layer throws: each error knows the file (when the caller named it) and the part, and its message
// is whole Chinese sentence a person can act on. The readers above turn it into their own error type.
import { OOXML } from "./messages.zh-CN";

/** A part of an Office file that cannot be read as the format says; `source` is the file's name, "" when unknown. */
export class OoxmlError extends Error {
  constructor(
    message: string,
    readonly part: string,
    readonly source: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A part that is not well-formed XML, or that carries a DTD; `detail` says what and where, in Chinese. */
export class XmlSyntaxError extends OoxmlError {
  constructor(
    readonly detail: string,
    part = "",
    source = "",
  ) {
    super(OOXML.badXml(source, part, detail), part, source);
  }
}

/** A part the package needs (the workbook, its relationships) that is not in the zip. */
export class MissingPartError extends OoxmlError {
  constructor(part: string, source = "") {
    super(OOXML.missingPart(source, part), part, source);
  }
}
