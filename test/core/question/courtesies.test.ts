/** The greetings, wishes, thanks and lead-ins around a question are not searched; the question is. */
import { checkQuestion } from "../../../src/core/question/check-question";
import { withoutCourtesies } from "../../../src/core/question/courtesies";

describe("withoutCourtesies", () => {
  it.each([
    [
      "Hello everyone, I hope you are all doing well. I would like to ask, according to the ministry statement, which topics were discussed? Thank you in advance.",
      "according to the ministry statement, which topics were discussed?",
    ],
    [
      "Hi all, hope your week is going fine. Regarding the naval base, what did the minister say? Many thanks.",
      "Regarding the naval base, what did the minister say?",
    ],
    [
      "Hello, I hope this is the right channel. May I ask what is the scientific name of the new anemone? Thank you very much.",
      "what is the scientific name of the new anemone?",
    ],
    ["Good evening. Sorry to bother, but could somebody tell me who Chin Malin is?", "who Chin Malin is?"],
    [
      "Good morning everyone. Could you tell me how many seats are contested? Thanks!",
      "how many seats are contested?",
    ],
    ["I was wondering if the CNRP was dissolved in 2017?", "the CNRP was dissolved in 2017?"],
    ["I'd like to know who heads the CCHR. Any help is appreciated.", "who heads the CCHR."],
    // A formal request: "I wish to know", "Kindly assist,", "Please advise:".
    [
      "I wish to know how many council seats are being contested.",
      "how many council seats are being contested.",
    ],
    ["Kindly assist, I wish to know the date of the commune election.", "the date of the commune election."],
    ["Please advise: who heads CCHR?", "who heads CCHR?"],
    // Not when the asker's own situation is what follows, nor "assist" as the topic.
    ["I wish I knew who heads CCHR", "I wish I knew who heads CCHR"],
    ["Who did the Afghan team assist?", "Who did the Afghan team assist?"],
    // Dictated: the sounds of speech and a spoken start.
    [
      "ok so um who did the cambodian foreign minister meet in washington",
      "who did the cambodian foreign minister meet in washington",
    ],
    [
      "how many volunteer readers does librivox have um roughly",
      "how many volunteer readers does librivox have roughly",
    ],
    ["Umm, uh, what is the UM hospital?", "what is the UM hospital?"],
    // A letter to the editor: its salutation, formal asks, sign-off and the name under it.
    [
      "Dear Editor, I read your Cambodia piece with interest. Could you kindly tell me what that summit was called? With thanks and warm regards, Harold J. Pemberton",
      "I read your Cambodia piece with interest. what that summit was called?",
    ],
    [
      "Dear Sir or Madam, Would you be so good as to tell me which body she runs? I remain, as ever, a grateful reader, Margaret E. Hollis (Mrs)",
      "which body she runs?",
    ],
    [
      "Dear Editor, Could you remind me which naval base was in question? Yours aye, Commander (retd.) Geoffrey Lyle",
      "Could you remind me which naval base was in question?",
    ],
    ["Who chaired the panel? Kia ora and kind regards, Ivy Rangi", "Who chaired the panel?"],
    // A letter's obliged ask, "might you inform me", an ask set inside the question, a thanks for the answer to come,
    // "With thanks in advance," and a name with the writer's trade under it.
    [
      "Dear Editor, I should be obliged if you could tell me how many parties have signed up. Yours faithfully, Margaret Hale (retired teacher)",
      "how many parties have signed up.",
    ],
    [
      "Dear Editor, I should be obliged if you could tell me the name of the vessel she was held on. Yours sincerely, Margaret Hale",
      "the name of the vessel she was held on.",
    ],
    [
      "Dear Editor, Might you inform me what proportion of the trade privileges was withdrawn? Yours sincerely, M. Hale",
      "what proportion of the trade privileges was withdrawn?",
    ],
    [
      "Which opposition party, I wonder, is said to have been intimidated? I should be glad of the name. With thanks in advance, Margaret Hale (retired teacher)",
      "Which opposition party is said to have been intimidated?",
    ],
    ["Who, may I ask, became the youngest legislator?", "Who became the youngest legislator?"],
    [
      "I should be most grateful for the estimate of how many grains were caught?",
      "I should be most grateful for the estimate of how many grains were caught?",
    ],
    // A chat message signed with the asker's name, which no story must hold.
    ["Hello, where was Aner Shalev born? Thank you, Miriam", "where was Aner Shalev born?"],
    [
      "Hi dear, how much did the drink cost? I hope not too much! Best, Bev",
      "how much did the drink cost? I hope not too much!",
    ],
    ["Hello dear, which party was that? Thanks ever so, Joan", "which party was that?"],
    ["Who was that man? Bless you, Eileen", "Who was that man?"],
    ["What is its scientific name? Much obliged, Edna", "What is its scientific name?"],
    ["Who scored the penalty? Cheers, Ingrid", "Who scored the penalty?"],
    ["Which year was Tina the captain? Thank you kindly, Bernard", "Which year was Tina the captain?"],
    // A newcomer's apologies on a public server.
    ["Hi everyone, I'm new, please be gentle where was Aner Shalev born?", "where was Aner Shalev born?"],
    [
      "hello!! I'm new and not sure this is the right place, but which analyst said that?",
      "which analyst said that?",
    ],
    [
      "hello, new here, apologies if I'm asking in the wrong spot. roughly how many Greeks worship the old gods?",
      "roughly how many Greeks worship the old gods?",
    ],
    ["hi sorry if this is the wrong place, I'm new. who started the hashtag?", "who started the hashtag?"],
    ["I'm new to this server so be nice: who met Blinken?", "who met Blinken?"],
    // Not a place or a paper whose name starts with "new".
    [
      "new zealand school kids iodine study — how many children were tested",
      "new zealand school kids iodine study — how many children were tested",
    ],
    ["What is new here in the Cambodia story?", "What is new here in the Cambodia story?"],
    // Not before the question, nor a thank-you that asks.
    [
      "Thank you, Miriam, for the link. Where was he born?",
      "Thank you, Miriam, for the link. Where was he born?",
    ],
    ["I would be most grateful if you could tell me who chaired the panel.", "who chaired the panel."],
    // Not a sentence that goes on to ask, nor "Thanks to …" in the scene.
    [
      "Thanks to the rain, the festival was cancelled. When was it held again?",
      "Thanks to the rain, the festival was cancelled. When was it held again?",
    ],
    // Chat interjections, in lower case or capitalised first; an acronym in capitals stays.
    ["lol what does GSP stand for?", "what does GSP stand for?"],
    ["Haha ok, who runs the CCHR tbh", "who runs the CCHR"],
    ["ngl what did OMG say about it", "what did OMG say about it"],
    ["Okay, hmm. When was the CNRP dissolved?", "When was the CNRP dissolved?"],
    // Singapore English's particles at a clause's end; "Ah Meng" or "a Leh palace" mid-clause stay.
    ["the UN rapporteur on Cambodia, who is that ah?", "the UN rapporteur on Cambodia, who is that?"],
    ["how many teams took part lah", "how many teams took part"],
    // Malaysian English's "ar", "hor" and "izzit" too.
    ["Cambodia FM who ar? the one who met Blinken", "Cambodia FM who? the one who met Blinken"],
    ["the vote was in June izzit?", "the vote was in June?"],
    ["who did Ah Meng meet?", "who did Ah Meng meet?"],
    // Ghanaian English's "chale", the American South's "bless their hearts", a young reader's "istg", "no cap".
    [
      "Chale, after all the referendums, did New Zealand change its flag?",
      "after all the referendums, did New Zealand change its flag?",
    ],
    [
      "Which opposition party got threatened by local officials, bless their hearts?",
      "Which opposition party got threatened by local officials?",
    ],
    ["istg who was the prosecutor no cap", "who was the prosecutor"],
    // "God rest 'em" of the South; a German speaker's "bitte" and "…, genau?"; "Genau" as a name mid-clause stays.
    [
      "When that crane came down, how many folks got hurt, not countin' the dead, God rest 'em?",
      "When that crane came down, how many folks got hurt, not countin' the dead?",
    ],
    ["How many seats are there to win, genau?", "How many seats are there to win?"],
    ["Bitte, who is the foreign minister?", "who is the foreign minister?"],
    ["who did Anna Genau meet?", "who did Anna Genau meet?"],
    ["lowkey how many ants died", "how many ants died"],
    // Hong Kong English's "la", "wor", "jor" at a clause's end; "La Paz" or "Wor Lee" mid-clause stay.
    [
      "which opposition party got threatened before the vote wor?",
      "which opposition party got threatened before the vote?",
    ],
    ["how many ppl die in the crash la", "how many ppl die in the crash"],
    ["add oil! who did Wor Lee meet in La Paz?", "who did Wor Lee meet in La Paz?"],
    // An Egyptian reader's Arabic words, a Brazilian's "obrigado" and "…, né?".
    ["ya3ni who is the UK home secretary?", "who is the UK home secretary?"],
    ["mashallah how many US senators wrote, habibi?", "how many US senators wrote?"],
    ["yalla tell me when, inshallah?", "tell me when?"],
    ["Obrigado! The crane fell on a Friday, né?", "The crane fell on a Friday?"],
    // A Korean reader's, an Italian's and a Polish reader's chat words; a tilde at the end.
    ["aigoo baby Gloria in Sydney, she die from what? ㅠㅠ", "baby Gloria in Sydney, she die from what?"],
    ["wikiHow founder sell eHow for how much money? daebak", "wikiHow founder sell eHow for how much money?"],
    ["CNRP is what ạ? I see it many time in news", "CNRP is what? I see it many time in news"],
    ["dạ, who is minister foreign of Cambodia? cảm ơn", "who is minister foreign of Cambodia?"],
    ["hocam which party won, tamam?", "which party won?"],
    ["nu, how many people were died? spasibo", "how many people were died?"],
    ["abeg how much did it cost? no wahala", "how much did it cost?"],
    // An Indonesian reader's "Mas", "ya", "kah"; a Japanese reader's "sumimasen", "desu ka", "arigatou", "please teach
    // me"; a Gulf reader's "shukran" and a closing "bro".
    [
      "EBA in the Cambodia story, EBA stand for what ya Mas?",
      "EBA in the Cambodia story, EBA stand for what?",
    ],
    ["Mas, who is the minister? terima kasih", "who is the minister?"],
    ["He represent many Cambodian people kah?", "He represent many Cambodian people?"],
    [
      "About how many Greek people pray to old gods like Zeus today, desu ka?",
      "About how many Greek people pray to old gods like Zeus today?",
    ],
    ["Sumimasen, who met Blinken? Please teach me his name.", "who met Blinken?"],
    ["Please teach me who is the leader of Licadho, desu ka?", "who is the leader of Licadho?"],
    ["Which senator spoke? Arigatou gozaimasu.", "Which senator spoke?"],
    ["shukran, who won, bro?", "who won?"],
    // A Ukrainian reader's "skazhit' bud' laska", "pryvit", "dyakuyu"; a Thai reader's "na krub", "khob khun"; a Greek
    // reader's "ela", "efharisto" and a closing "re".
    [
      "skazhit' bud' laska, on which day is the local commune vote in Cambodia?",
      "on which day is the local commune vote in Cambodia?",
    ],
    ["pryvit! who is the minister? dyakuyu", "who is the minister?"],
    ["GSP is short for what na krub?", "GSP is short for what?"],
    ["khob khun krub, who met Blinken?", "who met Blinken?"],
    ["ela re, who won?", "who won?"],
    ["who won the vote, re? efharisto", "who won the vote?"],
    // A Tamil reader's "machan", "nandri", a closing "da"; a Nepali reader's "dhanyabad", a closing "dai", "didi",
    // "hola"; a Romanian reader's "salut", "mersi (mult)", "deci, …". "Da Nang", "Dai Sato" and "Deci Bell" stay.
    ["machan, who won the vote? nandri", "who won the vote?"],
    ["eppo nadakkuthu da?", "eppo nadakkuthu?"],
    ["kati jana aaye dai? dhanyabad", "kati jana aaye?"],
    ["security holes thiye hola?", "security holes thiye?"],
    ["Salut! Who met Blinken? mersi mult", "Who met Blinken?"],
    ["Deci, which base came up in their talks?", "which base came up in their talks?"],
    ["who did Dai Sato and Deci Bell meet in Da Nang?", "who did Dai Sato and Deci Bell meet in Da Nang?"],
    // A Telugu reader's "namaste andi", "cheppandi please", a closing "andi"; a Haitian reader's "sak pase", "mèsi
    // anpil", "tanpri"; an Israeli reader's "ahlan", "toda raba". "Toda Kazuo" as a name stays.
    ["Namaste andi. who met Blinken andi? Cheppandi please.", "who met Blinken?"],
    ["Sak pase! who met Blinken? Mèsi anpil.", "who met Blinken?"],
    ["Tanpri, who met Blinken? Mesi.", "who met Blinken?"],
    ["ahlan, who met Blinken? toda raba", "who met Blinken?"],
    ["did Toda Kazuo meet Blinken?", "did Toda Kazuo meet Blinken?"],
    // A sceptic's "Go on then," and "supposedly".
    ["Go on then, how old is Tina McKenzie supposedly?", "how old is Tina McKenzie?"],
    [
      "Go on, which summit was it supposedly on the sidelines of?",
      "which summit was it on the sidelines of?",
    ],
    ["Did the talks go on past midnight?", "Did the talks go on past midnight?"],
    ["how to say thank you in Japanese~", "how to say thank you in Japanese"],
    ["Allora, who won the election? Grazie mille", "who won the election?"],
    ["Dzięki, who is the minister? proszę", "who is the minister?"],
    // Welsh English's "there's lovely" and "…, mun?"; Canadian English's "…, eh?"; "Eh Tan" or "Mun Lee" as names stay.
    ["How many seats are up for grabs, mun?", "How many seats are up for grabs?"],
    ["There's lovely, a Libertarian. Who does Sarvis admire?", "a Libertarian. Who does Sarvis admire?"],
    ["how many kids did the iodine study test, eh?", "how many kids did the iodine study test?"],
    ["who did Mun Lee and Eh Tan meet?", "who did Mun Lee and Eh Tan meet?"],
    // South African English's "eish", "howzit", "…, ja?", "…, hey?"; a Swedish speaker's "…, or?".
    [
      "Eish, who actually shut down the CNRP and when was that?",
      "who actually shut down the CNRP and when was that?",
    ],
    [
      "When's the Cambodian local council vote happening, ja?",
      "When's the Cambodian local council vote happening?",
    ],
    [
      "How many pitches does The Onion read on a Monday, hey?",
      "How many pitches does The Onion read on a Monday?",
    ],
    [
      "What was in the middle of the festival, some big animal or?",
      "What was in the middle of the festival, some big animal?",
    ],
    ["Was it Blinken or Markey who wrote the letter?", "Was it Blinken or Markey who wrote the letter?"],
    // Apologies, hedges and polite asks before the question.
    [
      "Sorry if this is a silly question, but who did Cambodia's foreign minister meet?",
      "who did Cambodia's foreign minister meet?",
    ],
    ["Apologies if I've got the wrong end of this, but what did Peres say?", "what did Peres say?"],
    ["I'm sorry if this is a basic question, but how many photographs?", "how many photographs?"],
    ["Sorry, who was the person from Licadho?", "who was the person from Licadho?"],
    ["I hope this isn't a silly question, but what was the first book?", "what was the first book?"],
    ["I might be mixing things up, but how many seats were up?", "how many seats were up?"],
    ["Correct me if I'm wrong, but when was the CNRP dissolved?", "when was the CNRP dissolved?"],
    ["Is it okay to ask when the commune vote was?", "when the commune vote was?"],
    ["Could you help me understand how much of the EBA was suspended?", "how much of the EBA was suspended?"],
    ["Excuse me, could you tell me how many people were hurt?", "how many people were hurt?"],
    // A live blog's or a chat's label.
    [
      "LIVE: need casualty figure from the mecca crane story",
      "need casualty figure from the mecca crane story",
    ],
    ["BREAKING — who heads the CCHR?", "who heads the CCHR?"],
    ["quick q: when was the CNRP dissolved", "when was the CNRP dissolved"],
    ["Quick one if that's alright — who started the hashtag?", "who started the hashtag?"],
    ["chk: how many universities took the Polaroids", "how many universities took the Polaroids"],
    // A courtesy after what is asked.
    [
      "Markey represents a big Cambodian community — which city is that in, if you don't mind me asking?",
      "Markey represents a big Cambodian community — which city is that in?",
    ],
    ["who heads the CCHR, if that's okay?", "who heads the CCHR?"],
    [
      "I should be gratefull to know which government body Mr Chin Malin is in charge of.",
      "which government body Mr Chin Malin is in charge of.",
    ],
    // A desk's cue note.
    ["NEED: number injured in Mecca crane collapse", "number injured in Mecca crane collapse"],
    ["CHECK: who did the Chomsky interview at MIT?", "who did the Chomsky interview at MIT?"],
    ["PULL QUOTE: Peres line comparing brains and oil", "Peres line comparing brains and oil"],
    // A librarian passing on a patron's request.
    [
      "A patron is asking how many commune council seats were being contested in Cambodia's June 2022 vote.",
      "how many commune council seats were being contested in Cambodia's June 2022 vote.",
    ],
    ["Patron would like to know the year The Onion was founded.", "the year The Onion was founded."],
    [
      "Reference query: which South Korean town evacuated residents?",
      "which South Korean town evacuated residents?",
    ],
    // A checklist's or a quiz's number.
    ["3) claim: CNRP was dissolved in 2018", "claim: CNRP was dissolved in 2018"],
    ["12. who heads the CCHR?", "who heads the CCHR?"],
    ["#4 who heads the CCHR?", "who heads the CCHR?"],
    ["Q7 for the history round: who heads the CCHR?", "who heads the CCHR?"],
    [
      "Picture round: name the activist dressed as Lady Justice.",
      "name the activist dressed as Lady Justice.",
    ],
  ])("%s", (question, searched) => {
    expect(withoutCourtesies(question)).toBe(searched);
  });

  it("is empty when the message holds nothing else", () => {
    expect(withoutCourtesies("good night everyone, see u tomorrow")).toBe("");
    expect(withoutCourtesies("Hello! I hope this is the right channel.")).toBe("");
    expect(withoutCourtesies("Thanks a lot. Have a good weekend!")).toBe("");
    expect(withoutCourtesies("spasibo, you help me very much")).toBe("");
    expect(withoutCourtesies("Arigatou gozaimasu. Please teach me.")).toBe("");
  });

  it("keeps what a question asks, even in words a courtesy uses", () => {
    const kept = [
      // "sudah" (already) asks whether it has happened; "Mas" inside a name; "bro" opening what is asked.
      "South Korea sudah stop the loudspeaker or not?",
      "Is Xmas a holiday in Masbate?",
      "what is bro code?",
      "Who did the minister hope would renew the GSP?",
      "I hope the GSP was renewed?",
      "12.5 percent of what?",
      "How many patrons asked for the Warhol catalogue?",
      "Which reader asked the Onion about its headlines?",
      "Round 2 of the talks: when was it?",
      "Thanks to whom did the bill pass?",
      "thanks, that's all for today!",
      "can you tell me a joke",
      "Can you tell me about the Ream naval base?",
      "What did the foreign minister say, thank you?",
      "OK Computer was released when?",
      "Live Aid: who organised the concert?",
      "Was the UM study published?",
    ];
    for (const question of kept) expect(withoutCourtesies(question)).toBe(question);
  });
});

describe("checkQuestion", () => {
  it("searches the question without its courtesies, and echoes what was typed", () => {
    const typed = "Hello everyone, I hope you are well. Who heads the CCHR? Thank you in advance.";
    expect(checkQuestion(typed, 500)).toEqual({ ok: true, question: typed, query: "Who heads the CCHR?" });
  });

  it("keeps a message that is only courtesies whole (chat shorthand spelled out), for small talk to answer", () => {
    expect(checkQuestion("good night everyone, see u tomorrow", 500)).toMatchObject({
      ok: true,
      query: "good night everyone, see you tomorrow",
    });
  });
});
