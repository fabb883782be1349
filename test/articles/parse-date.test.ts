/** parseDate: full and partial dates from every shape the loaders meet. */
import { parseDate } from "../../src/articles/parse-date";

describe("parseDate", () => {
  it.each([
    ["2022-05-16", "2022-05-16"],
    ["2022-06-13T23:30:00-05:00", "2022-06-13"],
    ["2022-06-13T01:00:00+09:00", "2022-06-13"],
    ["2022-06-13 10:00", "2022-06-13"],
    ["2022/6/3", "2022-06-03"],
    ["2022-05", "2022-05"],
    ["2022", "2022"],
    ["Mon, 13 Jun 2022 10:00:00 GMT", "2022-06-13"],
    ["13 June 2022", "2022-06-13"],
    ["June 13, 2022", "2022-06-13"],
    ["Monday, June 13, 2022 10:00 AM EDT", "2022-06-13"],
    ["May 2022", "2022-05"],
    ["sept. 2021", "2021-09"],
  ])("parses %j as %j", (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it("reads Date objects in UTC, as gray-matter makes them", () => {
    expect(parseDate(new Date(Date.UTC(2023, 2, 14)))).toBe("2023-03-14");
    expect(parseDate(new Date("2023-12-31T23:59:59Z"))).toBe("2023-12-31");
  });

  it("reads a bare year number and Unix time", () => {
    expect(parseDate(2022)).toBe("2022");
    expect(parseDate(1655114400)).toBe("2022-06-13");
    expect(parseDate(1655114400000)).toBe("2022-06-13");
  });

  it.each([
    [null],
    [undefined],
    [""],
    ["yesterday"],
    ["2022-13-01"],
    ["2022-02-30"],
    ["2022-13"],
    ["Smarch 2022"],
    [new Date("not a date")],
    [42],
    [{ year: 2022 }],
  ])("returns null for %p", (input) => {
    expect(parseDate(input)).toBeNull();
  });
});
