// Writes the scorecard in content.json with ExcelJS: node exceljs_writer.js CONTENT PNG OUT
// (NODE_PATH must reach exceljs; make.sh installs it into a scratch folder).
const fs = require('fs');
const ExcelJS = require('exceljs');

const WIDTHS = [8, 52, 16, 8, 8, 8, 8, 8, 10, 10, 8, 40];
const FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const colName = (n) => String.fromCharCode(64 + n);

function scorecard(ws, s, author) {
  const last = colName(s.header.length);
  ws.getCell('A1').value = s.title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').note = { texts: [{ text: s.titleNote }], editAs: 'absolute' };
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('E3').value = s.group;
  ws.mergeCells('E3:G3');
  ws.getCell('E3').font = { bold: true };
  ws.getCell('E3').fill = FILL;
  s.header.forEach((label, i) => {
    const cell = ws.getCell(4, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = FILL;
  });
  s.rows.forEach((ind, k) => {
    const r = 5 + k;
    const values = [ind.ref, ind.title, ind.polarity, ind.unit, ...ind.figures, ind.target,
      ind.tolerance];
    values.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = ind.format;
    });
    if (ind.caveat) ws.getCell(r, 12).value = ind.caveat;
    if (ind.figureNote) ws.getCell(r, 5 + ind.figureNote.month).note = ind.figureNote.text;
  });
  const end = 4 + s.rows.length;
  ws.getCell(end + 2, 1).value = { text: s.source, hyperlink: s.link };
  ws.getCell(end + 2, 1).font = { color: { argb: 'FF0563C1' }, underline: true };
  ws.dataValidations.add(`C5:C${end}`, {
    type: 'list', allowBlank: true, formulae: [`"${s.polarities.join(',')}"`] });
  ws.addConditionalFormatting({ ref: `E5:G${end}`, rules: [{
    type: 'cellIs', operator: 'lessThan', formulae: [0.5], priority: 1,
    style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }] });
  ws.workbook.definedNames.add(`${s.sheet}!$H$5:$H$${end}`, s.definedName);
  WIDTHS.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 4, topLeftCell: 'A5' }];
}

function detail(ws, d) {
  d.header.forEach((label, i) => { ws.getCell(1, i + 1).value = label; });
  d.periods.forEach((period, i) => {
    const first = 5 + 2 * i;
    ws.getCell(1, first).value = period;
    ws.mergeCells(1, first, 1, first + 1);
    d.subHeader.forEach((sub, j) => { ws.getCell(2, first + j).value = sub; });
  });
  for (const row of [1, 2]) {
    for (let c = 1; c < 5 + 2 * d.periods.length; c++) {
      ws.getCell(row, c).font = { bold: true };
      ws.getCell(row, c).fill = FILL;
    }
  }
  d.rows.forEach((ind, k) => {
    const r = 3 + k;
    [ind.ref, ind.title, ind.polarity, ind.target].forEach((v, i) => {
      ws.getCell(r, i + 1).value = v;
    });
    ws.getCell(r, 4).numFmt = '0%';
    ind.figures.forEach(([n, share], i) => {
      Object.assign(ws.getCell(r, 5 + 2 * i), { value: n, numFmt: '0' });
      Object.assign(ws.getCell(r, 6 + 2 * i), { value: share, numFmt: '0%' });
    });
  });
  ws.getColumn(2).width = 52;
  ws.getColumn(3).width = 16;
}

function lookups(wb, ws, lk, png) {
  ws.addTable({
    name: lk.table, ref: 'A1', headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: lk.header.map((name) => ({ name })), rows: lk.rows });
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 34;
  const image = wb.addImage({ buffer: fs.readFileSync(png), extension: 'png' });
  ws.addImage(image, { tl: { col: 3, row: 1 }, ext: { width: 16, height: 16 } });
}

async function main([contentPath, png, out]) {
  const content = JSON.parse(fs.readFileSync(contentPath, 'utf8'));
  const wb = new ExcelJS.Workbook();
  wb.creator = content.author;
  wb.created = wb.modified = new Date(Date.UTC(2024, 6, 1, 9));
  scorecard(wb.addWorksheet(content.scorecard.sheet), content.scorecard, content.author);
  detail(wb.addWorksheet(content.detail.sheet), content.detail);
  lookups(wb, wb.addWorksheet(content.lookups.sheet), content.lookups, png);
  await wb.xlsx.writeFile(out);
}

main(process.argv.slice(2)).catch((e) => { console.error(e.message); process.exit(1); });
