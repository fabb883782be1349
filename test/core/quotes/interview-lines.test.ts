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
});
