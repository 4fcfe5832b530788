// Writes the plan-file fixtures of test/fixtures/plan-files: Word and Excel plans of a made-up district
// (星河区), written part by part so that each merge, numbering and revision mark is exactly as stated, plus
// files that must be refused. With LibreOffice (/usr/bin/soffice) it also re-saves the plans and writes
// real .xls/.doc/.ods files, so the readers are proven on another program's output.
//   npx tsx scripts/make-plan-fixtures.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const OUT = path.join(__dirname, "../test/fixtures/plan-files");
const SOFFICE = "/usr/bin/soffice";
/** A fixed time for zip entries: the Word files come out the same each run (exceljs and LibreOffice stamp their own). */
const DATE = new Date("2024-02-20T00:00:00Z");

const esc = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (inner: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;
const p = (text: string) => para(text ? run(text) : "");
const centred = (text: string) => para(run(text), `<w:jc w:val="center"/>`);

interface CellSpec {
  text?: string;
  /** Paragraphs of the cell, when more than one. */
  lines?: string[];
  span?: number;
  vMerge?: "restart" | "continue";
}

function tc(cell: CellSpec | string): string {
  const c: CellSpec = typeof cell === "string" ? { text: cell } : cell;
  const pr = [
    c.span ? `<w:gridSpan w:val="${c.span}"/>` : "",
    c.vMerge === "restart" ? `<w:vMerge w:val="restart"/>` : c.vMerge === "continue" ? "<w:vMerge/>" : "",
  ].join("");
  const lines = c.lines ?? [c.text ?? ""];
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${lines.map(p).join("")}</w:tc>`;
}

const tr = (cells: Array<CellSpec | string>, header = false) =>
  `<w:tr>${header ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${cells.map(tc).join("")}</w:tr>`;

function table(widths: number[], rows: string[]): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

async function docx(file: string, body: string, numbering?: string): Promise<void> {
  const zip = new JSZip();
  const add = (name: string, text: string) => zip.file(name, text, { date: DATE, createFolders: false });
  add(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${numbering ? `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` : ""}</Types>`,
  );
  add(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  add(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${numbering ? `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` : ""}<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.example.gov.cn/" TargetMode="External"/></Relationships>`,
  );
  add(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
  );
  if (numbering) add("word/numbering.xml", numbering);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const COVER = [
  p("星河区人民政府办公室"),
  p("关于印发2024年区政府工作报告目标任务分解方案的通知"),
  p("各镇人民政府、街道办事处，区政府各部门，有关单位："),
  p("现将《2024年区政府工作报告目标任务分解方案》印发给你们，请认真贯彻落实。"),
  p("星河区人民政府办公室"),
  p("2024年2月20日"),
];

/** The tasks of the table plans, as their 工作任务 / 责任领导 / 牵头单位 / 配合单位 / 完成时限 columns. */
const TASKS = {
  gdp: ["地区生产总值增长6%左右。", "李明远", "区发展改革委", "区统计局、各镇街", "2024年12月底"],
  industry: ["规模以上工业增加值增长8%。", "李明远", "区经济信息委", "", "2024年12月底"],
  retail: ["社会消费品零售总额增长7%。", "赵红梅", "区商务委", "各镇街", "2024年12月底"],
  farmland: ["新建高标准农田2万亩。", "赵红梅", "区农业农村委", "区财政局、有关镇街", "2024年10月底"],
  toilets: ["完成农村户厕改造3000户。", "赵红梅", "区农业农村委", "", "2024年11月底"],
  housing: ["推进老旧小区改造20个。", "孙建国", "区住房城乡建委", "区城市管理局", "2024年12月底"],
};
const HEAD = ["序号", "板块", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"];

/** A plan whose tasks are one Word table: a heading row across all columns, 板块 merged down, empty cells. */
async function tablePlan(file: string): Promise<void> {
  const heading = (text: string) => tr([{ text, span: 7 }]);
  const restart = (text: string): CellSpec => ({ text, vMerge: "restart" });
  const below: CellSpec = { vMerge: "continue" };
  const [farmland, ...farmlandRest] = TASKS.farmland;
  const rows = [
    tr(HEAD, true),
    heading("一、主要预期目标"),
    tr(["1", restart("经济增长"), ...TASKS.gdp]),
    tr(["2", below, ...TASKS.industry]),
    tr(["3", below, ...TASKS.retail]),
    heading("二、重点工作"),
    // Two paragraphs in one cell.
    tr(["4", restart("乡村振兴"), { lines: [farmland, "粮食播种面积稳定在60万亩以上。"] }, ...farmlandRest]),
    tr(["5", below, ...TASKS.toilets]),
    tr(["6", "城市建设", ...TASKS.housing]),
  ];
  const body = [
    ...COVER,
    centred("2024年区政府工作报告目标任务分解方案"),
    table([600, 1000, 3200, 900, 1400, 1600, 1200], rows),
    p("注：1．各牵头单位每季度末5日前报送进展情况。"),
    p("2．完成时限为最迟完成时间。"),
  ].join("");
  await docx(file, body);
}

/** Word numbering: level 0 "一、" (chineseCounting), level 1 "1．" counting on across headings (lvlRestart 0). */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2．"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const numbered = (level: number, inner: string) =>
  para(inner, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`);

/**
 * A plan of paragraphs: headings "一、" and tasks "1．" from Word's automatic numbering (tasks counting on
 * across headings), a tracked deletion and insertion, a hyperlink, a content control, a line break, a tab.
 */
async function paragraphPlan(file: string): Promise<void> {
  const body = [
    ...COVER,
    centred("2024年区政府工作报告目标任务分解方案"),
    numbered(0, run("主要预期目标")),
    numbered(1, run("地区生产总值增长6%左右。")),
    p("责任单位：区发展改革委；配合单位：区统计局、各镇街。"),
    numbered(
      1,
      run("城镇调查失业率控制在5.5%以内。") +
        "<w:r><w:br/></w:r>" +
        run("责任单位：") +
        `<w:del w:id="1" w:author="办公室"><w:r><w:delText>区人社局</w:delText></w:r></w:del>` +
        `<w:ins w:id="2" w:author="办公室">${run("区人力社保局")}</w:ins>` +
        run("。"),
    ),
    numbered(0, run("重点工作")),
    numbered(
      1,
      run("新增规上工业企业30家。") +
        "<w:r><w:tab/></w:r>" +
        run("责任单位：") +
        `<w:hyperlink r:id="rId9">${run("区经济信息委")}</w:hyperlink>` +
        run("；配合单位：各工业园发展中心。"),
    ),
    numbered(
      1,
      run("推进老旧小区改造20个。责任单位：") +
        `<w:sdt><w:sdtPr><w:alias w:val="牵头单位"/></w:sdtPr><w:sdtContent>${run("区住房城乡建委")}</w:sdtContent></w:sdt>` +
        run("；配合单位：区城市管理局、有关镇街。"),
    ),
  ].join("");
  await docx(file, body, NUMBERING);
}

async function emptyDocx(file: string): Promise<void> {
  await docx(file, p("") + p(""));
}

/** An 分解表 workbook: merged title, header, 板块 merged down, an empty cell, notes, then unrelated sheets. */
async function xlsxPlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = DATE;
  wb.modified = DATE;
  const ws = wb.addWorksheet("分解表");
  ws.addRow(["2024年区政府工作报告目标任务分解表"]);
  ws.mergeCells("A1:G1");
  ws.addRow(HEAD);
  const blank = (text: string) => text || null;
  ws.addRow([1, "经济增长", ...TASKS.gdp.map(blank)]);
  ws.addRow([null, null, ...TASKS.industry.map(blank)]);
  // A formula with its cached result, and a real date in a 年月日 format, where the Word table has text.
  ws.getCell("A4").value = { formula: "A3+1", result: 2 };
  ws.getCell("G4").value = new Date("2024-12-31T00:00:00Z");
  ws.getCell("G4").numFmt = 'yyyy"年"m"月"d"日"';
  ws.addRow([3, null, ...TASKS.farmland.map(blank)]);
  ws.mergeCells("B3:B5");
  ws.addRow([4, "城市建设", ...TASKS.housing.map(blank)]);
  ws.addRow([]);
  ws.addRow(["注：各牵头单位每季度末5日前报送进展情况。"]);
  ws.mergeCells("A8:G8");
  ws.columns.forEach((c, i) => (c.width = [6, 10, 36, 10, 16, 20, 14][i]));
  const contacts = wb.addWorksheet("联系人");
  contacts.addRow(["姓名", "电话"]);
  contacts.addRow(["周晓", "023-00000001"]);
  const hidden = wb.addWorksheet("旧稿");
  hidden.state = "hidden";
  hidden.addRow(["1", "旧稿任务，不应读取。", "区发展改革委"]);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function renamedZip(file: string): Promise<void> {
  const zip = new JSZip();
  zip.file("说明.txt", "这是一个普通压缩包。", { date: DATE, createFolders: false });
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Converts `from` with LibreOffice into `to` (a format it can write, by `to`'s extension). */
function soffice(from: string, to: string, filter?: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-fixtures-"));
  const ext = path.extname(to).slice(1);
  execFileSync(
    SOFFICE,
    ["--headless", "--convert-to", filter ? `${ext}:${filter}` : ext, "--outdir", dir, from],
    {
      stdio: "ignore",
      env: { ...process.env, HOME: dir },
    },
  );
  const made = path.join(dir, `${path.basename(from, path.extname(from))}.${ext}`);
  fs.copyFileSync(made, to);
  fs.rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const at = (name: string) => path.join(OUT, name);
  await tablePlan(at("table-plan.docx"));
  await paragraphPlan(at("paragraph-plan.docx"));
  await xlsxPlan(at("table-plan.xlsx"));
  await emptyDocx(at("error.empty.docx"));
  await renamedZip(at("error.renamed-zip.docx"));
  if (!fs.existsSync(SOFFICE)) {
    console.log(`没有 ${SOFFICE}：跳过 LibreOffice 另存的文件（已提交的文件保持不变）`);
    return;
  }
  // LibreOffice to .xlsx/.docx writes a new file "table-plan.xlsx" etc.; it goes to a temporary folder first.
  const libre = (from: string, to: string, filter?: string) => soffice(at(from), at(to), filter);
  libre("table-plan.xlsx", "table-plan.libreoffice.xlsx", "Calc MS Excel 2007 XML");
  libre("table-plan.docx", "table-plan.libreoffice.docx", "MS Word 2007 XML");
  libre("table-plan.xlsx", "error.old-excel.xls", "MS Excel 97");
  libre("table-plan.docx", "error.old-word.doc", "MS Word 97");
  libre("table-plan.xlsx", "error.opendocument.ods");
}

main().then(
  () => console.log(`已写入 ${OUT}`),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
