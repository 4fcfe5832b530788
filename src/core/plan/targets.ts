// Quantitative targets in a task's text: "新增市场主体1.7万家、规上工业企业30家以上" -> two targets.
// Precision over recall: a number is a target only when it carries a unit of measure, stands outside
// quotation marks and is not a descriptor (500亿级, 110千伏, G353, 2023年, 第5次, …).
import { foldWidth } from "./normalize";
import type { Comparison, Target } from "./types";

const RATE_UNITS = ["个百分点", "百分点", "%", "‰"];
const UNITS = [
  ...RATE_UNITS,
  ...["亿美元", "万美元", "亿元", "万元", "元"],
  ...["万平方米", "平方米", "平方公里", "万千瓦时", "亿千瓦时", "万千瓦", "千瓦", "兆瓦", "万标箱", "标箱"],
  ...["万人次", "人次", "万人", "万家", "万户", "万亩", "万吨", "万个", "万名", "万辆", "万套", "万件"],
  ...["公里", "千米", "亩", "吨", "家", "个", "列", "天", "名", "人", "户", "所", "座", "条", "项"],
  ...["辆", "台", "套", "件", "次", "场", "张", "艘", "篇", "宗", "班", "处", "部"],
].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[%‰]/g, (c) => `\\${c}`);
// Thousands separators only as "1,000" (the folded text keeps the Chinese comma "，" as is).
const VALUE_RE = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?) ?(${UNITS.map(escape).join("|")})`,
  "g",
);
/** The second half of a compound unit: "元/人", "吨/亩", "千瓦时/万元". */
const PER_UNIT = /^\/(?:人|户|亩|吨|年|月|日|天|平方米|公顷|万元|千瓦时|辆|床|家)/;
const AFTER_MARK = /^ *(及以上|以上|及以内|以内|以下|左右)/;
const RANGE_AFTER = /^ *[-~—–至到] *\d/;
const DELIMITERS = new Set([
  "。",
  "；",
  ";",
  "，",
  ",",
  ":",
  "！",
  "!",
  "？",
  "?",
  "、",
  "(",
  ")",
  "（",
  "）",
]);
const OPEN_QUOTES: Record<string, string> = {
  "“": "”",
  "‘": "’",
  "「": "」",
  "『": "』",
  "《": "》",
  '"': '"',
};

const LEADING_FILLER = /^(其中|确保|力争|争取|努力|力求|全年|年内|今年|年底前|到年底|预计|实现|保持)/;
const TRAILING_COMPARE =
  /(控制在|保持在|稳定在|提高到|提高至|提升到|提升至|下降到|下降至|降低到|降低至|压缩至|压减至|降至|降到|达到|不低于|不少于|不超过|不高于|低于|高于|超过|突破|力争|确保|争取|分别|达|在|为|至|到)$/;
const AT_MOST_BEFORE =
  /(控制在|不超过|不高于|(?<!不)低于|下降到|下降至|降低到|降低至|压缩至|压减至|降至|降到)$/;
/** Verbs that a list of targets shares: "新增A 30家、B 50家" means 新增B too; "整治腾退A 29处、B 11处" 整治腾退B. */
const LIST_VERB =
  /^((?:新引进|新增|新建|新培育|建成|建设|培育|引进|引育|招引|实施|完成|开行|打造|创建|改造|认定|开工|投用|投产|整治|腾退|清理|清零|拆除|加装)+)/;
const OWN_VERB = /(增长|下降|提高|提升|达|新增|建成|完成|实现)/;
/** A name that is only verbs ("打造", "新建改造"): the counted noun follows the number, "打造12个口袋公园". */
const VERBS_ONLY =
  /^(?:新引进|新增|新建|新培育|建成|建设|培育|引进|引育|招引|实施|完成|打造|创建|改造|提升|认定|开工|投用|投产|出版|推出|举办|开展|创作|扶持|发展|新开|开通|抓好|抓|推进|推动|落实|谋划|储备|签约|组织|整治|腾退|清零|加装)+$/;
/** The noun a count is of, written after it: "12个口袋公园" -> "口袋公园". */
const NOUN_AFTER = /^[\u4e00-\u9fff]{2,16}/;
/** Single-character units that also begin words: 部门, 部署, 处理, 处置. */
const WORD_AFTER_UNIT: Record<string, RegExp> = { 部: /^[门分署队长位委件]/, 处: /^[理置室级长于在罚]/ };

interface Hit {
  start: number;
  end: number;
  /** Start of the words naming the target (after the previous delimiter). */
  segStart: number;
  /** Start of the clause (the previous delimiter other than "、"): where a list of subjects begins. */
  clauseStart: number;
  rawName: string;
  value: number;
  unit: string;
  after: Comparison | null;
  /** Joined to the previous hit by a bare "、": one list. */
  listed: boolean;
  range: boolean;
}

/**
 * Which characters stand inside quotation marks (“三个1000亩” names a programme) or parentheses
 * ("（总投资50亿元）" describes a project): numbers there are descriptors, not targets.
 */
function descriptiveMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  let close: string | null = null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (close !== null) {
      if (ch === close) close = null;
      else mask[i] = true;
    } else if (OPEN_QUOTES[ch] !== undefined) close = OPEN_QUOTES[ch];
    else if (ch === "(" || ch === "（") depth++;
    else if ((ch === ")" || ch === "）") && depth > 0) depth--;
    else if (depth > 0) mask[i] = true;
  }
  return mask;
}

/**
 * Where "(GDP)" or "(R&D)" ending just before `at` starts: a Latin abbreviation in parentheses is part of a
 * name, not a delimiter. Null when the text before `at` is no such parenthesis.
 */
function latinParenthesis(folded: string, at: number, floor: number): number | null {
  const m = /\([A-Za-z&]{1,8}\)$/.exec(folded.slice(floor, at));
  return m ? at - m[0].length : null;
}

/** "地区生产总值(GDP)增长" → "地区生产总值增长": an abbreviation right before the verb only repeats the name. */
const ABBREVIATION_BEFORE_VERB =
  /[(（][A-Za-z&]{1,8}[)）](?=(增长|下降|增速|提高|提升|降低|达到|达|比上年))/g;

function cleanName(raw: string): string {
  let name = raw.replace(/\s+/g, "").replace(ABBREVIATION_BEFORE_VERB, "");
  for (;;) {
    const next = name.replace(LEADING_FILLER, "").replace(TRAILING_COMPARE, "");
    if (next === name) return name;
    name = next;
  }
}

function isDescriptor(folded: string, start: number, end: number, value: string): boolean {
  if (!Number.isFinite(Number(value.replace(/,/g, "")))) return true;
  const before = folded[start - 1] ?? "";
  if (/[A-Za-z0-9.\-~—–_/]/.test(before)) return true; // G353, 5-10%, version numbers
  if (/[第前每近]/.test(before)) return true; // 第5次, 前10名, 每10万人
  const rest = folded.slice(end).replace(AFTER_MARK, "");
  if (/^ *(级|型|强|倍|的|[A-Za-z])/.test(rest)) return true; // 500亿级, 5A级, 2000万元以上的项目
  return false;
}

function readHits(text: string): Hit[] {
  const folded = foldWidth(text);
  if (!/\d/.test(folded)) return [];
  const quoted = descriptiveMask(folded);
  const hits: Hit[] = [];
  let floor = 0;
  let skipUntil = -1;
  VALUE_RE.lastIndex = 0;
  for (let m = VALUE_RE.exec(folded); m; m = VALUE_RE.exec(folded)) {
    const start = m.index;
    let end = start + m[0].length;
    if (start < skipUntil || quoted[start]) continue;
    if (WORD_AFTER_UNIT[m[2]]?.test(folded.slice(end))) continue;
    // "46000元/人", "3.5吨/亩": a unit per person, per area, per year is one unit.
    const per = PER_UNIT.exec(folded.slice(end));
    const unit = per ? m[2] + per[0] : m[2];
    if (per) end += per[0].length;
    let value = m[1];
    let valueStart = start;
    // "增长5-6%": the unit is written once, after the upper bound; the lower bound is the target.
    const lower = /(\d+(?:\.\d+)?) *[-~—–至]$/.exec(folded.slice(Math.max(floor, start - 16), start));
    if (lower) {
      value = lower[1];
      valueStart = start - lower[0].length;
    }
    if (isDescriptor(folded, valueStart, end, value)) continue;
    const range = lower !== null || RANGE_AFTER.test(folded.slice(end));
    if (range) {
      // "6%-7%", "6%至7%": the lower bound is the target; the upper one is not read again.
      const upper = /^ *[-~—–至到] *\d+(?:\.\d+)?[^\d，,。；;、]{0,4}/.exec(folded.slice(end));
      skipUntil = end + (upper ? upper[0].length : 0);
    }
    const mark = AFTER_MARK.exec(folded.slice(end));
    const after: Comparison | null = mark
      ? /以内|以下/.test(mark[1])
        ? "<="
        : mark[1] === "左右"
          ? "="
          : ">="
      : null;
    if (mark) end += mark[0].length;
    let segStart = valueStart;
    for (;;) {
      while (segStart > floor && !DELIMITERS.has(folded[segStart - 1])) segStart--;
      const abbreviation = latinParenthesis(folded, segStart, floor);
      if (abbreviation === null) break;
      segStart = abbreviation;
    }
    let clauseStart = segStart;
    for (;;) {
      while (
        clauseStart > floor &&
        (folded[clauseStart - 1] === "、" || !DELIMITERS.has(folded[clauseStart - 1]))
      )
        clauseStart--;
      const abbreviation = latinParenthesis(folded, clauseStart, floor);
      if (abbreviation === null) break;
      clauseStart = abbreviation;
    }
    const previous = hits[hits.length - 1];
    // "增长6%和7.5%": a bare 和/及/与 between two values joins them into one list, like "、".
    if (previous !== undefined && /^ *[和及与] *$/.test(folded.slice(previous.end, valueStart)))
      segStart = valueStart;
    const joiner = previous === undefined ? "" : folded.slice(previous.end, segStart).trim();
    // "1个A、2个B": a count and its noun, then the next count with none of its own words before it.
    const countAfterNoun =
      previous !== undefined &&
      segStart === valueStart &&
      joiner === `${countedNoun(folded, previous.end)}、`;
    const listed = joiner === "、" || /^[和及与]$/.test(joiner) || countAfterNoun;
    hits.push({
      start: valueStart,
      end,
      segStart,
      clauseStart,
      rawName: text.slice(segStart, valueStart),
      value: Number(value.replace(/,/g, "")),
      unit,
      after,
      listed,
      range,
    });
    floor = end;
  }
  return hits;
}

/** Splits hits into runs: a run is one hit plus every hit listed after it with "、". */
function runs(hits: Hit[]): Hit[][] {
  const out: Hit[][] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (hit.listed && last) last.push(hit);
    else out.push([hit]);
  }
  return out;
}

function compareOf(hit: Hit, run: Hit[]): Comparison {
  if (hit.range) return ">=";
  if (hit.after) return hit.after;
  if (AT_MOST_BEFORE.test(hit.rawName.replace(/\s+/g, ""))) return "<=";
  const firstBefore = run[0] !== hit && AT_MOST_BEFORE.test(run[0].rawName.replace(/\s+/g, ""));
  if (firstBefore) return "<=";
  // A comparison written once after the last item of a list applies to the whole list.
  const last = run[run.length - 1];
  return last.after ?? ">=";
}

function kindOf(name: string, unit: string): Target["kind"] {
  // A level (每万人口…拥有量, 人均…, 单位…能耗, …浓度, …强度) is compared with the target directly, like a
  // percentage; only a cumulative figure (新增政府债务, 事故死亡人数) is an amount paced through the year.
  const level = /(率|占比|比重|比例|拥有量|密度|浓度|强度)$/.test(name) || /^(每|人均|单位|万元)/.test(name);
  return RATE_UNITS.includes(unit) || level ? "rate" : "amount";
}

/** "粮食播种面积和产量" with two values -> ["粮食播种面积", "粮食产量"]; null when it does not split evenly. */
function splitSubjects(name: string, count: number): string[] | null {
  const parts = name.split(/[和及与、]/).filter(Boolean);
  if (parts.length !== count) return null;
  const head = parts[0];
  return parts.map((part, i) => {
    if (i === 0) return part;
    // A short second subject shares the first one's topic word: 粮食播种面积和产量 -> 粮食产量.
    const topic = head.slice(0, 2);
    return part.length <= 3 && head.length >= part.length + 3 && !part.startsWith(topic)
      ? topic + part
      : part;
  });
}

/** The noun a count is of, written right after it ("12个口袋公园" → "口袋公园"), or "" when there is none. */
function countedNoun(text: string, end: number): string {
  const noun = NOUN_AFTER.exec(text.slice(end));
  const counted = noun ? noun[0].replace(/(及以上|以上|以内|以下|左右)$/, "") : "";
  return counted.length >= 2 && !/(以上|以内|以下|左右)/.test(counted) ? counted : "";
}

/** Words for the work done on what was counted; written once after the last noun of a list, they are shared. */
const WORK_TAIL = /(综合改造|改造提升|提升改造|改造|整治|修缮|提质|建设)$/;

/** "老旧小区", "城中村综合改造" → "老旧小区综合改造", "城中村综合改造": the last noun's work word is shared. */
function sharedTail(nouns: readonly string[]): string[] {
  const tail = WORK_TAIL.exec(nouns[nouns.length - 1])?.[1];
  if (!tail || nouns.length < 2 || nouns[nouns.length - 1] === tail) return [...nouns];
  return nouns.map((n, i) => (i < nouns.length - 1 && !WORK_TAIL.test(n) ? n + tail : n));
}

/** The subjects of a list of values; "A和B分别增长" gives each subject the verb after 分别: A增长, B增长. */
function eachSubject(name: string, count: number): string[] | null {
  const each = /^(.+?)分别(.*)$/.exec(name);
  if (!each) return splitSubjects(name, count);
  const verb = cleanName(each[2]);
  return splitSubjects(each[1], count)?.map((s) => s + verb) ?? null;
}

export interface TargetReading {
  targets: Target[];
  /** Values found but not read as targets, with the reason, for the plan's warnings. */
  skipped: string[];
}

/**
 * Reads the quantitative targets of one task's text.
 * @example readTargets("新增市场主体1.7万家、规上工业企业30家以上").targets
 * // [{ name: "新增市场主体", value: 1.7, unit: "万家", cmp: ">=", kind: "amount", … },
 * //  { name: "新增规上工业企业", value: 30, unit: "家", cmp: ">=", kind: "amount", … }]
 */
export function readTargets(text: string): TargetReading {
  const targets: Target[] = [];
  const skipped: string[] = [];
  for (const run of runs(readHits(text))) {
    const names = run.map((hit) => cleanName(hit.rawName));
    const nouns = run.map((hit) => countedNoun(text, hit.end));
    // "完成4个老旧小区、12个城中村综合改造": counts written before their nouns, one verb for all.
    const countList = VERBS_ONLY.test(names[0]) && nouns.every((n) => n !== "");
    if (countList) sharedTail(nouns).forEach((noun, i) => (nouns[i] = noun));
    const valueList = !countList && run.length > 1 && names.slice(1).every((n) => n === "");
    if (valueList) {
      // "播种面积和产量稳定在145万亩、64万吨以上": one subject per value; "A和B分别增长7%、7.5%": A增长, B增长.
      const subjects = eachSubject(cleanName(text.slice(run[0].clauseStart, run[0].start)), run.length);
      if (!subjects) {
        const phrase = text.slice(run[0].clauseStart, run[run.length - 1].end);
        skipped.push(`“${phrase}”中的数值无法一一对应到指标名称，未提取为指标`);
        continue;
      }
      subjects.forEach((s, i) => (names[i] = s));
    }
    const verb = LIST_VERB.exec(names[0])?.[1];
    run.forEach((hit, i) => {
      let name = countList ? names[0] : names[i];
      let end = hit.end;
      const counted = countList || (run.length === 1 && VERBS_ONLY.test(name)) ? nouns[i] : "";
      if (counted) {
        name += counted;
        end += countedNoun(text, hit.end).length;
      }
      if (!name) {
        skipped.push(`“${text.slice(hit.segStart, hit.end)}”前没有指标名称，未提取为指标`);
        return;
      }
      if (i > 0 && !valueList && !countList && verb && !LIST_VERB.test(name) && !OWN_VERB.test(name))
        name = verb + name;
      const phraseStart = valueList ? run[0].clauseStart : i === 0 ? run[0].segStart : hit.segStart;
      const phraseEnd = valueList ? run[run.length - 1].end : end;
      targets.push({
        name,
        value: hit.value,
        unit: hit.unit,
        cmp: compareOf(hit, run),
        kind: kindOf(name, hit.unit),
        phrase: text.slice(phraseStart, phraseEnd).trim(),
      });
    });
  }
  return { targets, skipped };
}
