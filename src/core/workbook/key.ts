// The master's key: 256 random bits on a very hidden, protected sheet that only the office's master holds.
// Split signs each template's integrity record with it (HMAC, core/collect/record) and merge checks the
// signature with it, so a unit cannot rewrite its record as another unit's, or hide a change to a locked cell,
// by recomputing a digest. It is kept on every rewrite of the master and never written into a template.
import { bytesToHex, randomBytes } from "@noble/hashes/utils";
import type { Quarter } from "../assess/types";
import { WorkbookShapeError } from "../errors";
import type { ReturnRow } from "./returns";
import type { CellValue, WorkbookValues } from "./values";
import { KEY_SHEET } from "./layout";
import type { SheetSpec } from "./spec";
import { PROTECTION, TEXT } from "./style";

export interface MasterKey {
  /** 64 lower-case hex digits. */
  secret: string;
  /**
   * Quarters whose templates went out unsigned, before the master had a key: their returns still merge, said
   * to be unsigned. Every other quarter's return must carry a valid signature.
   */
  unsignedQuarters: readonly Quarter[];
}

const LABELS = { secret: "密钥", unsigned: "未签名模板的季度" } as const;
const TITLE = "duban 主表校验密钥：下发模板时签名，合并时核对。请勿修改或删除，不要复制给填报单位。";
const SECRET = /^[0-9a-f]{64}$/;

/** A fresh key from the platform's secure random source (Web Crypto in browsers and webviews, Node's in Node). */
export function newMasterKey(unsignedQuarters: readonly Quarter[] = []): MasterKey {
  return { secret: bytesToHex(randomBytes(32)), unsignedQuarters: [...unsignedQuarters].sort() };
}

/**
 * The quarters a master from before keys has issued templates for: those with a 下发日期 on 报送情况, or, when
 * it records none (a master older than 报送情况), every quarter up to its 当前季度.
 */
export function unsignedQuartersOf(returns: readonly ReturnRow[], currentQuarter: Quarter): Quarter[] {
  const issued = new Set(returns.filter((r) => r.issued !== null).map((r) => r.quarter));
  if (issued.size === 0) return ([1, 2, 3, 4] as const).filter((q) => q <= currentQuarter);
  return [...issued].sort();
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * The key in `values`, or null for a master from before keys. Throws WorkbookShapeError when the sheet is there
 * but its key is not: a new key would make every template already sent out fail its check.
 */
export function readMasterKey(values: WorkbookValues, source?: string): MasterKey | null {
  const grid = values.get(KEY_SHEET);
  if (grid === undefined) return null;
  const row = (label: string) => grid.findIndex((r) => text(r[0]) === label);
  const at = row(LABELS.secret);
  const secret = at < 0 ? "" : text(grid[at][1]).toLowerCase();
  if (!SECRET.test(secret)) {
    throw new WorkbookShapeError(
      "隐藏的校验密钥已损坏，无法核对各单位报回的模板：请换用此前备份的主表",
      KEY_SHEET,
      `B${at < 0 ? 2 : at + 1}`,
      source,
    );
  }
  const listed = text(grid[row(LABELS.unsigned)]?.[1]);
  const unsignedQuarters = listed
    .split(/[、,，\s]+/)
    .map(Number)
    .filter((q): q is Quarter => q === 1 || q === 2 || q === 3 || q === 4);
  return { secret, unsignedQuarters: [...new Set(unsignedQuarters)].sort() };
}

/** The key's sheet: very hidden (Excel's 取消隐藏 does not list it) and protected like every generated sheet. */
export function keySheet(key: MasterKey): SheetSpec {
  return {
    name: KEY_SHEET,
    columnWidths: [18, 70],
    blocks: [
      { row: 0, col: 0, cells: [[TITLE, null]], style: { bold: true } },
      {
        row: 1,
        col: 0,
        cells: [
          [LABELS.secret, key.secret],
          [LABELS.unsigned, key.unsignedQuarters.join("、")],
        ],
        // As text: a key of digits only must not turn into a number.
        style: { numberFormat: TEXT },
      },
    ],
    conditionalFormats: [],
    validations: [],
    protection: PROTECTION,
    hidden: "very",
  };
}
