// Counts by status for the 评分 tab's badges, worst first as STATUSES orders them.
import { STATUSES } from "../../core/assess/types";
import type { Status } from "../../core/assess/types";

export function countByStatus(items: readonly { status: Status }[]): { status: Status; count: number }[] {
  return STATUSES.map((status) => ({ status, count: items.filter((i) => i.status === status).length }));
}
