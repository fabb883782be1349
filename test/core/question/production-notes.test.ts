/** The notes a broadcast, newsletter or data desk writes around a question about what the answer is for. */
import { checkQuestion } from "../../../src/core/question/check-question";
import { withoutProductionNotes } from "../../../src/core/question/production-notes";

describe("withoutProductionNotes", () => {
  it.each([
    // A length limit on the answer.
    [
      "lower third for the Cambodian FM who sat down with Blinken - just his name, 20 chars max",
      "the Cambodian FM who sat down with Blinken - just his name",
    ],
    [
      "Simon Ličen chyron - what university is he at? under 30 chars",
      "Simon Ličen what university is he at?",
    ],
    [
      "The Onion editorial manager? name + title (35 characters)",
      "The Onion editorial manager? name + title",
    ],
    // A broadcast's words for the item the answer is for: a voice-over, a sound bite, a name super at the end.
    ["Aner Shalev -- year of birth for the super?", "Aner Shalev -- year of birth?"],
    [
      "Which opposition party is getting threatened before the vote? quick one for the VO",
      "Which opposition party is getting threatened before the vote? quick one",
    ],
    ["how many were evacuated, for the SOT", "how many were evacuated"],
    // The graphic the answer goes on, as a label.
    [
      "name super for the head of the magicians' brotherhood, 20 chars",
      "the head of the magicians' brotherhood",
    ],
    [
      "Markey OTS: which Massachusetts city's Cambodian community does the story mention? 15 chars",
      "Markey which Massachusetts city's Cambodian community does the story mention?",
    ],
    // A podcast's timestamp and the place in the asker's own work.
    [
      "[09:25] how many commune council seats are up for grabs?",
      "how many commune council seats are up for grabs?",
    ],
    [
      "Mecca crane collapse, how many people were hurt, for the intro",
      "Mecca crane collapse, how many people were hurt",
    ],
    [
      "Yeonpyeong island shelling 2010 - death toll for the full screen?",
      "Yeonpyeong island shelling 2010 - death toll?",
    ],
    // The asker at work on the answer, in a clause that ends the sentence.
    [
      "for the Peres clip, what's the word he uses, I want to quote it right",
      "for the Peres clip, what's the word he uses",
    ],
    [
      "and EBA, what do the letters stand for, I wanna say it in full once before I start abbreviating",
      "and EBA, what do the letters stand for",
    ],
    // A homepage editor's words for where the answer goes.
    [
      "SEO title needs the number of commune council seats up for grabs in Cambodia",
      "the number of commune council seats up for grabs in Cambodia",
    ],
    ["what's the title of Aner Shalev's novel? SEO needs it", "what's the title of Aner Shalev's novel?"],
    [
      "how many people came to the USI Warhol opening night? for the hed",
      "how many people came to the USI Warhol opening night?",
    ],
    ["for the push alert: how many died in the crane collapse?", "how many died in the crane collapse?"],
    // The asker's own work as a label, and a press office introducing itself.
    [
      "For my Year 10 civics worksheet: at what event did Cambodia's foreign minister meet Blinken?",
      "at what event did Cambodia's foreign minister meet Blinken?",
    ],
    [
      "For our school STEM club: what name did the Afghan girls give their robot?",
      "what name did the Afghan girls give their robot?",
    ],
    [
      "for my project i need the name of the political analyst who said the minister said nothing new",
      "i need the name of the political analyst who said the minister said nothing new",
    ],
    ["for my school project, who met Blinken?", "who met Blinken?"],
    // Those the asker teaches or writes for.
    [
      "For my students: at what age did the president of the magicians' brotherhood start doing magic?",
      "at what age did the president of the magicians' brotherhood start doing magic?",
    ],
    ["for my readers — who met Blinken?", "who met Blinken?"],
    [
      "Taipei City Government press office here. How big was the pig at our lantern festival?",
      "Taipei City Government. How big was the pig at our lantern festival?",
    ],
    // How to say a name, asked beside it.
    ["what's her name exactly, and is it like So-PHEAP?", "what's her name exactly?"],
    ["who's the Crown prosecutor, is it Te-DESK-ee?", "who's the Crown prosecutor?"],
    [
      "by how much did the peroxide food cut deaths in the infected ants? also is Bos said like 'boss'?",
      "by how much did the peroxide food cut deaths in the infected ants?",
    ],
    [
      "the South evacuated a town, which town, and how on earth do I pronounce it",
      "the South evacuated a town, which town",
    ],
    // A photo desk's check and the caption the answer goes in.
    ["ID check: Am Sam Ath — title and group for the cutline?", "Am Sam Ath — title and group?"],
    [
      "who's the political analyst on democracy? need name for the mug cutline",
      "who's the political analyst on democracy? need name",
    ],
    [
      "who is in frame dressed up as Lady Justice? need the ID",
      "who is in frame dressed up as Lady Justice?",
    ],
  ])("%s", (question, bare) => {
    expect(withoutProductionNotes(question)).toBe(bare);
  });

  it.each([
    // "Super" is a name's word, and a story's figures may be charted: only the asker's own work is a note.
    "The Kansas City Chiefs defeated the Philadelphia Eagles in the Super Bowl this past week. Who was named MVP?",
    "Which super typhoon hit the Philippines in 2013?",
    "What did the chart in the iodine study show?",
    "What time did the crane fall, 5:10 pm?",
    // A guess in quotes helps find the sentence; a clause that tells the story stays.
    "what was that number, I was going to say 'a few dozen' but should check",
    "around then I bring in the woman who runs the human rights center, what's her name?",
    // How a name is said, when that is what is asked.
    "How is Yeoncheon pronounced?",
    // A communications team or a club the question asks about.
    "Which communications team did the ministry hire?",
    "For my part, which club did Tina McKenzie play for?",
    // A headline or an alert the question asks about.
    "What word is in the headline?",
    // A mug or an ID the question asks about.
    "What did the mugs on the bar say?",
    "Which ID did the defector show at the border?",
    "Which alert did the agency issue?",
    // Not a respelling: a prefix before initials.
    "which party, is it anti-CCP?",
    "Was the deal non-NATO?",
    // Nothing else left: the question as typed.
    "20 chars max",
  ])("leaves %s", (question) => {
    expect(withoutProductionNotes(question)).toBe(question);
  });
});

describe("withoutProductionNotes on hostile input", () => {
  // What is asserted is the result; the time (1.4 s for "[1:11] " typed 6,000 times before each step's spaces were
  // collapsed, 1 ms after) was measured by hand, as speed is not asserted in tests.
  it("leaves a run of notes that holds nothing else as typed, and takes them all out before a question", () => {
    const timestamps = "[1:11] ".repeat(18_000);
    expect(withoutProductionNotes(timestamps)).toBe(timestamps);
    const dashes = "x - i ".repeat(20_000).trim();
    expect(withoutProductionNotes(dashes)).toBe(dashes);
    const limits = `${"20 chars ".repeat(12_000)}who heads the CCHR?`;
    expect(withoutProductionNotes(limits)).toBe("who heads the CCHR?");
  });
});

describe("checkQuestion", () => {
  it("searches without the notes and echoes the question as typed", () => {
    const checked = checkQuestion(
      "chyron for Chak Sopheap - need her org name spelled out in full, 40 chars",
      500,
    );
    expect(checked).toMatchObject({
      ok: true,
      question: "chyron for Chak Sopheap - need her org name spelled out in full, 40 chars",
      query: "Chak Sopheap - need her org name spelled out in full",
    });
  });
});
