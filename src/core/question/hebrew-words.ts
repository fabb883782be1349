/**
 * Hebrew, as typed in Latin letters, read by foreign-words.ts: "kama people were killed in the crane collapse?" asks
 * how many, "matai" when, "eifo" where, "mi ze" who is, "ma ze" what is. A reader mixing it with English often types
 * only the question word in Hebrew, so these are read in an English question too (foreign-words.ts). "ma" alone is
 * Nepali's "in" (nepali-words.ts), so only "ma ze", "ma hu" and "ma hi" are read; "mi" alone is English's "mi".
 * "tagid li" ("tell me") and "beseder" ("okay") are read as nothing.
 */
export const HEBREW: Record<string, string> = {
  "mi ze": "who is",
  "mi zot": "who is",
  "mi hu": "who is",
  "mi hi": "who is",
  "ma ze": "what is",
  "ma zeh": "what is",
  "ma hu": "what is",
  "ma hi": "what is",
  "kama anashim": "how many people",
  "kama kesef": "how much money",
  "kama money": "how much money",
  "kama shanim": "how many years",
  "ben kama": "how old",
  "tagid li": "",
  kama: "how many",
  matai: "when",
  matay: "when",
  eifo: "where",
  eyfo: "where",
  efo: "where",
  lama: "why",
  eich: "how",
  eych: "how",
  anashim: "people",
  yeladim: "children",
  kesef: "money",
  shana: "year",
  shanim: "years",
  medina: "country",
  shem: "name",
  tagid: "",
  beseder: "",
  sababa: "",
};
