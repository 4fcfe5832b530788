// The unit registry: every unit a plan names, under one canonical name, with its other spellings.
import type { Unit, UnitKind } from "./types";
import { cleanUnitName } from "./unit-list";

/** A plan's `units`: what `canonicalUnit` looks names up in. */
export type UnitRegistry = readonly Unit[];

// Collective words: the members of 各镇街 or 有关平台 are user data (the 单位 sheet), not one unit.
const GROUP_START = /^(各|有关|相关|其他|其余|全区各|区级各|区属各)/;
const GROUP_WORDS = /(各部门|各单位|有关单位|有关部门|相关单位|相关部门|成员单位|各镇街|各镇|各街道)/;

/** "group" for collective words such as 各镇街, 有关平台, 区政府各部门和有关单位, …成员单位. */
export function unitKind(name: string): UnitKind {
  return GROUP_START.test(name) || GROUP_WORDS.test(name) ? "group" : "unit";
}

// A parenthesis at the end holding an organisation's own name is a second name of the same unit:
// 区农业农村委（区乡村振兴局）, 科学城江津管委会（双福工业园发展中心）. A parenthesis inside a name or
// holding a bare word is part of the name: 华信（集团）公司, 中国（重庆）….
const TRAILING_PAREN = /^(.+?)[（(]([^（()）]+)[)）]$/;
const ORGANISATION_END =
  /(局|委|办|中心|部|会|院|处|队|所|站|社|行|公司|指挥部|政府|街道|镇|乡|室|团|馆|台|署|厅|校|园区|监狱|法院|检察院)$/;

/** Splits "区农业农村委（区乡村振兴局）" into the unit and its alias; other names come back alone. */
export function splitAlias(name: string): { name: string; alias: string | null } {
  const m = TRAILING_PAREN.exec(name);
  if (!m) return { name, alias: null };
  const [, outer, inner] = m;
  if (
    inner.length >= 4 &&
    ORGANISATION_END.test(inner) &&
    ORGANISATION_END.test(outer) &&
    outer.length >= 3
  ) {
    return { name: outer, alias: inner };
  }
  return { name, alias: null };
}

/** Chinese documents write （）; a name typed with () is the same name. */
const fullWidthParens = (name: string) => name.replace(/\(/g, "（").replace(/\)/g, "）");

/** "江津区税务局" -> "区税务局": the same unit written with its district's name in front. */
function withoutDistrict(name: string): string | null {
  const m = /^([\u4e00-\u9fff]{1,4}?)区(.{2,})$/.exec(name);
  return m && !m[1].includes("区") ? `区${m[2]}` : null;
}

/**
 * Builds the registry from names as written, in order of first appearance (repeats count for choosing
 * the canonical spelling). Rules:
 * - "A（B）" where B is an organisation's name: unit A, alias B (and a bare "B" elsewhere is that unit);
 * - "江津区X" and "区X" both written: one unit under the more frequent spelling (ties: "区X"), the other an alias;
 * - a collective word (各镇街, 有关平台, 区政府各部门和有关单位, …成员单位) has kind "group".
 */
export function buildRegistry(written: readonly string[]): Unit[] {
  const count = new Map<string, number>();
  const aliasesOf = new Map<string, string[]>();
  for (const raw of written) {
    const { name, alias } = splitAlias(fullWidthParens(cleanUnitName(raw)));
    if (!name) continue;
    count.set(name, (count.get(name) ?? 0) + 1);
    const aliases = aliasesOf.get(name) ?? [];
    if (alias && !aliases.includes(alias)) aliases.push(alias);
    aliasesOf.set(name, aliases);
  }
  // Merge each spelling into the unit it belongs to: name -> canonical.
  const target = new Map<string, string>();
  for (const name of count.keys()) {
    const short = withoutDistrict(name);
    if (short && count.has(short)) {
      const longWins = (count.get(name) ?? 0) > (count.get(short) ?? 0);
      target.set(longWins ? short : name, longWins ? name : short);
    }
  }
  for (const [name, aliases] of aliasesOf) {
    for (const alias of aliases) if (count.has(alias) && alias !== name) target.set(alias, name);
  }
  const resolve = (name: string): string => {
    let current = name;
    for (let guard = 0; guard < 8 && target.has(current); guard++) current = target.get(current) ?? current;
    return current;
  };
  const units = new Map<string, Unit>();
  for (const name of count.keys()) {
    const canonical = resolve(name);
    const unit = units.get(canonical) ?? { name: canonical, aliases: [], kind: unitKind(canonical) };
    units.set(canonical, unit);
    for (const alias of [name, ...(aliasesOf.get(name) ?? [])]) {
      if (alias !== canonical && !unit.aliases.includes(alias)) unit.aliases.push(alias);
    }
  }
  return [...units.values()];
}

const indexCache = new WeakMap<UnitRegistry, Map<string, string>>();

function indexOf(registry: UnitRegistry): Map<string, string> {
  let index = indexCache.get(registry);
  if (!index) {
    index = new Map();
    for (const unit of registry) index.set(unit.name, unit.name);
    for (const unit of registry)
      for (const alias of unit.aliases) if (!index.has(alias)) index.set(alias, unit.name);
    indexCache.set(registry, index);
  }
  return index;
}

/** The registry entry a written name refers to, or null when the plan never names that unit. */
export function findUnit(registry: UnitRegistry, written: string): Unit | null {
  const name = canonicalUnit(registry, written);
  return registry.find((unit) => unit.name === name) ?? null;
}

/** canonicalUnit bound to one registry, for mapping lists of names. */
export function canonicalizer(registry: UnitRegistry): (written: string) => string {
  return (written) => canonicalUnit(registry, written);
}

/**
 * The canonical name of a unit as written anywhere (a task's list, a workbook cell, a CLI option):
 * spaces, a trailing 等 and width differences do not matter. Unknown names come back cleaned.
 * @example canonicalUnit(plan.units, "区农业农村委（区乡村振兴局）") === "区农业农村委"
 * @example canonicalUnit(plan.units, "区乡村振兴局") === "区农业农村委"
 */
export function canonicalUnit(registry: UnitRegistry, written: string): string {
  const index = indexOf(registry);
  const cleaned = fullWidthParens(cleanUnitName(written));
  const direct = index.get(cleaned);
  if (direct) return direct;
  const { name, alias } = splitAlias(cleaned);
  const candidates = [name, alias, withoutDistrict(name)];
  for (const candidate of candidates) {
    const found = candidate ? index.get(candidate) : undefined;
    if (found) return found;
  }
  return cleaned;
}
