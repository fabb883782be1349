import { clusterQuestions, jaccard, SIMILARITY_THRESHOLD } from "../../src/report/cluster-questions";

const at = (n: number) => `2026-11-2${n}T10:00:00.000Z`;

describe("clusterQuestions", () => {
  it("groups wordings that share stemmed content words, most frequent group first", () => {
    const groups = clusterQuestions([
      { question: "Who is the new police chief?", at: at(0) },
      { question: "Is the stadium going ahead?", at: at(1) },
      { question: "Who was appointed police chief?", at: at(2) },
      { question: "When does the new police chief start?", at: at(3) },
      { question: "Who is the new  police chief?", at: at(4) },
    ]);
    expect(groups).toEqual([
      {
        label: "Who is the new police chief?",
        count: 4,
        variants: [
          { question: "Who is the new police chief?", count: 2 },
          { question: "Who was appointed police chief?", count: 1 },
          { question: "When does the new police chief start?", count: 1 },
        ],
        latest: at(4),
      },
      { label: "Is the stadium going ahead?", count: 1, variants: [expect.anything()], latest: at(1) },
    ]);
  });

  it("keeps questions apart below the threshold, and groups word-less ones by their text", () => {
    const groups = clusterQuestions([
      { question: "ferry strike pay", at: at(0) },
      { question: "ferry timetable winter", at: at(1) },
      { question: "?!", at: at(2) },
      { question: "?!", at: at(3) },
    ]);
    expect(groups.map((group) => [group.label, group.count])).toEqual([
      ["?!", 2],
      ["ferry timetable winter", 1],
      ["ferry strike pay", 1],
    ]);
  });

  it("measures Jaccard on stemmed content words, and the threshold is the documented one", () => {
    expect(jaccard(new Set(["a", "b"]), new Set(["b", "c"]))).toBeCloseTo(1 / 3);
    expect(SIMILARITY_THRESHOLD).toBe(0.4);
    // {water, bill, rise} and {water, price, rise, next}: 2 of 5 words shared, so one group.
    expect(
      clusterQuestions([
        { question: "How much will water bills rise?", at: at(0) },
        { question: "What is the water price rise next year?", at: at(1) },
      ]),
    ).toHaveLength(1);
  });
});
