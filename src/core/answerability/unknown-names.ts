/**
 * "How many visitors did the Kaohsiung lantern festival draw?", "death toll in the 2015 Mina stampede?", "Who
 * captained the Rollers at London 2012?": a name of the question that the whole archive never writes is a place,
 * a person or a team it holds no story about, however well the rest of the question matches a story about
 * another (the Taipei lantern festival, the 2006 stampede, the women's team). Names the archive may write
 * another way are not counted: an acronym typed in capitals ("GOP" for "Republican"), a compound of two words it
 * writes ("Southeast" for "South-East"), and a name a keystroke from one it writes ("Boheim" for "Boeheim").
 */
import { isEnglishWord } from "../../text/part-of-speech";
import { toTerm } from "../../text/tokenize";
import { NAME_TYPO_LETTERS, oneKeystrokeAway } from "../question/typo-words";

/** The shortest part of a compound ("south" + "east"). */
const COMPOUND_PART = 3;

/**
 * The names of `names` (lower-cased words of the question's capitalised names, as question-entities.ts reads
 * them) that the archive never writes, by `holds` (does any passage hold this index term?).
 */
export function namesArchiveLacks(
  names: string[],
  question: string,
  holds: (term: string) => boolean,
  /** How the archive writes a word (Retriever.writtenForm): a name's typo is of another name, not of "media". */
  writtenForm?: (word: string) => string | null,
): string[] {
  const held = (word: string) => holds(toTerm(word));
  // A typo's word (typo-words.ts: one keystroke away) as written, not by its stem: "rolles" is not "roll".
  const heldAsWritten = (word: string) => {
    const term = toTerm(word);
    return term.length >= word.length - 1 && holds(term);
  };
  return names.filter(
    (name) =>
      !/\d/.test(name) &&
      !held(name) &&
      !typedAsAcronym(name, question) &&
      !compoundOfHeld(name, held) &&
      !(
        name.length >= NAME_TYPO_LETTERS &&
        [...oneKeystrokeAway(name)].some(
          // "Medina" is no typo of "media", which the archive writes in lower case: a name's typo is of a name.
          (word) => heldAsWritten(word) && (!writtenForm || writtenForm(word) !== null),
        )
      ),
  );
}

/** The endings of an adjective made from a name ("Olympian", "Caribbean"). */
const ADJECTIVE_ENDING = /(?:ian|ean)$/;
/**
 * "the old Olympian gods": an English adjective, capitalised as one made from a name is, says what kind of thing, not
 * which place or person; the archive may write its subject another way ("the ancient Greek gods"). Not -ic, -ish or
 * -ese: "Magic", "Titanic", "English" and "Finnish" were then no longer read as names, and 7 refusals were lost
 * (fifty-second round).
 */
export function englishAdjective(name: string): boolean {
  return ADJECTIVE_ENDING.test(name) && isEnglishWord(name);
}

/** "GOP", "PDF": typed in capitals throughout. */
function typedAsAcronym(name: string, question: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${name.toUpperCase()}(?![\\p{L}\\p{N}])`, "u").test(question);
}

/** "southeast" → "south" + "east", both written by the archive. */
function compoundOfHeld(name: string, held: (word: string) => boolean): boolean {
  for (let at = COMPOUND_PART; at <= name.length - COMPOUND_PART; at++)
    if (held(name.slice(0, at)) && held(name.slice(at))) return true;
  return false;
}
