/**
 * A question in a language the bot has no reader for, over the shipped article and the Wikinews fixtures: answered
 * from the story its names point to, with a line that says how little of it was read (foreign-words.ts).
 */
import { answerOver, useReporterArchive } from "../../helpers/reporter-archive";

describe("a question in another language", () => {
  const archive = useReporterArchive();

  it("is answered by the story its names point to, and says how it was read", async () => {
    const answer = await answerOver(archive(), "Daniel Montalvo ba che mablaghi vasighe azad shod?");
    expect(answer.status).toBe("answered");
    expect(answer.text.split("\n")[0]).toBe(
      "I could read only part of that question, as “Daniel Montalvo che?”.",
    );
    expect(answer.text).toContain("US$ 20,000 bail");
    expect(answer.question).toBe("Daniel Montalvo ba che mablaghi vasighe azad shod?");
  });

  it("reads its question words: Banglish 'koto jon' asks how many people", async () => {
    const answer = await answerOver(
      archive(),
      "Australia r iodine study te koto jon school er bacchader niye survey hoyechilo?",
    );
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("1709 schoolchildren");
  });

  it("reads Nepali and Tamil question words, and a Tamil ending after a hyphen", async () => {
    for (const [question, fact] of [
      [
        "magicians ko International Brotherhood ko president William Evans lai kun sahar ma induct gariyo?",
        "Phoenix",
      ],
      ["Brooklyn bar-la antha Santorum cocktail evlo rate da?", "US $ 8.00"],
      [
        "America Cambodia-voda GSP trade benefits-a entha year-la nipaatinaanga?",
        "in 2020 suspended the GSP",
      ],
    ]) {
      const answer = await answerOver(archive(), question as string);
      expect(answer.status).toBe("answered");
      expect(answer.text).toContain(fact);
    }
  });

  it("reads Telugu, Haitian Creole and Hebrew question words", async () => {
    for (const [question, fact] of [
      ["Cambodia commune elections lo enni council seats kosam poti undi andi?", "11,622"],
      ["Mecca Grand Mosque lo crane padi enta mandi chanipoyaru andi?", "107"],
      ["Sak pase! Konbyen moun ki te mouri lè crane la te tonbe nan Mecca? Mèsi anpil.", "107"],
      ["Tanpri, konbyen moun ki te blese lè crane la te tonbe nan Mecca?", "wounding 238"],
      // "pale de" and "vle di" are Creole, not Patois's "di".
      [
        "Sak pase! Yo pale de GSP nan istwa Cambodia a. Kisa lèt GSP yo vle di? Mèsi.",
        "Generalized Scheme of Preferences",
      ],
      ["ahlan, kama euros did Livorno want from the religious schools? toda", "422,000 euros"],
    ]) {
      const answer = await answerOver(archive(), question as string);
      expect(answer.status).toBe("answered");
      expect(answer.text).toContain(fact);
    }
  });

  it("reads a Romanian question word in an English question, with no line about reading part of it", async () => {
    for (const [question, fact] of [
      [
        "Câți asylum seekers are getting the questionnaire instead of a face-to-face interview in the UK?",
        "12,000",
      ],
      ["Câți euro did Livorno want from the two religious schools in back taxes?", "422,000 euros"],
    ]) {
      const answer = await answerOver(archive(), question as string);
      expect(answer.status).toBe("answered");
      expect(answer.text).toContain(fact);
      expect(answer.text).not.toContain("I could read only part");
    }
  });

  it("refuses a sum asked by its currency ('evlo dollars', how many dollars) that the story never gives", async () => {
    for (const question of [
      "Jack Herrick eHow-va evlo dollars-ku vithaaru?",
      "How many dollars did Jack Herrick sell eHow for?",
    ])
      expect((await answerOver(archive(), question)).status).toBe("not_found");
  });

  it("still refuses one that names nothing the archive holds", async () => {
    const answer = await answerOver(archive(), "kitchen mein bahut ants aa rahe hai, kaise bhagaun unko?");
    expect(answer.status).toBe("not_found");
  });

  it("leaves a question that a reader of its own language read as that reader read it", async () => {
    // Spanglish (spanglish.ts): its words left unread are no sign of another language. The expo story gives no
    // attendance, and the question is refused as before.
    const answer = await answerOver(
      archive(),
      "cuánta gente fue exactamente a la Fan Expo Canada 2016? el número oficial de asistentes",
    );
    expect(answer.status).toBe("not_found");
  });

  it("adds no such line to a question in English", async () => {
    const answer = await answerOver(archive(), "How much was Daniel Montalvo's bail?");
    expect(answer.status).toBe("answered");
    expect(answer.text).not.toContain("I could read only part");
  });
});
