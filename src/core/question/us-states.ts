/**
 * The states of the United States, lower-cased, with the abbreviations AP style writes after a city ("Irving,
 * Texas", "Columbus, Ohio"; "Calif.", "Fla."). A question about an Ohio teen asked of a story about a Texas one is
 * the same kind of event elsewhere, as for a country (answerability.ts `missingCountriesTop`). Not Washington,
 * which questions more often use for the capital and the government than for the state.
 */
export const US_STATES: Record<string, string[]> = {
  alabama: ["ala."],
  alaska: [],
  arizona: ["ariz."],
  arkansas: ["ark."],
  california: ["calif."],
  colorado: ["colo."],
  connecticut: ["conn."],
  delaware: ["del."],
  florida: ["fla."],
  hawaii: [],
  idaho: [],
  illinois: ["ill."],
  indiana: ["ind."],
  iowa: [],
  kansas: ["kan."],
  kentucky: ["ky."],
  louisiana: ["la."],
  maine: [],
  maryland: ["md."],
  massachusetts: ["mass."],
  michigan: ["mich."],
  minnesota: ["minn."],
  mississippi: ["miss."],
  missouri: ["mo."],
  montana: ["mont."],
  nebraska: ["neb."],
  nevada: ["nev."],
  "new hampshire": ["n.h."],
  "new jersey": ["n.j."],
  "new mexico": ["n.m."],
  "north carolina": ["n.c."],
  "north dakota": ["n.d."],
  ohio: [],
  oklahoma: ["okla."],
  oregon: ["ore."],
  pennsylvania: ["pa."],
  "rhode island": ["r.i."],
  "south carolina": ["s.c."],
  "south dakota": ["s.d."],
  tennessee: ["tenn."],
  texas: [],
  utah: [],
  vermont: ["vt."],
  virginia: ["va."],
  "west virginia": ["w.va."],
  wisconsin: ["wis."],
  wyoming: ["wyo."],
};

/** The US states a question names, as whole words ("the Ohio teen" → "ohio"). */
export function questionStates(question: string): string[] {
  const text = ` ${question.toLowerCase().replace(/[^\p{L}\p{N}.&()]+/gu, " ")} `;
  return Object.keys(US_STATES).filter((name) => text.includes(` ${name} `));
}
