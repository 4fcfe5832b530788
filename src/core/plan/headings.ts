// Section and subsection headings, wherever they stand: a line of text, a table row spanning the table.
import { foldWidth } from "./normalize";

const SECTION = /^[一二三四五六七八九十百]{1,4} *[、.] *\S/;
const SUBSECTION = /^\( *[一二三四五六七八九十百]{1,4} *\) *\S/;

export type HeadingLevel = "section" | "subsection";

/** The plan section whose tasks are the 主要预期目标 ("一、主要预期目标"). */
export const MAIN_TARGETS_SECTION = /主要预期目标/;

/** "一、…" is a section, "（一）…" a subsection; anything else is not a heading. */
export function headingLevel(text: string): HeadingLevel | null {
  const folded = foldWidth(text.trim());
  if (SECTION.test(folded)) return "section";
  if (SUBSECTION.test(folded)) return "subsection";
  return null;
}

// "区长" comes last so that 常务副区长 and 副区长 are not read as a name ending in 副.
const LEADER_TITLE = /(?:常务副|副)?(?:区|县|市|旗|州|省)长/;
/** A rank that is no title of office: 区政府党组成员, 市政府秘书长, 县委常委. */
const LEADER_RANK =
  /(?:(?:区|县|市|旗)(?:政府|委)?)?(?:党组成员|党组副书记|副书记|秘书长|副秘书长|常委|委员|办公室主任)/;
const HEADING_NUMBER = "(?:[一二三四五六七八九十百]{1,4} *[、.]|\\( *[一二三四五六七八九十百]{1,4} *\\))? *";
const LEADS_WORD = "(?:同志)?(?:牵头|负责|分管|领衔|联系)";
/** "二、常务副区长张某某牵头重点工作", "市政府秘书长刘某同志牵头": the title or rank, then the name. */
const TITLE_THEN_NAME = new RegExp(
  `^${HEADING_NUMBER}(?:[\\u4e00-\\u9fff]{0,12}[、，,])?(?:${LEADER_TITLE.source}|${LEADER_RANK.source})([\\u4e00-\\u9fff]{2,4}?)${LEADS_WORD}`,
);
/** "二、王建国市长牵头重点工作", "三、李明区政府党组成员牵头重点工作": the name, then the title or rank. */
const NAME_THEN_TITLE = new RegExp(
  `^${HEADING_NUMBER}([\\u4e00-\\u9fff]{2,3}?)(?:${LEADER_TITLE.source}|${LEADER_RANK.source})${LEADS_WORD}`,
);

/**
 * The leader a section heading names, without the title: "二、常务副区长张某某牵头重点工作" -> "张某某";
 * null for a heading that names no leader.
 */
export function leaderOfHeading(text: string): string | null {
  const heading = foldWidth(text.trim()).replace(/\s+/g, "");
  const m = TITLE_THEN_NAME.exec(heading) ?? NAME_THEN_TITLE.exec(heading);
  return m ? m[1] : null;
}
