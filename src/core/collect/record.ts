// The integrity record a unit's template carries on a hidden sheet: who it is for, which master and quarter
// it came from, and a fingerprint of every cell of 指标填报, so that a merge can say which cell was changed.
// The record is signed with the master's key (HMAC-SHA256): digests alone anyone can recompute, the signature
// only the master's holder can.
import { hexToBytes } from "@noble/hashes/utils";
import type { Quarter } from "../assess/types";
import type { CellValue } from "../workbook/data";
import { canonicalValue, cellFingerprint } from "./fingerprint";
import { hmacSha256Hex, sha256Hex } from "../sha256";
import { isNumberHeader } from "./sheet";
import { cellText, type EntryTable } from "./table";

/** Records signed with the master's key. */
export const RECORD_FORMAT = "duban-collect/2";
/** Records of templates split before masters had a key: unsigned. */
export const UNSIGNED_RECORD_FORMAT = "duban-collect/1";

/**
 * What a unit fills on a row: "lead" the quarter's figure and the texts (主牵头, 汇总单位), "colead" only the
 * texts (another lead, a member of the leading group), "partner" nothing.
 */
export type RowRole = "lead" | "colead" | "partner";

export interface RecordRow {
  id: string;
  role: RowRole;
  /** One fingerprint per header of the record, in that order: the value at split time (the merge's base). */
  cells: string[];
}

export interface IntegrityRecord {
  format: string;
  unit: string;
  year: number;
  quarter: Quarter;
  /** masterIdentity() of the master the template was split from. */
  masterId: string;
  /** Sheet names of the template, in order. */
  sheets: string[];
  /** The 指标填报 header row, as written. */
  headers: string[];
  /** Headers of the columns the unit may write on its lead rows (on co-lead rows, the text ones among them). */
  entryHeaders: string[];
  /** SHA-256 over every locked cell of 指标填报 (headers and rows). */
  lockedDigest: string;
  rows: RecordRow[];
  /** recordSignature() under the master's key; null on a record of UNSIGNED_RECORD_FORMAT. */
  signature: string | null;
}

/**
 * HMAC-SHA256 under the master's key (64 hex digits) of everything the record says: changing any of it (the
 * unit, the quarter, a fingerprint, the locked cells' digest) without the key gives a signature that fails.
 */
function recordSignature(record: Omit<IntegrityRecord, "signature">, secret: string): string {
  const canonical = JSON.stringify([
    record.format,
    record.unit,
    record.year,
    record.quarter,
    record.masterId,
    record.sheets,
    record.headers,
    record.entryHeaders,
    record.lockedDigest,
    record.rows.map((r) => [r.id, r.role, r.cells]),
  ]);
  return hmacSha256Hex(hexToBytes(secret), `duban 填报模板校验记录\n${canonical}`);
}

/** Whether the record's signature is the one `secret` gives (false for an unsigned record). */
export function isSignedWith(record: IntegrityRecord, secret: string): boolean {
  if (record.signature === null) return false;
  const expected = recordSignature(record, secret);
  // Compared in full whatever the first difference, as signatures are.
  let diff = expected.length ^ record.signature.length;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ record.signature.charCodeAt(i);
  return diff === 0;
}

/** Whether (role, header) is a cell the unit may write. */
export function isEntryCell(
  record: Pick<IntegrityRecord, "entryHeaders">,
  role: RowRole,
  header: string,
): boolean {
  if (role === "partner" || !record.entryHeaders.includes(header)) return false;
  return role === "lead" || !isNumberHeader(header);
}

/** SHA-256 over the locked cells of the given rows, in record order: row by row, column by column. */
export function lockedDigest(
  record: Pick<IntegrityRecord, "headers" | "entryHeaders">,
  rows: { id: string; role: RowRole; value(header: string): CellValue | undefined }[],
): string {
  const parts: string[] = [record.headers.map(canonicalValue).join("\u0001")];
  for (const row of rows) {
    const cells = record.headers
      .filter((h) => !isEntryCell(record, row.role, h))
      .map((h) => canonicalValue(row.value(h)));
    parts.push(`${row.id}\u0002${row.role}\u0002${cells.join("\u0001")}`);
  }
  return sha256Hex(parts.join("\n"));
}

export interface RecordInput {
  unit: string;
  year: number;
  quarter: Quarter;
  masterId: string;
  sheets: string[];
  entryHeaders: string[];
  /** The template's 指标填报 as it is written. */
  table: EntryTable;
  /** 指标编号 → what the unit fills on that row; rows not in it are shown for reference only. */
  roles: ReadonlyMap<string, RowRole>;
  /** The master's key (MasterKey.secret) the record is signed with; it is not written into the record. */
  secret: string;
}

/** The record for a template whose 指标填报 holds `table`, signed with the master's key. */
export function buildIntegrityRecord(input: RecordInput): IntegrityRecord {
  const headers = input.table.headers;
  const described = input.table.rows.map((row) => ({
    id: row.id,
    role: input.roles.get(row.id) ?? "partner",
    value: (h: string) => row.cells[headers.indexOf(h)],
  }));
  const base = {
    headers,
    entryHeaders: input.entryHeaders,
  };
  const record = {
    format: RECORD_FORMAT,
    unit: input.unit,
    year: input.year,
    quarter: input.quarter,
    masterId: input.masterId,
    sheets: input.sheets,
    headers,
    entryHeaders: input.entryHeaders,
    lockedDigest: lockedDigest(base, described),
    rows: described.map((row) => ({
      id: row.id,
      role: row.role,
      cells: headers.map((h) => cellFingerprint(row.id, h, row.value(h))),
    })),
  };
  return { ...record, signature: recordSignature(record, input.secret) };
}

const TITLE = "duban 填报模板校验记录（请勿修改；合并时据此核对）";
const ROLE_TEXT: Record<RowRole, string> = { lead: "牵头", colead: "共同牵头", partner: "配合" };
const SEP = "|";

/** The record as the hidden sheet's rows. The last field, 记录摘要, covers everything above it. */
export function recordToGrid(record: IntegrityRecord): CellValue[][] {
  const body: CellValue[][] = [
    [TITLE, null, null],
    ["格式", record.format, null],
    ["单位", record.unit, null],
    ["年度", record.year, null],
    ["季度", record.quarter, null],
    ["主表标识", record.masterId, null],
    ["工作表", record.sheets.join(SEP), null],
    ["表头", record.headers.join(SEP), null],
    ["填报列", record.entryHeaders.join(SEP), null],
    ["锁定单元格摘要", record.lockedDigest, null],
    ...(record.signature === null ? [] : [["签名", record.signature, null]]),
    ["行数", record.rows.length, null],
    ["指标编号", "角色", "单元格指纹"],
    ...record.rows.map((r): CellValue[] => [r.id, ROLE_TEXT[r.role], r.cells.join(" ")]),
  ];
  return [...body, ["记录摘要", gridDigest(body), null]];
}

function gridDigest(rows: CellValue[][]): string {
  return sha256Hex(rows.map((r) => r.map(canonicalValue).join("\u0001")).join("\n"));
}

/** A role as the record writes it; anything else reads as partner (nothing writable). */
function roleOf(text: string): RowRole {
  return (Object.keys(ROLE_TEXT) as RowRole[]).find((role) => ROLE_TEXT[role] === text) ?? "partner";
}

/** Reads the hidden sheet back; a string says what is wrong (tampered, truncated, not a record). */
export function recordFromGrid(grid: CellValue[][]): IntegrityRecord | string {
  // Trailing blank cells may be dropped by a host: pad every row to three cells.
  const rows = grid
    .map((r) => [r[0] ?? null, r[1] ?? null, r[2] ?? null])
    .filter((r) => r.some((v) => canonicalValue(v) !== ""));
  const last = rows[rows.length - 1];
  if (!last || cellText(last[0]) !== "记录摘要") return "校验记录不完整";
  if (cellText(last[1]) !== gridDigest(rows.slice(0, -1))) return "校验记录已被修改";
  const field = (name: string): string => cellText(rows.find((r) => cellText(r[0]) === name)?.[1]);
  const start = rows.findIndex((r) => cellText(r[0]) === "指标编号");
  const count = Number(field("行数"));
  const quarter = Number(field("季度"));
  if (start < 0 || rows.length - 1 - (start + 1) !== count) return "校验记录的行数不符";
  if (![1, 2, 3, 4].includes(quarter)) return "校验记录的季度无效";
  const format = field("格式");
  // Only a record from before keys goes without a signature; a signed format without one was cut down.
  const signature = field("签名") || null;
  if (format === RECORD_FORMAT && signature === null) return "校验记录缺少签名（已被修改）";
  const split = (text: string) => (text === "" ? [] : text.split(SEP));
  return {
    format,
    unit: field("单位"),
    year: Number(field("年度")),
    quarter: quarter as Quarter,
    masterId: field("主表标识"),
    sheets: split(field("工作表")),
    headers: split(field("表头")),
    entryHeaders: split(field("填报列")),
    lockedDigest: field("锁定单元格摘要"),
    rows: rows.slice(start + 1, start + 1 + count).map((r) => ({
      id: cellText(r[0]),
      role: roleOf(cellText(r[1])),
      cells: split(cellText(r[2]).replace(/ /g, SEP)),
    })),
    signature,
  };
}
