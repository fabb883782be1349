/**
 * English as a learner writes it from another language's mould: "How is the husband of Valeska Paris called?"
 * (German "Wie heißt…", French "Comment s'appelle…", Spanish "¿Cómo se llama…?"), "How is the name of the new
 * anemone?". Read as the English question ("What is the husband of Valeska Paris called?", "What is the name of
 * the new anemone?"), which asks for a name: "how" asks no kind of fact, and the name went unchecked. And a past
 * told in the perfect, as German and French tell it: "Who has designed the big pig lantern?" is read "Who designed
 * …?", which the checks of who did what read (asked-role.ts, asked-post.ts).
 */
import { ownEntry } from "../../text/own-entry";

/**
 * "How is / was / are / were <something> called?", at a sentence's start, "called" last (or with "then", "now",
 * "scientifically"…): what it is called. Not "How was the minister called back…", a call made.
 */
const HOW_CALLED =
  /(^|[.?!]\s+)((?:and |so )?)(how)(?= (?:is|was|are|were) [^.?!]+?\bcalled(?: (?:then|again|exactly|now|actually|today|scientifically|officially))?\s*(?:[.?!]|$))/gi;
/** "How is / was the name of …", "how are their names": what it is. */
const HOW_NAME =
  /(^|[.?!]\s+)((?:and |so )?)(how)(?= (?:is|was|are|were) (?:the|his|her|their|its) (?:\S+ )?names?\b)/gi;

/** "What" written as the learner wrote "how": "How" → "What", "how" → "what". */
const what = (_: string, start: string, lead: string, how: string) =>
  `${start}${lead}${how[0] === "H" ? "What" : "what"}`;

/** Irregular participles and their past ("written" → "wrote"); those whose past is the same are in SAME_PAST. */
const PAST_OF: Record<string, string> = {
  written: "wrote",
  taken: "took",
  given: "gave",
  drawn: "drew",
  begun: "began",
  chosen: "chose",
  thrown: "threw",
  broken: "broke",
  stolen: "stole",
  sung: "sang",
  flown: "flew",
  driven: "drove",
  ridden: "rode",
  spoken: "spoke",
  shaken: "shook",
  grown: "grew",
};
const SAME_PAST =
  "shot won made found left built led sold bought told said caught brought fought held kept sent spent paid " +
  "lost met hit set put struck";
/**
 * "Who has designed / started / shot …" at a sentence's start: a participle after "has" or "had", one in "-ed" of
 * five letters or more ("Who has red hair?" keeps its "has") or an irregular one.
 */
const WHO_HAS_DONE = new RegExp(
  `(^|[.?!]\\s+)((?:and |so )?)(who) (?:has|have|had) (\\p{L}{3,}ed|${[...Object.keys(PAST_OF), ...SAME_PAST.split(" ")].join("|")})(?![\\p{L}'’-])`,
  "giu",
);
const pastOf = (participle: string) => ownEntry(PAST_OF, participle.toLowerCase()) ?? participle;

/** The question with a learner's "how is … called" and "how is the name of …" read as "what", "who has done" as "who did". */
export function withLearnerPhrasingRead(question: string): string {
  return question
    .replace(HOW_CALLED, what)
    .replace(HOW_NAME, what)
    .replace(
      WHO_HAS_DONE,
      (_, start: string, lead: string, who: string, done: string) => `${start}${lead}${who} ${pastOf(done)}`,
    );
}
