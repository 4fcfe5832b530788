// A stand-in for Excel built on office-addin-mock: objects the code loads are OfficeMockObjects in the context tree
// (reading before load + sync gives the mock's error string), writes are queued and applied in order at sync,
// as Excel does. It enforces what real Excel enforces and tests rely on: protect() on a protected sheet and
// unprotect() on an unprotected one fail with AccessDenied, writes to a protected sheet fail, a request over
// 5 MB fails with RequestPayloadSizeLimitExceeded, and so does a response over 5 MB (the JSON of what the batch
// loaded), getItem of a missing sheet fails with ItemNotFound, and reading a property that was not loaded and
// synced throws PropertyNotLoaded (office-addin-mock alone returns an error string). Charts (worksheet.charts)
// are kept per sheet as Excel keeps them: an unknown chart type, a source or series range that is not a range
// of this workbook, a series range that is not one row or one column, a point beyond the series or a colour
// that is not "#RRGGBB" fail the sync with InvalidArgument; a chart member this stand-in does not know throws
// at once, so that a misspelt property cannot pass unseen.
import { OfficeMockObject } from "office-addin-mock";

/** What office-addin-mock gives for a property read before load, or after load but before sync. */
const UNREAD = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

/** A mock object whose unloaded or unsynced properties throw when read, as Excel's PropertyNotLoaded does. */
function strict<T extends object>(node: T, path = ""): T {
  return new Proxy(node, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      // The mock's own bookkeeping (_value, _properties, …) is read as it is.
      if (typeof prop === "symbol" || prop.startsWith("_")) return value;
      if (typeof value === "string" && UNREAD.has(value))
        throw new ExcelError("PropertyNotLoaded", `${path}${prop} was read before load() and sync()`);
      // The mock's own methods (load, sync, …) read its properties as they fill them: they run on the mock itself.
      if (typeof value === "function" && value === Reflect.get(OfficeMockObject.prototype, prop))
        return value.bind(target);
      if (value instanceof OfficeMockObject) return strict(value, `${path}${prop}.`);
      return value;
    },
  });
}

export interface RangeRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** One applied command: on a sheet (range null) or a range, e.g. path "values=" or "protection.protect()". */
export interface Command {
  sheet: string;
  range: RangeRect | null;
  path: string;
  args: unknown[];
  /** Chart commands carry their effect, resolved against the workbook when the batch runs. */
  run?: () => void;
}

/** A range a chart reads: its sheet and rectangle. */
export interface ChartRange {
  sheet: string;
  rect: RangeRect;
}

export interface FakeSeries {
  name: string;
  values: ChartRange | null;
  categories: ChartRange | null;
  /** Everything else set on the series, by path: "chartType", "format.fill.setSolidColor()", "gapWidth"… */
  settings: Map<string, unknown>;
  /** Fill colours of single points, by index. */
  points: Map<number, string>;
}

export interface FakeChart {
  type: string;
  source: ChartRange;
  name: string;
  series: FakeSeries[];
  /** Everything else set on the chart, by path: "title.text", "legend.position", "axes.valueAxis.minimum"… */
  settings: Map<string, unknown>;
  /** setPosition's top-left and bottom-right cells. */
  position: { from: RangeRect; to: RangeRect } | null;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, string | number | boolean>;
  protected: boolean;
  protectOptions: unknown;
  visibility: string;
  tabColor: string | null;
  autoFilter: { range: RangeRect; column: number | null; criteria: unknown } | null;
  hiddenRows: Set<number>;
  freeze: string | null;
  /** Merged areas as A1 ranges, e.g. "A1:G1". */
  merges: string[];
  charts: FakeChart[];
}

/** Excel on the web's request limit. */
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** Excel on the web's response limit. */
export const WEB_RESPONSE_LIMIT = 5 * 1024 * 1024;
const WHOLE: RangeRect = { row: 0, col: 0, rows: 1048576, cols: 16384 };

class ExcelError extends Error {
  constructor(
    readonly code: string,
    detail = "",
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

/** The loaded properties of `data` ("values,rowIndex" or ["values"]), as Excel would send them back. */
function loadedPart(data: Record<string, unknown>, props: unknown): Record<string, unknown> {
  const names =
    typeof props === "string"
      ? props.split(",")
      : Array.isArray(props)
        ? props.map(String)
        : Object.keys(data).filter((k) => typeof data[k] !== "function");
  const part: Record<string, unknown> = {};
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    let value: unknown = data;
    for (const step of name.split(/[/.]/)) value = (value as Record<string, unknown> | undefined)?.[step];
    if (typeof value !== "function") part[name] = value;
  }
  return part;
}

type OnCall = (path: string, args: unknown[]) => void;

/** Records every property set and method call below it, e.g. format.font.bold= or conditionalFormats.add(). */
function recorder(onCall: OnCall, path = "", meta: Record<string, unknown> = {}): unknown {
  const join = (p: string) => (path ? `${path}.${p}` : p);
  return new Proxy(function () {}, {
    get: (_t, prop) => {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      return prop in meta ? meta[prop] : recorder(onCall, join(prop));
    },
    set: (_t, prop, value) => {
      onCall(`${join(String(prop))}=`, [value]);
      return true;
    },
    apply: (_t, _this, args) => {
      onCall(`${path}()`, args);
      return recorder(onCall, `${path}()`);
    },
  });
}

/** An Excel collection with only the methods given: any other member throws at once. */
function strictMembers(kind: string, members: Record<string, unknown>): unknown {
  return new Proxy(function () {}, {
    get: (_t, prop) => {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      if (prop in members) return members[prop];
      throw new Error(`fake Excel: ${kind}.${String(prop)} is not a member this stand-in knows`);
    },
    set: (_t, prop) => {
      throw new Error(`fake Excel: ${kind}.${String(prop)} cannot be set`);
    },
  });
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "H12", "A1:C3" or "5:9" → a rectangle. */
export function parseAddress(address: string): RangeRect {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows)
    return { row: Number(rows[1]) - 1, col: 0, rows: Number(rows[2]) - Number(rows[1]) + 1, cols: 16384 };
  const [a, b = a] = address.split(":");
  const pa = /^([A-Z]+)(\d+)$/i.exec(a);
  const pb = /^([A-Z]+)(\d+)$/i.exec(b);
  if (!pa || !pb) throw new Error(`fake Excel: address ${address}`);
  const row = Number(pa[2]) - 1;
  const col = colIndex(pa[1]);
  return { row, col, rows: Number(pb[2]) - row, cols: colIndex(pb[1]) - col + 1 };
}

/** Excel.ChartType values a chart can be added with (the rest of the enum is as valid, and as unused here). */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineStacked",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
]);
const oneOf =
  (...values: string[]) =>
  (v: unknown) =>
    typeof v === "string" && values.includes(v);
const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);
const isBool = (v: unknown) => typeof v === "boolean";
const isText = (v: unknown) => typeof v === "string";
const isColor = (v: unknown) => typeof v === "string" && /^#[0-9A-F]{6}$/i.test(v);
const TICK = oneOf("None", "Cross", "Inside", "Outside");
const FONT_SIZE = (v: unknown) => isNumber(v) && (v as number) >= 1 && (v as number) <= 409;

/** The chart members this stand-in knows, each with what Excel accepts: any other path throws. */
const CHART_PATHS: Record<string, (v: unknown) => boolean> = {
  "name=": isText,
  "title.text=": isText,
  "title.format.font.size=": FONT_SIZE,
  "title.format.font.bold=": isBool,
  "legend.visible=": isBool,
  "legend.position=": oneOf("Top", "Bottom", "Left", "Right", "Corner"),
  "axes.valueAxis.minimum=": isNumber,
  "axes.valueAxis.maximum=": isNumber,
  "axes.valueAxis.majorTickMark=": TICK,
  "axes.valueAxis.format.font.size=": FONT_SIZE,
  "axes.categoryAxis.majorTickMark=": TICK,
  "axes.categoryAxis.format.font.size=": FONT_SIZE,
  "axes.categoryAxis.reversePlotOrder=": isBool,
};
const SERIES_PATHS: Record<string, (v: unknown) => boolean> = {
  "name=": isText,
  "chartType=": (v) => typeof v === "string" && CHART_TYPES.has(v),
  "markerStyle=": oneOf("Automatic", "None", "Square", "Diamond", "Triangle", "Circle"),
  "gapWidth=": (v) => isNumber(v) && (v as number) >= 0 && (v as number) <= 500,
  "hasDataLabels=": isBool,
  "format.line.weight=": (v) => isNumber(v) && (v as number) > 0,
  "format.line.color=": isColor,
  "format.fill.setSolidColor()": isColor,
};

/** The sheet and rectangle of a range object this stand-in made, or null for anything else. */
function chartRange(value: unknown): ChartRange | null {
  const range = value as { __rect?: RangeRect; __sheet?: string } | null | undefined;
  if (typeof value !== "function" || !range?.__rect || typeof range.__sheet !== "string") return null;
  const rect = range.__rect;
  return rect.rows > 0 && rect.cols > 0 ? { sheet: range.__sheet, rect } : null;
}

/** The series charts.add makes of `source`: one per row or per column, as `seriesBy` says or Excel guesses. */
function seriesOf(source: ChartRange, seriesBy: string): FakeSeries[] {
  const { rect } = source;
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && rect.cols > rect.rows);
  const count = byRows ? rect.rows : rect.cols;
  return Array.from({ length: count }, (_, k) => ({
    name: `系列${k + 1}`,
    values: {
      sheet: source.sheet,
      rect: byRows
        ? { row: rect.row + k, col: rect.col, rows: 1, cols: rect.cols }
        : { row: rect.row, col: rect.col + k, rows: rect.rows, cols: 1 },
    },
    categories: null,
    settings: new Map(),
    points: new Map(),
  }));
}

/** A range of one row or one column: what a series' values and categories must be. */
const lineRange = (value: unknown): ChartRange | null => {
  const r = chartRange(value);
  return r && (r.rect.rows === 1 || r.rect.cols === 1) ? r : null;
};

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  /** Every command applied, in order, with "sync" markers between batches. */
  readonly commands: Command[] = [];
  readonly context: Excel.RequestContext & { sync: () => Promise<void> };
  active: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** The next n syncs fail as if the user were typing in a cell. */
  cellEditFailures = 0;
  /** Requests above this many bytes fail (Excel on the web); desktop Excel has no such limit. */
  requestLimit = WEB_REQUEST_LIMIT;
  /** How many times getMergedAreasOrNullObject was called (ExcelApi 1.13). */
  mergedAreaReads = 0;
  /** Responses above this many bytes fail (Excel on the web). */
  responseLimit = WEB_RESPONSE_LIMIT;
  /** Bytes of each request that reached Excel. */
  readonly requestBytes: number[] = [];
  /** Bytes of each response: the JSON of the properties the batch loaded. */
  readonly responseBytes: number[] = [];
  /** What the current batch loaded, sized at sync. */
  private pendingLoads: Array<() => number> = [];
  private pending: Command[] = [];
  private readonly mock: OfficeMockObject;
  private readonly nodes: OfficeMockObject[] = [];

  constructor(
    sheets: Array<{
      name: string;
      rows?: Array<Array<string | number | null>>;
      protected?: boolean;
      merges?: string[];
    }> = [],
  ) {
    for (const s of sheets) {
      const sheet = this.newSheet(s.name);
      sheet.protected = s.protected ?? false;
      sheet.merges = s.merges ?? [];
      (s.rows ?? []).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== "") sheet.cells.set(`${r},${c}`, v);
        }),
      );
    }
    this.mock = new OfficeMockObject({});
    const worksheets = {
      getItem: (name: string) => this.handle(name, false),
      getItemOrNullObject: (name: string) => this.handle(name, true),
      getActiveWorksheet: () => this.handle(this.active ?? this.sheets[0]?.name ?? "", false),
      // Every sheet, hidden and very hidden ones too (getCount(false), as Excel counts by default).
      getCount: () => this.clientResult("", () => this.sheets.length),
      add: (name: string) => {
        this.queue(name, null, "add()", []);
        return this.handle(name, false, true);
      },
    };
    const application = {
      suspendApiCalculationUntilNextSync: () => this.queue("", null, "suspendCalculation()", []),
    };
    const workbook = { worksheets, application };
    const baseSync = this.mock.sync.bind(this.mock);
    const sync = async () => {
      this.commit();
      await baseSync();
      await Promise.all(this.nodes.map((n) => n.sync()));
      // Let the mock's nested property updates settle before the caller reads.
      await new Promise((resolve) => setImmediate(resolve));
    };
    this.context = Object.assign(this.mock, {
      workbook,
      application,
      sync,
    }) as unknown as Excel.RequestContext & {
      sync: () => Promise<void>;
    };
  }

  /** Runs a batch as Excel.run would. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context);

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake Excel: no sheet ${name}`);
    return s;
  }

  has(name: string): boolean {
    return this.sheets.some((s) => s.name === name);
  }

  /** The value of a cell as Excel shows it (formulas as their text: this stand-in does not calculate). */
  cell(sheet: string, address: string): string | number | boolean | null {
    const { row, col } = parseAddress(address);
    return this.sheet(sheet).cells.get(`${row},${col}`) ?? null;
  }

  /** Rows of a sheet from A1, blanks null. */
  rows(sheet: string): Array<Array<string | number | boolean | null>> {
    const s = this.sheet(sheet);
    let maxR = -1;
    let maxC = -1;
    for (const key of s.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    return Array.from({ length: maxR + 1 }, (_, r) =>
      Array.from({ length: maxC + 1 }, (_, c) => s.cells.get(`${r},${c}`) ?? null),
    );
  }

  /** Sets a cell as a user would type it. */
  type(sheet: string, address: string, value: string | number | null): void {
    const { row, col } = parseAddress(address);
    if (value === null) this.sheet(sheet).cells.delete(`${row},${col}`);
    else this.sheet(sheet).cells.set(`${row},${col}`, value);
  }

  commandsOn(sheet: string, path?: string): Command[] {
    return this.commands.filter((c) => c.sheet === sheet && (path === undefined || c.path === path));
  }

  private newSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      protected: false,
      protectOptions: null,
      visibility: "Visible",
      tabColor: null,
      autoFilter: null,
      hiddenRows: new Set(),
      freeze: null,
      merges: [],
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  private queue(
    sheet: string,
    range: RangeRect | null,
    path: string,
    args: unknown[],
    run?: () => void,
  ): void {
    this.pending.push({ sheet, range, path, args, ...(run ? { run } : {}) });
  }

  /** A new mock object that context.sync() syncs, so that it delivers what was loaded on it. */
  private node(data: Record<string, unknown>): OfficeMockObject & Record<string, unknown> {
    const node = new OfficeMockObject(data as never);
    this.nodes.push(node);
    const load = node.load.bind(node);
    // Every load is part of the next response: its size counts against Excel on the web's 5 MB.
    Object.assign(node, {
      load: (props?: unknown) => {
        this.pendingLoads.push(() => Buffer.byteLength(JSON.stringify(loadedPart(data, props))));
        return load(props as never);
      },
    });
    return strict(node) as OfficeMockObject & Record<string, unknown>;
  }

  /** A range's cells as a loadable object (values, text, position), as of the load. */
  private rangeData(name: string, rect: RangeRect): Record<string, unknown> {
    const sheet = this.sheets.find((s) => s.name === name);
    const values = Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => sheet?.cells.get(`${rect.row + r},${rect.col + c}`) ?? ""),
    );
    return {
      values,
      text: values.map((row) => row.map((v) => String(v))),
      rowIndex: rect.row,
      columnIndex: rect.col,
      rowCount: rect.rows,
      columnCount: rect.cols,
    };
  }

  private rangeRecorder(sheet: string, rect: RangeRect): unknown {
    let loaded: (OfficeMockObject & Record<string, unknown>) | null = null;
    const read = (prop: string) => {
      if (!loaded)
        throw new ExcelError("PropertyNotLoaded", `range.${prop} was read before load() and sync()`);
      return loaded[prop];
    };
    const meta: Record<string, unknown> = {
      __rect: rect,
      __sheet: sheet,
      getMergedAreasOrNullObject: () => this.mergedAreas(sheet, rect),
      // Values are read on ranges the code loaded, e.g. row slices of a large sheet; writes are still recorded.
      load: (props: unknown) => {
        if (rect.rows * rect.cols > 5_000_000)
          throw new Error(`fake Excel: loading ${rect.rows}×${rect.cols} cells`);
        loaded = this.node(this.rangeData(sheet, rect));
        loaded.load(props as never);
        return proxy;
      },
    };
    for (const prop of ["values", "text", "rowIndex", "columnIndex", "rowCount", "columnCount"])
      Object.defineProperty(meta, prop, { get: () => read(prop), enumerable: true });
    const proxy = recorder((path, args) => this.queue(sheet, rect, path, args), "", meta);
    return proxy;
  }

  /** The merged areas inside `rect`, as RangeAreas: an address "分解表!A1:G1, 分解表!B3:B5", or a null object. */
  private mergedAreas(name: string, rect: RangeRect): unknown {
    this.mergedAreaReads++;
    const inside = (this.sheets.find((s) => s.name === name)?.merges ?? []).filter((a) => {
      const r = parseAddress(a);
      return (
        r.row >= rect.row && r.col >= rect.col && r.row < rect.row + rect.rows && r.col < rect.col + rect.cols
      );
    });
    const node = this.node({ address: inside.map((a) => `${name}!${a}`).join(", ") });
    node.isNullObject = inside.length === 0;
    return node;
  }

  private handle(name: string, orNull: boolean, added = false): unknown {
    const existing = this.sheets.find((s) => s.name === name);
    // getItem of a missing sheet fails at sync, unless an earlier command of the batch added it.
    if (!orNull && !added) this.queue(name, null, "exists?", []);
    const onSheet =
      (path: string) =>
      (...args: unknown[]) =>
        this.queue(name, null, path, args);
    const node = this.node({
      name,
      position: existing ? this.sheets.indexOf(existing) : -1,
      protection: {
        protected: existing?.protected ?? false,
        protect: onSheet("protection.protect()"),
        unprotect: onSheet("protection.unprotect()"),
      },
      autoFilter: {
        enabled: existing?.autoFilter !== null && existing !== undefined,
        apply: onSheet("autoFilter.apply()"),
        remove: onSheet("autoFilter.remove()"),
        clearCriteria: onSheet("autoFilter.clearCriteria()"),
      },
      freezePanes: recorder((path, args) => this.queue(name, null, `freezePanes.${path}`, args)),
      pageLayout: recorder((path, args) => this.queue(name, null, `pageLayout.${path}`, args)),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        this.rangeRecorder(name, { row, col, rows, cols }),
      getRange: (address?: string) => this.rangeRecorder(name, address ? parseAddress(address) : WHOLE),
      getUsedRangeOrNullObject: () => this.usedRange(name),
      charts: this.chartCollection(name),
      activate: onSheet("activate()"),
      delete: onSheet("delete()"),
    });
    // Excel sets isNullObject at sync whether or not it was loaded.
    node.isNullObject = !existing && !added;
    return new Proxy(node, {
      // The mock's own bookkeeping in load() writes properties: let it write to the mock, not record them.
      get: (target, prop) => (prop === "load" ? target.load.bind(target) : target[prop as string]),
      set: (target, prop, value) => {
        if (["position", "visibility", "tabColor"].includes(String(prop)))
          this.queue(name, null, `${String(prop)}=`, [value]);
        else target[String(prop)] = value;
        return true;
      },
    });
  }

  private usedRange(name: string): unknown {
    const existing = this.sheets.find((s) => s.name === name);
    const cells = existing ? [...existing.cells.keys()].map((k) => k.split(",").map(Number)) : [];
    if (cells.length === 0) {
      const empty = this.node({
        values: [],
        text: [],
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 0,
        columnCount: 0,
      });
      empty.isNullObject = true;
      return empty;
    }
    // A loop, not Math.min(...cells): a large sheet has more cells than a call takes arguments.
    let [r0, c0, r1, c1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [r, c] of cells) {
      [r0, c0, r1, c1] = [Math.min(r0, r), Math.min(c0, c), Math.max(r1, r), Math.max(c1, c)];
    }
    const values = Array.from({ length: r1 - r0 + 1 }, (_, r) =>
      Array.from({ length: c1 - c0 + 1 }, (_, c) => existing?.cells.get(`${r0 + r},${c0 + c}`) ?? ""),
    );
    const text = values.map((row) => row.map((v) => String(v)));
    const node = this.node({
      values,
      text,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: r1 - r0 + 1,
      columnCount: c1 - c0 + 1,
    });
    node.isNullObject = false;
    return node;
  }

  /** Fails the batch at sync as Excel does. */
  private fail(code: string, detail: string): never {
    throw new ExcelError(code, detail);
  }

  /** The sheet's charts as worksheet.charts: add, getItemAt, getCount. */
  private chartCollection(name: string): unknown {
    const queueOn = (path: string, args: unknown[], run: () => void) =>
      this.queue(name, null, path, args, () => {
        const sheet = this.sheets.find((x) => x.name === name);
        if (!sheet) this.fail("ItemNotFound", name);
        if (sheet.protected) this.fail("AccessDenied", `${name} is protected`);
        run();
      });
    const collection = {
      add: (type: unknown, source: unknown, seriesBy: unknown = "Auto") => {
        const slot: { chart?: FakeChart } = {};
        const range = chartRange(source);
        queueOn("charts.add()", [type, range, seriesBy], () => {
          if (typeof type !== "string" || !CHART_TYPES.has(type))
            this.fail("InvalidArgument", `type ${type}`);
          if (!range) this.fail("InvalidArgument", "charts.add: the source is not a range of this workbook");
          if (!oneOf("Auto", "Columns", "Rows")(seriesBy))
            this.fail("InvalidArgument", `seriesBy ${seriesBy}`);
          const chart: FakeChart = {
            type,
            source: range,
            name: `图表 ${this.sheet(name).charts.length + 1}`,
            series: seriesOf(range, String(seriesBy)),
            settings: new Map(),
            position: null,
          };
          this.sheet(name).charts.push(chart);
          slot.chart = chart;
        });
        return this.chartHandle(name, () => slot.chart ?? this.fail("ItemNotFound", "chart"));
      },
      getItemAt: (index: number) =>
        this.chartHandle(
          name,
          () => this.sheet(name).charts[index] ?? this.fail("ItemNotFound", `chart ${index}`),
        ),
      getCount: () => this.clientResult(name, () => this.sheet(name).charts.length),
    };
    return strictMembers("ChartCollection", collection);
  }

  /** A ClientResult: its value is what Excel counted when the batch ran, readable only after that sync. */
  private clientResult(sheet: string, measure: () => number): { value: number } {
    let value: number | null = null;
    this.queue(sheet, null, "getCount()", [], () => {
      value = measure();
    });
    this.pendingLoads.push(() => 16);
    return {
      get value() {
        if (value === null) throw new ExcelError("PropertyNotLoaded", "value was read before sync()");
        return value;
      },
    };
  }

  /** A chart: its commands resolve `target` when the batch runs, as Excel resolves getItemAt then. */
  private chartHandle(sheet: string, target: () => FakeChart): unknown {
    let loaded: { name: string; type: string } | null = null;
    const queueRun = (path: string, args: unknown[], run: (chart: FakeChart) => void) =>
      this.queue(sheet, null, `chart.${path}`, args, () => {
        if (this.sheet(sheet).protected) this.fail("AccessDenied", `${sheet} is protected`);
        run(target());
      });
    const onCall: OnCall = (path, args) => {
      const check = CHART_PATHS[path];
      if (!check) throw new Error(`fake Excel: Chart.${path} is not a member this stand-in knows`);
      queueRun(path, args, (chart) => {
        if (!check(args[0])) this.fail("InvalidArgument", `Chart.${path} ${JSON.stringify(args[0])}`);
        if (path === "name=") chart.name = String(args[0]);
        else chart.settings.set(path.replace(/=$/, ""), args[0]);
      });
    };
    const series = strictMembers("ChartSeriesCollection", {
      getItemAt: (index: number) =>
        this.seriesHandle(
          sheet,
          queueRun,
          (chart) => chart.series[index] ?? this.fail("ItemNotFound", `series ${index}`),
        ),
      add: (seriesName: unknown) => {
        const slot: { series?: FakeSeries } = {};
        queueRun("series.add()", [seriesName], (chart) => {
          if (typeof seriesName !== "string") this.fail("InvalidArgument", "series name");
          slot.series = {
            name: seriesName,
            values: null,
            categories: null,
            settings: new Map(),
            points: new Map(),
          };
          chart.series.push(slot.series);
        });
        return this.seriesHandle(sheet, queueRun, () => slot.series ?? this.fail("ItemNotFound", "series"));
      },
    });
    const meta: Record<string, unknown> = {
      series,
      setPosition: (from: unknown, to: unknown) => {
        const a = chartRange(from);
        const b = chartRange(to);
        queueRun("setPosition()", [a, b], (chart) => {
          if (!a || !b || a.sheet !== sheet || b.sheet !== sheet)
            this.fail("InvalidArgument", "setPosition: cells of the chart's sheet");
          chart.position = { from: a.rect, to: b.rect };
        });
      },
      delete: () =>
        queueRun("delete()", [], (chart) => {
          const list = this.sheet(sheet).charts;
          list.splice(list.indexOf(chart), 1);
        }),
      load: (props: unknown) => {
        queueRun("load()", [props], (chart) => {
          loaded = { name: chart.name, type: chart.type };
        });
        this.pendingLoads.push(() => 64);
        return proxy;
      },
    };
    for (const prop of ["name", "chartType"] as const)
      Object.defineProperty(meta, prop, {
        get: () => {
          if (!loaded)
            throw new ExcelError("PropertyNotLoaded", `chart.${prop} was read before load() and sync()`);
          return prop === "name" ? loaded.name : loaded.type;
        },
      });
    const proxy = recorder(onCall, "", meta);
    return proxy;
  }

  /** A chart series: values and categories from ranges, fills, points and the settings Excel checks. */
  private seriesHandle(
    sheet: string,
    queueRun: (path: string, args: unknown[], run: (chart: FakeChart) => void) => void,
    target: (chart: FakeChart) => FakeSeries,
  ): unknown {
    const onCall: OnCall = (path, args) => {
      const check = SERIES_PATHS[path];
      if (!check) throw new Error(`fake Excel: ChartSeries.${path} is not a member this stand-in knows`);
      queueRun(`series.${path}`, args, (chart) => {
        const series = target(chart);
        if (!check(args[0])) this.fail("InvalidArgument", `ChartSeries.${path} ${JSON.stringify(args[0])}`);
        if (path === "name=") series.name = String(args[0]);
        else series.settings.set(path.replace(/=$/, ""), args[0]);
      });
    };
    const setRange = (which: "values" | "categories", method: string) => (value: unknown) => {
      const range = lineRange(value);
      queueRun(`series.${method}()`, [range], (chart) => {
        if (!range)
          this.fail("InvalidArgument", `ChartSeries.${method}: one row or one column of this workbook`);
        target(chart)[which] = range;
      });
    };
    const points = strictMembers("ChartPointsCollection", {
      getItemAt: (index: number) =>
        recorder((path, args) => {
          if (path !== "format.fill.setSolidColor()")
            throw new Error(`fake Excel: ChartPoint.${path} is not a member this stand-in knows`);
          queueRun(`series.points.${path}`, [index, ...args], (chart) => {
            const series = target(chart);
            const r = series.values?.rect;
            if (!r || !Number.isInteger(index) || index < 0 || index >= r.rows * r.cols)
              this.fail("InvalidArgument", `point ${index} of ${series.name}`);
            if (!isColor(args[0])) this.fail("InvalidArgument", `colour ${JSON.stringify(args[0])}`);
            series.points.set(index, String(args[0]));
          });
        }),
    });
    return recorder(onCall, "", {
      points,
      setValues: setRange("values", "setValues"),
      setXAxisValues: setRange("categories", "setXAxisValues"),
      delete: () =>
        queueRun("series.delete()", [], (chart) => {
          chart.series.splice(chart.series.indexOf(target(chart)), 1);
        }),
    });
  }

  private commit(): void {
    const batch = this.pending;
    if (process.env.FAKE_DEBUG) console.log(JSON.stringify(batch.map((c) => [c.sheet, c.path])));
    this.pending = [];
    const bytes = batch.reduce((sum, c) => sum + Buffer.byteLength(JSON.stringify(c.args) ?? "") + 100, 0);
    this.requestBytes.push(bytes);
    const loads = this.pendingLoads;
    this.pendingLoads = [];
    if (this.cellEditFailures > 0) {
      this.cellEditFailures--;
      throw new ExcelError("InvalidOperationInCellEditMode");
    }
    if (bytes > this.requestLimit)
      throw new ExcelError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    const response = loads.reduce((sum, size) => sum + size(), 0);
    this.responseBytes.push(response);
    if (response > this.responseLimit)
      throw new ExcelError("RequestPayloadSizeLimitExceeded", `response of ${response} bytes`);
    for (const c of batch) {
      this.apply(c);
      this.commands.push(c);
    }
    this.commands.push({ sheet: "", range: null, path: "sync", args: [] });
  }

  private apply(c: Command): void {
    if (c.run) return c.run();
    if (c.path === "suspendCalculation()") return;
    if (c.path === "exists?") {
      if (!this.has(c.sheet)) throw new ExcelError("ItemNotFound");
      return;
    }
    if (c.path === "add()") {
      if (this.has(c.sheet)) throw new ExcelError("ItemAlreadyExists");
      this.newSheet(c.sheet);
      return;
    }
    const sheet = this.sheets.find((s) => s.name === c.sheet);
    if (!sheet) throw new ExcelError("ItemNotFound");
    if (c.range) return this.applyRange(sheet, c.range, c.path, c.args);
    switch (c.path) {
      case "protection.protect()":
        if (sheet.protected) throw new ExcelError("AccessDenied");
        sheet.protected = true;
        sheet.protectOptions = c.args[0];
        return;
      case "protection.unprotect()":
        if (!sheet.protected) throw new ExcelError("AccessDenied");
        sheet.protected = false;
        return;
      case "delete()":
        this.sheets.splice(this.sheets.indexOf(sheet), 1);
        return;
      case "activate()":
        this.active = sheet.name;
        return;
      case "position=": {
        this.sheets.splice(this.sheets.indexOf(sheet), 1);
        this.sheets.splice(Number(c.args[0]), 0, sheet);
        return;
      }
      case "visibility=":
        if (c.args[0] === "Hidden" && this.active === sheet.name) throw new ExcelError("InvalidOperation");
        sheet.visibility = String(c.args[0]);
        return;
      case "tabColor=":
        sheet.tabColor = String(c.args[0]);
        return;
      case "autoFilter.apply()": {
        if (sheet.protected) throw new ExcelError("AccessDenied");
        const range = c.args[0] as { __rect?: RangeRect } | undefined;
        sheet.autoFilter = {
          range: range?.__rect ?? WHOLE,
          column: (c.args[1] as number) ?? null,
          criteria: c.args[2] ?? null,
        };
        return;
      }
      case "autoFilter.remove()":
        sheet.autoFilter = null;
        return;
      case "autoFilter.clearCriteria()":
        if (sheet.autoFilter) sheet.autoFilter.criteria = null;
        return;
      default:
        if (c.path.startsWith("freezePanes.")) sheet.freeze = `${c.path}${JSON.stringify(c.args)}`;
    }
  }

  private applyRange(sheet: FakeSheet, rect: RangeRect, path: string, args: unknown[]): void {
    if (path === "select()") {
      this.selection = { sheet: sheet.name, address: `${rect.row},${rect.col}` };
      return;
    }
    if (sheet.protected) throw new ExcelError("AccessDenied");
    if (path === "values=" || path === "formulas=") {
      const grid = args[0] as unknown[][];
      if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.cols))
        throw new ExcelError("InvalidArgument");
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          const key = `${rect.row + r},${rect.col + c}`;
          if (v === "" || v === null) sheet.cells.delete(key);
          // A leading apostrophe is Excel's text prefix, not part of the value.
          else
            sheet.cells.set(
              key,
              typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as string | number),
            );
        }),
      );
    } else if (path === "clear()") {
      for (const key of [...sheet.cells.keys()]) {
        const [r, c] = key.split(",").map(Number);
        if (r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols)
          sheet.cells.delete(key);
      }
    } else if (path === "rowHidden=") {
      if (args[0]) for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.hiddenRows.add(r);
      else
        for (const r of [...sheet.hiddenRows])
          if (r >= rect.row && r < rect.row + rect.rows) sheet.hiddenRows.delete(r);
    }
  }
}
