/* A stand-in for Microsoft's office.js in the add-in's browser test: an in-memory workbook file for
   getFileAsync/getSliceAsync (window.stubWorkbook, Base64, set before this runs), and an Excel.run
   that records every write, batch and selection instead of touching a workbook. With
   window.stubNoFile set, Excel cannot hand over the file (File 1.1 unsupported), and the used
   ranges of window.stubRanges (as the service takes them) are what Excel.run reads; with
   window.stubFileFails, getFileAsync fails instead. */
(function () {
  var raw = atob(window.stubWorkbook);
  var bytes = new Uint8Array(raw.length);
  for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
  var SLICE = 1024; // Office may hand back smaller slices than asked: the pane must join them
  window.recorded = { writes: [], batches: [], runOptions: [], selected: null, slices: 0,
    reads: 0, posts: [] };

  var fetched = window.fetch;
  window.fetch = function (url, options) {
    var headers = (options && options.headers) || {};
    window.recorded.posts.push({ url: url, type: headers["Content-Type"]
      || (options && options.body instanceof FormData ? "multipart/form-data" : "") });
    return fetched.apply(window, arguments);
  };

  function column(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) { n = n * 26 + letters.charCodeAt(i) - 64; }
    return n - 1;
  }

  /** A sheet of window.stubRanges as Excel's API shows it: its used range and any block of it. */
  function usedSheet(s) {
    var m = /^([A-Z]+)([0-9]+)/.exec(s.address);
    var top = Number(m[2]) - 1, left = column(m[1]);
    var cols = s.values.length ? s.values[0].length : 0;
    return {
      name: s.name,
      getUsedRangeOrNullObject: function () {
        return { isNullObject: s.values.length === 0, address: s.name + "!" + s.address,
          rowIndex: top, columnIndex: left, rowCount: s.values.length, columnCount: cols,
          load: function () {} };
      },
      getRangeByIndexes: function (row, col, rows, columns) {
        var slice = function (grid, f) {
          return grid.slice(row - top, row - top + rows).map(function (r, i) {
            return r.slice(col - left, col - left + columns).map(function (v, j) { return f(v, i, j); });
          });
        };
        var r = { load: function () { window.recorded.reads++; } };
        r.values = slice(s.values, function (v) { return v; });
        r.numberFormat = slice(s.numberFormat, function (v) { return v; });
        // Excel's formulas hold the value where a cell has no formula.
        r.formulas = slice(s.formulas, function (f, i, j) { return f === null ? r.values[i][j] : f; });
        return r;
      }
    };
  }

  function cellWrite(batch, sheet, cell) {
    var w = { sheet: sheet, cell: cell };
    batch.push(w);
    return w;
  }

  function range(batch, sheet, cell) {
    var w = null;
    var get = function () { return w || (w = cellWrite(batch, sheet, cell)); };
    var r = {
      format: {
        fill: { set color(c) { get().fill = c; } },
        font: { set color(c) { get().fontColour = c; }, set bold(b) { get().bold = b; } },
        set wrapText(b) { get().wrap = b; },
        set columnWidth(n) { get().columnWidth = n; },
        set verticalAlignment(a) { get().vertical = a; },
        set horizontalAlignment(a) { get().horizontal = a; }
      },
      set hyperlink(h) { get().link = h.documentReference; },
      merge: function () { get().merged = true; },
      clear: function () { get().cleared = true; },
      set values(v) { get().value = v[0][0]; },
      // A loaded cell's value from window.stubCells ("Sheet!A1" to a value), else empty.
      get values() { return [[(window.stubCells || {})[sheet + "!" + cell] === undefined
        ? "" : window.stubCells[sheet + "!" + cell]]]; },
      load: function () { return r; },
      getEntireColumn: function () {
        return { set columnHidden(h) { get().hidden = h; } };
      },
      conditionalFormats: { add: function (type) {
        var rule = { sheet: sheet, cell: cell, conditional: type };
        batch.push(rule);
        return { cellValue: {
          format: { fill: { set color(c) { rule.fill = c; } },
                    font: { set color(c) { rule.fontColour = c; } } },
          set rule(x) { rule.formula1 = x.formula1; rule.operator = x.operator; }
        } };
      } },
      set formulas(v) { get().formula = v[0][0]; },
      set numberFormat(v) { get().numberFormat = v[0][0]; },
      getOffsetRange: function (dr, dc) { return { offset: [dr, dc] }; },
      copyFrom: function (src, type) { get().copyFormats = src.offset.join(","); },
      select: function () { window.recorded.selected = { sheet: sheet, cell: cell }; }
    };
    return r;
  }

  window.Office = {
    HostType: { Excel: "Excel" },
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: function (cb) { setTimeout(function () { cb({ host: "Excel" }); }, 0); },
    context: {
      requirements: { isSetSupported: function (set) {
        return !(window.stubNoFile && (set === "File" || set === "CompressedFile"));
      } },
      document: {
        getFileAsync: function (type, options, cb) {
          if (window.stubFileFails) { // as Excel on the web does for some files: 11001 and the like
            setTimeout(function () {
              cb({ status: "failed", error: { code: 11001, message: "Internal Error" } });
            }, 0);
            return;
          }
          var n = Math.ceil(bytes.length / SLICE);
          cb({ status: "succeeded", value: {
            sliceCount: n,
            getSliceAsync: function (i, done) {
              window.recorded.slices++;
              var part = Array.from(bytes.subarray(i * SLICE, (i + 1) * SLICE));
              setTimeout(function () { done({ status: "succeeded", value: { data: part } }); }, 0);
            },
            closeAsync: function (done) { done({ status: "succeeded" }); }
          } });
        }
      }
    }
  };

  window.Excel = {
    RangeCopyType: { formats: "Formats" },
    ConditionalFormatType: { cellValue: "CellValue" },
    run: function (a, b) {
      var fn = typeof a === "function" ? a : b;
      window.recorded.runOptions.push(typeof a === "function" ? null : a);
      var batch = [];
      var refused = false;
      var ctx = {
        workbook: {
          worksheets: {
            load: function () { this.items = (window.stubRanges || []).map(usedSheet); },
            getItem: function (name) {
              return {
                activate: function () {},
                getRange: function (cell) { return range(batch, name, cell || "*"); }
              };
            },
            // The workbook's sheets are window.stubSheets (names) and those the pane adds.
            getItemOrNullObject: function (name) {
              var s = this.getItem(name);
              s.isNullObject = (window.stubSheets || []).indexOf(name) < 0;
              s.load = function () { return s; };
              return s;
            },
            add: function (name) {
              (window.stubSheets = window.stubSheets || []).push(name);
              batch.push({ sheet: name, added: true });
            }
          },
          notes: { add: function (addr, text) {
            var m = /^'((?:[^']|'')*)'!(.*)$/.exec(addr);
            var sheet = m[1].replace(/''/g, "'");
            // A cell with a note already (window.stubNoted: "Sheet!A1"): Excel refuses at sync.
            if ((window.stubNoted || []).indexOf(sheet + "!" + m[2]) >= 0) { refused = true; }
            cellWrite(batch, sheet, m[2]).note = text;
          } }
        },
        sync: function () {
          if (refused) {
            batch.length = 0;
            return Promise.reject(new Error("InvalidArgument: the cell already has a note"));
          }
          if (batch.length) {
            window.recorded.batches.push({ count: batch.length, bytes: JSON.stringify(batch).length });
            Array.prototype.push.apply(window.recorded.writes, batch);
          }
          return Promise.resolve();
        }
      };
      return Promise.resolve().then(function () { return fn(ctx); });
    }
  };
})();
