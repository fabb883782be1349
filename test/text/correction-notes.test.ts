import { asksAboutCorrections, correctionNotes } from "../../src/text/correction-notes";

const body = [
  "First paragraph of the story.",
  "Second paragraph.",
  "Third.",
  "Fourth.",
  "Fifth.",
  "Sixth.",
  "Seventh.",
];

describe("correction notes", () => {
  it.each([
    ["Correction: An earlier version misstated the date.", "correction"],
    ["*Clarification:* The vote was on Tuesday.", "clarification"],
    ["UPDATE (3:45 p.m.): Police named the suspect.", "update"],
    ["Editor’s note: This story contains graphic details.", "editors_note"],
    ["An earlier version of this article gave the wrong age.", "correction"],
    ["[Update: The council voted 7-2.]", "update"],
  ])("recognises %j at the top and at the bottom", (note, kind) => {
    for (const text of [[note, ...body].join("\n\n"), [...body, note].join("\n\n")]) {
      const [found] = correctionNotes(text);
      expect(found).toMatchObject({ kind, text: note });
      expect(text.slice(found?.start, found?.end)).toBe(note);
    }
  });

  it("leaves notes in the middle of a long story and ordinary sentences alone", () => {
    const middle = [...body.slice(0, 4), "Update: the live blog's third entry.", ...body.slice(4)].join(
      "\n\n",
    );
    expect(correctionNotes(middle)).toEqual([]);
    expect(
      correctionNotes("Correction officers said the prison was full.\n\nUpdates to the law follow."),
    ).toEqual([]);
  });

  it.each([
    ["Update, March 4: The council postponed the vote to next week.", "update"],
    ["Editor's note, Oct. 2: The headline of this article has been changed.", "editors_note"],
    ["Updated at 10:45 a.m. ET with the company's statement.", "update"],
    ["UPDATED 2:30 p.m.: The fire is now contained.", "update"],
    ["Update 2: Officials now say 14 people were hurt.", "update"],
    ["Correction appended: An earlier version gave the wrong title for the minister.", "correction"],
    ["Due to an editing error, an earlier version of this article misstated the date.", "correction"],
  ])("recognises the dated, timed and lead-in form %j", (note, kind) => {
    expect(correctionNotes([note, ...body].join("\n\n"))).toMatchObject([{ kind, text: note }]);
  });

  it("takes no headline, promo or software version for a note", () => {
    for (const line of [
      "Clarification: what the new parking rules mean for you",
      "Update: Your guide to the new bus timetable",
      "Update 2.0 of the tax software arrives in March, the agency said.",
      "Correction, not punishment, should be the aim of juvenile courts, the judge said.",
    ])
      expect(correctionNotes([line, ...body].join("\n\n"))).toEqual([]);
  });

  it("knows when a question asks about corrections", () => {
    expect(asksAboutCorrections("Was the library article corrected?")).toBe(true);
    expect(asksAboutCorrections("How late will the library open?")).toBe(false);
  });
});
