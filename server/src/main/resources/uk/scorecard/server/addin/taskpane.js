/* The Scorecard checker's task pane: reads the open workbook's file in slices (or, where Excel
   cannot hand it over, its cells' values), posts it to the service's /api/rate?format=edits on
   this same origin, shows the findings, and writes the edit list into the open workbook with
   Excel.run. No cell content is logged or kept. */
"use strict";

/** Excel on the web refuses a request over 5 MB: each batch of writes stays well under it. */
var BATCH_BYTES = 4 * 1024 * 1024;
/** And no more writes than this in one sync, so a batch is quick to send and to undo. */
var BATCH_EDITS = window.scorecardBatchEdits || 2000; // a test may ask for smaller batches
var SLICE = 4 * 1024 * 1024;

function $(id) { return document.getElementById(id); }

/** The sheet the last rating's Checks rows went on. */
var checksName = null;

function say(text, error) {
  var s = $("status");
  s.textContent = text;
  s.className = error ? "error" : "";
}

function supported(set, version) {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch (e) {
    return false;
  }
}

/** The workbook's .xlsx bytes, read slice by slice through Office's compressed-file API. */
function readFile() {
  return new Promise(function (resolve, reject) {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE },
      function (res) {
        if (res.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error("Excel could not hand over the workbook: " + res.error.message));
          return;
        }
        var file = res.value, parts = [], n = file.sliceCount;
        var next = function (i) {
          if (i === n) {
            file.closeAsync(function () {});
            resolve(new Blob(parts, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
            return;
          }
          file.getSliceAsync(i, function (s) {
            if (s.status !== Office.AsyncResultStatus.Succeeded) {
              file.closeAsync(function () {});
              reject(new Error("Excel could not hand over part of the workbook: " + s.error.message));
              return;
            }
            parts.push(new Uint8Array(s.value.data));
            next(i + 1);
          });
        };
        next(0);
      });
  });
}

/** Posts the workbook to the service and returns its answer: edits, findings and the summary. */
function rateFile(blob) {
  var form = new FormData();
  form.append("workbook", blob, "workbook.xlsx");
  if ($("live") && $("live").checked) { form.append("live", "on"); }
  return fetch("/api/rate?format=edits", { method: "POST", body: form, credentials: "omit" })
    .then(answerOf);
}

/** The service's answer, or its one-line reason as an error. */
function answerOf(r) {
  return r.json().then(function (body) {
    if (!r.ok) { throw new Error(body.error || "The service answered " + r.status + "."); }
    return body;
  });
}

/* The fallback read, where Excel cannot hand over the workbook's file: each sheet's used range
   (values, number formats, formulas) read with Excel.run, a block of rows at a time, and posted as
   JSON; the service rebuilds the workbook from it. Notes, merged cells and styles are not read. */

/** Cells read in one sync, well under Excel on the web's 5 MB limit on an answer. */
var READ_CELLS = window.scorecardReadCells || 20000; // a test may ask for smaller blocks

/** Every sheet's used range, in the workbook's order, as the service takes it. */
function readValues() {
  return Excel.run(function (ctx) {
    var sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    return ctx.sync().then(function () {
      var used = sheets.items.map(function (s) {
        var r = s.getUsedRangeOrNullObject(true);
        r.load("address,rowIndex,columnIndex,rowCount,columnCount");
        return { sheet: s, range: r };
      });
      return ctx.sync().then(function () {
        var out = [], done = Promise.resolve();
        used.forEach(function (u) {
          done = done.then(function () { return readSheet(ctx, u.sheet, u.range); })
            .then(function (sheet) { out.push(sheet); });
        });
        return done.then(function () { return out; });
      });
    });
  });
}

/** One sheet's used range, read in blocks of rows; formulas only where a cell has one. */
function readSheet(ctx, sheet, used) {
  if (used.isNullObject) { return Promise.resolve({ name: sheet.name, address: "A1", values: [] }); }
  var out = { name: sheet.name, address: used.address, values: [], numberFormat: [], formulas: [] };
  var rows = Math.max(1, Math.floor(READ_CELLS / used.columnCount)), any = false;
  var block = function (start) {
    if (start >= used.rowCount) {
      if (!any) { delete out.formulas; }
      return Promise.resolve(out);
    }
    var n = Math.min(rows, used.rowCount - start);
    var r = sheet.getRangeByIndexes(used.rowIndex + start, used.columnIndex, n, used.columnCount);
    r.load("values,numberFormat,formulas");
    return ctx.sync().then(function () {
      r.values.forEach(function (row, i) {
        out.values.push(row);
        out.numberFormat.push(r.numberFormat[i]);
        out.formulas.push(r.formulas[i].map(function (f) {
          var formula = typeof f === "string" && f.charAt(0) === "=";
          any = any || formula;
          return formula ? f : null;
        }));
      });
      return block(start + n);
    });
  };
  return block(0);
}

/** Posts the used ranges to the service and returns its answer, as for the file. */
function rateValues(sheets) {
  return fetch("/api/rate?format=edits", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ sheets: sheets, live: !!($("live") && $("live").checked) }),
    credentials: "omit"
  }).then(answerOf);
}

/**
 * The answer for the open workbook: from its file where Excel hands it over (File 1.1), else from
 * its cells' values, marked {fallback: true} so the pane can say what that loses.
 */
function readAndRate() {
  var values = function () {
    say("Reading the workbook's cells…");
    return readValues()
      .then(function (sheets) { say("Checking…"); return rateValues(sheets); })
      .then(function (answer) { answer.fallback = true; return answer; });
  };
  if (!supported("File", "1.1")) { return values(); }
  say("Reading the workbook…");
  return readFile().then(function (blob) { say("Checking…"); return rateFile(blob); }, values);
}

/** Says, above the findings, what was not read when only the cells' values were. */
function showFallback(fallback) {
  $("fallback").hidden = !fallback;
}

/**
 * The edits in batches, each under the request limit and the count limit (an item that makes
 * several writes, such as a merged sentence, says how many in "writes").
 */
function batches(edits) {
  var out = [], cur = [], size = 0, count = 0;
  edits.forEach(function (e) {
    var n = JSON.stringify(e).length * 3 + 200; // what Office's own request adds per write
    var k = e.writes || 1;
    if (cur.length && (size + n > BATCH_BYTES || count + k > BATCH_EDITS)) {
      out.push(cur); cur = []; size = 0; count = 0;
    }
    cur.push(e); size += n; count += k;
  });
  if (cur.length) { out.push(cur); }
  return out;
}

/** A text Excel would read as a number, date or formula is written with a leading apostrophe. */
function asText(v) {
  return /^[=+\-@]|^\s*[\d.,%£$\/: -]+\s*$/.test(v) ? "'" + v : v;
}

function run(fn) {
  // One undo step for the whole rating where Excel can merge them (ExcelApi 1.20).
  return supported("ExcelApi", "1.20") ? Excel.run({ mergeUndoGroup: true }, fn) : Excel.run(fn);
}

/**
 * The formula to write for a live edit: its own, or its "otherwise" when the cell it checks (the
 * row's target) no longer holds the figure the row was rated against; checked values by address.
 */
function formulaOf(e, checked) {
  if (!e.otherwise) { return e.formula; }
  var v = checked[e.sheet + "!" + e.otherwise.cell];
  var same = typeof v === "number"
    && Math.abs(v - e.otherwise.equals) <= 1e-9 * Math.max(1, Math.abs(v));
  return same ? e.formula : e.otherwise.formula;
}

/** Loads the values of the cells a batch's live formulas check, keyed "Sheet!A1". */
function loadChecked(ctx, batch) {
  var ranges = {};
  batch.forEach(function (e) {
    if (e.otherwise) {
      var key = e.sheet + "!" + e.otherwise.cell;
      if (!ranges[key]) {
        ranges[key] = ctx.workbook.worksheets.getItem(e.sheet).getRange(e.otherwise.cell).load("values");
      }
    }
  });
  var keys = Object.keys(ranges);
  if (!keys.length) { return Promise.resolve({}); }
  return ctx.sync().then(function () {
    var out = {};
    keys.forEach(function (k) { out[k] = ranges[k].values[0][0]; });
    return out;
  });
}

/** Live colouring (ExcelApi 1.6): one "cell value equals" rule per rating over the RAG cells. */
function colour(ctx, e) {
  var r = ctx.workbook.worksheets.getItem(e.sheet).getRange(e.cell);
  e.colours.forEach(function (c) {
    var cf = r.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
    cf.cellValue.format.fill.color = c.fill;
    cf.cellValue.format.font.color = c.fontColour;
    cf.cellValue.rule = { formula1: '="' + c.rating + '"', operator: "EqualTo" };
  });
}

function writeBatch(batch) {
  var copy = supported("ExcelApi", "1.9");
  return run(function (ctx) {
    return loadChecked(ctx, batch).then(function (checked) {
      batch.forEach(function (e) {
        if (e.colours) { colour(ctx, e); return; }
        if (e.value === undefined && !e.fill && e.width == null) { return; } // a note: later
        var sheet = ctx.workbook.worksheets.getItem(e.sheet);
        var r = sheet.getRange(e.cell);
        if (e.header && copy) {
          r.copyFrom(r.getOffsetRange(0, -1), Excel.RangeCopyType.formats);
        }
        if (e.formula) {
          r.formulas = [[formulaOf(e, checked)]];
        } else if (e.value !== undefined && e.value !== null) {
          r.values = [[asText(e.value)]];
        }
        if (e.numberFormat) { r.numberFormat = [[e.numberFormat]]; }
        if (e.fill) { r.format.fill.color = e.fill; }
        if (e.fontColour) { r.format.font.color = e.fontColour; }
        if (e.wrap) { r.format.wrapText = true; }
        if (e.width === 0) {
          r.getEntireColumn().columnHidden = true; // a live helper column
        } else if (e.width) {
          r.format.columnWidth = e.width * 5.6;
        }
      });
      return ctx.sync();
    });
  });
}

function address(e) {
  return "'" + e.sheet.replace(/'/g, "''") + "'!" + e.cell;
}

/**
 * Notes (ExcelApi 1.18), a batch at a time; Excel refuses a note on a cell that has one (the
 * officer's own, kept), so when a batch is refused its notes are tried one by one. Resolves to how
 * many were not added.
 */
function writeNotes(notes) {
  var skipped = 0, done = Promise.resolve();
  var add = function (list) {
    return run(function (ctx) {
      list.forEach(function (e) { ctx.workbook.notes.add(address(e), e.note); });
      return ctx.sync();
    });
  };
  batches(notes).forEach(function (b) {
    done = done.then(function () {
      return add(b).catch(function () {
        var one = Promise.resolve();
        b.forEach(function (e) {
          one = one.then(function () { return add([e]).catch(function () { skipped++; }); });
        });
        return one;
      });
    });
  });
  return done.then(function () { return skipped; });
}

/** Excel's column letters for a 0-based column. */
function column(c) {
  var s = "";
  for (c += 1; c > 0; c = Math.floor((c - 1) / 26)) { s = String.fromCharCode(65 + (c - 1) % 26) + s; }
  return s;
}

/**
 * The sheet the Checks rows go on, as the patcher chooses it: ours from an earlier run (our title
 * in A1), else the first of its names no sheet has taken; an officer's sheet is never replaced.
 */
function checksSheetName(ctx, checks) {
  var names = checks.names.slice();
  for (var i = 2; i <= 20; i++) { names.push(checks.title + " " + i); }
  var sheets = names.map(function (n) {
    return ctx.workbook.worksheets.getItemOrNullObject(n).load("isNullObject");
  });
  return ctx.sync().then(function () {
    var a1 = sheets.map(function (sh) {
      return sh.isNullObject ? null : sh.getRange("A1").load("values");
    });
    return ctx.sync().then(function () {
      for (var i = 0; i < names.length; i++) {
        if (sheets[i].isNullObject) { return { name: names[i], ours: false }; }
        if (a1[i].values[0][0] === checks.title) { return { name: names[i], ours: true }; }
      }
      throw new Error("No free name for the Checks sheet: rename a sheet called " + names[0] + ".");
    });
  });
}

/** Writes one Checks cell: its text or live count, and its look. */
function checksCell(sheet, r, c, cell) {
  var at = column(c) + (r + 1);
  var range = sheet.getRange(at);
  if (cell.formula) {
    range.formulas = [[cell.formula]];
  } else {
    range.values = [[cell.look === "count" ? Number(cell.text) : asText(cell.text)]];
  }
  range.format.verticalAlignment = "Top";
  if (cell.look === "title" || cell.look === "heading" || cell.look === "header") {
    range.format.font.bold = true;
  }
  if (cell.look === "count") { range.format.horizontalAlignment = "Left"; }
  if (cell.fill) { range.format.fill.color = cell.fill; range.format.font.bold = true; }
  if (cell.fontColour) { range.format.font.color = cell.fontColour; }
  if (cell.look === "wrap" || cell.look === "sentence") { range.format.wrapText = true; }
  if (cell.look === "sentence") { sheet.getRange(at + ":G" + (r + 1)).merge(false); }
  if (cell.link) { range.hyperlink = { documentReference: cell.link, textToDisplay: cell.text }; }
}

/**
 * Adds the Checks sheet to the open workbook (or rewrites ours from an earlier run), rows in
 * batches; resolves to the sheet's name. Its cells are all ours: the sheet is new or was ours.
 */
function writeChecks(checks) {
  return run(function (ctx) {
    return checksSheetName(ctx, checks).then(function (chosen) {
      if (chosen.ours) {
        ctx.workbook.worksheets.getItem(chosen.name).getRange().clear();
      } else {
        ctx.workbook.worksheets.add(chosen.name);
      }
      return ctx.sync().then(function () { return chosen.name; });
    });
  }).then(function (name) {
    // Cell by cell in batches, as the edits are, so a long findings list stays under the limits.
    var cells = checks.widths.map(function (w, c) { return { c: c, width: w }; });
    checks.rows.forEach(function (row, r) {
      row.forEach(function (cell, c) {
        cells.push({ r: r, c: c, cell: cell, writes: cell.look === "sentence" ? 2 : 1 });
      });
    });
    var done = Promise.resolve();
    batches(cells).forEach(function (b) {
      done = done.then(function () {
        return run(function (ctx) {
          var sheet = ctx.workbook.worksheets.getItem(name);
          b.forEach(function (x) {
            if (x.width) {
              sheet.getRange(column(x.c) + ":" + column(x.c)).format.columnWidth = x.width * 5.6;
            } else {
              checksCell(sheet, x.r, x.c, x.cell);
            }
          });
          return ctx.sync();
        });
      });
    });
    return done.then(function () { return name; });
  });
}

function writeAll(edits, checks) {
  var cells = edits.filter(function (e) {
    return e.value !== undefined || e.fill || e.width != null || e.colours;
  });
  var list = batches(cells), done = Promise.resolve();
  list.forEach(function (b, i) {
    done = done.then(function () {
      say("Writing into the workbook: part " + (i + 1) + " of " + list.length + "…");
      return writeBatch(b);
    });
  });
  if (checks) {
    done = done.then(function () {
      say("Writing the Checks sheet…");
      return writeChecks(checks).then(function (name) { checksName = name; });
    });
  }
  var notes = edits.filter(function (e) { return e.note; });
  if (!notes.length) { return done.then(function () { return ""; }); }
  if (!supported("ExcelApi", "1.18")) {
    return done.then(function () {
      return " Notes were not added: this version of Excel cannot add them; the findings are listed below.";
    });
  }
  return done.then(function () { return writeNotes(notes); }).then(function (skipped) {
    return skipped === 0 ? "" : " " + skipped + (skipped === 1 ? " note was" : " notes were")
      + " not added: the cell already has a note of its own, which is kept.";
  });
}

function select(sheet, cell) {
  return Excel.run(function (ctx) {
    var s = ctx.workbook.worksheets.getItem(sheet);
    s.activate();
    s.getRange(cell).select();
    return ctx.sync();
  }).catch(function () { say("Could not go to " + sheet + "!" + cell + ".", true); });
}

function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined) { e.textContent = text; }
  if (cls) { e.className = cls; }
  return e;
}

function tag(rating) {
  return el("span", rating, "tag tag-" + rating.toLowerCase().replace("/", "-"));
}

function show(answer) {
  $("headline").textContent = answer.summary.headline;
  var counts = $("counts");
  counts.textContent = "";
  answer.summary.ratings.concat(answer.summary.problems).forEach(function (c) {
    var dt = el("dt");
    dt.appendChild(c.rating ? tag(c.label) : document.createTextNode(c.label));
    counts.appendChild(dt);
    counts.appendChild(el("dd", c.value + ": " + c.meaning));
  });
  var sentences = $("sentences");
  sentences.textContent = "";
  answer.sentences.forEach(function (s) {
    var li = el("li");
    if (s.rating) { li.appendChild(tag(s.rating)); li.appendChild(document.createTextNode(" ")); }
    li.appendChild(document.createTextNode(s.text));
    sentences.appendChild(li);
  });
  $("sentences-section").hidden = answer.sentences.length === 0;
  var box = $("findings");
  box.textContent = "";
  if (answer.findings.length === 0) { box.appendChild(el("p", "No impossible or suspicious values found.")); }
  [["error", "Errors"], ["warning", "Warnings"], ["info", "Notes"]].forEach(function (sev) {
    var fs = answer.findings.filter(function (f) { return f.severity === sev[0]; });
    if (!fs.length) { return; }
    box.appendChild(el("h4", sev[1] + " (" + fs.length + ")"));
    var ul = el("ul");
    fs.forEach(function (f) {
      var li = el("li");
      if (f.cell) {
        var a = el("a", f.where);
        a.href = "#";
        a.setAttribute("data-sheet", f.sheet);
        a.setAttribute("data-cell", f.cell);
        a.setAttribute("aria-label", "Go to " + f.where + ": " + f.message);
        a.addEventListener("click", function (ev) { ev.preventDefault(); select(f.sheet, f.cell); });
        li.appendChild(a);
      } else {
        li.appendChild(el("strong", f.where));
      }
      li.appendChild(document.createTextNode(": " + f.message + " [" + f.code + "]"));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  });
  $("results").hidden = false;
}

function checkAndRate() {
  $("rate").disabled = true;
  $("again").disabled = true;
  return readAndRate()
    .then(function (answer) {
      show(answer);
      showFallback(answer.fallback);
      checksName = null;
      return writeAll(answer.edits, answer.checks).then(function (notes) {
        say("Done: " + answer.edits.length + " cells written"
          + (checksName ? ", and the " + checksName + " sheet" : "") + ". "
          + answer.summary.headline + notes);
      });
    })
    .catch(function (e) { say(e.message, true); })
    .then(function () { $("rate").disabled = false; $("again").disabled = false; });
}

Office.onReady(function (info) {
  if (info.host !== Office.HostType.Excel) {
    say("Open this add-in in Excel.", true);
    return;
  }
  $("rate").addEventListener("click", checkAndRate);
  $("again").addEventListener("click", checkAndRate);
  $("rate").disabled = false;
  say("Ready. The workbook is checked when you press Check and rate.");
});
