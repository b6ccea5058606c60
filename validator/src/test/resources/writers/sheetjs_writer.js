// Writes the scorecard in content.json with SheetJS (npm "xlsx", community edition):
// node sheetjs_writer.js CONTENT OUT. The community edition writes cells, number formats,
// merges, notes, hyperlinks, defined names and column widths; it writes no fonts or fills, frozen
// panes, validations, conditional formats, tables or images, so those are left out.
const fs = require('fs');
const XLSX = require('xlsx');

const WIDTHS = [8, 52, 16, 8, 8, 8, 8, 8, 10, 10, 8, 40];
const at = (r, c) => XLSX.utils.encode_cell({ r, c });
const merge = (r, c1, c2) => ({ s: { r, c: c1 }, e: { r, c: c2 } });

function cell(v, format) {
  if (typeof v === 'number') return format ? { t: 'n', v, z: format } : { t: 'n', v };
  return { t: 's', v };
}

function scorecard(s, author) {
  const ws = {};
  const last = s.header.length - 1;
  ws.A1 = { ...cell(s.title), c: [{ a: author, t: s.titleNote }] };
  ws.E3 = cell(s.group);
  s.header.forEach((label, c) => { ws[at(3, c)] = cell(label); });
  s.rows.forEach((ind, k) => {
    const r = 4 + k;
    [ind.ref, ind.title, ind.polarity, ind.unit].forEach((v, c) => { ws[at(r, c)] = cell(v); });
    [...ind.figures, ind.target].forEach((v, i) => { ws[at(r, 4 + i)] = cell(v, ind.format); });
    ws[at(r, 8)] = cell(ind.tolerance);
    if (ind.caveat) ws[at(r, 11)] = cell(ind.caveat);
    if (ind.figureNote) ws[at(r, 4 + ind.figureNote.month)].c = [{ a: author, t: ind.figureNote.text }];
  });
  const end = 4 + s.rows.length;
  ws[at(end + 1, 0)] = { ...cell(s.source), l: { Target: s.link } };
  ws['!merges'] = [merge(0, 0, last), merge(2, 4, 6)];
  ws['!cols'] = WIDTHS.map((wch) => ({ wch }));
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: end + 1, c: last } });
  return ws;
}

function detail(d) {
  const ws = {};
  d.header.forEach((label, c) => { ws[at(0, c)] = cell(label); });
  const merges = [];
  d.periods.forEach((period, i) => {
    const first = 4 + 2 * i;
    ws[at(0, first)] = cell(period);
    merges.push(merge(0, first, first + 1));
    d.subHeader.forEach((sub, j) => { ws[at(1, first + j)] = cell(sub); });
  });
  d.rows.forEach((ind, k) => {
    const r = 2 + k;
    [ind.ref, ind.title, ind.polarity].forEach((v, c) => { ws[at(r, c)] = cell(v); });
    ws[at(r, 3)] = cell(ind.target, '0%');
    ind.figures.forEach(([n, share], i) => {
      ws[at(r, 4 + 2 * i)] = cell(n, '0');
      ws[at(r, 5 + 2 * i)] = cell(share, '0%');
    });
  });
  ws['!merges'] = merges;
  ws['!cols'] = [{ wch: 8 }, { wch: 52 }, { wch: 16 }];
  const lastCol = 3 + 2 * d.periods.length;
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 1 + d.rows.length, c: lastCol } });
  return ws;
}

function main([contentPath, out]) {
  const content = JSON.parse(fs.readFileSync(contentPath, 'utf8'));
  const s = content.scorecard;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, scorecard(s, content.author), s.sheet);
  XLSX.utils.book_append_sheet(wb, detail(content.detail), content.detail.sheet);
  const lk = content.lookups;
  const lookups = XLSX.utils.aoa_to_sheet([lk.header, ...lk.rows]);
  lookups['!cols'] = [{ wch: 18 }, { wch: 34 }];
  XLSX.utils.book_append_sheet(wb, lookups, lk.sheet);
  const end = 4 + s.rows.length;
  wb.Workbook = { Names: [{ Name: s.definedName, Ref: `${s.sheet}!$H$5:$H$${end}` }] };
  wb.Props = { Author: content.author, CreatedDate: new Date(Date.UTC(2024, 6, 1, 9)) };
  XLSX.writeFile(wb, out, { bookType: 'xlsx', compression: true });
}

main(process.argv.slice(2));
