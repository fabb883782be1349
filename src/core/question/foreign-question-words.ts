/**
 * The question words of languages that have no reader of their own, in Latin letters, with the few nouns that say what
 * is asked (a name, an age, a date, a price): read as English in a question the archive cannot otherwise read
 * (foreign-words.ts), so that what it asks still counts. "Toronto Fan Expo te mot koto jon eshechilo?" asks how many
 * people came: without "how many people" it was only "Toronto Fan Expo", and the story about the expo answered a
 * figure it never gives. Lower case only, two words before one. A word that is another language's common word is
 * left out: Bangla "ki" is "what", Farsi "ki" is "who"; Bangla and Hindi "ke" joins words; Greek "ti" ("what") is
 * also "the" in Romanian and Italian's "you", so only "ti eipe" ("what did … say") and the like are read; Greek "pou"
 * is "where" but more often "who" or "that" inside a sentence ("o ypourgos pou sinantithike …"), so only "pou egine"
 * ("where did it happen") and "pou einai" are.
 */

import { HAITIAN } from "./haitian-words";
import { HEBREW } from "./hebrew-words";
import { NEPALI } from "./nepali-words";
import { ROMANIAN } from "./romanian-words";
import { TAMIL, TAMIL_ENDINGS } from "./tamil-words";
import { TELUGU } from "./telugu-words";

/** Bangla, as typed in Latin letters (Banglish). */
const BANGLA: Record<string, string> = {
  "koto jon": "how many people",
  "koto taka": "how much money",
  "koto bochor": "how many years",
  "koto din": "how many days",
  "koto khon": "how long",
  "koto gula": "how many",
  "koto ta": "how many",
  "ke chilo": "who was",
  "ke chilen": "who was",
  "boyosh koto": "how old",
  "naam ki": "what is the name",
  koto: "how many",
  koyta: "how many",
  kobe: "when",
  kothay: "where",
  keno: "why",
  kivabe: "how",
  kibhabe: "how",
  kon: "which",
  naam: "name",
  boyosh: "age",
  tarikh: "date",
  bochor: "year",
  desh: "country",
  shohor: "city",
};

/** Persian, as typed in Latin letters (Finglish). */
const PERSIAN: Record<string, string> = {
  "chand nafar": "how many people",
  "esmesh chi": "what is the name",
  "esm chi": "what is the name",
  "chand ta": "how many",
  "chand saal": "how many years",
  "chand saat": "how many hours",
  "chand rooz": "how many days",
  chand: "how many",
  cheghadr: "how much",
  cheqadr: "how much",
  kei: "when",
  koja: "where",
  chera: "why",
  chetor: "how",
  kodoom: "which",
  kodam: "which",
  esm: "name",
  esmesh: "name",
  sen: "age",
  tarikh: "date",
  saal: "year",
  gheymat: "price",
  keshvar: "country",
  shahr: "city",
};

/** Indonesian and Malay. */
const MALAY: Record<string, string> = {
  "berapa orang": "how many people",
  "berapa tahun": "how many years",
  "berapa lama": "how long",
  "di mana": "where",
  berapa: "how many",
  kapan: "when",
  siapa: "who",
  dimana: "where",
  mengapa: "why",
  kenapa: "why",
  bagaimana: "how",
  nama: "name",
  umur: "age",
  usia: "age",
  tahun: "year",
  harga: "price",
  negara: "country",
  kota: "city",
};

/** Turkish. */
const TURKISH: Record<string, string> = {
  "kaç kişi": "how many people",
  "kaç yıl": "how many years",
  "ne zaman": "when",
  "ne kadar": "how much",
  kaç: "how many",
  kim: "who",
  nerede: "where",
  neden: "why",
  nasıl: "how",
  hangi: "which",
  adı: "name",
  ismi: "name",
  yaşı: "age",
  yıl: "year",
  fiyatı: "price",
  ülke: "country",
  şehir: "city",
};

/**
 * Greek, as typed in Latin letters (Greeklish), in its common spellings: χ as "x", "ch" or "h", ω as "w" or "o".
 * "posa xronia einai" asks an age, "pote gennithike" a birth date; the nouns are those a news question asks for.
 */
const GREEK: Record<string, string> = {
  "poios einai": "who is",
  "poia einai": "who is",
  "poio einai": "what is",
  "poios itan": "who was",
  "poia itan": "who was",
  "posoi anthropoi": "how many people",
  "posa atoma": "how many people",
  "posa xronia": "how old",
  "posa chronia": "how old",
  "posa hronia": "how old",
  "posa xronwn": "how old",
  "poson xronon": "how old",
  "posa lefta": "how much money",
  "poso kostizei": "how much does it cost",
  "poso kostise": "how much did it cost",
  "pote egine": "when did it happen",
  "pote gennithike": "when was born",
  "pws legetai": "what is the name",
  "pos legetai": "what is the name",
  "pou egine": "where did it happen",
  "pou einai": "where is",
  "ti eipe": "what did say",
  "ti einai": "what is",
  "ti simainei": "what does mean",
  // Words English writes too, read as Greek: "me" is "with" (read as the asker, "me", the question asked advice),
  // "o", "i", "oi", "ton" are "the" ("o ypourgos": "o" was read as the word that says which minister).
  me: "with",
  o: "the",
  i: "the",
  oi: "the",
  ton: "the",
  poios: "who",
  poia: "which",
  poio: "which",
  poioi: "who",
  posoi: "how many",
  poses: "how many",
  posa: "how many",
  poso: "how much",
  posos: "how much",
  pote: "when",
  giati: "why",
  pws: "how",
  onoma: "name",
  ilikia: "age",
  imerominia: "date",
  xronia: "years",
  chronia: "years",
  timi: "price",
  lefta: "money",
  xwra: "country",
  chora: "country",
  poli: "city",
  gennithike: "born",
  anthropoi: "people",
  anthrwpoi: "people",
  paidia: "children",
  proedros: "president",
  ypourgos: "minister",
  misthos: "salary",
  mistho: "salary",
  plythismos: "population",
  meli: "members",
  melh: "members",
  diaititis: "referee",
  poini: "sentence",
  simaia: "flag",
  omada: "team",
  metallio: "medal",
  glwssa: "language",
  glossa: "language",
};

/** Every language's words, lower case; where two languages write one word ("tarikh"), the later table's reading stands. */
export const FOREIGN_QUESTION_WORDS: ReadonlyMap<string, string> = new Map(
  [BANGLA, PERSIAN, MALAY, TURKISH, GREEK, NEPALI, TAMIL, ROMANIAN, TELUGU, HAITIAN, HEBREW].flatMap(
    (table) => Object.entries(table),
  ),
);

/** Endings another language types after a hyphen on an English word or a name ("Washington-la", "team-ku"). */
export const FOREIGN_ENDINGS: ReadonlySet<string> = new Set(TAMIL_ENDINGS);
