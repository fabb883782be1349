import { readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeText } from "../../src/articles/normalize-text";
import { findQuotations } from "../../src/quotations/find-speakers";

const seed = () => {
  const raw = readFileSync(
    join(__dirname, "../../corpus/2022-05-cambodia-foreign-minister-us-human-rights.md"),
    "utf8",
  );
  return normalizeText(raw.slice(raw.indexOf("\n---", 3) + 4));
};

describe("findQuotations on the shipped article", () => {
  const text = seed();
  const quotations = findQuotations(text);
  const by = (start: string) => quotations.find((q) => q.text.startsWith(start));

  test("every quotation is a verbatim span of the text", () => {
    for (const q of quotations) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  test("“…,” she said two paragraphs after the name: Chak Sopheap, role as written", () => {
    expect(by("Peaceful assemblies")?.speaker).toEqual({
      name: "Chak Sopheap",
      role: "the executive director of Cambodia Center for Human Rights",
      shortRole: "executive director, Cambodia Center for Human Rights",
    });
    expect(by("Civil society organizations")?.speaker?.name).toBe("Chak Sopheap");
  });

  test("“…,” he said after “Am Sam Ath, the operations director …” (no verb of his own)", () => {
    expect(by("The government always refuses")?.speaker?.name).toBe("Am Sam Ath");
  });

  test("Name stated in the release; Name said …: “…”; “…,” Name said", () => {
    expect(by("The existence of hundreds")?.speaker?.name).toBe("Prak Sokhonn");
    expect(by("His government must")?.speaker).toEqual({ name: "Ed Markey", role: "U.S. Senator" });
    expect(by("The Paris Peace Accords")?.speaker?.name).toBe("Ed Markey");
  });

  test("the resolution's words are given to no person", () => {
    expect(by("its deep concern")?.speaker).toBeNull();
    expect(by("orchestrated by Prime Minister")?.speaker).toBeNull();
  });
});

describe("tricky layouts", () => {
  test("a photo caption names no speaker, nor a fuller name for one", () => {
    // The Stardust interview: "Stardust is a NASA space capsule … "Wild 2) …" and, paragraphs on, the caption
    // "Artist's rendering of Spacecraft Stardust Image: NASA", which does not make the capsule a person.
    const raw = readFileSync(join(__dirname, "../fixtures/gum-wikinews/interview_stardust.md"), "utf8");
    const text = normalizeText(raw.slice(raw.indexOf("\n---", 3) + 4));
    const named = findQuotations(text).map((q) => q.speaker?.name);
    expect(named).not.toContain("Spacecraft Stardust Image");
    expect(text).toContain("Artist's rendering of Spacecraft Stardust Image: NASA");
  });

  test("a paraphrase is no quotation; “she” with two women before stays unknown", () => {
    const text = normalizeText(
      "Ana Ruiz met Maria Lopez before the vote.\n\n“We found the money in the end, but only just,” she said.\n\nLopez said the savings would go to road repairs.",
    );
    const quotations = findQuotations(text);
    expect(quotations.map((q) => q.text)).toEqual(["We found the money in the end, but only just"]);
    expect(quotations[0]?.speaker).toBeNull();
  });

  test("two speakers in one paragraph keep their own words", () => {
    const text = normalizeText(
      "Maria Lopez, the finance chair, defended the cut. “We cannot keep every branch open,” she said. Councillor Tom Baker disagreed: “Closing branches hurts the families.”",
    );
    expect(findQuotations(text).map((q) => q.speaker?.name)).toEqual(["Maria Lopez", "Tom Baker"]);
  });

  test("a quotation across paragraphs keeps its speaker", () => {
    const text = normalizeText(
      "Union leader Samuel Okafor told reporters: “Our members held the line for four days.\n\n“Nobody wanted to strike at all, believe me,” he said.",
    );
    expect(findQuotations(text).map((q) => q.speaker?.name)).toEqual(["Samuel Okafor", "Samuel Okafor"]);
  });
});
