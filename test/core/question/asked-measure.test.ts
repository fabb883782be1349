/** A measurement asked ("how deep / tall / fast / long") and whether a story gives one at all. */
import { figureMissing } from "../../../src/core/question/asked-figure";
import { measureMissing } from "../../../src/core/question/asked-measure";

describe("measureMissing", () => {
  const bridge = "The stampede happened at the Jamarat Bridge. At least 345 pilgrims were killed.";

  it("is true when the story gives no measurement of the kind asked", () => {
    expect(measureMissing("How long is the Jamarat Bridge?", bridge)).toBe(true);
    expect(
      measureMissing("how fast was the wind when the crane collapsed", "Strong winds toppled the crane."),
    ).toBe(true);
    expect(measureMissing("How tall is the pig lantern?", "The pig lantern spins; 3,000 people came.")).toBe(
      true,
    );
    // A height asked by name, after a label too.
    const crane = "A storm caused a crane to fall into Mecca's Grand Mosque, killing 107.";
    expect(measureMissing("Mecca crane collapse: manufacturer and height of the crane?", crane)).toBe(true);
    expect(measureMissing("What's the height of the crane?", crane)).toBe(true);
    expect(measureMissing("What's the height of the crane?", "The 200-metre crane fell.")).toBe(false);
    // Not a height: "during the height of the Civil War".
    expect(measureMissing("Which general led the Union during the height of the Civil War?", crane)).toBe(
      false,
    );
    // "I am" is no length ("a" "m"), nor "aft" ("a" "ft").
    expect(
      measureMissing(
        "how deep under the ross ice shelf were the anemones found?",
        "I am happy to not go. Aft of the ship.",
      ),
    ).toBe(true);
  });

  it("is false when the story gives one: a length, a speed, a time, pages, a start", () => {
    expect(measureMissing("How long is the Jamarat Bridge?", "The bridge is 950 metres long.")).toBe(false);
    expect(measureMissing("how fast was the wind", "Gusts reached 83 km / h on Friday.")).toBe(false);
    expect(measureMissing("how fast was the wind", "Winds of 60 miles per hour were measured.")).toBe(false);
    // "What's the speed of …" asks a speed as "how fast" does.
    expect(
      measureMissing("What's the speed of light in km/s?", "A laser light show lit the 15 metre pig."),
    ).toBe(true);
    expect(measureMissing("what was the top speed of the train", "The train reached 320 km / h.")).toBe(
      false,
    );
    // Typed as a label, with the unit written out.
    expect(
      measureMissing(
        "Speed of light in km per second, rounded, for a science explainer?",
        "A laser light show lit the 15 metre pig.",
      ),
    ).toBe(true);
    expect(measureMissing("speed of the probe?", "Stardust flew at 6 km per second past the comet.")).toBe(
      false,
    );
    expect(measureMissing("How tall is the pig lantern?", "The pig is 21 metres tall.")).toBe(false);
    expect(measureMissing("how deep were the anemones found", "They live 250m below the ice.")).toBe(false);
    expect(measureMissing("how deep were the anemones found", "They live a few metres below the ice.")).toBe(
      false,
    );
    expect(measureMissing("How long was the report?", "The 131-page document was found on a street.")).toBe(
      false,
    );
    expect(
      measureMissing(
        "How thick was the file found in Kanata — how many pages?",
        "The 131-page document was found.",
      ),
    ).toBe(false);
    expect(
      measureMissing("How thick was the file found in Kanata?", "The document was found on a street."),
    ).toBe(true);
    expect(measureMissing("how long was she kept on the ship", "She was kept aboard for twelve years.")).toBe(
      false,
    );
    expect(
      measureMissing(
        "how long has cambodia had multiparty polls",
        "Elections have been held since the early 1990s.",
      ),
    ).toBe(false);
  });

  it("reads a unit a label asks its figure in: a length or a mass", () => {
    const anemone = "The anemones burrow into the ice and hang upside down from it.";
    expect(measureMissing("E. andrillae body length, cm?", anemone)).toBe(true);
    expect(measureMissing("E. andrillae body length, cm?", "They are about 2.5 centimetres long.")).toBe(
      false,
    );
    // A length in another unit gives it too.
    expect(measureMissing("E. andrillae body length, cm?", "They are under an inch long.")).toBe(false);
    const iodine = "Almost half of all Australian primary school children are mildly iodine deficient.";
    expect(measureMissing("recommended daily intake for pregnant women, micrograms?", iodine)).toBe(true);
    expect(measureMissing("daily intake, micrograms?", "Women need 220 micrograms a day.")).toBe(false);
    // Pounds are money too; "what's the UK figure in pounds?" asks no mass.
    expect(measureMissing("what's the price in pounds?", iodine)).toBe(false);
  });

  it("is false for questions that ask no measurement, or how far", () => {
    expect(measureMissing("How many pilgrims died?", bridge)).toBe(false);
    expect(measureMissing("How far has ozone dropped since 1980?", bridge)).toBe(false);
    // Asked after another question, which the story may answer: a partial answer, not a refusal.
    expect(measureMissing("When does the closure start, and for how long?", bridge)).toBe(false);
  });

  it("is read by figureMissing, the question's figure check", () => {
    expect(figureMissing("How long is the Jamarat Bridge?", bridge)).toBe(true);
    expect(figureMissing("How long is the Jamarat Bridge?", "The bridge is 950 metres long.")).toBe(false);
  });
});
