/** Turns raw user input into a question worth searching for, or a helpful message saying why not. */
import { withSpokenNumbers } from "../../text/spoken-numbers";
import { withSpokenPunctuation } from "../../text/spoken-punctuation";
import { tokenize } from "../../text/tokenize";
import type { QuestionProblem } from "../types";
import { withAskedLastFirst } from "./asked-last";
import { splitGuesses } from "./asker-guesses";
import { spellOutShorthand } from "./chat-shorthand";
import { cleanQuestion } from "./clean-question";
import { withoutCourtesies } from "./courtesies";
import { withBlankAsked } from "./draft-blanks";
import { forwardedMessage } from "./forwarded-messages";
import { withFranglaisRead } from "./franglais";
import { withoutHalfRemembered } from "./half-remembered";
import { withHinglishRead } from "./hinglish";
import { withLearnerPhrasingRead } from "./learner-phrasing";
import { withPatoisRead } from "./patois";
import { withPidginRead } from "./pidgin";
import { withoutProductionNotes } from "./production-notes";
import { unshouted } from "./shouted-questions";
import { withSpanglishRead } from "./spanglish";
import { withSwahiliRead } from "./swahili";
import { withTaglishRead } from "./taglish";
import { takenBack } from "./taken-back";

/** `question` is what the person typed (tidied), `query` what is searched for: the question without pasted noise. */
export type CheckedQuestion =
  | {
      ok: true;
      question: string;
      query: string;
      /** The asker's guesses after the question ("I think it was 1990."): searched as context, not asked. */
      guesses?: string[];
      /** A reader of a language mixed with English (Hinglish, Spanglish, …) read it: its other words are that language's. */
      languageRead?: true;
    }
  | { ok: false; problem: QuestionProblem };

const EXAMPLE = "For example: “What did the foreign minister promise the U.S.?”";

const normalise = (raw: string): string => raw.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * How long a question counts as, the one measure every length check uses (the chat adapters' too): its
 * searched words, NFC, in UTF-16 units; pasted links and markup count only when far out of proportion.
 */
export function questionLength(raw: string, query = cleanQuestion(normalise(raw))): number {
  return Math.max(query.length, Math.ceil(normalise(raw).length / 4));
}

/** The readers of languages mixed with English (each one's comment in checkQuestion), in this order. */
const LANGUAGE_READINGS: ((text: string) => string)[] = [
  withPidginRead,
  withPatoisRead,
  withHinglishRead,
  withTaglishRead,
  withSwahiliRead,
  withFranglaisRead,
  withSpanglishRead,
];

/**
 * How the question is read before searching, in this order (each step's comment in checkQuestion): these steps, then
 * LANGUAGE_READINGS, then AFTER_LANGUAGES.
 */
const BEFORE_LANGUAGES: ((text: string) => string)[] = [
  withoutProductionNotes,
  withoutHalfRemembered,
  withSpokenNumbers,
];
const AFTER_LANGUAGES: ((text: string) => string)[] = [
  withLearnerPhrasingRead,
  withAskedLastFirst,
  spellOutShorthand,
];

export function checkQuestion(raw: string, maxChars: number): CheckedQuestion {
  const question = normalise(raw);
  if (!question) {
    return {
      ok: false,
      problem: { code: "empty", message: `Please type a question about the archive. ${EXAMPLE}` },
    };
  }
  // "WHEN DID THE US PULL …": read in lower case, as if typed so. Dictated, "… comma what body is he in charge of
  // question mark", "what does g s p stand for": read with its marks and its letters written.
  const cleaned = withSpokenPunctuation(unshouted(cleanQuestion(question)));
  // "Hello everyone, I hope you are well. I would like to ask, … Thanks!": searched without the courtesies, unless
  // they are all there is (small talk, answered as such).
  // "… in march twenty eleven", dictated: searched, and its dates read, in figures.
  // "A reader writes: '… ? I think it was 1990.' Can we answer?": the reader's question, without the guess.
  // 'drafting the tweet: "… ___ sat down with Blinken" - who goes in the blank?': the draft, the blank asked.
  // "how many — scratch that — which year was the CNRP dissolved?": the question after the correction is asked; the
  // one taken back is searched, as a guess is (taken-back.ts).
  const passedOn = forwardedMessage(withBlankAsked(cleaned));
  const taken = takenBack(passedOn);
  const split = splitGuesses(taken?.asked ?? passedOn);
  const { asked } = split;
  const guesses = taken?.takenBack ? [taken.takenBack, ...split.guesses] : split.guesses;
  // "lower third for the FM who met Blinken - just his name, 20 chars max": the graphic and its limit are not asked.
  const bare = withoutCourtesies(asked) || asked;
  // "abeg who be the oga wey dey run CCHR?": Nigerian Pidgin read as English (pidgin.ts), before Patois, whose
  // words it shares ("dem", "di"); "Wah di minister seh di constitution nah allow?": Patois (patois.ts); "CCHR ki
  // head kaun hai?": Hinglish read as English, its question word first (hinglish.ts); "Ilang tao yung in-evacuate sa
  // Yeoncheon?": Taglish too (taglish.ts); "Wavuvi waliokoa asylum seekers wangapi huko Aceh?": Swahili and Sheng
  // (swahili.ts); "combien de sénateurs ont écrit à Hun Sen?": Québécois Franglais (franglais.ts), read before
  // Spanglish, which then finds no "la" or "que" left in it; "¿cuántos senadores le pidieron a Hun Sen …?":
  // Spanglish (spanglish.ts).
  // "… in that town, Yeon-something?": a half-remembered name is not asked (half-remembered.ts).
  // "How is the husband of Valeska Paris called?": a learner's "how" read as "what" (learner-phrasing.ts).
  // "Chomsky wife name", "entry ticket how much?": asked last, read with the asking words first (asked-last.ts).
  const before = BEFORE_LANGUAGES.reduce((text, read) => read(text), bare);
  const mixed = LANGUAGE_READINGS.reduce((text, read) => read(text), before);
  const query = AFTER_LANGUAGES.reduce((text, read) => read(text), mixed);
  const length = questionLength(question, query);
  if (length > maxChars) {
    return {
      ok: false,
      problem: {
        code: "too_long",
        message: `That question is ${length} characters long; please keep it under ${maxChars} and ask about one thing at a time.`,
      },
    };
  }
  if (tokenize(query).length === 0) {
    return {
      ok: false,
      problem: { code: "no_words", message: `I couldn't find any words to search for in that. ${EXAMPLE}` },
    };
  }
  const languageRead = mixed !== before;
  return {
    ok: true,
    question,
    query,
    ...(guesses.length ? { guesses } : {}),
    ...(languageRead ? { languageRead } : {}),
  };
}

/** Only the latest earlier questions help read a follow-up; older context entries are ignored. */
export const CONTEXT_ENTRIES = 3;

export type CheckedContext = { ok: true; context: string[] } | { ok: false; problem: QuestionProblem };

/**
 * The context of a follow-up (earlier questions, oldest first) under the question's own cap: every entry,
 * normalised like a question, must be at most `maxChars` long, and only the last CONTEXT_ENTRIES non-empty
 * ones are used, so a search never carries more than CONTEXT_ENTRIES × maxChars characters of context.
 */
export function checkContext(context: readonly string[], maxChars: number): CheckedContext {
  const entries: string[] = [];
  for (const [index, raw] of context.entries()) {
    const entry = normalise(raw);
    if (entry.length > maxChars) {
      return {
        ok: false,
        problem: {
          code: "context_too_long",
          message: `Context entry ${index + 1} is ${entry.length} characters long; each earlier question in the context must be at most ${maxChars}, like the question itself.`,
        },
      };
    }
    if (entry) entries.push(entry);
  }
  return { ok: true, context: entries.slice(-CONTEXT_ENTRIES) };
}
