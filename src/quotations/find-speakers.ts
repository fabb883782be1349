/**
 * Finds who said each direct quotation of an article. Forms read:
 *   “…,” she said / he said · Name said “…” / Name said: “…” · “…,” said Name · “…,” Name said ·
 *   “…,” the mayor, Name, said · according to Name · in the words of [the role,] Name · Name stated in
 *   the release · Name’s statement added · “…” - Name (closing its paragraph) · Name: “…” (an interview
 *   label) · a clause opened by Name that introduces the quote with a colon, "as" or ", saying,"
 *   ("His wife, Margaret Hale, read a short statement: “…”").
 * "he"/"she" is resolved to the person named nearest before it, in its paragraph or, from the paragraph's
 * first sentence only, the one before (a resolved pronoun counts as a mention, so "She also said …"
 * carries the name on). When two people fit,
 * the one who was speaking wins; when that does not decide, the speaker stays unknown. A quote with no
 * attribution of its own takes the speaker of the quote before it in the paragraph, of the quotation it
 * continues across a paragraph break, or of the paragraph before when the quote is its whole paragraph.
 * Precision first: anything else stays unknown.
 */
import type { Quotation, Speaker } from "../core/quotation-types";
import { isCaptionLine } from "../text/caption-lines";
import { SPEECH_VERBS } from "../text/speech-verbs";
import { findQuoteSpans, type Paragraph, paragraphsOf, type QuoteSpan } from "./find-quotations";
import { HONORIFICS, INVERTED_VERBS, PROFESSION_ENDING, TITLE_WORDS } from "./name-words";
import { type Gender, type Mention, nearMiss, People, type Person } from "./person-mentions";
import { organisationAcronyms, shortRole } from "./short-role";

/**
 * The version of these rules, stored with the quotations an ingest finds: an index written by older rules
 * has every article's quotations found again, not only the changed articles'.
 */
export const QUOTATION_RULES = 2;

const VERB = `(?:${SPEECH_VERBS.join("|")})`;
const INVERTED = `(?:${INVERTED_VERBS.join("|")})`;
const ADVERBS =
  "(?:\\s+(?:also|then|later|further|earlier|previously|recently|has|had|have|again|once|would|will|repeatedly|simply|finally|quickly|told))*";
/** A pronoun subject: "she said", "He also told", and "said she." at a clause end. */
const PRONOUN_EVENT = new RegExp(
  `\\b(he|she|He|She)${ADVERBS}\\s+${VERB}\\b|\\b${VERB}\\s+(he|she)(?=\\s*[,.;:]|\\s*$)`,
  "g",
);

/** What a person writes is theirs: "Cornyn's statement added". */
const WRITTEN = "(?:statement|letter|tweet|post|blog post|e-mail|email|message|note|release)";
/**
 * After a name: "Name said", "Name, role, said", "Name, said", "Name also told", "Name's statement added",
 * "Name nodded, but said".
 */
const SUBJECT_VERB = new RegExp(
  `^(?:['’]s\\s+${WRITTEN}|(?:,[^,“”"]{1,150}){1,2},|,)?(?:\\s+\\p{Ll}+,?\\s+(?:but|and)(?=\\s+${VERB}))?${ADVERBS}\\s+${VERB}\\b`,
  "u",
);
/** Before a name: "said Name", "according to harbour master Name", "in the words of the prosecutor, Name". */
const VERB_SUBJECT = new RegExp(
  `\\b(?:${INVERTED}|[Aa]ccording to|[Ii]n the words of(?:\\s+(?:the|a|an|its|his|her|their)\\s[^,“”".]{1,60},)?)\\s+((?:[\\p{L}.’'-]+\\s+){0,3})$`,
  "u",
);
/** A name that opens its clause and is followed by its verb: "Name read", "Name, role, has called". */
const SUBJECT_OPENS =
  /^(?:,[^,“”"]{1,150},|,|\s+of\s+[^,“”".]{1,60}?)?\s+(?:(?:has|had|also|then)\s+)?\p{Ll}+/u;
/** What stands between a subject and the quote it introduces: "…: “", "… as “", "…, saying, “". */
const INTRODUCES = /(?::|\bas|,\s*saying,?)\s*$/;

interface SpeechEvent {
  /** Extent of "subject verb" / "verb subject" / "according to subject". */
  start: number;
  end: number;
  paragraph: number;
  person: Person | null;
  /**
   * A subject whose verb is not a speech verb ("Name read a statement:", "Name defended the record:",
   * "Name:" as an interview label): it names the speaker only of a quote its clause introduces with a colon.
   */
  introducing?: boolean;
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
    // A photo caption or credit names no speaker, nor a speaker's full name: "Artist's rendering of Spacecraft
    // Stardust Image: NASA" does not make the spacecraft Stardust of an earlier paragraph a person.
    if (isCaptionLine(text.slice(p.start, p.end))) return;
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
  // One word never given in full ("Water said", a misspelling) is too thin to name a speaker, unless a
  // title went with it ("Mr. Toccafondi"); a person named in full later in the article ("Stan", then
  // "Jonathan M. Stan") is known by then.
  const speakers = spans
    .map((span) => attribution(text, span, paragraphs, events, spans))
    .map((person) =>
      person && (person.words.length > 1 || (person.titled && !nearMiss(person, people.persons)))
        ? person
        : null,
    );
  inherit(text, spans, speakers, paragraphs);
  const acronyms = organisationAcronyms(text);
  return spans.map((span, i) => ({
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    speaker: speakerOf(speakers[i] ?? null, acronyms),
  }));
}

/** The speaker with the role as written, and its short display form when that differs. */
function speakerOf(person: Person | null, acronyms: ReadonlyMap<string, string>): Speaker | null {
  if (!person) return null;
  if (!person.role) return { name: person.name };
  const short = shortRole(person.role, acronyms);
  return short === person.role
    ? { name: person.name, role: person.role }
    : { name: person.name, role: person.role, shortRole: short };
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
    // "“…” - Matthew Ingram": a name alone after the quote, closing its paragraph.
    if (
      /[”"]\s*[-—–]\s*$/.test(text.slice(Math.max(p.start, m.start - 6), m.start)) &&
      /^[\s.]*$/.test(after)
    ) {
      events.push({ start: m.start, end: m.end, paragraph: index, person: m.person });
      continue;
    }
    const lead = text.slice(Math.max(p.start, m.start - 100), m.start);
    const verbSubject = VERB_SUBJECT.exec(lead);
    if (
      !verbSubject &&
      !afterPreposition &&
      opensClause(text, p, m) &&
      (SUBJECT_OPENS.test(after) || /^:/.test(after))
    ) {
      events.push({ start: m.start, end: m.end, paragraph: index, person: m.person, introducing: true });
      continue;
    }
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
    // Across a paragraph break only from the paragraph's first sentence (quotes aside): "One supporter
    // was in tears. “…,” she said" is about her, not about the woman of the paragraph before.
    const outsideQuotes = text.slice(p.start, at).replace(/“[^”]*”?|"[^"]*"?/g, "Q");
    const firstSentence = !/[.!?]\s+\S/.test(outsideQuotes);
    const person = resolvePronoun(at, index, gender, mentions, [...earlier, ...found], firstSentence);
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
  mayLookBack: boolean,
): Person | null {
  for (const scope of mayLookBack ? [paragraph, paragraph - 1] : [paragraph]) {
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
        events.some((e) => !e.introducing && e.person === person && e.paragraph === scope && e.start < at),
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
  allEvents: SpeechEvent[],
  spans: QuoteSpan[],
): Person | null {
  const p = paragraphs[span.paragraph] as Paragraph;
  const events = allEvents.filter((e) => !e.introducing);
  const inParagraph = events.filter((e) => e.paragraph === span.paragraph);
  const lastChar = text[span.close - 2] ?? "";
  const handsOver = /[,?!—–-]/.test(lastChar) || /^\s*[,—–-]/.test(text.slice(span.close, span.close + 3));
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
      // Short quoted words in between ("for months") are no quotation of their own.
      return (
        between.length <= 200 &&
        !/[.!?]["”’]?\s+\p{Lu}/u.test(between) &&
        !spans.some((s) => s.open >= e.end && s.open < span.open)
      );
    })
    .pop();
  if (head) return head.person;
  // "His wife, Margaret Hale, read a short statement: “…”", "Marta Kowalski: “…”".
  const introducer = allEvents
    .filter((e) => e.introducing && e.paragraph === span.paragraph && e.end <= span.open)
    .filter((e) => introduces(text, e.end, span.open, spans))
    .pop();
  if (introducer) return introducer.person;
  // "Rathbun stated, ¶ “…”": a paragraph that ends handing over to the quote that opens the next one.
  const previous = paragraphs[span.paragraph - 1];
  if (!previous || !/^\s*$/.test(text.slice(p.start, span.open))) return null;
  const lead = allEvents
    .filter((e) => e.paragraph === span.paragraph - 1)
    .filter((e) => {
      const rest = text.slice(e.end, previous.end);
      if (e.introducing) return introduces(text, e.end, previous.end, spans);
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

/** True when the text from a subject to a quote introduces it in one clause ("… read a statement: “"). */
function introduces(text: string, from: number, to: number, spans: QuoteSpan[]): boolean {
  const between = text.slice(from, to);
  return (
    between.length <= 200 &&
    INTRODUCES.test(between) &&
    // "Smith was described by colleagues as “…”", "was told: “…”": the words are someone else's.
    !/\b(?:was|were|is|are|been|being|be|gets?|got)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|en)|told|said|sent|read|shown|left)\b/u.test(
      between,
    ) &&
    !/[.!?]["”’]?\s+\p{Lu}/u.test(between) &&
    !spans.some((s) => s.open >= from && s.open < to)
  );
}

/**
 * True when a name opens its clause: nothing before it in its sentence, or only a title ("Labour's
 * Shadow Home Secretary"), or an opening phrase or apposition that ends with a comma ("His wife, ").
 */
function opensClause(text: string, p: Paragraph, m: Mention): boolean {
  const before = text.slice(p.start, m.start);
  const sentence = before.slice((/^.*[.!?]["”’]?\s+/s.exec(before)?.[0] ?? "").length);
  if (/^\s*$/.test(sentence) || /,\s*$/.test(sentence)) return true;
  return sentence
    .trim()
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w) || isTitle(w.toLowerCase()));
}

function isTitle(word: string): boolean {
  return TITLE_WORDS.has(word) || HONORIFICS.has(word) || PROFESSION_ENDING.test(word);
}

/** Up to three words between a quote and its speaker's name that only describe them ("team member", "Professor"). */
function titleLead(words: string): boolean {
  // "the mayor, " before "Henrik Sørensen, said": an apposition of title words.
  const apposition = /^(?:the|a|an|its|his|her|their)\s+([^,.!?;:]+),\s*$/i.exec(words.trim() ? words : "");
  const plain = (apposition ? (apposition[1] as string) : words).replace(
    /\b(Mr|Ms|Mrs|Dr|Prof|Sen|Rep|Gen|Rev|St)\./g,
    "$1",
  );
  if (/[.!?;:,]\s/.test(plain)) return false;
  const list = plain.trim().split(/\s+/).filter(Boolean);
  if (list.length === 0) return !apposition;
  if (list.length > 3) return false;
  return isTitle((list[list.length - 1] as string).toLowerCase());
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
