// The page's 下发 on its file: what planIssue decides is written into the held master as `duban split` writes it
// into a file (报送情况 and, with --set-current, 当前季度), and downloading the master clears its changed mark.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { planIssue } from "../../src/core/collect";
import { parsePlan } from "../../src/core/plan";
import { xlsxValues } from "../../src/xlsx";
import { createFileOps } from "../../src/webapp/fileOps";
import { cliIn } from "../cli/run";

const seed = fs.readFileSync(path.resolve(__dirname, "..", "..", "seeds", "jiangjin-2023.txt"), "utf8");
const plan = parsePlan(seed, { source: "jiangjin-2023.txt" });

test("下发 of another period made current writes the cells `duban split --set-current` writes", async () => {
  const ops = createFileOps(new WeakMap([[plan, "jiangjin-2023.txt"]]));
  await ops.loadPlan(plan);
  const name = ops.master()?.name ?? "";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-page-issue-"));
  fs.writeFileSync(path.join(dir, name), ops.master()?.bytes ?? new Uint8Array());

  // The page: read, decide, write, as IssueTab does.
  const snapshot = await ops.readWorkbook();
  const issue = planIssue(
    { values: snapshot.values ?? new Map(), source: name, cycle: await ops.readCycle(2023) },
    { quarter: 2, issued: "2023-07-01", deadline: "2023-07-10", today: "2023-07-01", makeCurrent: true },
  );
  await ops.recordIssue(issue.write);
  expect(ops.master()?.changed).toBe(true);
  expect((await ops.readWorkbook()).data.params.quarter).toBe(2);

  // The CLI on the same master, with the same choices.
  const split =
    "split jiangjin-2023.xlsx -o t --quarter 2 --issued 2023-07-01 --deadline 2023-07-10 --set-current";
  expect((await cliIn(dir)(...split.split(" "))).code).toBe(0);
  const cli = await xlsxValues(fs.readFileSync(path.join(dir, name)));
  const page = await xlsxValues(ops.master()?.bytes ?? new Uint8Array());
  for (const sheet of ["参数", "报送情况", "填报记录", "校验密钥"])
    expect(page.get(sheet)).toEqual(cli.get(sheet));
  expect(fs.readdirSync(path.join(dir, "t")).sort()).toEqual(issue.templates.map((t) => t.fileName).sort());
}, 120_000);

test("downloading the master offers its bytes under its name and clears the changed mark", async () => {
  const ops = createFileOps(new WeakMap());
  await ops.loadPlan(plan);
  let told = 0;
  ops.subscribe(() => told++);
  const save = jest.fn((_name: string, _bytes: Uint8Array) => undefined);
  const held = ops.master();
  expect(held?.changed).toBe(true);
  ops.download(save);
  expect(save).toHaveBeenCalledWith("督办工作簿-2023.xlsx", held?.bytes);
  expect(ops.master()).toMatchObject({ name: "督办工作簿-2023.xlsx", changed: false });
  expect(told).toBe(1);
  // The next change marks it again.
  await ops.setQuarter(2);
  expect(ops.master()?.changed).toBe(true);
  expect(() => createFileOps(new WeakMap()).download(save)).toThrow(/尚未打开主工作簿/);
}, 60_000);
