/** A question about the asker's own situation, told apart from one that quotes someone's "I" or "my". */
import { asksAdvice, asksLive } from "../../../src/core/answerability/asks-advice";

describe("asksAdvice", () => {
  it.each([
    "How should I house-train a puppy?",
    // What to take or buy, asked at the question's end.
    "I have headache, which medicine to take?",
    "which laptop to buy?",
    "That Santorum cocktail bar, what time it opens and closes?",
    // A request to write something.
    "Give me a 10-word tease for a story about a cocktail bar reopening downtown",
    "Give me five headline ideas for a story on council bin collection changes",
    "NEED: 3 jokes about Mondays for breakfast show link",
    "Can you give me a good structure for a 900-word op-ed?",
    "can you write me a toast for my sister's wedding",
    "write headline for story on parking fines going up",
    // The asker's own situation beside what they know or forgot.
    "I forgot my password again, how do I reset it?",
    "I'm new to baking, what's a good first recipe?",
    "how do i choose a good driving school",
    "My cat keeps throwing up hairballs — should I be worried?",
    "I’m flying to Sydney next week, what should I pack?",
    "Can you recommend a laptop for me?",
    "any tips for getting a toddler to sleep",
    "best phone plan in hk for data, any suggest?",
    "which laptop for video editing, any recommendation?",
    "What's the best way to beat jet lag?",
    "whats a good stretch for back pain",
    "tell me how I can get my deposit back",
    "is living in a commune with friends actually a good idea? thinking of trying it",
    "is a gym membership worth it in winter",
    "is it better to rent or buy a house in your 20s",
    // A place nearby: "near the office", "around here".
    "best pizza place near the office?",
    "any decent coffee around here",
    // A suggestion asked of the bot or of anyone in the channel.
    "can you suggest a cocktail to serve at Friday's farewell drinks?",
    "anyone got a good recipe for a gin cocktail for friday drinks?",
    "Does anyone know if the flag football game is still on for Thursday?",
    // Something good, plans, the best of something.
    "Any fun party games for a group of 8 adults?",
    "any good soccer drills for a team of 8-year-olds?",
    "happy friday everyone!! any weekend plans?",
    "what's the best pizza topping, settle this debate for us",
    "any ideas for a send-off gift for our copy chief who's retiring?",
    // What is best for someone, a recipe, opening hours, a timetable, a how-to, a name to make up.
    "which lego space shuttle set is best for a 10 year old",
    "got a good banana bread recipe?",
    "what are the opening hours of the celebrity centre in la",
    "what time does the airport shuttle bus leave from the main entrance",
    "how much salt do you put in pasta water",
    "can someone come up with a name for our cyclone-themed cocktail",
    // What to wear; a boss's wish, then the asker's own ask after a dash.
    "our town's lantern walk is on Friday — what should the kids wear if it's cold?",
    "My boss wants me to fill in a self-assessment questionnaire for my review — any tips?",
    // The asker's own community: their town's council, their school's team.
    "what time does our city council meeting start tonight?",
    "did our high school's football team win on Friday?",
    "Is this the same as what happened at our middle school?",
    // A how-to, and a second question that asks about the asker.
    "how do you keep an ant farm alive? my kid got one for his birthday",
    "How do I set up a naval battle in the board game Risk? Are there even ships?",
    // The asker's own situation beside a word of a reporter's work.
    "how do i describe my symptoms to a doctor",
    "who should i call about my broken phone",
    "A reader writes: 'My Saturday paper hasn't been delivered for three weeks running. Who do I call?' Can we answer?",
    "I'd like to place a classified ad for my late mother's piano. What are your rates?",
    "how much do you charge for a birth announcement",
    "quick — AP style: is it 'percent' or '%' in headlines?",
    "Do you have any internships for high-school students this summer?",
    "What time does the paywall reset each month? I've hit my free article limit.",
    "can someone remind me of the deadline for expense claims this month",
    "please teach me how to bake bread",
    "Can someone book the small meeting room Thursday at 3? Want to walk the desk through the new map template.",
    // A how-to put another way, and a question to the room.
    "Could you tell me how to set up a recurring calendar invite for the monthly legal review?",
    "git keeps complaining about an unknown flag when I try to push, what's the fix",
    "did anyone see that sunset tonight",
    "best camping lantern under 50 quid? asking for a weekend trip",
    "i need a name for my dog",
    // A how-to passed on, instructions and a timetable.
    "how to get rid of ants in their kitchen without using pesticides.",
    "step-by-step instructions for making paper lanterns at a children's craft hour.",
    "the airport shuttle schedule from downtown to the regional airport.",
    // Asked how to say something, not what a story says.
    "how do I say 'see you tomorrow' in Spanish for the sign-off?",
    // The asker's own plans, beside a question that asks nothing of a story.
    "I'm hosting a party on Friday, which cocktail should I make?",
    // Suggestions, safety, amounts to use, a timer and a countdown.
    "For pub quiz night this Friday, a funny team name you can suggest?",
    "Kindly suggest some poetry books for a 10 year old child?",
    "our magician guest wants to do a trick live -- any easy card trick ideas?",
    "Is it safe to travel to Phnom Penh in December?",
    "is it okay to go running when you have a cold",
    "How much salt to put in water for cooking pasta?",
    "hey bot set a timer for ten minutes",
    "how many days until Christmas? for the countdown graphic",
    // Everyday asks: a joke, which of two is better, easy tricks, how much a person needs, an idiom's meaning.
    "Need a light kicker to close the bulletin. Got a clean joke about Mondays?",
    "Tell us a joke there, it's been a long day, so it has.",
    "is swimming or gymnastics better for a shy 6 year old, thoughts? she cries at drop off",
    "easy magic tricks for a 7 year old to do at the school talent show??",
    "How many hours of sleep needs a person of 40 years ?",
    "How many hours of sleep an adult person needs per night?",
    "How much salt per day is healthy for a grown-up person?",
    "What means 'to beat around the bush'?",
    // The same in learner English, a typo, the best of something, and a thing to find.
    "Is good idea to buy an electric car this year or is better to wait?",
    "Which is the best way for learn the guitar alone?",
    "Is bad to use pink salt instead of the normal salt in the food?",
    "What is the difference between 'actually' and 'currently' in English? I always confuse them",
    "Which is the best magic show in Las Vegas actually ?",
    "My grandson says I ought to buy a smart speaker. Which one would you reccomend?",
    "Find me a magician for the network's holiday party in December.",
    // The clock.
    "when do the clocks go back in the UK this year",
    "what time zone is denver in",
    // Read off the hundred-and-fourteenth to hundred-and-sixteenth blind sets: a party's tricks and drinks, a going
    // rate, whether something is dangerous to swimmers, a recommendation wanted in a sentence of its own.
    "Mas, any easy magic trick for child birthday party?",
    "Please tell me good cocktail for party with friends, not too strong.",
    "What's the going hourly rate for a freelance photographer covering a town hall?",
    "Is a sea anemone sting dangerous to swimmers?",
    "Which anime is popular in this year? I want recommendation.",
    // Read off the hundred-and-twenty-third and -fourth blind sets: sunset, a reader's subscription, a reply drafted.
    "Caller on line one wants to know what time the sun sets tonight here",
    "what time is sunset tomorrow?",
    "Reader wants to cancel their print subscription and is asking me — what's the usual process for that?",
    "Can you draft a polite reply to a reader who keeps emailing us in all caps?",
  ])("%s: about the asker", (question) => {
    expect(asksAdvice(question)).toBe(true);
  });

  it.each([
    "Who heads the Cambodian Center for Human Rights?",
    "Who told a New York court that Donald Trump “shattered my reputation”?",
    'Which foreign leader told their party "I, too, am human" after taking a day off?',
    "Travelers through what city faced delays after a fire caused part of I-95 to collapse?",
    "Which country is reeling from a landslide at a jade mine?",
    "Newly unearthed documents suggest a slave was the mother of which Renaissance figure?",
    "When is the deadline to file your taxes this year?",
    "What percentage of Americans tip at coffee shops?",
    "Which way did the protesters march to the parliament?",
    "remind me who runs CCHR",
    // Not everyday asks: a story's figures and words.
    "How many votes does a candidate need to win a LegCo seat?",
    "how many people does the lantern pig hold",
    "Did the jury find the Sams' treatment better or worse than doctors' care?",
    "What joke did Peres tell about Saudi oil?",
    "Find me the number of commune council seats up for grabs.",
    "Find me a quote from Sokhonn on human rights.",
    "Which is the best-selling book by Chomsky?",
    "Please teach me the name of the operations director of the human rights group Licadho.",
    "Remind me, when was the CNRP dissolved?",
    "Can you tell me what the EU said about the elections?",
    "show me what Sokhonn told Blinken",
    "Whose idea was the Ream base upgrade?",
    "Which party did analysts say was better placed to win?",
    "Who lives near the site of the Ream naval base?",
    "Were there any good reasons given for the ban?",
    "What is the best-selling album of the year?",
    "Which film won best picture at the Oscars?",
    // News asked in the same words.
    "Is it legal to worship the ancient Greek gods now?",
    "How much money did the EU suggest Cambodia put aside?",
    "How many days until the June 5 commune election, as of the story?",
    "What time did the shuttle leave the hangar?",
    "Which team is best placed to win the final?",
    "How much did the museum put up for the shuttle?",
    // A letter's story told before it asks, with a question mark: "When I was…" tells.
    "When I was a young man, an election with three parties seemed a lot. Could you tell me how many parties are standing?",
    // A news question with "how to" or "did anyone see" inside it.
    "How did the Home Office decide how to clear the backlog?",
    "Did anyone see the document before the passerby found it?",
    "What's the fixed price of the Santorum cocktail?",
    "What time did the sun rise over the Ross Sea when the drill team arrived?",
    "What was the usual process for choosing a flag before the referendum?",
    "Did the senators write a reply to Hun Sen's letter?",
    // The asker's own piece as the reason for asking, not their situation.
    "which Licadho person did CamboJA talk to? need the name + job title for my piece",
    "who chairs the rights committee — for our story.",
    "When was the CNRP dissolved? Want to compare it with our council's record",
    "what did our piece say about the Ream naval base?",
    "My editor wants the exact number — how many died?",
    "What did the activist wear to court?",
    // What the asker credits, describes, needs or has for their copy is a fact of a story.
    "Who should I credit as the Crown prosecutor in the Gloria Sam homeopathy manslaughter trial?",
    "There's a photo of Seng Theary in costume. How do I describe on air what she was dressed as?",
    "how many commune council seats are up for grabs in cambodia eleven thousand something i need the exact figure",
    "Greek pagan worship story. I have the 100,000 worshippers figure, but what number does the Orthodox Church put it at?",
    // Letters spelt out by speech-to-text, and "i.e.".
    "how many security holes did secunia say i e six had in march twenty eleven",
    "which browser, i.e. the one Microsoft wants people to leave, is ten years old?",
    // A story told around the question, in sentences (or a clause) that ask nothing.
    "my mum swears by homeopathy and i remembered reading about a case where a baby died... who was the crown prosecutor?",
    "where did the shuttle Endeavour get sent after it retired? i wanna go see it lol",
    "how many senators were leaning on Hun Sen? the article just said 'some' i think",
    "the guy who quit the sea org — how much was his bail? also does anyone know a good book on cults",
    "Which jobs did the Ream base upgrade create?",
    "What was the best film for a decade, according to the critics?",
    "When did the newspaper put up its paywall?",
    "How many ants did the researchers use to make the colonies?",
    "Which popular US tourist attraction announced public tours will resume a full operating schedule?",
    // The asker at work on the answer: what they will say, read out, quote or put in their script.
    "wikiHow episode, what was wikiHow's number, I want it in the intro",
    "for the Peres clip, what's the word he uses, I want to quote it right",
    "the Sydney homeopathy case, who's the Crown prosecutor, I have to say his surname out loud",
    "the South evacuated some town near the border, which town, and how on earth do I pronounce it",
    // A newsreader asking how to say a name the story gives.
    "How do I say the name of the Crown prosecutor in the Sydney homeopathy manslaughter trial?",
    "For the 6 o'clock: how do I pronounce comet Wild 2 from the Stardust story?",
    "How do I pronounce the Latin name of the new sea anemone found living under the Antarctic ice?",
    "the GSP, what does that spell out to, I always forget the middle word when I'm reading it",
    "in the trade part, which industries would benefit, I need the whole list for the script",
    "what was he polling at in that Newsmax/Zogby poll, I think low teens?",
    "Mecca crane collapse, I've got the death toll already but how many people were hurt",
    "what was the admins figure, I'd like the exact number",
    // The asker's coursework as the reason for asking.
    "For my seminar on satire and journalism: roughly how many headline ideas does The Onion staff read through?",
    "how many votes did Nathan Law get, for my politics class?",
    "what name did the Afghan girls give their robot, for my school STEM club?",
    "what year did Tina McKenzie captain the Gliders, for my Year 10 worksheet?",
    // Those the asker teaches.
    "how many migrants were stranded at sea in South East Asia, for my students?",
    // The one the question is put to.
    "[09:25] can you get me the exact seat count so I can read it out properly",
    // Whose words the asker checks.
    "Shimon Peres argued that something, not oil, is the greatest producer of wealth. My card says 'brains' - correct?",
    // What the asker knows of the fact, beside the question.
    "which rights group is am sam ath from ngl i forgot",
    "what did the afghan girls team name their robot 🤖 i saw it was something cute",
    "Sorry, I might have his name wrong: Robert Sarvis? Which former Virginia governor did he say he admires most?",
    "Robert Sarvis, the Libertarian guy. I remember he was asked which past governor he looks up to, but who was it?",
    "who's the UN special rapporteur on Cambodia the article mentions, I didn't catch the name",
    "Hi, I'm new here. Which political analyst said the foreign minister hadn't said anything new?",
    // A hashtag written out: its "I" is the campaign's.
    "who started the i stand with ahmed hashtag on twitter question mark",
    "Who started the hashtag I stand with Ahmed question mark",
    // About a story's own headline, letter or title: no request to write.
    "give me the headline of the Cambodia story",
    "did the senators write a letter to Hun Sen?",
    "What day of the week was the commune election held?",
    "What title did the minister give the report?",
    // Asked to be told, or how a name is spelt.
    "At Fan Expo Canada 2016, Margaret Atwood launched a graphic novel. Please teach me its title.",
    "Who is the political analyst that said the minister said nothing new? How to spell his name?",
    // Which route or step a story's people took.
    "which route to take to the stadium did the fans choose?",
    // A party that is a political one; a story's days, dangers and rates.
    "who paid for the party?",
    "which party did the birthday girl vote for?",
    "How many days did the Sokhonn visit last?",
    "Was the crane collapse dangerous to pilgrims?",
    "What was the turnout rate in the 2016 election?",
  ])("%s: not about the asker", (question) => {
    expect(asksAdvice(question)).toBe(false);
  });
});

describe("asksAdvice: newsroom chat", () => {
  it.each([
    "is it 'email' or 'e-mail' in our style?",
    "Do we hyphenate 'fact-check' when it's a verb, or is it two words?",
    "Quick style one: 'per cent' or 'percent'?",
    "Headlines on the website: sentence case or title case?",
    "CMS keeps logging me out every ten minutes while I'm editing a draft. Anyone else?",
    "Can someone flag the homepage carousel to the web team? The lead image isn't loading on mobile.",
    "What time has Thursday's afternoon news meeting been moved to?",
    "Who left onion bhajis in the fridge since Monday? The whole kitchen smells.",
    "Anyone fancy a cocktail at the leaving drinks tonight? First round's on me.",
    "How many players are on a rugby union side?",
    "who's covering the high school football game Friday night?",
    "is the coffee machine on 4 fixed yet?",
    // A word itself: its meaning, origin, translation, spelling or grammar.
    "What is the meaning of the word 'serendipity'? Kindly use it in one sentence also.",
    "What means the expression « to beat around the bush » ?",
    "What is the origin of the expression 'break a leg' ?",
    "What is the meaning of the Italian word magari in English, there is a good translation?",
    "Can you translate the word 'Feierabendbier' into English for me?",
    "confirm spelling of 'accommodate' — one m or two?",
    "Spelling check for my copy: is it 'accommodate' with two m's or one?",
    "affect vs effect — which one is the verb?",
    "Can you explain me the difference between 'since' and 'for' in English grammar?",
    "What is difference between present perfect and past simple? I always mistake",
  ])("%s: chat, read like advice", (question) => {
    expect(asksAdvice(question)).toBe(true);
  });

  it.each([
    "Fact-check: 'Ed' or 'Edward' Markey?",
    "Why was the ASEAN summit meeting moved to Washington?",
    "Which style of cocktail did the Brooklyn bar name after Santorum?",
    "How many players were booked in the Panama match?",
    "Who is covering the costs of the Ream base renovation?",
    "Which machine did the hackers use to knock the site down?",
    // A name's spelling, a word a story's speaker uses, an acronym's meaning: the news.
    "confirm spelling of the Cambodian foreign minister who met Blinken in Washington",
    "what's the word Peres uses for the greatest producer of wealth?",
    "What does the acronym EBA mean in the Cambodia story?",
    "What did the word 'Hoo-ah' on the protesters' signs refer to?",
    "sp? cambodian FM — Prak Sokhon w/ one n or two?",
  ])("%s: a question about the news", (question) => {
    expect(asksAdvice(question)).toBe(false);
  });
});

describe("asksLive", () => {
  it.each([
    "latest score in the lakers game? https://example.com/x",
    "who's got the score from the arsenal game last night",
    "score of the arsenal game last night?",
    "is the parking garage open on sunday",
    "are the shops closed tomorrow",
    // The weather of the asker's day.
    "what's the weather looking like in Chicago this weekend, we're recording on location Saturday",
    "whats the weather gonna be like tomorrow? should i bring an umbrela sorry",
    "what's the whether going to be like in chicago this weekend",
    "WEATHER/ forecast for London tomorrow? pls",
    "What's the forecast for Tuesday's ribbon-cutting downtown? Rain or shine?",
    // Today's exchange rate.
    "What's today's euro to US dollar exchange rate?",
    // A market's figure of the moment.
    "What's Microsoft's market cap right now?",
    "What are current five-year fixed mortgage rates in the UK?",
  ])("%s: live news of the asker's day", (question) => {
    expect(asksLive(question)).toBe(true);
  });

  it.each([
    "What was the score of the Sweden v South Korea match?",
    "Is the Grand Mosque open to pilgrims again?",
    "who scored in the sweden game",
    "when did the expo open?",
    "What was the weather like when the crane collapsed?",
    // News of the weather (realtimeqa-dev and rtqa-archive-2023 ask so).
    "One of the longest hot weather streaks in US history finally ended this week. Which city saw temperatures over 110?",
    "What type of weather event caused the damage to parts of northwest Delaware this week?",
    "Which type of extreme weather swept through several European countries this week, including the UK, Spain, and France?",
    // A market's figure in the news, not asked of the moment.
    "Which company's market cap passed $3 trillion this week?",
  ])("%s: not", (question) => {
    expect(asksLive(question)).toBe(false);
  });
});
