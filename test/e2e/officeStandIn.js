/* global window, setTimeout */
// An Office host stand-in for the browser test: served in place of office.js, it says the page runs in Excel
// and gives Excel.run an in-memory workbook, as strict as Excel: a property read before load() and sync()
// throws PropertyNotLoaded, writes apply at sync, and the host profile (window.__officeProfile: web by
// default, m365, excel2019, excel2016) sets the ExcelApi version (newer members fail with ApiNotFound) and,
// on the web, the 5 MB request and response limits (RequestPayloadSizeLimitExceeded). Values and formulas are kept per cell;
// formulas are computed by HyperFormula (injected by the test before this script), so the pane reads real
// statuses and scores. Formatting, validation and the like are accepted and ignored. window.__excel lets the
// test look at the workbook and type into it as a user would.
(function () {
  "use strict";
  const HyperFormula = window.HyperFormula.HyperFormula || window.HyperFormula;
  const WHOLE = { row: 0, col: 0, rows: 1048576, cols: 16384 };
  const state = {
    sheets: new Map(),
    active: null,
    selection: null,
    syncs: 0,
    engine: null,
    /** Bytes of each request and response (JSON of the queued writes, of the loaded properties). */
    requests: [],
    responses: [],
  };

  function colIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function colLetters(col) {
    let n = col + 1;
    let out = "";
    while (n > 0) {
      out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
      n = Math.floor((n - 1) / 26);
    }
    return out;
  }
  /** "H12", "A1:C3", "5:9" or "B:D" → a rectangle. */
  function parseAddress(address) {
    const bare = address.includes("!") ? address.split("!").pop() : address;
    const rows = /^(\d+):(\d+)$/.exec(bare);
    if (rows) return { row: +rows[1] - 1, col: 0, rows: +rows[2] - +rows[1] + 1, cols: WHOLE.cols };
    const cols = /^([A-Z]+):([A-Z]+)$/i.exec(bare);
    if (cols)
      return {
        row: 0,
        col: colIndex(cols[1]),
        rows: WHOLE.rows,
        cols: colIndex(cols[2]) - colIndex(cols[1]) + 1,
      };
    const [a, b = a] = bare.replace(/\$/g, "").split(":");
    const pa = /^([A-Z]+)(\d+)$/i.exec(a);
    const pb = /^([A-Z]+)(\d+)$/i.exec(b);
    if (!pa || !pb) throw new Error(`stand-in Excel: cannot read address ${address}`);
    const row = +pa[2] - 1;
    const col = colIndex(pa[1]);
    return { row, col, rows: +pb[2] - row, cols: colIndex(pb[1]) - col + 1 };
  }
  function a1(rect) {
    const first = `${colLetters(rect.col)}${rect.row + 1}`;
    const last = `${colLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
    return first === last ? first : `${first}:${last}`;
  }

  /** A host profile, chosen by the test (window.__officeProfile) before this script runs. */
  const MB = 5 * 1024 * 1024;
  const PROFILES = {
    // Excel on the web: the newest API and the 5 MB request and response limits.
    web: { platform: "OfficeOnline", excelApi: 17, requestLimit: MB, responseLimit: MB },
    // Microsoft 365 on Windows (WebView2): the newest API, no payload limit.
    m365: { platform: "PC", excelApi: 17, requestLimit: Infinity, responseLimit: Infinity },
    // Volume-licensed Office 2019: ExcelApi 1.7, no data validation (1.8), AutoFilter or page layout (1.9).
    excel2019: { platform: "PC", excelApi: 7, requestLimit: Infinity, responseLimit: Infinity },
    // An Excel 2016 without updates: ExcelApi 1.4, below what the pane needs.
    excel2016: { platform: "PC", excelApi: 4, requestLimit: Infinity, responseLimit: Infinity },
  };
  const profileName = window.__officeProfile || "web";
  const profile = PROFILES[profileName];
  if (!profile) throw new Error(`stand-in Excel: unknown profile ${profileName}`);
  /** The ExcelApi minor version that brought each member the pane may touch (beyond it: ApiNotFound). */
  const API_VERSION = {
    getItemOrNullObject: 4,
    getUsedRangeOrNullObject: 4,
    conditionalFormats: 6,
    suspendApiCalculationUntilNextSync: 6,
    getRangeByIndexes: 7,
    freezePanes: 7,
    tabColor: 7,
    style: 7,
    dataValidation: 8,
    autoFilter: 9,
    pageLayout: 9,
    suspendScreenUpdatingUntilNextSync: 9,
    getMergedAreasOrNullObject: 13,
    // Charts: charts.add, getItemAt and the title and legend are 1.1, getCount 1.4, the rest of what the pane
    // sets on a chart 1.7.
    setValues: 7,
    setXAxisValues: 7,
    chartType: 7,
    markerStyle: 7,
    gapWidth: 7,
    hasDataLabels: 7,
    majorTickMark: 7,
    reversePlotOrder: 7,
    weight: 7,
  };

  /** What Excel throws: an OfficeExtension.Error with a code. */
  class OfficeError extends Error {
    constructor(code, message) {
      super(`${code}: ${message}`);
      this.name = "RichApi.Error";
      this.code = code;
    }
  }
  window.OfficeExtension = { Error: OfficeError };

  /** Fails the batch at sync when `member` is newer than the profile's ExcelApi. */
  function gate(ctx, member) {
    const version = API_VERSION[member];
    if (version !== undefined && version > profile.excelApi)
      ctx.fail(`ApiNotFound: ${member} needs ExcelApi 1.${version}, this host has 1.${profile.excelApi}`);
  }

  /** Accepts any property write or call (formats, validation, print setup...), counted in the request. */
  function sink(ctx) {
    return new Proxy(function () {}, {
      get: (_t, prop) => {
        if (prop === "then" || typeof prop === "symbol") return undefined;
        if (prop === "isNullObject") return false;
        gate(ctx, prop);
        return sink(ctx);
      },
      set: (_t, prop, value) => {
        gate(ctx, prop);
        ctx.count(value);
        return true;
      },
      apply: (_t, _this, args) => {
        ctx.count(args);
        return sink(ctx);
      },
    });
  }

  /**
   * An Excel object. `props` (name → getter) are read only after load() and sync(), from a snapshot taken at
   * the sync, or PropertyNotLoaded; `setters` are queued writes, applied at sync in order; `members` are
   * methods and child objects; anything else is a sink (or ApiNotFound beyond the profile).
   */
  function excelObject(ctx, kind, props, setters, members) {
    const loaded = new Map();
    const load = (what) => {
      let names;
      if (what === undefined) names = Object.keys(props);
      else if (Array.isArray(what)) names = what;
      else if (typeof what === "object") names = String(what.select || "").split(",");
      else names = String(what).split(",");
      for (const raw of names.map((n) => n.trim()).filter(Boolean)) {
        const [head, ...rest] = raw.split(/[/.]/);
        if (rest.length > 0 && head in members) members[head].load(rest.join("/"));
        else if (head in props)
          ctx.loads.push(() => loaded.set(head, props[head]()) && { [head]: loaded.get(head) });
        else if (members.isNullObject !== true)
          throw new Error(`stand-in Excel: ${kind}.load("${raw}") is not a property this stand-in knows`);
      }
      return proxy;
    };
    const proxy = new Proxy(
      {},
      {
        get: (_t, prop) => {
          if (prop === "then" || prop === "toJSON" || typeof prop === "symbol") return undefined;
          if (prop === "load") return load;
          if (prop in props) {
            if (!loaded.has(prop))
              throw new OfficeError("PropertyNotLoaded", `${kind}.${prop} was read before load() and sync()`);
            return loaded.get(prop);
          }
          gate(ctx, prop);
          if (prop in members) return members[prop];
          return sink(ctx);
        },
        set: (_t, prop, value) => {
          gate(ctx, prop);
          if (prop in setters) ctx.queue(value, () => setters[prop](value));
          else ctx.count(value);
          return true;
        },
      },
    );
    return proxy;
  }

  /** What a getItemOrNullObject or getUsedRangeOrNullObject gives for nothing. */
  function nullObject(ctx, kind) {
    return excelObject(ctx, kind, {}, {}, { isNullObject: true });
  }

  function newSheet(name) {
    const sheet = {
      name,
      cells: new Map(),
      protected: false,
      hiddenRows: new Set(),
      autoFilter: null,
      visibility: "Visible",
      /** Charts in the order added: type, name, title, series (name, values, categories), position. */
      charts: [],
    };
    state.sheets.set(name, sheet);
    state.engine = null;
    return sheet;
  }
  function key(r, c) {
    return `${r},${c}`;
  }
  function usedRect(sheet) {
    let maxR = -1;
    let maxC = -1;
    let minR = Infinity;
    let minC = Infinity;
    for (const k of sheet.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
    }
    return maxR < 0 ? null : { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
  }
  function clip(sheet, rect) {
    const used = usedRect(sheet);
    if (!used) return { row: rect.row, col: rect.col, rows: 0, cols: 0 };
    const rows = Math.min(rect.row + rect.rows, used.row + used.rows) - rect.row;
    const cols = Math.min(rect.col + rect.cols, used.col + used.cols) - rect.col;
    return { row: rect.row, col: rect.col, rows: Math.max(0, rows), cols: Math.max(0, cols) };
  }

  /** Every sheet in one HyperFormula engine, rebuilt after any write. */
  function engine() {
    if (state.engine) return state.engine;
    const sheets = {};
    for (const sheet of state.sheets.values()) {
      const used = usedRect(sheet);
      const rows = used ? used.row + used.rows : 0;
      const cols = used ? used.col + used.cols : 0;
      const grid = Array.from({ length: rows }, () => Array(cols).fill(null));
      for (const [k, v] of sheet.cells) {
        const [r, c] = k.split(",").map(Number);
        grid[r][c] = v;
      }
      sheets[sheet.name] = grid;
    }
    state.engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
    return state.engine;
  }
  function valueAt(sheet, r, c) {
    const raw = sheet.cells.get(key(r, c));
    if (raw === undefined) return "";
    if (typeof raw === "string" && raw.startsWith("'")) return raw.slice(1);
    if (typeof raw === "string" && raw.startsWith("=")) {
      const hf = engine();
      const v = hf.getCellValue({ sheet: hf.getSheetId(sheet.name), row: r, col: c });
      if (v === null || v === undefined) return 0;
      if (typeof v === "object") return v.value || "#VALUE!";
      return v;
    }
    return raw;
  }
  function write(sheet, rect, grid) {
    grid.forEach((line, r) =>
      line.forEach((v, c) => {
        const k = key(rect.row + r, rect.col + c);
        if (v === "" || v === null || v === undefined) sheet.cells.delete(k);
        else sheet.cells.set(k, v);
      }),
    );
    state.engine = null;
  }

  function range(ctx, sheet, rect) {
    const cells = (pick) => () => {
      const c = clip(sheet, rect);
      return Array.from({ length: c.rows }, (_, i) =>
        Array.from({ length: c.cols }, (_, j) => pick(c.row + i, c.col + j)),
      );
    };
    const setRowHidden = (hidden) => {
      const last = Math.min(rect.row + rect.rows, rect.row + 100000);
      for (let i = rect.row; i < last; i++) {
        if (hidden) sheet.hiddenRows.add(i);
        else sheet.hiddenRows.delete(i);
      }
    };
    const self = excelObject(
      ctx,
      "Range",
      {
        values: cells((r, c) => valueAt(sheet, r, c)),
        text: cells((r, c) => String(valueAt(sheet, r, c))),
        formulas: cells((r, c) => {
          const raw = sheet.cells.get(key(r, c));
          return raw === undefined ? "" : raw;
        }),
        rowIndex: () => rect.row,
        columnIndex: () => rect.col,
        rowCount: () => rect.rows,
        columnCount: () => rect.cols,
        address: () => `${sheet.name}!${a1(rect)}`,
        rowHidden: () => sheet.hiddenRows.has(rect.row),
      },
      {
        values: (grid) => write(sheet, rect, grid),
        formulas: (grid) => write(sheet, rect, grid),
        rowHidden: setRowHidden,
      },
      {
        isNullObject: false,
        select: () =>
          ctx.queue(null, () => {
            state.active = sheet.name;
            state.selection = { sheet: sheet.name, address: a1(rect) };
          }),
        clear: () =>
          ctx.queue(null, () => {
            for (const k of [...sheet.cells.keys()]) {
              const [i, j] = k.split(",").map(Number);
              if (i >= rect.row && i < rect.row + rect.rows && j >= rect.col && j < rect.col + rect.cols)
                sheet.cells.delete(k);
            }
            state.engine = null;
          }),
        getCell: (i, j) => range(ctx, sheet, { row: rect.row + i, col: rect.col + j, rows: 1, cols: 1 }),
        getMergedAreasOrNullObject: () => nullObject(ctx, "RangeAreas"),
        __rect: rect,
        __sheet: sheet,
      },
    );
    return self;
  }

  /** A ClientResult: what Excel counted when the batch ran, readable only after that sync. */
  function clientCount(ctx, what, measure) {
    const result = { done: false, count: 0 };
    ctx.loads.push(() => {
      result.done = true;
      result.count = measure();
      return { value: result.count };
    });
    return {
      get value() {
        if (!result.done) throw new OfficeError("PropertyNotLoaded", `${what} was read before sync()`);
        return result.count;
      },
    };
  }

  const CHART_TYPES = ["ColumnClustered", "BarClustered", "Line"];

  /** The address of a range given to a chart, which must be one of this sheet's ranges with cells. */
  function chartRange(ctx, sheet, r, what) {
    const rect = r && r.__rect;
    if (!rect || r.__sheet !== sheet || rect.rows < 1 || rect.cols < 1 || rect.rows * rect.cols > 100000) {
      ctx.fail(`InvalidArgument: ${what} is not a range of ${sheet.name}`);
      return null;
    }
    return a1(rect);
  }

  /** A command on what `find` gives when the batch runs it, or ItemNotFound when that is nothing. */
  function onFound(ctx, find, what) {
    return (apply) => () => {
      const item = find();
      if (!item) ctx.fail(`ItemNotFound: ${what}`);
      else apply(item);
    };
  }

  /** One series of a chart, found when the batch runs (getItemAt(i) names whatever is at i then). */
  function chartSeries(ctx, sheet, find) {
    const at = onFound(ctx, find, "chart series");
    return excelObject(
      ctx,
      "ChartSeries",
      {},
      {
        name: (v) =>
          at((series) => {
            series.name = v;
          })(),
      },
      {
        setValues: (r) => {
          const address = chartRange(ctx, sheet, r, "series values");
          ctx.queue(
            address,
            at((series) => (series.values = address)),
          );
        },
        setXAxisValues: (r) => {
          const address = chartRange(ctx, sheet, r, "series categories");
          ctx.queue(
            address,
            at((series) => (series.categories = address)),
          );
        },
      },
    );
  }

  /** A chart: added at sync, its title, series and place set by the commands after the add, in order. */
  function chart(ctx, sheet, find) {
    const at = onFound(ctx, find, "chart");
    return excelObject(
      ctx,
      "Chart",
      {},
      {
        name: (v) =>
          at((c) => {
            c.name = v;
          })(),
      },
      {
        title: excelObject(
          ctx,
          "ChartTitle",
          {},
          {
            text: (v) =>
              at((c) => {
                c.title = v;
              })(),
          },
          {},
        ),
        series: excelObject(
          ctx,
          "ChartSeriesCollection",
          {},
          {},
          {
            getItemAt: (i) => chartSeries(ctx, sheet, () => find() && find().series[i]),
            add: (name) => {
              const series = { name, values: null, categories: null };
              ctx.queue(
                name,
                at((c) => c.series.push(series)),
              );
              return chartSeries(ctx, sheet, () => series);
            },
          },
        ),
        setPosition: (from, to) => {
          const a = chartRange(ctx, sheet, from, "the chart's top left cell");
          const b = chartRange(ctx, sheet, to, "the chart's bottom right cell");
          ctx.queue(
            [a, b],
            at((c) => {
              c.position = `${a}:${b}`;
            }),
          );
        },
        delete: () =>
          ctx.queue(
            null,
            at((c) => sheet.charts.splice(sheet.charts.indexOf(c), 1)),
          ),
      },
    );
  }

  function chartCollection(ctx, sheet) {
    return excelObject(
      ctx,
      "ChartCollection",
      {},
      {},
      {
        add: (type, source, seriesBy) => {
          const address = chartRange(ctx, sheet, source, "the chart's source data");
          const added = {
            type,
            name: "",
            title: "",
            series: [{ name: "", values: address, categories: null }],
            position: null,
          };
          ctx.queue([type, address, seriesBy], () => {
            if (!CHART_TYPES.includes(type)) return ctx.fail(`InvalidArgument: chart type ${type}`);
            if (!["Rows", "Columns", "Auto", undefined].includes(seriesBy))
              return ctx.fail(`InvalidArgument: seriesBy ${seriesBy}`);
            sheet.charts.push(added);
          });
          return chart(ctx, sheet, () => (sheet.charts.includes(added) ? added : null));
        },
        getItemAt: (i) => {
          // The chart at i when the batch reaches this command: a delete loop from the last index works.
          let found = null;
          ctx.queue(null, () => {
            found = sheet.charts[i] || null;
            if (!found) ctx.fail(`ItemNotFound: chart ${i} of ${sheet.name}`);
          });
          return chart(ctx, sheet, () => found);
        },
        getCount: () => clientCount(ctx, "ChartCollection.getCount()", () => sheet.charts.length),
      },
    );
  }

  function worksheet(ctx, sheet) {
    const protection = excelObject(
      ctx,
      "WorksheetProtection",
      { protected: () => sheet.protected },
      {},
      {
        protect: (options) =>
          ctx.queue(options, () => {
            if (sheet.protected) ctx.fail("AccessDenied: the sheet is already protected");
            sheet.protected = true;
          }),
        unprotect: () =>
          ctx.queue(null, () => {
            if (!sheet.protected) ctx.fail("AccessDenied: the sheet is not protected");
            sheet.protected = false;
          }),
      },
    );
    const autoFilter = excelObject(
      ctx,
      "AutoFilter",
      { enabled: () => sheet.autoFilter !== null },
      {},
      {
        apply: (target, column, criteria) =>
          ctx.queue([column, criteria], () => {
            sheet.autoFilter = { column: column ?? null, criteria: criteria ?? null };
          }),
        clearCriteria: () =>
          ctx.queue(null, () => {
            if (sheet.autoFilter) sheet.autoFilter = { column: null, criteria: null };
          }),
        remove: () =>
          ctx.queue(null, () => {
            sheet.autoFilter = null;
          }),
      },
    );
    return excelObject(
      ctx,
      "Worksheet",
      {
        name: () => sheet.name,
        position: () => [...state.sheets.values()].indexOf(sheet),
        visibility: () => sheet.visibility,
      },
      {
        // Structure changes take effect at once, so that later commands of the batch find the sheet by name.
        name: (value) => {
          state.sheets.delete(sheet.name);
          sheet.name = value;
          state.sheets.set(value, sheet);
          state.engine = null;
        },
        visibility: (v) => {
          sheet.visibility = v;
        },
        position: () => undefined,
      },
      {
        isNullObject: false,
        protection,
        autoFilter,
        charts: chartCollection(ctx, sheet),
        getRange: (address) => range(ctx, sheet, address ? parseAddress(address) : WHOLE),
        getRangeByIndexes: (row, col, rows, cols) => range(ctx, sheet, { row, col, rows, cols }),
        getUsedRange: () => range(ctx, sheet, usedRect(sheet) || { row: 0, col: 0, rows: 1, cols: 1 }),
        getUsedRangeOrNullObject: () => {
          const used = usedRect(sheet);
          return used ? range(ctx, sheet, used) : nullObject(ctx, "Range");
        },
        activate: () =>
          ctx.queue(null, () => {
            state.active = sheet.name;
          }),
        delete: () => {
          state.sheets.delete(sheet.name);
          state.engine = null;
        },
      },
    );
  }

  function requestContext() {
    let failure = null;
    let writes = [];
    let requestBytes = 0;
    const size = (value) => (value === undefined ? 0 : JSON.stringify(value).length);
    const ctx = {
      loads: [],
      fail: (message) => {
        failure = failure || message;
      },
      /** Counts a command in the request (its data and ~100 bytes of object path and method). */
      count: (value) => {
        requestBytes += 100 + size(value);
      },
      /** A write, applied at sync after the request's size is checked. */
      queue: (value, apply) => {
        ctx.count(value);
        writes.push(apply);
      },
    };
    const worksheets = excelObject(
      ctx,
      "WorksheetCollection",
      {},
      {},
      {
        getItem: (name) => {
          const sheet = state.sheets.get(name);
          if (!sheet) {
            ctx.fail(`ItemNotFound: ${name}`);
            return sink(ctx);
          }
          return worksheet(ctx, sheet);
        },
        getItemOrNullObject: (name) => {
          const sheet = state.sheets.get(name);
          return sheet ? worksheet(ctx, sheet) : nullObject(ctx, "Worksheet");
        },
        add: (name) => {
          ctx.count(name);
          return worksheet(ctx, newSheet(name));
        },
        getCount: () => clientCount(ctx, "WorksheetCollection.getCount()", () => state.sheets.size),
        getActiveWorksheet: () =>
          worksheet(
            ctx,
            state.sheets.get(state.active) || [...state.sheets.values()][0] || newSheet("Sheet1"),
          ),
      },
    );
    const application = excelObject(
      ctx,
      "Application",
      {},
      {},
      {
        suspendApiCalculationUntilNextSync: () => ctx.count(null),
        suspendScreenUpdatingUntilNextSync: () => ctx.count(null),
      },
    );
    return excelObject(
      ctx,
      "RequestContext",
      {},
      {},
      {
        workbook: excelObject(ctx, "Workbook", {}, {}, { worksheets, application }),
        application,
        trackedObjects: sink(ctx),
        sync: async () => {
          state.syncs++;
          const batch = writes;
          const loads = ctx.loads;
          const bytes = requestBytes;
          writes = [];
          ctx.loads = [];
          requestBytes = 0;
          const raise = () => {
            const [code, ...rest] = failure.split(":");
            failure = null;
            throw new OfficeError(code, rest.join(":").trim());
          };
          state.requests.push(bytes);
          if (failure) raise();
          if (bytes > profile.requestLimit)
            throw new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
          for (const apply of batch) apply();
          if (failure) raise();
          const response = loads.reduce((sum, take) => sum + size(take()), 0);
          state.responses.push(response);
          if (response > profile.responseLimit)
            throw new OfficeError("RequestPayloadSizeLimitExceeded", `response of ${response} bytes`);
        },
      },
    );
  }

  window.Excel = { run: async (batch) => batch(requestContext()) };
  const info = { host: "Excel", platform: profile.platform };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    context: {
      host: "Excel",
      platform: profile.platform,
      displayLanguage: "zh-CN",
      requirements: {
        isSetSupported: (name, version) =>
          name === "ExcelApi" && Number(String(version || "1.1").split(".")[1]) <= profile.excelApi,
      },
    },
    onReady: (callback) => {
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
  };

  window.__excel = {
    state,
    profile: profileName,
    sheetNames: () => [...state.sheets.keys()],
    /** A sheet's values from A1 (formulas computed), as the pane would read them. */
    rows: (name) => {
      const sheet = state.sheets.get(name);
      const used = sheet && usedRect(sheet);
      if (!used) return [];
      return Array.from({ length: used.row + used.rows }, (_, r) =>
        Array.from({ length: used.col + used.cols }, (_, c) => valueAt(sheet, r, c)),
      );
    },
    /** Types a value into a cell, as a unit's staff would in an unlocked entry cell. */
    type: (name, row, col, value) => write(state.sheets.get(name), { row, col, rows: 1, cols: 1 }, [[value]]),
    hiddenRows: (name) => [...state.sheets.get(name).hiddenRows].sort((a, b) => a - b),
    /** A sheet's charts as the batches left them. */
    charts: (name) => JSON.parse(JSON.stringify(state.sheets.get(name).charts)),
  };
})();
