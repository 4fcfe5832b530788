// Every error a user can act on, in one place. Each names where the problem is and what is wrong.

/** Base class: the CLI prints `message` on one line and exits 2; the task pane shows it in a MessageBar. */
export class DubanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A plan document that cannot be read as a 目标任务分解方案; `line` is 1-based, null for the whole file. */
export class PlanParseError extends DubanError {
  constructor(
    readonly reason: string,
    readonly line: number | null,
    readonly source?: string,
  ) {
    super(`${source ?? "方案"}${line === null ? "" : ` 第${line}行`}：${reason}`);
  }
}

/** A workbook whose sheets, headers or cells break the workbook contract; `cell` is an A1 address or null. */
export class WorkbookShapeError extends DubanError {
  constructor(
    readonly reason: string,
    readonly sheet: string,
    readonly cell: string | null,
    readonly source?: string,
  ) {
    super(`${source ? `${source} ` : ""}工作表“${sheet}”${cell ? ` ${cell}` : ""}：${reason}`);
  }
}

/** A missing or invalid row of the 参数 sheet; `parameter` is the 参数 column text. */
export class ParameterError extends DubanError {
  constructor(
    readonly reason: string,
    readonly parameter: string,
    readonly cell: string | null = null,
  ) {
    super(`工作表“参数”${cell ? ` ${cell}` : ""}（${parameter}）：${reason}`);
  }
}
