/** An interview's question and answer lines (interview-lines.ts), read on sources cut as quote picking cuts them. */
import {
  answeredQuestion,
  asksTheInterviewee,
  interviewersLine,
} from "../../../src/core/quotes/interview-lines";
import type { Source, Span } from "../../../src/core/quotes/quote-sources";

/** A whole-text source whose spans are its lines, trimmed (quote-sources.ts splits lines into sentences). */
function sourceOf(text: string): Source {
  const spans: Span[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed) {
      const start = at + line.indexOf(trimmed);
      spans.push({ start, end: start + trimmed.length, text: trimmed, caption: false });
    }
    at += line.length + 1;
  }
  return { whole: true, text, offset: 0, spans };
}

describe("interview lines", () => {
  const interview = sourceOf(
    [
      "Robert Sarvis answered five questions.",
      "  What do you think of toll roads?",
      "They should go.",
      "Which previous governor do you most admire?",
      "Thomas Jefferson.",
      "He asked: why would you? Nobody knows.",
    ].join("\n"),
  );
  const span = (source: Source, text: string) => source.spans.find((s) => s.text.startsWith(text)) as Span;

  it("finds an interviewer's question: its own line, ending with a question mark, asking 'you'", () => {
    expect(asksTheInterviewee(span(interview, "What do you"), interview)).toBe(true);
    expect(asksTheInterviewee(span(interview, "Which previous"), interview)).toBe(true);
    expect(asksTheInterviewee(span(interview, "Robert Sarvis"), interview)).toBe(false);
    expect(asksTheInterviewee(span(interview, "He asked"), interview)).toBe(false);
  });

  it("gives the question a line answers, only for the line right after it", () => {
    const at = (text: string) => interview.spans.indexOf(span(interview, text));
    expect(answeredQuestion(interview, at("Thomas Jefferson"))?.text).toBe(
      "Which previous governor do you most admire?",
    );
    expect(answeredQuestion(interview, at("They should go"))?.text).toBe("What do you think of toll roads?");
    expect(answeredQuestion(interview, at("Which previous"))).toBeUndefined();
  });

  it("takes any question on its own line in an interview for the interviewer's, with 'you' or without", () => {
    const withOne = sourceOf(`${interview.text}\nAnd what would that mean?\nNot much.`);
    expect(interviewersLine(span(withOne, "And what would"), withOne)).toBe(true);
    expect(interviewersLine(span(withOne, "Which previous"), withOne)).toBe(true);
    expect(interviewersLine(span(withOne, "He asked"), withOne)).toBe(false);
    expect(interviewersLine(span(withOne, "Not much"), withOne)).toBe(false);
    const story = sourceOf("The storm hit on Monday.\nWhat do you need to know?\nThe roads are closed.");
    expect(interviewersLine(span(story, "What do you"), story)).toBe(false);
  });

  it("not in a story that asks 'you' only once", () => {
    const story = sourceOf("The storm hit on Monday.\nWhat do you need to know?\nThe roads are closed.");
    expect(asksTheInterviewee(span(story, "What do you"), story)).toBe(false);
    expect(answeredQuestion(story, 2)).toBeUndefined();
  });

  /** Like sourceOf, with each line's sentences as spans (split after "?", "." or "!" and a space). */
  function sentencesOf(text: string): Source {
    const spans: Span[] = [];
    for (const match of text.matchAll(/[^\n]+?(?:[?.!](?= |\n|$)|(?=\n)|$)/g)) {
      const trimmed = match[0].trim();
      if (!trimmed) continue;
      const start = match.index + match[0].indexOf(trimmed);
      spans.push({ start, end: start + trimmed.length, text: trimmed, caption: false });
    }
    return { whole: true, text, offset: 0, spans };
  }

  it("reads an interviewer's line of several questions whole, when one of them says 'you'", () => {
    const source = sentencesOf(
      [
        "Wikinews interviewed Tina McKenzie.",
        "Who plays in that one?",
        "A large Canadian tournament.",
        "Was that the one where you were the captain of the team, in 2005? Or was that a later one?",
        "No, I captained in 2010.",
      ].join("\n"),
    );
    const answer = source.spans.findIndex((s) => s.text.startsWith("No, I captained"));
    expect(source.spans[answer - 1]?.text).toBe("Or was that a later one?");
    expect(answeredQuestion(source, answer)?.text).toBe(
      "Was that the one where you were the captain of the team, in 2005? Or was that a later one?",
    );
    // Twice in a row: the same span, whose words are read once.
    expect(answeredQuestion(source, answer)).toBe(answeredQuestion(source, answer));
  });

  it("does not read a statement before the question as asked, nor a line without 'you'", () => {
    const source = sentencesOf(
      [
        "Wikinews interviewed a bar owner.",
        "Where do you advertise?",
        "On the web.",
        "Your cocktail has had a lot of coverage. Did you expect that?",
        "Not at all.",
        "Is it sold out? Was it ever?",
        "Never.",
      ].join("\n"),
    );
    const at = (text: string) => source.spans.findIndex((s) => s.text.startsWith(text));
    expect(answeredQuestion(source, at("Not at all"))).toBeUndefined();
    expect(answeredQuestion(source, at("Never"))).toBeUndefined();
    expect(answeredQuestion(source, at("On the web"))?.text).toBe("Where do you advertise?");
  });

  it("takes a story with two questions on lines of their own for an interview, 'you' or not", () => {
    const source = sentencesOf(
      [
        "Cyclone Phailin has strong winds, will it lose strength over land?",
        "Yes, once it moves over land.",
        "Was that the one where you forecast it, in 2005? Or a later one?",
        "In 2013.",
      ].join("\n"),
    );
    expect(interviewersLine(source.spans[0] as Span, source)).toBe(true);
    expect(answeredQuestion(source, source.spans.length - 1)?.text).toBe(
      "Was that the one where you forecast it, in 2005? Or a later one?",
    );
  });
});
