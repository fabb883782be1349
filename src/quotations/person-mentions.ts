/**
 * The people an article names, paragraph by paragraph: runs of capitalised words that the tagger calls
 * proper nouns and no organisation word disqualifies, with the role written around them and any gender
 * the words show (an honorific, "spokeswoman"). Mentions of one person ("Chin Malin", "Malin") share a Person.
 */
import type { Paragraph } from "./find-quotations";
import {
  FEMALE_WORDS,
  HONORIFICS,
  MALE_WORDS,
  NOT_PERSON_WORDS,
  PROFESSION_ENDING,
  TITLE_WORDS,
} from "./name-words";
import { properNouns } from "./proper-nouns";

export type Gender = "m" | "f";

export interface Person {
  name: string;
  words: string[];
  role?: string;
  gender: Gender | null;
  /** Named once with a title or honorific ("Mr. Toccafondi"): a person even when only one word is known. */
  titled?: boolean;
}

export interface Mention {
  person: Person;
  /** Offsets of the name as written (honorifics excluded). */
  start: number;
  end: number;
  paragraph: number;
}

const LEADING = new Set([
  "for",
  "with",
  "from",
  "by",
  "according",
  "then",
  "so",
  "also",
  "after",
  "before",
  "when",
  "while",
  "if",
  "as",
  "but",
  "and",
  "however",
  "meanwhile",
  "in",
  "on",
  "at",
  "the",
  "to",
  "of",
]);
const PARTICLE = "(?:de|da|van|von|bin|al|le|la|del|di|dos|du|der|den)";
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
/** "al-Amr", "bin-Salem": a lower-case particle joined to a name. */
const JOINED = "(?:al|el|ibn|bin|abu|de|da|van|von)-\\p{L}[\\p{L}'’\\-]*";
const RUN = new RegExp(
  `(?<![\\p{L}\\p{N}'’.\\-])${CAP}(?:\\s(?:${CAP}|${JOINED}|${PARTICLE}(?=\\s\\p{Lu})))*`,
  "gu",
);

export class People {
  readonly persons: Person[] = [];
  readonly mentions: Mention[] = [];

  /** `quoted`: [open, close) of each quote; names inside quotes are the speaker's words, not mentions. */
  constructor(
    private readonly text: string,
    private readonly quoted: { open: number; close: number }[] = [],
  ) {}

  /** Reads the names of one paragraph, in order. */
  readParagraph(p: Paragraph, index: number): void {
    const slice = this.text.slice(p.start, p.end);
    // The tagger is asked only about a run that opens a sentence, where a capital says nothing (and only
    // once per paragraph): a run of capitalised words inside a sentence is taken as a name.
    const tagged = new Map<number, Set<string>>();
    const proper = (word: string, at: number): boolean => {
      if (!/(?:^|[.!?:]["”’]?\s+|[“"]\s*)$/.test(this.text.slice(Math.max(p.start, at - 4), at))) return true;
      // The sentence the word opens, up to its end (or 160 characters): the tagger's context.
      const rest = this.text.slice(at, Math.min(p.end, at + 160));
      const end = /[.!?](?=\s|$)/.exec(rest.slice(word.length));
      const sentence = end ? rest.slice(0, word.length + end.index + 1) : rest;
      const found = tagged.get(at) ?? properNouns(sentence);
      tagged.set(at, found);
      return found.has(word);
    };
    for (const m of slice.matchAll(RUN)) {
      for (const part of sentenceParts(m[0], p.start + (m.index ?? 0))) {
        if (this.quoted.some((q) => part.at > q.open && part.at < q.close)) continue;
        this.readRun(part.run, part.at, proper, index, p.start);
      }
    }
  }

  private readRun(
    run: string,
    at: number,
    proper: (word: string, at: number) => boolean,
    paragraph: number,
    pStart: number,
  ): void {
    const raw = run.split(" ");
    // A sentence's first word is capitalised too: "For Kevin Allton, …", "However Smith …".
    while (raw.length > 1 && LEADING.has((raw[0] as string).toLowerCase())) {
      at += (raw.shift() as string).length + 1;
    }
    // "Mr.", "U.S." and initials keep their dot; a possessive or a closing dot or comma goes.
    const words = raw.map((w) =>
      /^(?:\p{Lu}\.)+$|^(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Prof|Sen|Rep|Gen|Rev)\.$/u.test(w)
        ? w
        : w.replace(/(?:'s|’s|[.,'’])$/u, ""),
    );
    let last = -1;
    words.forEach((w, i) => {
      const lw = w.toLowerCase();
      // "Refugee Council Enver Solomon": what names a body stands before the person, like a title.
      const body = NOT_PERSON_WORDS.has(lw) && /^\p{Lu}/u.test(w) && i < words.length - 1 && i > 0;
      // "Meteorologist Anna Keller": a profession opening a run of three words.
      const profession = i === 0 && words.length > 2 && PROFESSION_ENDING.test(w);
      if (TITLE_WORDS.has(lw) || HONORIFICS.has(lw) || body || profession) last = i;
    });
    const titles = words.slice(0, last + 1);
    const rest = words.slice(last + 1);
    if (rest.length === 0) return;
    if (rest.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))) return;
    if (rest.length === 1 && /^[\p{Lu}\d.&-]+$/u.test(rest[0] as string)) return; // an acronym
    const known = () => this.persons.some((p) => rest.every((w) => p.words.includes(w.toLowerCase())));
    if (titles.length === 0 && rest.length === 1 && !proper(rest[0] as string, at) && !known()) return;
    const before = this.text.slice(Math.max(pStart, at - 5), at);
    if (/\bthe\s$/.test(before) && titles.length === 0) return;
    let start = at;
    for (let i = 0; i <= last; i++) start += (raw[i] as string).length + 1;
    const end = start + rest.join(" ").length;
    const person = this.personFor(rest);
    if (titles.length > 0) person.titled = true;
    person.role ??= this.roleAround(at, end, titles, pStart);
    person.gender ??= genderOf([...titles, ...(person.role?.split(/\s+/) ?? [])]);
    this.mentions.push({ person, start, end, paragraph });
  }

  /** The person these words name: one already met whose name holds them all, else a new one. */
  private personFor(words: string[]): Person {
    const lower = words.map((w) => w.toLowerCase());
    const holders = this.persons.filter((p) => lower.every((w) => p.words.includes(w)));
    if (holders.length === 1) {
      const holder = holders[0] as Person;
      return holder;
    }
    if (holders.length > 1) {
      const exact = holders.find((p) => p.words.length === lower.length);
      if (exact) return exact;
      // "Kristin Wilkins", later "Kristen Wilkins", then "Wilkins": one person spelled two ways; the
      // latest spelling is the one the article settled on.
      if (holders.every((p) => spellingVariants(p, holders[0] as Person))) {
        const latest = [...this.mentions].reverse().find((m) => holders.includes(m.person));
        if (latest) return latest.person;
      }
    }
    // A full name after its surname alone: the earlier single-word person grows into this one.
    const shorter = this.persons.find((p) => p.words.length === 1 && lower.includes(p.words[0] as string));
    if (shorter && words.length > 1) {
      shorter.name = words.join(" ");
      shorter.words = lower;
      return shorter;
    }
    const person: Person = { name: words.join(" "), words: lower, gender: null };
    this.persons.push(person);
    return person;
  }

  /** "Name, the director of X," after the name, else the title words before it ("Political analyst"). */
  private roleAround(
    runStart: number,
    nameEnd: number,
    titles: string[],
    pStart: number,
  ): string | undefined {
    const after = this.text.slice(nameEnd, nameEnd + 200);
    const apposition =
      /^, ((?:the|a|an|its|his|her|their) (?:[^,“”"();]|\([^()“”",;]{1,15}\)){3,150}?|\p{Lu}[\p{L}.]* (?:[^,“”"();]|\([^()“”",;]{1,15}\)){3,150}?)(?:,|\.(?=\s|$))/u.exec(
        after,
      );
    if (apposition) {
      const role = apposition[1] as string;
      const head = (role.split(" ")[0] as string).toLowerCase();
      if (/^(?:the|a|an|its|his|her|their)$/.test(head) || TITLE_WORDS.has(head)) return role;
    }
    const before = this.text.slice(Math.max(pStart, runStart - 150), runStart);
    const clause =
      /(?:^|[,;:(“”"]\s*|\b(?:the|a|an|by|with|to|of|and|from|said|says)\s)([^,;:(“”"]*?)\s*$/.exec(before);
    const lead = [...(clause?.[1]?.split(/\s+/).filter(Boolean) ?? []), ...titles];
    let from = lead.length;
    while (from > 0) {
      const w = lead[from - 1] as string;
      const lw = w.toLowerCase();
      if (
        /^\p{Lu}/u.test(w) ||
        TITLE_WORDS.has(lw) ||
        HONORIFICS.has(lw) ||
        PROFESSION_ENDING.test(lw) ||
        /^(?:of|for)$/.test(lw)
      )
        from--;
      else break;
    }
    const words = lead.slice(from);
    while (words.length && /^(?:of|for)$/i.test(words[0] as string)) words.shift();
    const last = words[words.length - 1]?.toLowerCase();
    if (!last || !(TITLE_WORDS.has(last) || PROFESSION_ENDING.test(last))) return undefined;
    if (words.length === 1 && /^(?:mr|ms|mrs|dr|miss|sir)\.?$/.test(last)) return undefined;
    return words.join(" ");
  }
}

/**
 * True when a one-word name is a near miss of the surname of someone named in full ("Ms Bauchtman" after
 * "Lydia Buchtmann"): probably a misspelling, so neither a new person nor surely the old one.
 */
export function nearMiss(person: Person, persons: Person[]): boolean {
  const word = person.words[0] as string;
  return (
    person.words.length === 1 &&
    persons.some(
      (p) => p !== person && p.words.length > 1 && editDistance(word, p.words.at(-1) as string) <= 2,
    )
  );
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] as number;
}

/** Two names of as many words, each word at most one letter apart ("Kristin"/"Kristen"). */
function spellingVariants(a: Person, b: Person): boolean {
  return a.words.length === b.words.length && a.words.every((w, i) => oneEditApart(w, b.words[i] as string));
}

/** At most one letter changed, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

export function genderOf(words: string[]): Gender | null {
  const lower = words.map((w) => w.toLowerCase());
  const male = lower.some((w) => MALE_WORDS.has(w));
  const female = lower.some((w) => FEMALE_WORDS.has(w));
  if (male === female) return null;
  return male ? "m" : "f";
}

/** A run cut where a sentence ends inside it: "… Rauschenberg. Stan commented" is two runs. */
function sentenceParts(run: string, at: number): { run: string; at: number }[] {
  const parts: { run: string; at: number }[] = [];
  let start = 0;
  const words = run.split(" ");
  let offset = 0;
  words.forEach((word, i) => {
    offset += word.length + 1;
    const abbreviation =
      /^(?:\p{Lu}\.)+$|^(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Prof|Sen|Rep|Gen|Rev|Gov|Lt|Col|Capt|Sgt)\.$/u.test(word);
    if (word.endsWith(".") && !abbreviation && i < words.length - 1) {
      parts.push({ run: run.slice(start, offset - 1), at: at + start });
      start = offset;
    }
  });
  parts.push({ run: run.slice(start), at: at + start });
  return parts;
}
