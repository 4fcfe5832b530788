// One written list of units ("区经济信息委、区财政局等") -> names as written, cleaned.
import { removeSpaces } from "./normalize";

const SEPARATORS = new Set(["、", "，", ",", "；", ";", "/", "／"]);
const OPEN = new Set(["（", "("]);
const CLOSE = new Set(["）", ")"]);

/** "等" and the collective words after it that name no unit of their own: 等有关单位, 等区级有关部门. */
const TRAILING_ETC = /(.)等(?:区级|市级|县级|区属|全区)?(?:有关|相关|其他|其它|责任)?(?:单位|部门)?$/;
/** "X等部门、单位", "X等单位和部门": the second word is part of the 等 phrase, not a unit called 单位. */
const ETC_PAIR = /等(?:有关|相关)?(?:部门|单位)(?:[、和及与,，]|\s)+(?:有关|相关)?(?:单位|部门)/g;

/** Trims a written name: spaces, trailing full stops, a trailing 等 ("区财政局等", "区财政局等有关单位" -> "区财政局"). */
export function cleanUnitName(written: string): string {
  let name = removeSpaces(written);
  for (;;) {
    const next = name.replace(/[。.．：:]+$/, "").replace(TRAILING_ETC, "$1");
    if (next === name) return name;
    name = next;
  }
}

/**
 * Splits a written list on 、，,；; (outside parentheses, so "区农业农村委（区乡村振兴局）" and
 * "各镇（街道、园区）" stay whole), cleans every name and keeps the first of any repeated name.
 * @example splitUnitList("区科技局、区教委、区科技局等。") // ["区科技局", "区教委"]
 * @example splitUnitList("区民政局等部门、单位") // ["区民政局"]
 */
export function splitUnitList(written: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of written.replace(ETC_PAIR, "等")) {
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(ch)) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const names: string[] = [];
  for (const part of parts) {
    const name = cleanUnitName(part);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "甲、乙分别牵头", "甲（牵头）": a lead marked inside a list rather than by its own label. */
export const LEAD_MARK = /(?:[（(]牵头(?:单位)?[)）]|分别牵头|牵头)$/;
/** "各区县、各部门配合", "乙（配合）": partners marked inside a list ("部门分工：甲牵头，乙配合"). */
export const PARTNER_MARK = /(?:[（(](?:配合|协办)(?:单位)?[)）]|配合|协助|协办|参与)$/;
/** "由甲负责": the words that only say a unit is in charge. */
export const CHARGE_MARK = /(?:负责|承办|落实)$/;

// How names of organisations and collective words end; broader than the registry's alias rule on purpose.
const UNIT_END =
  /(局|委|办|中心|部|会|院|处|队|所|站|社|行|联|协|公司|集团|指挥部|政府|街道|镇街|镇|乡|街|室|团|馆|台|署|厅|校|园区|高新区|开发区|经开区|新区|综保区|平台|企业|单位|部门|监狱|法院|检察院|科|组)$/;
const GROUP_START = /^(各|有关|相关|其他|全区|区级|区属|市级)/;
/** Words a task's sentence starts with, never a unit's name: "加快建设智慧园区" is text that ends like a unit. */
const VERB_START =
  /^(推进|推动|加快|加强|实施|开展|完成|提升|提高|打造|建设|新建|建成|深化|落实|做好|抓好|持续|全面|积极|着力|大力|支持|鼓励|促进|确保|力争|争取|培育|优化|强化|健全|完善)/;

/** Is this parenthesis text a list of units ("区发改局、区统计局", "各镇（街道、园区）")? Not "试点", "2023年". */
export function looksLikeUnitList(written: string): boolean {
  if (/[\d。：:“”"《》]/.test(written)) return false;
  const names = splitUnitList(written);
  return (
    names.length > 0 &&
    names.every((written) => {
      const name = written
        .replace(LEAD_MARK, "")
        .replace(PARTNER_MARK, "")
        .replace(CHARGE_MARK, "")
        .replace(/[（(][^（()）]*[)）]$/, "");
      return (
        name.length >= 2 &&
        name.length <= 30 &&
        !VERB_START.test(name) &&
        (UNIT_END.test(name) || GROUP_START.test(name))
      );
    })
  );
}
