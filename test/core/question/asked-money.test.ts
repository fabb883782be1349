/** "How much did the museum pay…?", "What did he sell it for?": a question that asks for a sum of money. */
import { asksMoney } from "../../../src/core/question/asked-money";

describe("asksMoney", () => {
  it.each([
    ["how much did the intrepid museum pay nasa for space shuttle enterprise", true],
    ["How much does the Brooklyn bar charge for the Santorum?", true],
    ["how much would mandatory iodised salt cost australia", true],
    ["How much money has the GSP suspension cost the garment sector?", true],
    ["how much in back taxes were the livorno schools told to pay?", true],
    ["how much was the church fined", true],
    ["what's the usi warhol polaroid collection insured for?", true],
    ["what is the painting valued at", true],
    ["how much did the national science foundation put into the ozone crop study?", true],
    ["how much has the foundation invested in the gallery", true],
    ["how much did they donate", true],
    ["how much in back taxes do the schools owe", true],
    ["How much is Valeska Paris suing the Church of Scientology for?", true],
    ["What did the robot kit cost?", true],
    // A sum asked by its currency's name after "how many".
    ["How many dollars did Jack Herrick sell eHow for?", true],
    ["how many US dollars was the bail", true],
    ["how many euros do the schools owe?", true],
    ["how many dollar stores are in Brooklyn?", false],
    // Asked in a clause, in statement order, as a letter's formal ask leaves it.
    ["what the Stardust space mission cost in total.", true],
    ["what a ticket to Fan Expo costs?", true],
    ["what the cuts cost the garment sector's workers in jobs and what they said", false],
    ["What salary do The Onion's writers earn?", true],
    ["what fee does the dungeon charge", true],
    ["what's the grand mosque expansion costing", true],
    // A price asked by the sale: "sell … for", "sold", "bought", "fetch".
    ["How much did Jack Herrick sell eHow for?", true],
    ["How much did Jack Herrick get when he sold eHow?", true],
    ["how much was the painting bought for", true],
    ["how much did the polaroids fetch at auction", true],
    // A price asked with "what … sell / buy … for", "what did it go for".
    ["What did Jack Herrick sell eHow for?", true],
    ["what did the painting go for", true],
    ["What did the company buy the site for?", true],
    // "go for … at", "how much … go for", "what does … charge for".
    ["what does the santorum drink go for at that brooklyn bar", true],
    ["how much does the santorum cocktail go for at that brooklyn bar", true],
    ["how much does a santorum set you back at that brooklyn bar", true],
    ["What'd a ticket to get into Fan Expo Canada run you that year in Toronto?", true],
    ["What is the menu price of the Santorum cocktail at the Brooklyn bar?", true],
    ["what's the price of a day pass for Fan Expo", true],
    ["What price did the activists pay for speaking out?", false],
    ["how much does a Santorum cocktail run you at that Brooklyn bar?", true],
    ["what was the cost of running them", true],
    ["how long did the referendums run", false],
    ["What does that Brooklyn bar charge for its Santorum drink?", true],
    ["What's the Brooklyn bar charging for the Santorum drink?", true],
    // A price asked in a headline's words, with no question word.
    ["Santorum cocktail price?", true],
    // The asking clause after the topic said first.
    ["Santorum cocktail — what's it cost a glass?", true],
    ["Brooklyn bar's Santorum drink — what does it cost?", true],
    ["price of a fan expo day pass?", true],
    ["who set the ticket price?", false],
    ["Cambodia GSP trade price war", false],
    // "what's … worth" at the end.
    ["what's USI's warhol polaroid collection worth?", true],
    ["what is the stolen painting worth", true],
    // "… paid?" at the end: a pay asked.
    ["What's a staff writer at The Onion paid?", true],
    ["what were the interns paid", true],
    ["Who paid for the ant nests?", false],
    // A price asked with "is" or "was"; a sum named after "how much" (aid, bail…).
    ["how much was a weekend pass to fan expo canada 2016?", true],
    ["how much is a beer at the pacific standard bar", true],
    ["How much aid does the US give Cambodia every year?", true],
    ["How much bail was set for Montalvo?", true],
    // A value in money: "the dollar value of", "the market value of".
    ["What's the dollar value of the Warhol Polaroids donated to USI?", true],
    ["whats the estimated market value of the warhol polaroids USI got", true],
    // Which costs are the biggest: a thing, not a sum.
    ["What are the biggest running costs for the Manhattan dungeon owners?", false],
    ["Them dungeon owners up in New York, what'd they say costs 'em the most money?", false],
    ["What is the biggest cost of the dungeon business in Manhattan?", false],
    // Costs kept down: no price asked.
    ["so what did he house the ants in to keep costs down?", false],
    ["what did they cut to keep the costs low?", false],
    ["what did the ant nests cost to make?", true],
    ["what are the main expenses of the dungeon", false],
    ["What are the costs of the expansion?", true],
    // A share, a rise, a count: not a sum of money.
    ["How much of Cambodia's duty-free access has Brussels withdrawn?", false],
    ["how much had visits to the scientology site jumped before the attack?", false],
    ["how many people paid for tickets?", false],
    ["How much have egg prices increased over the past year?", false],
    ["what did the european parliament want done about the charges against cnrp members", false],
    ["What price did the activists pay for speaking out?", false],
    ["What did the protesters fight for?", false],
    ["What did he go to Paris for?", false],
    ["what did he go for in the end?", false],
    ["What did prosecutors charge him with?", false],
    ["what's worth seeing at fan expo?", false],
    ["how much was the EBA cut", false],
    ["how much is the sea level rising", false],
    ["how much was taken from the museum?", false],
    ["how much effort did the team put in", false],
    ["how much time did the team put into the study", false],
    ["how much did the storm set the harvest back", false],
    // Only the sentence that asks: a scene-setting sentence about a price asks nothing.
    ["The museum paid a fee to NASA. How much did the crowd grow?", false],
  ])("%s → %s", (question, asked) => {
    expect(asksMoney(question)).toBe(asked);
  });
});
