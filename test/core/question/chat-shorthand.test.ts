/** Chat shorthand is spelled out before searching; capitals, abbreviations and links stay as written. */
import { spellOutShorthand } from "../../../src/core/question/chat-shorthand";
import { contentTokens } from "../../../src/text/tokenize";

describe("spellOutShorthand", () => {
  it.each([
    ["how many ppl died in the cyclone?", "how many people died in the cyclone?"],
    ["kinda need help with a cover letter", "kind of need help with a cover letter"],
    ["what govt rights body does Chin Malin head up", "what government rights body does Chin Malin head up"],
    ["what did the gov't say", "what did the government say"],
    ["who officiated sweden v south korea", "who officiated sweden versus south korea"],
    ["sweden vs korea", "sweden versus korea"],
    ["how many pitches does the Onion go thru", "how many pitches does the Onion go through"],
    ["who met w/ Blinken", "who met with Blinken"],
    ["can u tell me abt the vote pls", "can you tell me about the vote please"],
    ["whos in charge at the central bank atm", "who's in charge at the central bank at the moment"],
    ["is fishing allowed on the lake rn", "is fishing allowed on the lake right now"],
    ["whos the exec director of cchr", "who's the executive director of cchr"],
    ["whats the capital of australia", "what's the capital of australia"],
    ["wheres the summit and hows it going", "where's the summit and how's it going"],
    [
      "any shake-up at the bank this yr? or in the last 2 yrs",
      "any shake-up at the bank this year? or in the last 2 years",
    ],
    // Possessive, and office shorthand: "next yr's", "the govt's", "the ops director".
    ["where's next yr's robot contest", "where's next year's robot contest"],
    ["what was the govt’s reply", "what was the government’s reply"],
    ["who's the ops director at licadho", "who's the operations director at licadho"],
    ["which dept runs the intl desk", "which department runs the international desk"],
    ["why did the u.s. suspend the gsp", "why did the U.S. suspend the gsp"],
    // Contractions typed without the apostrophe, not words a keystroke away ("wasnt" is not "want").
    ["pretty sure it wasnt 2005", "pretty sure it wasn't 2005"],
    ["why didnt the EU act, and isnt the ban still on", "why didn't the EU act, and isn't the ban still on"],
    ["what did the u.k say at the u.n.?", "what did the U.K say at the U.N.?"],
    ["who won in d.c. and the u.s.a.", "who won in D.C. and the U.S.A."],
  ])("%s → %s", (typed, searched) => {
    expect(spellOutShorthand(typed)).toBe(searched);
  });

  it.each([
    "What did the U.S. say?",
    "Chapter V of the report",
    "the E.U. and the U.N.",
    "posts on r/news",
    "peoples and governments",
    "a v-shaped recovery",
    "how many ATM machines were robbed",
    "what happened at 9 a.m. or 5 p.m., e.g. at the vote",
    "the file a.b.c.d.e was leaked",
    "see example.com/u.s.",
    "don't ask what the r's stand for",
    "how many photo ops did the senator stage",
  ])("leaves %s as written", (typed) => {
    expect(spellOutShorthand(typed)).toBe(typed);
  });
});

describe("places typed short", () => {
  it("spell out a compass point's initial before a country ('N Korea', 'S. Korean')", () => {
    expect(spellOutShorthand("N Korea shelling - how many did the South evacuate?")).toBe(
      "North Korea shelling - how many did the South evacuate?",
    );
    expect(spellOutShorthand("people evacuated in S. Korean town?")).toBe(
      "people evacuated in South Korean town?",
    );
    expect(spellOutShorthand("what does the letter N stand for")).toBe("what does the letter N stand for");
  });

  it("are spelled out as names, possessives too", () => {
    expect(spellOutShorthand("which tx senator slammed nasa")).toBe("which Texas senator slammed nasa");
    expect(spellOutShorthand("hk's legco vote")).toBe("Hong Kong's legco vote");
    expect(spellOutShorthand("the aussie iodine study")).toBe("the Australian iodine study");
    // Capitalised as a people's name, still no name a story writes.
    expect(spellOutShorthand("the Aussie women's side and the Aussies")).toBe(
      "the Australian women's side and the Australians",
    );
    expect(spellOutShorthand("Aussiewide Tours")).toBe("Aussiewide Tours");
  });

  it.each([
    "nm, what did the minister say",
    "did me and the pa get it in ok",
    "TX-based senator",
    "a tx-based firm",
  ])("leaves %s as written", (typed) => {
    expect(spellOutShorthand(typed)).toBe(typed);
  });
});

describe("a state's code before a word for its offices", () => {
  it.each([
    ["the libertarian running for VA gov in 2013", "the libertarian running for Virginia governor in 2013"],
    ["va gov race", "Virginia governor race"],
    ["TX senator", "Texas senator"],
    ["who won the NH primary", "who won the New Hampshire primary"],
    ["IN house race", "Indiana house race"],
    ["texas gov's race", "texas governor's race"],
  ])("reads %s as the state's", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });

  it.each([
    "in house counsel",
    "In house, the bill passed",
    "me senator? no",
    "what did the gov say",
    "DC council vote",
    "Florida Gov. Ron DeSantis said what?",
  ])("leaves %s as written", (typed) => {
    expect(spellOutShorthand(typed)).toBe(typed);
  });
});

describe("initials typed in lower case", () => {
  it("are searched as one word, as the archive's 'U.S.' is", () => {
    expect(contentTokens(spellOutShorthand("why did the u.s. suspend the gsp"))).toEqual([
      "us",
      "suspend",
      "gsp",
    ]);
    expect(contentTokens("why did the u.s. suspend the gsp")).toEqual(["u", "suspend", "gsp"]);
  });
});

describe("a minister as headlines shorten one", () => {
  it.each([
    ["Cam FM bilat in DC w/ which US official?", "Cam foreign minister bilat in DC with which US official?"],
    ["cambodia FM's bilateral in DC", "cambodia foreign minister's bilateral in DC"],
    ["FMs met in Jakarta", "foreign ministers met in Jakarta"],
    ["Thai PM visit", "Thai prime minister visit"],
  ])("reads %s with the office spelled out", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });

  it.each(["at 5 PM today", "at 5PM", "98.7 FM", "FM radio station", "OFM"])(
    "leaves %s as typed: a time, a radio band or another acronym",
    (typed) => {
      expect(spellOutShorthand(typed)).toBe(typed);
    },
  );
});

describe("a match's award in chat", () => {
  it.each([
    ["who got motm in belgium-panama", "who got man of the match in belgium-panama"],
    ["potm vs tunisia?", "player of the match versus tunisia?"],
  ])("reads %s with the award spelled out", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });
});

describe("a match official in chat", () => {
  it.each([
    ["who reffed sweden-korea?", "who refereed sweden-korea?"],
    ["sweden v korea ref name?", "sweden versus korea referee name?"],
    ["the refs were awful", "the referees were awful"],
    ["the ref’s call", "the referee’s call"],
  ])("reads %s as the referee", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });

  it.each([
    "for ref, who won?",
    "as a ref point",
    "ref no. 12 please",
    "ref #12",
    "ref: the budget story",
    "ref 4417",
  ])("leaves the reference in %s as written", (typed) => {
    expect(spellOutShorthand(typed)).toBe(typed);
  });

  it.each([
    ["SWE-KOR/ who scored the pen for sweden?", "SWE-KOR/ who scored the penalty for sweden?"],
    ["did kane miss a pen", "did kane miss a penalty"],
    ["who was the pen taker", "who was the penalty taker"],
    ["lost on pens shootout", "lost on penalties shootout"],
  ])("reads %s as a penalty kick", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });

  it.each(["can I borrow a pen for my notes", "the pen is mightier", "pen pal letters"])(
    "leaves the pen in %s as written",
    (typed) => {
      expect(spellOutShorthand(typed)).toBe(typed);
    },
  );
});

describe("shorthand with an apostrophe inside, and a president", () => {
  it.each([
    [
      "int'l brotherhood of magicians — who's the prez?",
      "international brotherhood of magicians — who's the president?",
    ],
    ["the nat’l iodine study", "the national iodine study"],
    ["the prez's speech", "the president's speech"],
  ])("reads %s", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });
});

describe("a count asked by its sign or abbreviation", () => {
  it.each([
    ["Frank Messina - # countries performed in?", "Frank Messina - number of countries performed in?"],
    ["IE6 # of vulns per Secunia?", "IE6 number of vulns per Secunia?"],
    ["No. of Cambodian garment workers", "number of Cambodian garment workers"],
    ["nr of seats contested", "number of seats contested"],
  ])("reads %s as the number of", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });

  it.each(["who started #IStandWithAhmed", "No. 5 on the list", "the # key", "Room no. 12"])(
    "leaves %s as written",
    (typed) => {
      expect(spellOutShorthand(typed)).toBe(typed);
    },
  );
});

describe("a count asked with how much", () => {
  it.each([
    ["How much seats were contested in 2017?", "How many seats were contested in 2017?"],
    ["How much people died in the stampede?", "How many people died in the stampede?"],
    ["How much volunteers registered on Stardust@home?", "How many volunteers registered on Stardust@home?"],
  ])("reads %s as how many", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });

  it.each([
    "how much does it cost",
    "How much dollars did they raise?",
    "how much is the fine",
    "how much taxes do the schools owe",
    "How much was the bail",
    "how much gas is left",
  ])("leaves %s as written", (typed) => {
    expect(spellOutShorthand(typed)).toBe(typed);
  });
});

describe("the person asked after, with who last", () => {
  it.each([
    ["Atlantis last mission STS-135, commander who?", "who is Atlantis last mission STS-135, commander?"],
    ["last shuttle mission STS-135 commander is who?", "who is last shuttle mission STS-135 commander?"],
    [
      "Cambodia ambassador to United States in 2022, who is?",
      "who is Cambodia ambassador to United States in 2022?",
    ],
    ["Hong Kong chief executive in 2016 — who is it?", "who is Hong Kong chief executive in 2016?"],
  ])("reads %s as who is …", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });

  it.each([
    "who met Blinken?",
    "the minister met Blinken, and who?",
    "Did Blinken meet him, and who?",
    "do you know who?",
    "guess who?",
    "Chin Malin said what?",
  ])("leaves %s as written", (typed) => {
    expect(spellOutShorthand(typed)).toBe(typed);
  });
});

describe("a copy desk's shorthand", () => {
  it.each([
    [
      "Yeoncheon evac figure after the shelling, chk",
      "Yeoncheon evacuation figure after the shelling, check",
    ],
    ["how many univs have accepted the photos", "how many universities have accepted the photos"],
    ["env canada doc found on the street", "env canada document found on the street"],
  ])("reads %s", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });
});

describe("a year written short", () => {
  it.each([
    ["who'd he volunteer for in '79?", "who'd he volunteer for in 1979?"],
    ["Bay of Bengal '99 cyclone death toll?", "Bay of Bengal 1999 cyclone death toll?"],
    ["hazardous job in ’97-’98?", "hazardous job in 1997-1998?"],
    ["who won the '16 vote", "who won the 2016 vote"],
  ])("%s → %s", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });

  it.each([
    // A decade, a quoted word, a number inside a word or after a letter.
    "bands of the '90s",
    "he said 'no' in the end",
    "rock 'n' roll",
    "he is 5'11 tall",
  ])("leaves %p", (typed) => {
    const read = spellOutShorthand(typed);
    expect(read).not.toMatch(/(?:19|20)\d\d/);
  });
});

describe("an object's inherited key is no shorthand", () => {
  it.each(["who is the constructor of the bridge?", "what did the constructor say, tostring aside"])(
    "%s",
    (typed) => {
      expect(spellOutShorthand(typed)).toBe(typed);
    },
  );
});

describe("a word typed with its g dropped", () => {
  it.each([
    [
      "When's the commune vote happenin' over yonder in Cambodia?",
      "When's the commune vote happening there in Cambodia?",
    ],
    ["What was that meetin' on the sidelines of?", "What was that meeting on the sidelines of?"],
    ["Who ended up winnin’ Group G?", "Who ended up winning Group G?"],
    // A quoted word ending in "in" that is no word with a "g": as typed.
    ["What did 'the Kremlin' say?", "What did 'the Kremlin' say?"],
    ["Who is 'Putin'?", "Who is 'Putin'?"],
  ])("%s", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });
});

describe("Scots as a reader types it", () => {
  it.each([
    ["how many folk got evacuated fae Yeoncheon?", "how many people got evacuated from Yeoncheon?"],
    ["Where's the Afghan lassies' robotics team fae?", "Where's the Afghan girls' robotics team from?"],
    [
      "How auld was the laddie that brought his clock tae school?",
      "How old was the boy that brought his clock to school?",
    ],
    ["whit did they say aboot it", "what did they say about it"],
    ["Is there a Yankees poet tae?", "Is there a Yankees poet too?"],
    [
      "Which analyst reckoned he said nothing new, d'ye know?",
      "Which analyst reckoned he said nothing new, do you know?",
    ],
  ])("%s → %s", (typed, spelled) => {
    expect(spellOutShorthand(typed)).toBe(spelled);
  });

  it("leaves words that are English or names as typed", () => {
    expect(spellOutShorthand("Did Ken vote aye on the wee bill?")).toBe("Did Ken vote aye on the wee bill?");
  });
});

describe("an Italian reader's price and count", () => {
  it.each([
    [
      "Quanto costa the Santorum cocktail in that bar of Brooklyn?",
      "How much is the Santorum cocktail in that bar of Brooklyn?",
    ],
    ["and quanto costavano the tickets?", "and how much were the tickets?"],
    ["quanti people died in the crane collapse?", "how many people died in the crane collapse?"],
    // Inside a longer word or a name: as typed.
    ["Who is Quantico's director?", "Who is Quantico's director?"],
  ])("%s", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });
});

describe("a Brazilian reader's count", () => {
  it.each([
    [
      "Quantos people died in the siege of the Grand Mosque?",
      "How many people died in the siege of the Grand Mosque?",
    ],
    [
      "The cyclone of 1999 in the Bay of Bengal killed how many pessoas?",
      "The cyclone of 1999 in the Bay of Bengal killed how many people?",
    ],
    // Inside a longer word or a name: as typed.
    ["Who is Quantosaurus?", "Who is Quantosaurus?"],
  ])("%s", (typed, read) => {
    expect(spellOutShorthand(typed)).toBe(read);
  });
});
