import { draftQuarterlyBulletin, draftSupervisionNotices, noticeToText } from "../src/core/notice";
import { noticeToDocx } from "../src/docx";
import { seedData } from "../test/core/notice/seed";
import type { BenchCase } from "./types";

const data = seedData();

const cases: BenchCase[] = [
  {
    name: "notice · draft the 季度通报 and every 督办通知 of the 92-task plan as text",
    async run() {
      const drafts = [draftQuarterlyBulletin(data), ...draftSupervisionNotices(data)];
      return { drafts: drafts.length, characters: drafts.map(noticeToText).join("").length };
    },
  },
  {
    name: "notice · 季度通报 as .docx",
    async run() {
      return { bytes: (await noticeToDocx(draftQuarterlyBulletin(data))).length };
    },
  },
  {
    name: "notice · every 督办通知 in one .docx",
    async run() {
      return { bytes: (await noticeToDocx(draftSupervisionNotices(data))).length };
    },
  },
];
export default cases;
