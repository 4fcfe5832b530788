// 说明: the plan's facts, how to fill in, and the status legend.
import { LEVELS, STATUSES, type Status } from "../../assess/types";
import { levelFormats } from "../blocks";
import type { TaskPlan } from "../../plan/types";
import { INFO_LABELS, SHEETS, WORKBOOK_FORMAT_VERSION } from "../layout";
import type { Block, SheetSpec } from "../spec";
import { DATA_STYLE, HEADER_STYLE, PRINT, PROTECTION, STATUS_COLORS } from "../style";

const HOW_TO_FILL = [
  "各单位只填“指标填报”表中的黄色单元格：一季度至四季度填截至该季度末的累计值，按“计量单位”列的单位填写（如 6.5% 填 6.5，1.7万家 填 1.7）；并填写进展情况、存在问题、下步措施。",
  "一项任务有几个责任单位时，“任务清单”表的“主牵头”（默认为第一个责任单位，可改为本任务的其他责任单位）汇总填报数字；其他责任单位只填文字，合并后在文字格中另起一行，以“【单位】”开头。分组（如各镇街）牵头的任务由其成员单位（“单位”表的“所属分组”）填文字，数字由分组行的“汇总单位”填报，未设汇总单位时由办公室填报。",
  "没有量化指标的任务设一行“工作进度”（目标 100%），填写本单位自评的工作完成百分比（0～100）。",
  "“评分”表由公式计算当期值、序时进度、完成率、状态和得分。考核人员可在黄色单元格填写核定状态（覆盖公式计算的状态，得分不变）、加减分及加减分说明。",
  "完成率：≥ 和 ≈ 类指标为当期值 ÷ 年度目标；≤ 类指标不超过目标为 100%，超过为目标 ÷ 当期值（低于 100% 即已超过上限）。完成率保留 4 位小数后再比较。",
  "序时进度：“比率”类指标为 100%；“累计”类指标在填了该季度“计划”（形象进度，该季度末应达到的累计值）时为 计划 ÷ 年度目标（不超过 100%），否则取“参数”表中该季度的序时进度。“比率”类和“≤”类指标不设计划（灰色单元格）。",
  "季度计划由牵头单位在一季度模板中填写（或由区政府办公室在主表中填写）；某季度评分后，该季度及以前的计划在模板中锁定，合并时不再采用。",
  "完成时限：“任务清单”的“完成时限”和“时限季度”可由工作人员修改。改了完成时限，请同时把“时限季度”改为时限所在的季度（1～4，留空为当年无时限）：从该季度起，任务各指标的序时进度为 100%；到期仍滞后或未填报的任务在通报中列为逾期。",
  "状态：完成率不低于序时进度为序时推进，高出“超进度差距”及以上为超进度；“累计”类指标完成率达到 100% 为已完成。“累计”类 ≤ 指标（全年上限，如新增政府债务）按已用上限比例（当期值 ÷ 年度目标）判断：不超过序时进度为序时推进，超出不超过“严重滞后差距”为滞后，更多或超过全年上限为严重滞后；序时进度为 100%（年底或到时限季度）时未超过上限为已完成。“比率”类指标（增速、占比、上限）按与目标相差的百分点判断：达到目标为序时推进，高出“比率超进度差距”为超进度，低于目标（或超出上限）不超过“比率滞后差距”为滞后，更多为严重滞后。“评分”表右侧逐季列出序时、完成率、状态和差距（当前季度以后留空）。",
  "督办级别：任务连续滞后（滞后或严重滞后）到当前季度的季度数，达到“参数”表中提醒、督办、约谈的季度数，依次为提醒（蓝）、督办（黄）、约谈（红）。",
  "指标得分：“累计”类 = 满分 × min(完成率 ÷ 序时进度, 1)（≤ 类 = 满分 × min(1 − 差距 ÷ 序时进度, 1)，超过全年上限得 0 分），“比率”类达到目标得满分，每差 1 个百分点扣“比率每点扣分”，扣完为止；任务得分 = 各指标得分平均值 + 加减分（限定在 0～满分）；单位综合得分 = Σ(权重 × 任务得分) ÷ Σ权重（牵头权重、配合权重见“参数”表）。",
  "单位排名 = 1 + 参与排名的单位中综合得分更高的单位数（同分同名次）。参与排名的是有牵头任务的单位（“参数”表“配合单位参与排名”填“是”则包括只有配合任务的单位）；其他单位和分组（如各镇街）只计得分，不排名、不评等次；当前季度还没有任何数字时不排名。",
  "“参数”表中的当前季度、序时进度、严重滞后差距、超进度差距、督办级别的季度数、满分、权重和等次线都可以修改，全部公式随之重算。",
  "请勿改动“指标编号”：合并各单位报回的数据、重新载入方案，都按指标编号对应，不按行的位置。",
];

const LEGEND: Record<Status, string> = {
  未填报: "当前季度未填写累计值",
  严重滞后:
    "完成率低于序时进度，且差距超过“严重滞后差距”（比率类：差距超过“比率滞后差距”个百分点）；≤ 类“累计”指标超过全年上限",
  滞后: "完成率低于序时进度，差距在“严重滞后差距”以内（比率类：在“比率滞后差距”个百分点以内）",
  序时推进: "完成率不低于序时进度",
  超进度: "完成率高于序时进度达到“超进度差距”，尚未完成",
  已完成: "“累计”类指标完成率达到 100%（≤ 类：序时进度为 100% 时未超过上限）",
};

const LEVEL_LEGEND: Record<(typeof LEVELS)[number], string> = {
  提醒: "任务连续滞后达到“参数”表中的提醒连续滞后季度（默认 1 个季度）",
  督办: "连续滞后达到督办连续滞后季度（默认 2 个季度），督办通知要求书面报送整改措施",
  约谈: "连续滞后达到约谈连续滞后季度（默认 3 个季度）",
};

/** A legend table at `row`: its title and 含义 header, then each term (coloured by the caller) and its meaning. */
function legend<T extends string>(
  row: number,
  title: string,
  terms: readonly T[],
  meaning: Record<T, string>,
): Block[] {
  return [
    { row, col: 0, cells: [[title, "含义"]], style: HEADER_STYLE },
    {
      row: row + 1,
      col: 0,
      cells: terms.map((t) => [t]),
      style: { ...DATA_STYLE, bold: true, hAlign: "center" },
    },
    { row: row + 1, col: 1, cells: terms.map((t) => [meaning[t]]), style: { ...DATA_STYLE, wrap: true } },
  ];
}

export function guideSheet(plan: TaskPlan): SheetSpec {
  const info: [string, string | number][] = [
    [INFO_LABELS.title, plan.title],
    [INFO_LABELS.issuer, plan.issuer ?? ""],
    [INFO_LABELS.date, plan.date ?? ""],
    [INFO_LABELS.year, plan.year],
    [INFO_LABELS.version, WORKBOOK_FORMAT_VERSION],
  ];
  const infoRow = 2;
  const howRow = infoRow + info.length + 1;
  const legendRow = howRow + HOW_TO_FILL.length + 2;
  const legendOrder = [...STATUSES].reverse();
  const levelRow = legendRow + legendOrder.length + 2;
  const blocks: Block[] = [
    { row: 0, col: 0, cells: [[`${plan.title}督办工作簿`, null]], style: { bold: true, fontSize: 16 } },
    { row: infoRow, col: 0, cells: info.map(([k]) => [k]), style: { ...DATA_STYLE, bold: true } },
    { row: infoRow, col: 1, cells: info.map(([, v]) => [v]), style: { ...DATA_STYLE, hAlign: "left" } },
    { row: howRow, col: 0, cells: [["填报说明", null]], style: HEADER_STYLE },
    {
      row: howRow + 1,
      col: 0,
      cells: HOW_TO_FILL.map((text, i) => [i + 1, text]),
      style: { ...DATA_STYLE, wrap: true, hAlign: "left" },
    },
    ...legend(legendRow, "状态", legendOrder, LEGEND),
    ...legend(levelRow, "督办级别", LEVELS, LEVEL_LEGEND),
  ];
  return {
    name: SHEETS.guide,
    columnWidths: [16, 100],
    blocks,
    conditionalFormats: [
      ...legendOrder.map((text, i) => ({
        type: "textEquals" as const,
        range: { row: legendRow + 1 + i, col: 0, rows: 1, cols: 1 },
        text,
        ...STATUS_COLORS[text],
      })),
      ...levelFormats({ row: levelRow + 1, col: 0, rows: LEVELS.length, cols: 1 }),
    ],
    validations: [],
    protection: PROTECTION,
    print: { ...PRINT, orientation: "portrait", repeatRows: undefined },
    tabColor: "#1F4E78",
  };
}

export function noticeSheet(): SheetSpec {
  return {
    name: SHEETS.notice,
    columnWidths: [100],
    blocks: [{ row: 0, col: 0, cells: [["通报草稿"]], style: HEADER_STYLE }],
    conditionalFormats: [],
    validations: [],
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
  };
}
