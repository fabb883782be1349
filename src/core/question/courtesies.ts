/**
 * The courtesies written around a question on a public server: "Hello everyone, I hope you are all doing well.
 * I would like to ask, … Thank you in advance." Their words are no topic ("well", "like", "ask", "advance"), and
 * "may I ask" read as the asker's own request: four such questions of the 28th blind set were refused. So are a
 * librarian's words passing on a patron's request ("A patron is asking which …", "Patron would like the date of …",
 * "Reference query: …"), and a newcomer's "I'm new, please be gentle", "not sure this is the right place, but". The
 * question is searched without them; the reply still echoes what was typed.
 */

import { QUESTION_WORDS } from "../../text/question-words";
import { sentenceBounds } from "../../text/split-sentences";

/**
 * A greeting opening a sentence, with whom it is addressed to: "Hello everyone,", "Hi all,". Not "thanks, …",
 * which small talk reads as a sign-off ("thanks, that's all for today!") unless a question follows.
 */
const OPENING =
  /^(?:(?:hi|hello|hey|heya|hiya|howdy|greetings|excuse me|good (?:morning|afternoon|evening|day)|dear (?:all|everyone|team))(?: (?:all|everyone|everybody|folks|guys|team|there|friends|people|bot|again|dear))*\s*[,!.:;-]+\s*)+/i;

/** A newcomer's words for being new ("I'm new", "I'm very new"), in LEAD_IN and COURTESY_SENTENCE alike. */
const NEWCOMER = "(?:(?:very|quite|pretty|kind of|fairly) )?new";
/** A newcomer's apology for the place they ask in ("sorry if this is the wrong channel"), in both as well. */
const WRONG_PLACE =
  "if (?:this is|i['’]?m (?:asking|posting) in|i['’]?m in) the wrong (?:place|channel|spot|room)";

/** What follows a polite ask: a question word, or "if" / "whether" ("could you tell me whether …"). */
const ASKED_NEXT = String.raw`(?=(?:${QUESTION_WORDS}|if|whether)\b)`;
/** What follows a letter's formal ask: ASKED_NEXT, or what is named ("tell me the name of the vessel …"). */
const LETTER_ASKED_NEXT = String.raw`(?=(?:${QUESTION_WORDS}|if|whether|by how|the (?:name|names|number|date|year|title|age|figure|cost|size)\b)\b)`;

/**
 * Words that ask for an answer without being part of it, opening a sentence: "I would like to ask,", "may I ask",
 * "could somebody tell me" before a question word, "Sorry to bother, but". "Can you tell me a joke" stays whole. One
 * pattern of alternatives, any of them repeated; written a line each so it can be read.
 */
const LEAD_IN = new RegExp(
  `^(?:${[
    // a newcomer on a public server: "hi sorry if this is the wrong place,", "I'm new, please be gentle", "new here,"
    String.raw`(?:(?:hi|hello|hey) )?(?:(?:sorry|apologies)(?: in advance)? ${WRONG_PLACE}\s*[,.!]*\s*(?:but\s+)?|(?:(?:and |but |so )?(?:i['’]?m|i am) ${NEWCOMER}(?: here| to (?:this|the|discord|the server)(?: \w+)?)?|new here)(?:\s*(?:,|\.|:|!+|—|-|and)\s*|\s+(?=so\b|please\b|be\b))(?:(?:so )?(?:please )?be (?:gentle|nice|kind)\s*[,.!:]*\s*)?)`,
    // "not sure this is the right place, but"
    String.raw`(?:and |but )?(?:i['’]?m )?not sure (?:if |whether )?this is the right (?:place|channel|spot|room)(?: (?:for|to ask) (?:this|it))?\s*[,.!]?\s*(?:but\s+)?`,
    // a librarian's relay: "A patron is asking …"
    String.raw`(?:an?|one|our|the|this) (?:patron|reader|caller|listener|viewer|customer|client|member of the public|student|user)s? (?:is asking|asks|asked|has asked|wants to know|would like to know|is wondering|wonders)\s*(?:about\s+)?[,:]?\s*`,
    // "Patron would like …"
    String.raw`(?:the |our )?patron (?:would like|wants|needs|is after)(?: to know)?\s*[,:]?\s*`,
    // a sceptic's "Go on then," before what is asked
    String.raw`go on(?: then)?\s*[,:—–-]+\s*`,
    // "Sorry to bother, but"
    String.raw`sorry (?:to bother(?: you)?|for (?:bothering(?: you)?|the trouble))\s*[,.]?\s*(?:but\s+)?`,
    // "Apologies if I've got the wrong end of this, but", "Sorry,"
    String.raw`(?:(?:i['’]?m |i am |so )?sorry|apologies|i apologi[sz]e|forgive me)(?:\s*,\s*| if [^,?.]{1,60}?(?:,\s*|\s+(?=but\b)))(?:but\s+)?`,
    // "I hope this isn't a silly question, but"
    String.raw`i hope (?:this|it) (?:isn['’]?t|is not) (?:a |an )?(?:silly|stupid|dumb|basic|obvious|naive)(?: question)?\s*[,.]?\s*(?:but\s+)?`,
    // "I might be mixing things up, but", "Correct me if I'm wrong, but"
    String.raw`(?:i (?:might|may|could) be (?:wrong|mixing (?:things|this|it) up|misremembering)|i (?:might|may) have (?:this|it|that) (?:wrong|mixed up)|correct me if i['’]?m wrong)\s*,?\s*(?:but\s+)?`,
    // "Is it okay to ask …" before a question word
    String.raw`(?:is|would) it (?:be )?(?:ok|okay|alright|all right|fine) (?:to ask|if i ask(?: you)?)\s*[,:]?\s+${ASKED_NEXT}`,
    // "Could you help me understand …" before a question word
    String.raw`(?:could|can|would) (?:you|someone|somebody|anyone|u)(?: please)? help me (?:understand|find out|figure out|work out|check)\s*[,:]?\s+${ASKED_NEXT}`,
    // "Kindly assist,", "Please advise:" (a plea before the question, not its topic)
    String.raw`(?:(?:(?:kindly|please|pls|plz) )?(?:assist|advise)|(?:kindly|please|pls|plz) help)(?: me| us)?\s*[,.:;!—–-]+\s*`,
    // A Japanese learner's "Please teach me who is …" (教えてください: tell me)
    String.raw`(?:please )?teach me(?: please)?\s*[,:]?\s+${ASKED_NEXT}`,
    // "I would like to ask,", "I wish to know" (a formal request, not the asker's own situation)
    String.raw`(?:i would|i'd|i) (?:like|love|want|wanted|wish|wished) to (?:ask|know)(?: you)?\s*[,:]?\s+`,
    // "I was wondering if"
    String.raw`i was wondering\s*[,:]?\s+(?:if\s+)?`,
    // "may I ask"
    String.raw`(?:may|can|could) i ask(?: you)?\s*[,:]?\s+`,
    // "could somebody tell me" before a question word
    String.raw`(?:could|can|would) (?:you|someone|somebody|anyone|anybody|u)(?: please| kindly)? (?:tell|explain to) me\s*[,:]?\s+${ASKED_NEXT}`,
    // "I should be grateful to know which …" (a tablet's "gratefull" too)
    String.raw`i (?:would|should|'d|’d) be (?:most |very |so )?gratefull? to (?:know|learn|hear)\s*[,:]?\s+${ASKED_NEXT}`,
    // a letter's formal asks: "I would be most grateful if you could tell me", "Would you be so good as to tell me",
    // "I should be obliged if you could tell me the name of …", "Might you inform me what …"
    String.raw`(?:i (?:would|should|'d|’d) be (?:most |very |much |so )?(?:grateful|obliged|glad|pleased) if you (?:could|would) (?:kindly )?|(?:would|could) you be so (?:good|kind) as to |i wonder (?:if|whether) you (?:could|might|would) (?:kindly )?|might i ask you to |(?:might|could|would|can) you (?:kindly |please )?(?=inform))(?:tell|let|inform) me(?: know| of)?\s*[,:]?\s+${LETTER_ASKED_NEXT}`,
  ].join("|")})+`,
  "i",
);

/**
 * The sounds a dictated question keeps from speech-to-text: "ok so um who did the cambodian foreign minister…",
 * "how many volunteer readers does librivox have um roughly". No story is about them, and the archive's rare-word
 * checks read them as words it lacks. Lower case, or capitalised at a sentence's start: "UM" may be a name.
 */
const SPOKEN_FILLER = /(?<![\p{L}\d'’-])(?:[Uu]u*m+|[Uu]u*h+|[Uu]hm+|[Ee]r+m+|[Hh]m+)(?![\p{L}\d'’-])[,.]*/gu;

/**
 * Chat interjections: "lol what does GSP stand for?", "haha", "tbh", "ngl", and Singapore English's particles at a
 * clause's end ("who is that ah?", "can lah"); South African English's "eish", "howzit" and "…, ja?", "…, hey?", and a
 * Swedish speaker's "…, or?" at a question's end; Ghanaian English's "chale", the American South's "bless their
 * hearts" and "God rest 'em", a German speaker's "bitte", "danke" and "…, genau?", a young reader's "istg", "lowkey", "no cap", Welsh English's "there's lovely" and "…, mun?", and Canadian
 * English's "…, eh?"; Hong Kong English's "la", "wor", "jor" at a clause's end and "add oil", an Egyptian reader's
 * "ya3ni", "habibi", "mashallah", "inshallah", "wallahi", "yalla", "khalas", and a Brazilian's "obrigado" and "…, né?";
 * a Korean reader's "aigoo", "daebak", "ㅋㅋ" and "ㅠㅠ", an Italian's "allora", "boh", "scusa", "grazie (mille)", a
 * Polish reader's "dzięki" and "proszę"; a Vietnamese reader's "ạ", "dạ", "cảm ơn", "nhé"; a Turkish reader's
 * "hocam", "tamam", "(çok) teşekkürler", "inşallah"; a Russian reader's "spasibo", "pozhaluysta" and "nu, …"; a
 * Nigerian reporter's "abeg" and "no wahala"; an Indonesian reader's "Mas", "ya", "kah", "terima kasih", "tolong"
 * (not "sudah", "already", which asks whether something has happened); a Japanese reader's "sumimasen", "desu ka",
 * "arigatou (gozaimasu)", "onegaishimasu"; a Gulf reader's "shukran" and a closing "bro"; a Ukrainian reader's
 * "pryvit", "dyakuyu", "(skazhit') bud' laska"; a Thai reader's "khob khun (krub)" and "(na) krub"; a Greek reader's
 * "ela", "efharisto" and a closing "re"; a Tamil reader's "machan", "nandri" and a closing "da"; a Nepali reader's
 * "dhanyabad" and a closing "dai", "didi" or "hola"; a Romanian reader's "salut", "mersi (mult)" and "deci, …"; a
 * sceptic's "supposedly"; a Telugu reader's "namaste (andi)", "cheppandi (please)", "dhanyavadalu" and a closing
 * "andi"; a Haitian reader's "sak pase", "mèsi (anpil)" and "tanpri"; an Israeli reader's "ahlan" and "toda (raba)".
 * No story writes them; searched, "lol" was a word the archive lacks and the question was
 * refused. In lower case (or capitalised first), so an acronym typed in capitals ("OMG" as a name) stays.
 */
const CHAT_FILLER =
  /(?<![\p{L}\d'’-])(?:[Ll]ol+|[Ll]mao|[Rr]ofl|[Hh]a(?:ha)+|[Hh]e(?:he)+|[Oo]mg|[Tt]bh|[Nn]gl|[Ii]mo|[Ii]mho|[Ff]wiw|[Bb]tw|[Ii]dk|[Ee]ish|[Hh]owzit|[Cc]hale|[Ii]stg|[Ll]owkey|[Nn]o cap|[Bb]less (?:their|his|her|your) hearts?|[Gg]od (?:rest|bless) (?:(?:his|her|their) souls?|['’]em|them|him|her)|[Gg]od willing|[Bb]itte|[Dd]anke(?: sch(?:ö|oe)n)?|[Gg]enau(?=\s*[?!.,]|\s*$)|[Tt]here['’]s lovely|[Yy]a(?:3|')?ni|[Hh]abibi|[Mm]a(?:sh|a)allah|[Ii]n(?:sh|sha )allah|[Ww]allahi?|[Yy]alla|[Kk]halas|[Oo]brigad[oa]|[Aa]dd oil|[Aa]igoo+|[Dd]aebak|ㅋ+|ㅠ+|ㅜ+|ㅎ+|[Aa]llora|[Bb]oh|[Ss]cusa|[Gg]razie(?: mille)?|[Dd]zi(?:ę|e)ki|[Pp]ro(?:ś|s)z(?:ę|e)|ạ|[Dd]ạ|[Cc]ảm ơn|[Nn]hé|[Hh]ocam|[Tt]amam|[Tt]eşekkür(?:ler| ederim)|[Çç]ok teşekkürler|[Ii]nşallah|[Ss]pasibo|[Pp]ozhaluysta|nu(?=,)|[Aa]beg|[Nn]o wahala|[Tt]erima kasih|[Tt]olong|[Ss]umimasen|[Aa]rigat(?:ou|ō|o)(?: gozaimas(?:u|hita))?|[Oo]negai(?:shimasu)?|[Ss]hukran|[Pp]ryvit|[Dd]yakuyu|(?:[Ss]kazh(?:i|y)t['’]?\s+)?[Bb]ud['’]?\s?laska|[Kk]hob ?khun(?: (?:krub|khrap|ka))?|(?:na )?(?:krub|khrap)|[Ee]fharist(?:o|w)(?: poli)?|[Ee]la(?= re\b|,)|[Ss]upposedly|[Mm]achan|[Nn]andri|[Dd]hanyabad|[Mm]ersi(?: mult)?|[Ss]ak pase|[Mm](?:è|e)si(?: anpil)?|[Tt]anpri|[Nn]amaste(?: andi)?|[Cc]heppandi(?: please)?|[Dd]hanyavadalu|[Aa]hlan|[Tt]oda(?: raba)?(?=\s*[?!.,]|\s*$)|[Ss]alut(?=\s*[!,.])|[Dd]eci(?=\s*,|\s+\p{Ll})|(?:ah|ar|lah|leh|lor|meh|hor|izzit|hey|ja|or|eh|mun|la|wor|jor|né|ne|ya|kah|dong|sih|deh|[Mm]as|[Bb]ro|desu(?: ka)?|re|da|dai|didi|hola|andi)(?=\s*[?!.,]|\s*$))(?![\p{L}\d'’-])[,.!]*/gu;

/**
 * A live blog's or a chat's label before what is asked: "LIVE: need casualty figure from the mecca crane story",
 * "BREAKING — …", "quick q: …". It names no story ("LIVE" read as a name the archive lacks). Also a checklist's or a
 * quiz's number: "3) claim: …", "12. …", "#4 …", "Q7 for the history round: …", "Picture round: …". And a desk's
 * cue note: "NEED: number injured in Mecca crane collapse", "CHECK: …", "PULL QUOTE: …", "VERIFY: …".
 */
const LABEL = new RegExp(
  String.raw`^(?:${[
    // "LIVE:", "BREAKING —", "quick q:"
    String.raw`(?:live|breaking|urgent|quick(?: one| q| question)?(?: if (?:that['’]?s|it['’]?s) (?:ok(?:ay)?|alright|all right|fine))?|q|fyi|re)\s*(?::|\s[—–-])`,
    // a desk's cue note: "NEED:", "CHECK:", "PULL QUOTE:"
    String.raw`(?:need|check|chk|verify|confirm|todo|pull[- ]?quote)\s*:`,
    // a checklist's number: "3)", "(3)", "12.", "#4", "#4:"
    String.raw`\(?\d{1,2}\)|\d{1,2}\.(?!\d)|#\d{1,2}\b[:.)]?`,
    // a quiz's question: "Q7 for the history round:"
    String.raw`q\d{1,2}\b[^:?!.]{0,30}:`,
    // a librarian's: "Reference query:"
    String.raw`reference (?:query|question|request|desk)\s*:`,
    // a quiz's round: "Picture round:"
    String.raw`(?:[\p{L}-]+\s+){0,2}round\s*:`,
  ].join("|")})\s*(?=\S)`,
  "iu",
);

/**
 * A courtesy after what is asked, before the question mark: "which city is that in, if you don't mind me asking?",
 * ", if that's okay?", ", when you get a sec". It asks nothing ("me" was read as the asker's own situation).
 */
const TRAILING_COURTESY =
  /(?:,|\s[—–-])\s*(?:if (?:you )?(?:don['’]?t|do not) mind(?: (?:me|my) asking)?|if (?:that['’]?s|it['’]?s|this is) (?:ok(?:ay)?|alright|all right|fine|not too much trouble)|when(?:ever)? you (?:get|have) a (?:sec|second|moment|minute|chance))\s*(?=[?.!]*\s*$)/iu;

/** A letter's ask set inside the question: "Which party, I wonder, is said …", "Who, may I ask, became …". */
const ASIDE_ASK = /,\s*(?:i wonder|may i ask|if i may(?: ask)?|i ask you|pray)\s*,/giu;

/** "ok so who…", "Okay, what…": a spoken start, before what is asked. */
const SPOKEN_OPENING = /^(?:ok(?:ay)?|alright)(?:\s*,\s*|\s+so\b\s*,?\s*)(?=\p{L})/iu;

/**
 * A letter's salutation before its first sentence: "Dear Editor,", "Dear Sir or Madam,", "Dear Mr. Pemberton,". A
 * reader's letter to the editor keeps it on its own line, which the question's whitespace loses.
 */
const SALUTATION = /^dear\s+(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+\s*,\s*/iu;

/**
 * A letter's sign-off and the name under it: "Yours faithfully, Walter Dunmore", "Yours, somewhat bemused, …",
 * "With thanks and warm regards, Harold J. Pemberton", "With thanks in advance, …", "With every good wish, …", "Kia
 * ora and kind regards, Ivy Rangi", "I remain, as ever, a grateful reader, Margaret E. Hollis (Mrs)"; a chat
 * message's "Thank you, Dorothy", "Thanks ever so, Joan", "Cheers, Ingrid", "Bless you, Eileen". The name is none
 * the archive must hold; what follows a sign-off without asking ("Commander (retd.) Geoffrey Lyle", split at its
 * stop) goes with it.
 */
const SIGN_OFF =
  /^(?:(?:yours|yrs)(?:\s+[\p{L}]+)?|(?:(?:\p{L}+\s+){1,2}and\s+)?(?:(?:with|many|my|warm(?:est)?|kind(?:est)?|best|sincere|and|all the|every good|all good)\s+)*(?:thanks|regards|wish(?:es)?|respects|gratitude)(?:\s+in\s+advance)?(?:\s+and\s+(?:(?:warm|kind|best)(?:est)?\s+)?(?:thanks|regards|wishes))?(?:\s+from\s+[^,?]{1,40})?|sincerely|respectfully|cordially|gratefully|i remain|(?:thank\s+you|thanks|thx|ta|cheers|bless\s+you|much\s+obliged|best|love|warmly|take\s+care|all\s+the\s+best)(?:\s+(?:so|very|ever|kindly|a\s+million|a\s+lot|a\s+bunch|again|in\s+advance|all|dear|much|heaps))*)\s*,[^?]*$/iu;

/** A whole sentence that only wishes, thanks or takes leave: "I hope this is the right channel.", "Many thanks." */
const COURTESY_SENTENCE = [
  // "Okay, hmm.": a spoken start and nothing else.
  /^(?:ok(?:ay)?|alright|so|well)\s*[,.!]*$/i,
  // A wish for the reader, not a question: "I hope you are well", "hope your week is going fine".
  /^(?:i )?hope (?:you|you're|your|everyone|everybody|all|this|it's)\b[^?]*$/i,
  /^(?:(?:many|huge|big|thanks|thank you) )?(?:thanks|thank you|thx|ty|cheers)(?: (?:so|very) much| a lot| in advance| all| everyone| again| for (?:your|any|the) (?:help|time|answer))*\s*[.!]*$/i,
  /^(?:(?:any|all) help (?:is|would be) (?:much |greatly |very )?appreciated|much appreciated|appreciate it)\s*[.!]*$/i,
  // A letter's thanks for the answer to come: "I should be glad of the name.", "I should be most grateful for the
  // estimate."
  /^i (?:would|should|'d|’d) be (?:most |very |much |so )?(?:grateful|obliged|glad|pleased)(?: (?:of|for) (?:the|a|an|your|any|it|this|that)\b[^?]{0,30})?\s*[.!]*$/i,
  // A Japanese learner's "Please teach me.", "Please teach me his name." after the question it asks for.
  /^(?:please )?teach me(?: (?:his|her|their|the|its))?(?: (?:name|names|number|date|year|figure|recipe))?(?: please)?\s*[.!]*$/i,
  // A learner's thanks: "you help me very much", "you helped us a lot".
  /^(?:you|u)(?: really)? help(?:ed|s)? (?:me|us)(?: (?:so|very|much|a lot|a great deal|too))*\s*[.!]*$/i,
  /^(?:see (?:you|u|ya)|good ?night|bye|take care|have a (?:nice|good|great|lovely) (?:day|evening|night|one|weekend|week))\b[^?]*$/i,
  // A newcomer's apology that asks nothing: "new here, apologies if I'm asking in the wrong spot.", "sorry if this is
  // the wrong channel.", "I'm new here so be gentle!"
  new RegExp(
    String.raw`^(?:(?:(?:i['’]?m |i am )${NEWCOMER}|new here)\b[^?]*|(?:(?:i['’]?m )?sorry|apologies)(?: in advance)? ${WRONG_PLACE}\b[^?]*)$`,
    "i",
  ),
];

/** The question without the greetings, wishes, thanks and lead-ins around it; empty when it holds nothing else. */
export function withoutCourtesies(question: string): string {
  const kept: string[] = [];
  // A sign-off ends the letter only after its last question (read once: a scan of the rest per sentence was
  // quadratic in the number of sign-off-like sentences).
  const lastAsked = question.lastIndexOf("?");
  for (const [from, to] of sentenceBounds(question)) {
    const sentence = from === 0 ? question.slice(from, to).replace(SALUTATION, "") : question.slice(from, to);
    const spoken = sentence
      .replace(ASIDE_ASK, "")
      .replace(SPOKEN_FILLER, " ")
      .replace(CHAT_FILLER, " ")
      // "… stand for what ya Mas?": a particle before another one ends the clause once that one is gone.
      .replace(CHAT_FILLER, " ")
      // "how to say thank you in Japanese~": a chat's tilde, a friendly tone at a question's end.
      .replace(/~+(?=\s*[?!.]*\s*$)/u, "")
      .replace(/\s{2,}/g, " ")
      // "who is that ah?" without its particle: no space before the mark.
      .replace(/(?<=\S) ([?!.,])/g, "$1")
      // "…happening, ja?" without its particle: no comma left before the mark.
      .replace(/,+(?=[?!.])/g, "")
      .trim()
      .replace(SPOKEN_OPENING, "");
    const bare = spoken
      .replace(LABEL, "")
      .replace(OPENING, "")
      .replace(LEAD_IN, "")
      .replace(TRAILING_COURTESY, "")
      .trim();
    if (from > 0 && to > lastAsked && SIGN_OFF.test(bare)) break;
    if (!bare || COURTESY_SENTENCE.some((pattern) => pattern.test(bare))) continue;
    kept.push(bare === sentence.trim() ? sentence.trim() : bare);
  }
  return kept.join(" ").trim();
}
