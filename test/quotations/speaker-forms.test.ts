/** The attribution forms added for issue 16's recall target, each with the case it must leave unknown. */
import { findQuotations } from "../../src/quotations/find-speakers";

const speakerOf = (text: string, start: string) =>
  findQuotations(text).find((q) => q.text.startsWith(start))?.speaker?.name ?? null;

describe("speaker forms", () => {
  test("“in the words of” a name, with or without a role in apposition", () => {
    const text =
      "Nurse Ana Lima spoke first.\n\nIn the words of Lima, “nobody plans a strike for the fun of it.”\n\n" +
      "In the words of the Crown prosecutor, Mark Tedeschi, “the child spent months in pain that was never treated.”";
    expect(speakerOf(text, "nobody plans")).toBe("Ana Lima");
    expect(speakerOf(text, "the child spent")).toBe("Mark Tedeschi");
  });

  test("“…,” said Dr. Name: the honorific's dot ends no sentence", () => {
    const text =
      "“We saw young colonies on almost every transect,” said Dr. Aisha Rahman, who led the survey.";
    expect(speakerOf(text, "We saw")).toBe("Aisha Rahman");
  });

  test("“…,” the mayor, Name, said: a role in apposition between the quote and the name", () => {
    const text =
      "“We will pay for every field and every animal lost,” the mayor, Henrik Sørensen, said at a briefing.";
    expect(speakerOf(text, "We will pay")).toBe("Henrik Sørensen");
  });

  test("an interview answer labelled with the interviewee's name", () => {
    const text =
      "Wikinews: How did the bakery start?\n\nMarta Kowalski: “It started in my kitchen with two borrowed ovens.”";
    expect(speakerOf(text, "It started")).toBe("Marta Kowalski");
  });

  test("a clause that introduces the quote with a colon: Name read a statement: “…”", () => {
    const text =
      "His wife, Margaret Hale, read a short statement: “Victor has always served this city honestly.”\n\n" +
      "Police arrested Tom Berg after the match. The sign said: “No entry for visitors after dark.”";
    expect(speakerOf(text, "Victor has")).toBe("Margaret Hale");
    expect(speakerOf(text, "No entry")).toBeNull();
    const passive =
      "Nurse Ana Lima was described by colleagues as “a tireless worker who never took a day off.”\n\n" +
      "Councillor Tom Baker was told by the mayor: “Your motion will not pass this year.”";
    expect(speakerOf(passive, "a tireless")).toBeNull();
    expect(speakerOf(passive, "Your motion")).toBeNull();
  });

  test("“…” - Name closing its paragraph", () => {
    const text = "“So far, it's the Internet: 1, Scientology: 0. But it's a long game.” - Matthew Ingram";
    expect(speakerOf(text, "So far")).toBe("Matthew Ingram");
  });

  test("verbs beyond said: defended, described … as, joked, with short quoted words in between", () => {
    const text =
      "Mayor Daniel Okonkwo defended the plan: “This stadium will bring two thousand jobs.”\n\n" +
      "The lawyer, Ingrid Svensson, described the ruling as “a victory for every tenant in the city.”\n\n" +
      "Yvette Cooper said her party has backed the idea “for months”, and said it was “damning that nothing was done.”";
    expect(speakerOf(text, "This stadium")).toBe("Daniel Okonkwo");
    expect(speakerOf(text, "a victory")).toBe("Ingrid Svensson");
    expect(speakerOf(text, "damning")).toBe("Yvette Cooper");
  });

  test("Name nodded, but said: the second woman is speaking too, so a later “she” stays unknown", () => {
    const text =
      "Beatriz Santos and Olivia Grant stood at the gate. “We have thirty-four children in some rooms,” Santos said. " +
      "Grant nodded, but said she had not joined the strike. “My place is with the children here today.”\n\n" +
      "“The board never answered the letter,” she said.";
    expect(speakerOf(text, "My place")).toBe("Olivia Grant");
    expect(speakerOf(text, "The board")).toBeNull();
  });

  test("“she” after an unnamed person is not the woman of the paragraph before", () => {
    const text =
      "Deputy Hannah Cho said the campaign knocked on a million doors. “I knocked on four thousand of them,” she joked.\n\n" +
      "One supporter, a retired teacher, was in tears. “I have voted for him in every election since 1998,” she said.";
    expect(speakerOf(text, "I knocked")).toBe("Hannah Cho");
    expect(speakerOf(text, "I have voted")).toBeNull();
  });

  test("a profession opening a name is the role, not the name", () => {
    const text = "Meteorologist Anna Keller spoke. “There is no rain in sight this week,” Keller said.";
    const q = findQuotations(text)[0];
    expect(q?.speaker).toEqual({ name: "Anna Keller", role: "Meteorologist" });
  });

  test("one name spelled two ways is one person; a titled surname is a speaker unless it misspells another", () => {
    const text =
      "Curator Kristin Wilkins opened the show. Kristen Wilkins said it took a year.\n\n" +
      "“He wanted to be rich and famous and he did it,” Wilkins said.\n\n" +
      "Undersecretary Mr. Toccafondi says “many schools will increase their fees.”\n\n" +
      "Lydia Buchtmann spoke for the agency. “We need more iodine in the food supply,” Ms Bauchtman said.";
    expect(speakerOf(text, "He wanted")).toBe("Kristen Wilkins");
    expect(speakerOf(text, "many schools")).toBe("Toccafondi");
    expect(speakerOf(text, "We need more")).toBeNull();
  });
});
