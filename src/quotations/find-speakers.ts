/**
 * Finds who said each direct quotation of an article. Forms read:
 *   “…,” she said / he said · Name said “…” / Name said: “…” · “…,” said Name · “…,” Name said ·
 *   according to Name · Name stated in the release.
 * "he"/"she" is resolved to the person named nearest before it, in its paragraph or the one before (a
 * resolved pronoun counts as a mention, so "She also said …" carries the name on). When two people fit,
 * the one who was speaking wins; when that does not decide, the speaker stays unknown. A quote with no
 * attribution of its own takes the speaker of the quote before it in the paragraph, of the quotation it
 * continues across a paragraph break, or of the paragraph before when the quote is its whole paragraph.
 * Precision first: anything else stays unknown.
 */
import type { Quotation, Speaker } from "../core/quotation-types";
import { findQuoteSpans, type Paragraph, paragraphsOf, type QuoteSpan } from "./find-quotations";
import { HONORIFICS, INVERTED_VERBS, SPEECH_VERBS, TITLE_WORDS } from "./name-words";
import { type Gender, type Mention, People, type Person } from "./person-mentions";

const VERB = `(?:${SPEECH_VERBS.join("|")})`;
const INVERTED = `(?:${INVERTED_VERBS.join("|")})`;
const ADVERBS =
  "(?:\\s+(?:also|then|later|further|earlier|previously|recently|has|had|have|again|once|would|will|repeatedly|simply|finally|quickly|told))*";
/** A pronoun subject: "she said", "He also told", and "said she." at a clause end. */
const PRONOUN_EVENT = new RegExp(
  `\\b(he|she|He|She)${ADVERBS}\\s+${VERB}\\b|\\b${VERB}\\s+(he|she)(?=\\s*[,.;:]|\\s*$)`,
  "g",
);

/** After a name: "Name said", "Name, role, said", "Name also told". */
const SUBJECT_VERB = new RegExp(`^(?:(?:,[^,“”"]{1,150}){1,2},)?${ADVERBS}\\s+${VERB}\\b`);
/** Before a name: "said Name", "according to harbour master Name". */
const VERB_SUBJECT = new RegExp(`\\b(?:${INVERTED}|[Aa]ccording to)\\s+((?:[\\p{L}.’'-]+\\s+){0,3})$`, "u");

interface SpeechEvent {
  /** Extent of "subject verb" / "verb subject" / "according to subject". */
  start: number;
  end: number;
  paragraph: number;
  person: Person | null;
}

export function findQuotations(text: string): Quotation[] {
  const paragraphs = paragraphsOf(text);
  const spans = findQuoteSpans(text, paragraphs);
  if (spans.length === 0) return [];
  // Names after the last quotation's paragraph attribute nothing.
  const last = (spans[spans.length - 1] as QuoteSpan).paragraph;
  const people = new People(text, spans);
  const events: SpeechEvent[] = [];
  paragraphs.slice(0, last + 1).forEach((p, index) => {
    const before = people.mentions.length;
    people.readParagraph(p, index);
    const named = people.mentions.slice(before);
    events.push(...namedEvents(text, p, index, named));
    for (const event of pronounEvents(text, p, index, people.mentions, events)) {
      events.push(event);
      if (event.person)
        people.mentions.push({
          person: event.person,
          start: event.start,
          end: event.start,
          paragraph: index,
        });
    }
  });
  events.sort((a, b) => a.start - b.start);
  // One word never given in full ("Water said", a misspelling) is too thin to name a speaker; a person
  // named in full later in the article ("Stan", then "Jonathan M. Stan") is known by then.
  const speakers = spans
    .map((span) => attribution(text, span, paragraphs, events))
    .map((person) => (person && person.words.length > 1 ? person : null));
  inherit(text, spans, speakers, paragraphs);
  return spans.map((span, i) => ({
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    speaker: speakerOf(speakers[i] ?? null),
  }));
}

function speakerOf(person: Person | null): Speaker | null {
  if (!person) return null;
  return person.role ? { name: person.name, role: person.role } : { name: person.name };
}

/** "Name said", "Name, role, said", "said Name", "according to Name". */
function namedEvents(text: string, p: Paragraph, index: number, named: Mention[]): SpeechEvent[] {
  const events: SpeechEvent[] = [];
  for (const m of named) {
    // A name after a preposition ("the University of Arkansas") is not the subject.
    const afterPreposition = /\b(?:of|at|in|from|for|to|by|with|on|about|against)\s$/i.test(
      text.slice(Math.max(p.start, m.start - 9), m.start),
    );
    const after = text.slice(m.end, Math.min(p.end, m.end + 300));
    const subjectVerb = SUBJECT_VERB.exec(after);
    if (subjectVerb && !afterPreposition) {
      events.push({ start: m.start, end: m.end + subjectVerb[0].length, paragraph: index, person: m.person });
      continue;
    }
    const lead = text.slice(Math.max(p.start, m.start - 40), m.start);
    const verbSubject = VERB_SUBJECT.exec(lead);
    if (verbSubject && !titleLead(verbSubject[1] ?? "")) continue;
    if (verbSubject)
      events.push({ start: m.start - verbSubject[0].length, end: m.end, paragraph: index, person: m.person });
  }
  return events;
}

function pronounEvents(
  text: string,
  p: Paragraph,
  index: number,
  mentions: Mention[],
  earlier: SpeechEvent[],
): SpeechEvent[] {
  const slice = text.slice(p.start, p.end);
  const found: SpeechEvent[] = [];
  for (const m of slice.matchAll(PRONOUN_EVENT)) {
    const at = p.start + (m.index ?? 0);
    const pronoun = (m[1] ?? m[2] ?? "").toLowerCase();
    const gender: Gender = pronoun === "she" ? "f" : "m";
    const person = resolvePronoun(at, index, gender, mentions, [...earlier, ...found]);
    found.push({ start: at, end: at + m[0].length, paragraph: index, person });
  }
  return found;
}

/** The one person a pronoun at `at` can mean, or null when none or several fit. */
function resolvePronoun(
  at: number,
  paragraph: number,
  gender: Gender,
  mentions: Mention[],
  events: SpeechEvent[],
): Person | null {
  for (const scope of [paragraph, paragraph - 1]) {
    const fitting = mentions.filter(
      (m) =>
        m.paragraph === scope &&
        m.start < at &&
        // One word never given in full is as likely a place ("Cambodia") as a person.
        (m.person.words.length > 1 || m.person.gender !== null) &&
        (m.person.gender === null || m.person.gender === gender),
    );
    const persons = [...new Set(fitting.map((m) => m.person))];
    if (persons.length === 0) continue;
    let chosen: Person | null = null;
    if (persons.length === 1) chosen = persons[0] as Person;
    else {
      const speaking = persons.filter((person) =>
        events.some((e) => e.person === person && e.paragraph === scope && e.start < at),
      );
      if (speaking.length === 1) chosen = speaking[0] as Person;
    }
    if (chosen) chosen.gender ??= gender;
    return chosen;
  }
  return null;
}

/** The speaker named right after the quote (`,” she said`) or before it in its sentence (`Name said: “`). */
function attribution(
  text: string,
  span: QuoteSpan,
  paragraphs: Paragraph[],
  events: SpeechEvent[],
): Person | null {
  const p = paragraphs[span.paragraph] as Paragraph;
  const inParagraph = events.filter((e) => e.paragraph === span.paragraph);
  const lastChar = text[span.close - 2] ?? "";
  const handsOver = /[,?!—–-]/.test(lastChar) || /^\s*,/.test(text.slice(span.close, span.close + 3));
  if (handsOver) {
    const tail = inParagraph.find((e) => {
      if (e.start < span.close) return false;
      const between = /^[\s,?!.—–-]*(.*)$/s.exec(text.slice(span.close, e.start))?.[1] ?? "";
      return titleLead(between);
    });
    if (tail) return tail.person;
  }
  const head = inParagraph
    .filter((e) => e.end <= span.open && e.start >= p.start)
    .filter((e) => {
      const between = text.slice(e.end, span.open);
      return between.length <= 200 && !/[.!?]["”’]?\s+\p{Lu}/u.test(between) && !/[“”"]/.test(between);
    })
    .pop();
  if (head) return head.person;
  // "Rathbun stated, ¶ “…”": a paragraph that ends handing over to the quote that opens the next one.
  const previous = paragraphs[span.paragraph - 1];
  if (!previous || !/^\s*$/.test(text.slice(p.start, span.open))) return null;
  const lead = events
    .filter((e) => e.paragraph === span.paragraph - 1)
    .filter((e) => {
      const rest = text.slice(e.end, previous.end);
      return (
        rest.length <= 200 &&
        /[:,]\s*$/.test(rest) &&
        !/[.!?]["”’]?\s+\p{Lu}/u.test(rest) &&
        !/[“”"]/.test(rest)
      );
    })
    .pop();
  return lead ? lead.person : null;
}

/** Quotes with no attribution of their own take one from the quote they continue (see the file comment). */
function inherit(
  text: string,
  spans: QuoteSpan[],
  speakers: (Person | null)[],
  paragraphs: Paragraph[],
): void {
  spans.forEach((span, i) => {
    if (speakers[i] || i === 0) return;
    const previous = spans[i - 1] as QuoteSpan;
    const before = speakers[i - 1] ?? null;
    if (!before) return;
    if (span.continued) {
      speakers[i] = before;
      return;
    }
    if (previous.paragraph === span.paragraph) {
      const between = text.slice(previous.close, span.open);
      // "…,” she said. Councillor Tom Baker disagreed: “…” is not hers: a name in between stops it.
      if (!/[“”"]/.test(between) && !/\s\p{Lu}\p{Ll}+\s\p{Lu}/u.test(between) && !mentionsBetween(between))
        speakers[i] = before;
      return;
    }
    const p = paragraphs[span.paragraph] as Paragraph;
    const wholeParagraph =
      previous.paragraph === span.paragraph - 1 &&
      /^\s*$/.test(text.slice(p.start, span.open)) &&
      /^[\s.,!?]*$/.test(text.slice(span.close, p.end)) &&
      isLastQuoteOf(spans, i - 1);
    if (wholeParagraph) speakers[i] = before;
  });
}

function isLastQuoteOf(spans: QuoteSpan[], i: number): boolean {
  return spans[i + 1]?.paragraph !== spans[i]?.paragraph || i + 1 >= spans.length;
}

/** Up to three words between a quote and its speaker's name that only describe them ("team member", "Professor"). */
function titleLead(words: string): boolean {
  if (/[.!?;:,]\s/.test(words)) return false;
  const list = words.trim().split(/\s+/).filter(Boolean);
  if (list.length === 0) return true;
  if (list.length > 3) return false;
  const last = (list[list.length - 1] as string).toLowerCase();
  return TITLE_WORDS.has(last) || HONORIFICS.has(last);
}

/** True when text between two quotes names someone (a capitalised word that does not open a sentence). */
function mentionsBetween(between: string): boolean {
  return (
    /[^.!?”"\s]\s+\p{Lu}\p{Ll}/u.test(between) ||
    /(?:^|[.!?]\s+)(?:\p{Lu}\p{Ll}+\s){1,3}(?:\p{Ll}+\s)?(?:disagreed|said|says|added|told)/u.test(
      between.trim(),
    )
  );
}
