import {
  addDays,
  calendarDate,
  chineseDate,
  daysBetween,
  defaultDeadlineIso,
  formatChineseDate,
  isoDate,
  nowStamp,
  serialToIso,
  todayIso,
} from "../../src/core/calendar";

describe("calendar days", () => {
  it("reads a day in every form users type it, and writes it without leading zeros", () => {
    for (const text of ["2023-04-10", "2023/4/10", "2023年4月10日", " 2023.04.10 ", "2023 年 4 月 10 日"]) {
      expect(isoDate(text)).toBe("2023-04-10");
      expect(formatChineseDate(calendarDate(text) ?? { year: 0, month: 0, day: 0 })).toBe("2023年4月10日");
    }
    expect(chineseDate("2023-07-01")).toBe("2023年7月1日");
  });

  it("refuses what is no real day", () => {
    for (const text of ["2023-02-29", "2023-13-01", "2023-04-31", "下周一", "2023-04", "20230410", ""]) {
      expect(isoDate(text)).toBeNull();
    }
    expect(isoDate("2024-02-29")).toBe("2024-02-29");
  });

  it("counts days across month and year ends, in any time zone", () => {
    expect(formatChineseDate(addDays({ year: 2023, month: 4, day: 25 }, 10))).toBe("2023年5月5日");
    expect(formatChineseDate(addDays({ year: 2023, month: 12, day: 25 }, 15))).toBe("2024年1月9日");
    expect(formatChineseDate(addDays({ year: 2024, month: 2, day: 20 }, 9))).toBe("2024年2月29日");
    expect(daysBetween("2023-12-25", "2024-01-09")).toBe(15);
    expect(daysBetween("2023-07-10", "2023-07-03")).toBe(-7);
  });

  it("puts a quarter's default deadline on the 10th of the month after it", () => {
    expect([1, 2, 3, 4].map((q) => defaultDeadlineIso(2023, q as 1 | 2 | 3 | 4))).toEqual([
      "2023-04-10",
      "2023-07-10",
      "2023-10-10",
      "2024-01-10",
    ]);
  });

  it("reads the clock only as the caller passes it, as the local day", () => {
    const clock = new Date(2023, 6, 5, 9, 30, 59);
    expect(todayIso(clock)).toBe("2023-07-05");
    expect(nowStamp(clock)).toBe("2023-07-05 09:30");
    expect(todayIso(new Date(2024, 0, 1, 0, 0, 0))).toBe("2024-01-01");
  });

  it("turns an Excel date serial into its day", () => {
    expect(serialToIso(45117)).toBe("2023-07-10");
    expect(serialToIso(45117.75)).toBe("2023-07-10");
  });
});
