/* global window, setTimeout */
// An Office host stand-in for the browser test: served in place of office.js, it says the page runs in Excel
// (ExcelApi up to 1.9) and gives Excel.run an in-memory workbook. Values and formulas are kept per cell;
// formulas are computed by HyperFormula (injected by the test before this script), so the pane reads real
// statuses and scores. Formatting, validation and the like are accepted and ignored. window.__excel lets the
// test look at the workbook and type into it as a user would.
(function () {
  "use strict";
  const HyperFormula = window.HyperFormula.HyperFormula || window.HyperFormula;
  const WHOLE = { row: 0, col: 0, rows: 1048576, cols: 16384 };
  const state = { sheets: new Map(), active: null, selection: null, syncs: 0, engine: null };

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

  /** Accepts any property read, write or call (formats, validation, print setup...) and does nothing. */
  function sink() {
    return new Proxy(function () {}, {
      get: (_t, prop) =>
        prop === "then" || typeof prop === "symbol" ? undefined : prop === "isNullObject" ? false : sink(),
      set: () => true,
      apply: () => sink(),
    });
  }
  /** Known members as given; anything else is a sink. */
  function lenient(target) {
    return new Proxy(target, {
      get: (t, prop) => (prop in t || prop === "then" || typeof prop === "symbol" ? t[prop] : sink()),
      set: (t, prop, value) => {
        if (prop in t) t[prop] = value;
        return true;
      },
    });
  }

  function newSheet(name) {
    const sheet = {
      name,
      cells: new Map(),
      protected: false,
      hiddenRows: new Set(),
      autoFilter: null,
      visibility: "Visible",
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
    const r = {
      get values() {
        const c = clip(sheet, rect);
        return Array.from({ length: c.rows }, (_, i) =>
          Array.from({ length: c.cols }, (_, j) => valueAt(sheet, c.row + i, c.col + j)),
        );
      },
      set values(grid) {
        write(sheet, rect, grid);
      },
      get formulas() {
        const c = clip(sheet, rect);
        return Array.from({ length: c.rows }, (_, i) =>
          Array.from({ length: c.cols }, (_, j) => {
            const raw = sheet.cells.get(key(c.row + i, c.col + j));
            return raw === undefined ? "" : raw;
          }),
        );
      },
      set formulas(grid) {
        write(sheet, rect, grid);
      },
      rowIndex: rect.row,
      columnIndex: rect.col,
      rowCount: rect.rows,
      columnCount: rect.cols,
      address: `${sheet.name}!${a1(rect)}`,
      isNullObject: false,
      set rowHidden(hidden) {
        const last = Math.min(rect.row + rect.rows, rect.row + 100000);
        for (let i = rect.row; i < last; i++) {
          if (hidden) sheet.hiddenRows.add(i);
          else sheet.hiddenRows.delete(i);
        }
      },
      get rowHidden() {
        return sheet.hiddenRows.has(rect.row);
      },
      load: () => proxy,
      select: () => {
        state.active = sheet.name;
        state.selection = { sheet: sheet.name, address: a1(rect) };
      },
      clear: () => {
        for (const k of [...sheet.cells.keys()]) {
          const [i, j] = k.split(",").map(Number);
          if (i >= rect.row && i < rect.row + rect.rows && j >= rect.col && j < rect.col + rect.cols)
            sheet.cells.delete(k);
        }
        state.engine = null;
      },
      getCell: (i, j) => range(ctx, sheet, { row: rect.row + i, col: rect.col + j, rows: 1, cols: 1 }),
    };
    const proxy = lenient(r);
    return proxy;
  }

  function worksheet(ctx, sheet) {
    const ws = {
      get name() {
        return sheet.name;
      },
      set name(value) {
        state.sheets.delete(sheet.name);
        sheet.name = value;
        state.sheets.set(value, sheet);
        state.engine = null;
      },
      isNullObject: false,
      position: 0,
      get visibility() {
        return sheet.visibility;
      },
      set visibility(v) {
        sheet.visibility = v;
      },
      protection: lenient({
        get protected() {
          return sheet.protected;
        },
        protect: () => {
          if (sheet.protected) ctx.fail("AccessDenied: the sheet is already protected");
          sheet.protected = true;
        },
        unprotect: () => {
          if (!sheet.protected) ctx.fail("AccessDenied: the sheet is not protected");
          sheet.protected = false;
        },
        load: () => ws.protection,
      }),
      autoFilter: lenient({
        get enabled() {
          return sheet.autoFilter !== null;
        },
        apply: (target, column, criteria) => {
          sheet.autoFilter = { column: column ?? null, criteria: criteria ?? null };
        },
        clearCriteria: () => {
          if (sheet.autoFilter) sheet.autoFilter = { column: null, criteria: null };
        },
        remove: () => {
          sheet.autoFilter = null;
        },
        load: () => ws.autoFilter,
      }),
      getRange: (address) => range(ctx, sheet, address ? parseAddress(address) : WHOLE),
      getRangeByIndexes: (row, col, rows, cols) => range(ctx, sheet, { row, col, rows, cols }),
      getUsedRange: () => range(ctx, sheet, usedRect(sheet) || { row: 0, col: 0, rows: 1, cols: 1 }),
      getUsedRangeOrNullObject: () => {
        const used = usedRect(sheet);
        return used ? range(ctx, sheet, used) : lenient({ isNullObject: true, load: () => undefined });
      },
      activate: () => {
        state.active = sheet.name;
      },
      delete: () => {
        state.sheets.delete(sheet.name);
        state.engine = null;
      },
      load: () => proxy,
    };
    const proxy = lenient(ws);
    return proxy;
  }

  function requestContext() {
    let failure = null;
    const ctx = {
      fail: (message) => {
        failure = failure || message;
      },
    };
    const worksheets = lenient({
      getItem: (name) => {
        const sheet = state.sheets.get(name);
        if (!sheet) {
          ctx.fail(`ItemNotFound: ${name}`);
          return sink();
        }
        return worksheet(ctx, sheet);
      },
      getItemOrNullObject: (name) => {
        const sheet = state.sheets.get(name);
        return sheet ? worksheet(ctx, sheet) : lenient({ isNullObject: true, load: () => undefined });
      },
      add: (name) => worksheet(ctx, newSheet(name)),
      get items() {
        return [...state.sheets.values()].map((s) => worksheet(ctx, s));
      },
      getActiveWorksheet: () =>
        worksheet(ctx, state.sheets.get(state.active) || [...state.sheets.values()][0] || newSheet("Sheet1")),
      load: () => worksheets,
    });
    return lenient({
      workbook: lenient({ worksheets, application: sink() }),
      application: sink(),
      trackedObjects: sink(),
      sync: async () => {
        state.syncs++;
        if (failure) {
          const error = new Error(failure);
          error.code = failure.split(":")[0];
          failure = null;
          throw error;
        }
      },
    });
  }

  window.Excel = { run: async (batch) => batch(requestContext()) };
  const info = { host: "Excel", platform: "PC" };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    context: {
      host: "Excel",
      platform: "PC",
      displayLanguage: "zh-CN",
      requirements: {
        isSetSupported: (name, version) =>
          name === "ExcelApi" && Number(String(version || "1.1").split(".")[1]) <= 9,
      },
    },
    onReady: (callback) => {
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
  };

  window.__excel = {
    state,
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
  };
})();
