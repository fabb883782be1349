/**
 * The US states a question is read for, and how stories name them. A question about an Ohio teen asked of a story about a Texas one is the same
 * kind of event elsewhere, as for a country (answerability.ts `missingCountriesTop`). Not Washington, which
 * questions more often use for the capital and the government than for the state, nor Georgia, read as a
 * country already (question-entities.ts).
 */
import { ownEntry } from "../../text/own-entry";
import { US_STATES } from "../../text/us-states";

const NOT_READ = new Set(["washington", "georgia"]);

/** The states a question is read for, lower-cased (question-entities.ts `questionStates`). */
export const US_STATE_NAMES = US_STATES.map((name) => name.toLowerCase()).filter(
  (name) => !NOT_READ.has(name),
);

/** How AP style writes a state after a city ("Paradise, Calif.", "Tampa, Fla."), lower-cased. */
const AP_ABBREVIATIONS: Record<string, string> = {
  alabama: "ala.",
  arizona: "ariz.",
  arkansas: "ark.",
  california: "calif.",
  colorado: "colo.",
  connecticut: "conn.",
  delaware: "del.",
  florida: "fla.",
  illinois: "ill.",
  indiana: "ind.",
  kansas: "kan.",
  kentucky: "ky.",
  louisiana: "la.",
  maryland: "md.",
  massachusetts: "mass.",
  michigan: "mich.",
  minnesota: "minn.",
  mississippi: "miss.",
  missouri: "mo.",
  montana: "mont.",
  nebraska: "neb.",
  nevada: "nev.",
  "new hampshire": "n.h.",
  "new jersey": "n.j.",
  "new mexico": "n.m.",
  "new york": "n.y.",
  "north carolina": "n.c.",
  "north dakota": "n.d.",
  oklahoma: "okla.",
  oregon: "ore.",
  pennsylvania: "pa.",
  "rhode island": "r.i.",
  "south carolina": "s.c.",
  "south dakota": "s.d.",
  tennessee: "tenn.",
  vermont: "vt.",
  virginia: "va.",
  "west virginia": "w.va.",
  wisconsin: "wis.",
  wyoming: "wyo.",
};

/** Other ways a story names a state: AP's abbreviation, if it has one. */
export function stateAliases(name: string): string[] {
  const short = ownEntry(AP_ABBREVIATIONS, name);
  return short ? [short] : [];
}
