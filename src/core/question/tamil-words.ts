/**
 * Tamil, as typed in Latin letters (Tanglish), read by foreign-words.ts: "Fan Expo Toronto esports final-la yaaru
 * jeichanga?" asks who won, "evlo per" how many people, "eppo" when, "entha" which, "peru enna" what the name is.
 * The endings typed after a hyphen ("final-la", "Cambodia-voda") are left by foreign-words.ts, which keeps a
 * hyphenated word's parts that the archive writes. "per" alone is English, and is read only after "evlo".
 */
export const TAMIL: Record<string, string> = {
  "evlo per": "how many people",
  "ethana per": "how many people",
  "evlo vayasu": "how old",
  "enna peru": "what is the name",
  "peru enna": "what is the name",
  "eppo nadanthuchu": "when did it happen",
  "enga nadanthuchu": "where did it happen",
  "enna sonnaru": "what did say",
  "enna sonnanga": "what did say",
  "evlo rate": "what price",
  "evlo selavu": "how much did it cost",
  evlo: "how many",
  evvalavu: "how much",
  ethana: "how many",
  yaaru: "who",
  yaru: "who",
  yaara: "whom",
  yaaroda: "whose",
  enna: "what",
  eppo: "when",
  eppadi: "how",
  enga: "where",
  entha: "which",
  edhu: "which",
  peru: "name",
  vayasu: "age",
  ooru: "town",
  naadu: "country",
  vilai: "price",
  kaasu: "money",
  panam: "money",
  makkal: "people",
  pasanga: "children",
  payyan: "boy",
  mottham: "total",
  sonnaru: "said",
  sonnanga: "said",
  jeichanga: "won",
  jeichaanga: "won",
  porandhar: "born",
  porandhaar: "born",
  nadanthuchu: "happened",
  pudhu: "new",
};

/**
 * Tamil case endings typed after a hyphen: "-la" (in), "-ku" (to), "-a" (the object), "-um" (and), "-oda" (of):
 * a word so written is a Tamil word, whatever its first part.
 */
export const TAMIL_ENDINGS = ["la", "le", "ku", "kku", "a", "um", "vum", "oda", "voda", "kitta", "ai", "il"];
