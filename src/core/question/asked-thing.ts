/**
 * "Which construction company owned the crane?", "Which museum got the shuttle?": a thing known by its name,
 * asked by its kind. A story that never says what kind of thing the question asks for (no company, firm or group
 * in the story of the crane's fall) cannot name one: a near miss.
 */
import { tokenize, toTerm } from "../../text/tokenize";
import { askedSentence, whichOf } from "./answer-kind";

/** "Which <kind>…", after a preposition too ("At which school…"), one word between ("which construction firm"). */
const ASKS_KIND = whichOf(
  "(museum|school|university|college|company|firm|airline|bank|newspaper|magazine|hospital|church|brand|" +
    "automaker|carmaker|retailer|restaurant|chain|stadium|venue|app|website|journal|planet|river|island|mountain|" +
    "volcano|language|religion|instrument|sport)",
);

/** Other words a story uses for a kind: a company is also a firm, a group, a corporation. */
const SAME_KIND: Record<string, string> = {
  company:
    "firm group corporation corp inc ltd llc plc contractor conglomerate business maker manufacturer brand startup",
  firm: "company group corporation corp inc ltd llc plc contractor business practice",
  automaker: "carmaker company manufacturer maker brand",
  carmaker: "automaker company manufacturer maker brand",
  brand: "company label maker line product products",
  university: "college school campus",
  college: "university school campus",
  school: "college university academy",
  chain: "restaurants stores company franchise outlets locations",
  retailer: "store stores chain company shop",
  venue: "arena stadium theater theatre hall club",
  stadium: "arena field park ground venue",
  app: "application platform service",
  website: "site platform page",
  newspaper: "paper daily tabloid publication",
  magazine: "publication issue cover",
  journal: "periodical magazine",
  planet: "world",
  island: "isle islands",
  mountain: "peak mount summit",
  volcano: "eruption crater",
  religion: "faith church",
  sport: "game",
};

/** The kind of thing a "which <kind>…" question asks for, lower-cased, or null. */
export function askedKind(question: string): string | null {
  return ASKS_KIND.exec(askedSentence(question).toLowerCase())?.[1] ?? null;
}

/** True when the question asks which <kind> and `text` never names that kind, nor another word for it. */
export function kindMissing(question: string, text: string): boolean {
  const kind = askedKind(question);
  if (!kind) return false;
  const wanted = new Set([kind, ...(SAME_KIND[kind]?.split(" ") ?? [])].map(toTerm));
  return !tokenize(text).some((word) => wanted.has(toTerm(word)));
}
