// Counts by status for the 评分 tab's badges, worst first as STATUSES orders them.
import { LEVELS, STATUSES, type Level, type Status } from "../../core/assess";

export function countByStatus(items: readonly { status: Status }[]): { status: Status; count: number }[] {
  return STATUSES.map((status) => ({ status, count: items.filter((i) => i.status === status).length }));
}

/** Tasks at each 督办级别, mildest first. */
export function countByLevel(
  items: readonly { level: Level }[],
): { level: Exclude<Level, "">; count: number }[] {
  return LEVELS.map((level) => ({ level, count: items.filter((i) => i.level === level).length }));
}
