/** A who-question about a post's holder, asked of a story about another post (asked-post.ts). */
import {
  bodyLedTold,
  leaderMissing,
  leaderTold,
  postMissing,
  postTitle,
  postWords,
} from "../../../src/core/question/asked-post";

describe("postWords", () => {
  it.each([
    ["who's tavessa's national police chief", ["national", "police"]],
    ["Who is Cambodia's defence minister?", ["defence"]],
    ["Who is the current finance minister?", ["finance"]],
    ["Who is the minister of defence?", ["defence"]],
    ["Who's the CEO of the port authority?", ["port", "authority"]],
    ["Who is Licadho's head of operations?", ["operations"]],
    ["Who became Tavessa's new central bank governor?", ["central", "bank"]],
  ])("%s → %j", (question, words) => {
    expect(postWords(question)).toEqual(words);
  });

  it.each([
    // Not a post's holder: who won, who met, a race named by a title.
    "Who won the 2017 Hong Kong Chief Executive election?",
    "who did cambodia's foreign minister meet in washington",
    "who won the 2013 virginia governor race",
    // A title with nothing before it that says which post.
    "Who is the minister?",
    "Who is the top diplomat?",
    "Who heads the harbour authority?",
  ])("%s → none", (question) => {
    expect(postWords(question)).toEqual([]);
  });
});

describe("postTitle", () => {
  it.each([
    ["Who is the U.S. ambassador to Cambodia?", "ambassador"],
    ["who's tavessa's national police chief", "chief"],
    ["Who are the finance ministers?", "minister"],
    ["who won the 2013 virginia governor race", null],
  ])("%s → %s", (question, title) => {
    expect(postTitle(question)).toBe(title);
  });
});

describe("postMissing", () => {
  const bank =
    "Parliament approved Petra Kalvanes as governor of the National Bank. The central bank chief starts in May.";

  it("is true when the story names the title but not the words that say which post", () => {
    expect(postMissing("who's tavessa's national police chief", bank)).toBe(true);
    expect(
      postMissing("Who is Cambodia's defence minister?", "Foreign Minister Prak Sokhonn met Blinken."),
    ).toBe(true);
  });

  it("is false when the story holds them, in any of their forms, or the question asks no post", () => {
    expect(postMissing("Who is the national bank chief?", bank)).toBe(false);
    expect(postMissing("Who is Tavessa's central bank governor?", bank)).toBe(false);
    expect(postMissing("Who is the minister of defense?", "Defense Minister Tea Banh said…")).toBe(false);
    // The other English spelling: "defence" and "defense", "labour" and "labor", "harbour" and "harbor".
    expect(postMissing("Who is Cambodia's defence minister?", "Defense Minister Tea Banh said…")).toBe(false);
    expect(postMissing("Who is the defense minister?", "The Defence Minister said…")).toBe(false);
    expect(postMissing("Who is the labour minister?", "Labor Minister Ith Samheng said…")).toBe(false);
    expect(postMissing("Who is the harbor commissioner?", "The harbour commissioner said…")).toBe(false);
    expect(postMissing("Who met the governor?", bank)).toBe(false);
    // "U.S." is read as one word in the question and in the story.
    expect(
      postMissing("Who is the U.S. ambassador to Cambodia?", "U.S. Ambassador Patrick Murphy said…"),
    ).toBe(false);
    expect(postMissing("Who is the U.S. ambassador to Cambodia?", "The EU ambassador said…")).toBe(true);
  });

  it("reads an acronym that says which post by the name the story spells out, and no other name", () => {
    const director = "Chak Sopheap, the executive director of the Cambodian Center for Human Rights, said…";
    expect(postMissing("who's the CCHR head they quoted", director)).toBe(false);
    expect(postMissing("who's the LICADHO head they quoted", director)).toBe(true);
    expect(postMissing("who's the CCHR head", "The executive director of the rights group said…")).toBe(true);
  });

  it("is true when the story gives the post no title of its kind: no ambassador or envoy, no minister or secretary", () => {
    const minister = "Foreign Minister Prak Sokhonn met U.S. Secretary of State Antony Blinken.";
    expect(postMissing("Who is the U.S. ambassador to Cambodia?", minister)).toBe(true);
    expect(postMissing("Who is the U.S. envoy?", "U.S. Ambassador Patrick Murphy said…")).toBe(false);
    expect(postMissing("Who is the foreign minister?", minister)).toBe(false);
    // A governor may be the bank's chief or head; a title with no kin listed is left to the words before it.
    expect(
      postMissing("Who is the central bank governor?", "The central bank chief, Petra Kalvanes, resigned."),
    ).toBe(false);
    expect(postMissing("Who is the police commissioner?", "The police chief resigned.")).toBe(false);
  });

  it("reads a holder asked by 'which', by 'the name of' or by a trailing 'name?', by the title alone", () => {
    const court =
      "The Greek court has ruled that worshippers of the ancient religion may worship at the sites.";
    expect(postMissing("which judge issued the greek ruling on worshipping the ancient gods?", court)).toBe(
      true,
    );
    expect(postMissing("Which judges sat on the Greek court?", "Justice Eleni Papa wrote the ruling.")).toBe(
      false,
    );
    const crane = "A storm caused a construction crane to fall into the Grand Mosque.";
    expect(postMissing("which contractor owned the crane that fell into the Grand Mosque?", crane)).toBe(
      true,
    );
    expect(
      postMissing("which contractor owned the crane?", "The crane's owner, a building firm, said…"),
    ).toBe(false);
    const met = "Foreign Minister Prak Sokhonn met U.S. Secretary of State Antony Blinken.";
    expect(postMissing("What is the name of the US ambassador in Cambodia at the time?", met)).toBe(true);
    expect(postMissing("US ambassador to Cambodia at time of the summit — name?", met)).toBe(true);
    expect(postMissing("Cambodian foreign minister at the summit — name?", met)).toBe(false);
    // Only the title: the words before it need not be the story's ("past", "mil").
    const admired = "Which previous Virginia Governor(s) do you most admire and why? Thomas Jefferson.";
    expect(postMissing("which past Virginia governor does Sarvis admire most?", admired)).toBe(false);
    expect(
      postMissing("Indonesian mil spokesman on the rescue — name?", "Military spokesman Fuad Basya said…"),
    ).toBe(false);
    // A trailing "commander name", "commander who?", "commander is who?".
    const seats = "However, the JSC will recieve pilot and commander seats from the flight deck.";
    expect(postMissing("STS-135 commander name sp?", seats)).toBe(true);
    expect(postMissing("Atlantis last mission STS-135, commander who?", seats)).toBe(true);
    expect(postMissing("last shuttle mission STS-135 commander is who?", seats)).toBe(true);
    expect(postMissing("STS-135 commander name?", "Commander Chris Ferguson flew STS-135.")).toBe(false);
    expect(postTitle("STS-135 commander name sp?")).toBe("commander");
    // Not a holder: "which" before something else, a name asked of no title.
    expect(postMissing("which court ruled on the worship?", court)).toBe(false);
    expect(postMissing("the activist dressed as Lady Justice — name?", court)).toBe(false);
  });

  it("asks who got elected to a post, and finds no president where no one presides, heads or chairs", () => {
    const elected =
      "Demosisto's Nathan Law becomes the youngest LegCo member. Pro-Beijing camp won 40 seats.";
    expect(postMissing("who got elected LegCo president after the 2016 vote?", elected)).toBe(true);
    expect(postMissing("who is the LegCo president?", elected)).toBe(true);
    expect(postMissing("who got elected LegCo president?", "Andrew Leung was elected LegCo president.")).toBe(
      false,
    );
    expect(postMissing("who is the LegCo president?", "LegCo chairman Andrew Leung said…")).toBe(false);
    expect(postMissing("who was the mission commander?", "The mission's crew of four flew…")).toBe(true);
    // A title written of no one: "commander seats", a chief who is not named.
    const seats = "However, the JSC will recieve pilot and commander seats from the flight deck.";
    expect(postMissing("who was the commander of the last shuttle flight, STS-135?", seats)).toBe(true);
    expect(postMissing("Who is the central bank governor?", "The central bank chief resigned.")).toBe(true);
    expect(postMissing("who was the mission commander?", "Chris Ferguson commanded the mission.")).toBe(
      false,
    );
  });
});

describe("leaderMissing", () => {
  const story =
    "These include threats against the opposition Candlelight Party by local authorities. Chin Malin said the government upholds rights. Malin also leads a governmental group called the Cambodian Human Rights Committee. Chak Sopheap, executive director of the Cambodian Center for Human Rights, said peaceful assemblies are interfered with.";

  it("is true when no sentence (with the one before it) tells who leads something beside a word naming the body", () => {
    expect(leaderMissing("who leads the candlelight party", story)).toBe(true);
    expect(leaderMissing("Who runs the Refugee Council?", story)).toBe(true);
  });

  it("is false when one does, by the body's name or its acronym spelled out, or the question asks no leader", () => {
    expect(leaderMissing("who leads the government's human rights committee", story)).toBe(false);
    expect(leaderMissing("who runs CCHR these days?", story)).toBe(false);
    expect(leaderMissing("Who heads the Cambodian Center for Human Rights?", story)).toBe(false);
    expect(leaderMissing("who threatened the candlelight party", story)).toBe(false);
    expect(leaderMissing("who leads the party", story)).toBe(false);
  });

  it("reads 'who is the president of …' the same, and wants the leading word within a few words of the body's", () => {
    const travels =
      "After I was inducted as International President in Phoenix in July, I have been to Magic Live in Las Vegas, the British Ring Convention in Buxton and the Magic Circle in London.";
    expect(leaderMissing("who's the current president of the magic circle in london", travels)).toBe(true);
    expect(leaderMissing("Who was president of The Magic Circle in 2013?", travels)).toBe(true);
    const brotherhood =
      "Wikinews spoke with William Evans, president of the International Brotherhood of Magicians.";
    expect(
      leaderMissing("who is the president of the international brotherhood of magicians", brotherhood),
    ).toBe(false);
    expect(leaderMissing("Who is the president of the brotherhood?", brotherhood)).toBe(false);
  });

  it("wants a head's word for a president, a director or a chair: a minister of the body is another post", () => {
    const talks =
      "Braverman met France's interior and overseas minister Gérald Darmanin in Paris on November 14.";
    expect(leaderMissing("Who is the current president of France?", talks)).toBe(true);
    expect(leaderMissing("who is the director of France's interior ministry", talks)).toBe(true);
    // Asked by "head", "chief" or "leader", a minister may head it.
    expect(leaderMissing("Who is the head of France's interior ministry?", talks)).toBe(false);
    expect(
      leaderMissing(
        "Who is the president of France?",
        `${talks} President Emmanuel Macron of France agreed.`,
      ),
    ).toBe(false);
  });
});

describe("leaderTold", () => {
  it("tests a sentence for a word that tells who leads, for a who-leads question", () => {
    const told = leaderTold("who runs the USI gallery hosting the warhol polaroids show");
    expect(told?.("Kathryn Waters, director of the gallery, expressed interest.")).toBe(true);
    expect(told?.("The USI art gallery celebrated the opening with Andy Warhol's Polaroids.")).toBe(false);
    const byTitle = leaderTold("who is the president of the Magic Circle?");
    expect(byTitle?.("The Magic Circle's president, Jane Roe, said so.")).toBe(true);
    expect(byTitle?.("France's interior minister said so.")).toBe(false);
  });

  it("is null for a question that asks no leader", () => {
    expect(leaderTold("who found the document?")).toBeNull();
    expect(leaderTold("when did the gallery open?")).toBeNull();
  });
});

describe("bodyLedTold", () => {
  const asked = [
    "which government body is Chin Malin in charge of?",
    "chin malin heads what government outfit?",
    "What group does Am Sam Ath lead?",
    "Chin Malin from the Ministry of Justice, he is leading what government group?",
    // The body told in the scene, then asked for by its name.
    "Justice ministry official Chin Malin also heads a government body dealing with rights. Name it for a point.",
    "the justice ministry guy, Chin Malin, also heads some government rights body. what's it called exactly?",
  ];

  it.each(asked)("%s: tests a sentence for a word that tells who heads something", (question) => {
    const told = bodyLedTold(question);
    expect(told?.("Malin also leads a governmental group called the Cambodian Human Rights Committee.")).toBe(
      true,
    );
    expect(told?.("Chin Malin, a secretary of state at the Ministry of Justice, said so.")).toBe(false);
  });

  it.each([
    "who leads the Candlelight Party?",
    "which government body suspended the GSP?",
    "what group did Chin Malin criticise?",
    "Chin Malin heads a government body. Who criticised it?",
  ])("is null for %s", (question) => {
    expect(bodyLedTold(question)).toBeNull();
  });
});
