// Where the plan proper starts (its own title line) and what the cover notice says: title, date, issuer.
import { dateOfLine, organisationOfLine, yearIn } from "./front-matter";
import type { PlanLine } from "./lines";
import { removeSpaces } from "./normalize";

/** A numbered task, a unit line or a table header: the plan proper has begun. */
const startsTasks = (l: PlanLine) =>
  l.type.kind === "task" || l.type.kind === "fields" || removeSpaces(l.text.split("\t")[0]) === "序号";

/**
 * Index of the plan's own title line (the cover notice ends before it), or null. `firstTask` is the index
 * of the line where the reader's tasks begin (a table header), when it knows better than a task line.
 */
export function findTitle(lines: readonly PlanLine[], firstTask?: number): number | null {
  const first = lines.findIndex((l) => l.type.kind === "title");
  if (first < 0) return null;
  firstTask ??= lines.findIndex((l, i) => i > first && startsTasks(l));
  if (firstTask < 0) return null;
  for (let i = firstTask - 1; i >= first; i--) if (lines[i].type.kind === "title") return i;
  return null;
}

/** The title as written; a title broken over two lines ("2023年区政府工作报告" / "目标任务分解方案") is joined. */
function titleText(lines: readonly PlanLine[], at: number): string {
  const title = removeSpaces(lines[at].text).replace(/^《(.*)》$/, "$1");
  let p = at - 1;
  while (p >= 0 && lines[p].type.kind === "blank") p--;
  const prev = p >= 0 ? removeSpaces(lines[p].text) : "";
  const joinable =
    prev.length > 0 &&
    prev.length <= 30 &&
    lines[p].type.kind === "text" &&
    !/[，,。；;：:、《》]/.test(prev) &&
    yearIn(title) === null &&
    yearIn(prev) !== null &&
    dateOfLine(prev) === null;
  return joinable ? prev + title : title;
}

/** "关于印发2023年…分解方案的通知" (possibly over several lines) -> "2023年…分解方案". */
function titleFromNotice(lines: readonly PlanLine[]): string | null {
  const head = lines
    .filter((l) => l.type.kind !== "blank")
    .slice(0, 8)
    .map((l) => removeSpaces(l.text))
    .join("");
  const m = /关于印发《?(.+?)》?的通知/.exec(head);
  return m ? m[1] : null;
}

export interface FrontMatter {
  title: string | null;
  date: string | null;
  issuer: string | null;
}

/**
 * Title from the title line (or the notice's 关于印发…的通知); 成文日期 from the cover, else from the plan's
 * own sign-off after `lastTaskLine`; 发文单位 from the line above that date, else the document's first line.
 */
export function readFrontMatter(
  lines: readonly PlanLine[],
  titleAt: number | null,
  lastTaskLine: number,
): FrontMatter {
  const title = titleAt === null ? titleFromNotice(lines) : titleText(lines, titleAt);
  const cover = titleAt === null ? lines : lines.slice(0, titleAt);
  const inCover = cover.findIndex((l) => dateOfLine(l.text) !== null);
  const dateAt =
    inCover >= 0 ? inCover : lines.findIndex((l) => l.line > lastTaskLine && dateOfLine(l.text) !== null);
  const date = dateAt >= 0 ? dateOfLine(lines[dateAt].text) : null;
  let issuer: string | null = null;
  for (let p = dateAt - 1; p >= 0; p--) {
    if (lines[p].type.kind !== "blank") {
      issuer = organisationOfLine(lines[p].text);
      break;
    }
  }
  issuer ??= organisationOfLine(lines.find((l) => l.type.kind !== "blank")?.text ?? "");
  return { title, date, issuer };
}

/**
 * Where a table's reader starts: after the plan's title line, or, without one, at the table's header
 * with the headings written just above it ("一、经济发展" over the first header).
 */
export function tableStart(lines: readonly PlanLine[], headerAt: number, titleAt: number | null): number {
  if (titleAt !== null && titleAt < headerAt) return titleAt + 1;
  let start = headerAt;
  for (let i = headerAt - 1; i >= 0; i--) {
    const kind = lines[i].type.kind;
    if (kind === "section" || kind === "subsection") start = i;
    else if (kind !== "blank" && kind !== "noise") break;
  }
  return start;
}
