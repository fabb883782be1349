/** Filter tokens and options typed by a person: one strict parser for chat and the CLI. */
import {
  checkFilters,
  describeFilters,
  parseDateBound,
  readFilterTokens,
} from "../../../src/core/question/question-filters";

describe("parseDateBound", () => {
  it.each(["2022", "2022-05", "2022-05-31", "2024-02-29"])("accepts %s", (value) => {
    expect(parseDateBound(value)).toBe(value);
  });
  it.each(["2022-13-45", "2022-13", "2023-02-29", "2022-5", "22-05-01", "last week", "", "2022-05-01T10:00"])(
    "refuses %j",
    (value) => {
      expect(parseDateBound(value)).toBeNull();
    },
  );
});

describe("readFilterTokens", () => {
  it("takes from:, to: and publisher: out of the question, as filters", () => {
    expect(
      readFilterTokens('from:2022 who is the finance minister? to:2023-05 publisher:"Valdoria Daily"'),
    ).toEqual({
      ok: true,
      question: "who is the finance minister?",
      filters: { from: "2022", to: "2023-05", publishers: ["Valdoria Daily"] },
    });
  });

  it("reads curly quotes, bare one-word publishers, repeated publishers and any case of the key", () => {
    expect(readFilterTokens("Publisher:“Valley Wire” publisher:Gazette what burst?")).toEqual({
      ok: true,
      question: "what burst?",
      filters: { publishers: ["Valley Wire", "Gazette"] },
    });
  });

  it("lets given option values win over tokens and adds given publishers", () => {
    expect(
      readFilterTokens("from:2020 who? publisher:A", { from: "2022", to: null, publishers: ["B", null] }),
    ).toEqual({
      ok: true,
      question: "who?",
      filters: { from: "2022", publishers: ["A", "B"] },
    });
    expect(readFilterTokens("who?", { to: "2022-02-30" })).toMatchObject({ ok: false });
  });

  it("leaves a question without tokens as it is, with no filters", () => {
    expect(readFilterTokens("what happened to the bridge?  from the start ")).toEqual({
      ok: true,
      question: "what happened to the bridge?  from the start ",
    });
  });

  it("does not read a token inside another word or a link", () => {
    const result = readFilterTokens("see https://example.org/to:2022 and datefrom:2021");
    expect(result).toEqual({ ok: true, question: "see https://example.org/to:2022 and datefrom:2021" });
  });

  it.each([
    ["who? from:2022-13-45", /from:2022-13-45.*YYYY, YYYY-MM or YYYY-MM-DD/],
    ["who? to:yesterday", /to:yesterday/],
    ["who? from:", /from:\(nothing\)/],
    ["who? from:2024 to:2022", /from:2024 is after to:2022/],
    ['who? publisher:""', /publisher: needs a name/],
  ])("gives a clear problem for %j", (text, message) => {
    const result = readFilterTokens(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe("checkFilters / describeFilters", () => {
  it("checks option values the same way and ignores absent ones", () => {
    expect(checkFilters({ from: null, to: undefined, publishers: [null] })).toEqual({ ok: true });
    expect(checkFilters({ from: "2021-02-30" })).toMatchObject({ ok: false });
    expect(checkFilters({ from: "2021-02", publishers: [" Valley  Wire "] })).toEqual({
      ok: true,
      filters: { from: "2021-02", publishers: ["Valley Wire"] },
    });
  });

  it("describes filters for a reply", () => {
    expect(describeFilters({ from: "2022", to: "2023-05", publishers: ["Valley Wire"] })).toBe(
      "from 2022 · to 2023-05 · publisher “Valley Wire”",
    );
    expect(describeFilters(undefined)).toBe("");
  });
});
