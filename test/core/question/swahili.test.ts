/** withSwahiliRead: Swahili and Sheng read as English, the question word first, only in a message Swahili alone writes. */
import { withSwahiliRead } from "../../../src/core/question/swahili";

describe("withSwahiliRead", () => {
  it.each([
    [
      "Niaje, ni nani foreign minister wa Cambodia aliyekutana na Blinken huko Washington?",
      "who is foreign minister Cambodia met Blinken Washington?",
    ],
    [
      "Wavuvi waliokoa asylum seekers wangapi huko Aceh siku ya Friday?",
      "how many asylum seekers fishermen rescued Aceh day Friday?",
    ],
    [
      "Shuttle Endeavour ilipelekwa museum gani baada ya kustaafu?",
      "which museum Shuttle Endeavour sent after retired?",
    ],
    [
      "Timu ya taifa ya Australia ya wheelchair basketball ya wanawake inaitwa aje?",
      "what is team national Australia wheelchair basketball women called?",
    ],
    [
      "Hiyo Warhol exhibition pale University of Southern Indiana inaanza na kuisha lini?",
      "when Warhol exhibition University of Southern Indiana started ended?",
    ],
  ])("reads a whole question: %s", (typed, read) => {
    expect(withSwahiliRead(typed)).toBe(read);
  });

  it.each([
    ["Ati US ilisimamisha hiyo GSP trade program kwa Cambodia mwaka gani?", "which year US suspended"],
    ["Commune council seats ni ngapi ziko up for grabs huko Cambodia?", "how many Commune council seats up"],
    ["Sarvis alikuwa na asilimia ngapi kwa hiyo poll ya September?", "what percentage Sarvis had"],
    ["Huyo Daniel Montalvo aliachiliwa kwa bail ya pesa ngapi?", "how much money Daniel Montalvo released"],
    ["Yule kijana Ahmed wa clock alikuwa na miaka ngapi?", "how old boy Ahmed clock?"],
    ["Wale wazazi walifungwa miaka ngapi huko Sydney?", "how many years parents jailed"],
    ["Nani alishinda hiyo final kwa Fan Expo Canada?", "who won final"],
    ["Am Sam Ath ni nani kwa Licadho huko Cambodia?", "who is Am Sam Ath Licadho Cambodia?"],
  ])("puts the question word first, with the noun it asks of: %s", (typed, read) => {
    expect(withSwahiliRead(typed)).toContain(read);
  });

  it.each([
    ["Wavuvi waliokoa watu wangapi huko Aceh?", "rescued"],
    ["Aner Shalev alizaliwa wapi na mwaka gani?", "born"],
    ["Mario na Isabel walikutana shule gani?", "met"],
    ["Zile shule za Livorno zinadaiwa pesa ngapi?", "owed"],
  ])("reads a prefixed Swahili verb by its root: %s", (typed, root) => {
    expect(withSwahiliRead(typed).split(/[ ?]/)).toContain(root);
  });

  it.each([
    ["Hugh McGuire aliwaalika marafiki ku-record chapter gani?", "record"],
    ["Traffic ilikuwa imeongezeka mara ngapi kabla ya hackers kuattack?", "attack"],
    ["Waziri ame-resign lini huko Kenya?", "resign"],
  ])("unwraps an English verb from its Swahili prefix: %s", (typed, verb) => {
    const read = withSwahiliRead(typed);
    expect(read.split(/[ ?]/)).toContain(verb);
    expect(read).not.toMatch(/ku-|kuattack|ame-/);
  });

  it.each([
    ["Who is the foreign minister of Cambodia?"],
    ["How many seats are up for grabs, and when is the vote? Tell me lini."],
    ["Did Nani win the surfing contest in Hawaii?"],
    ["Nani and Pale Ale: which year did the brewery open?"],
  ])("leaves English with fewer than two Swahili words as typed: %s", (typed) => {
    expect(withSwahiliRead(typed)).toBe(typed);
  });

  it("reads an object's inherited key ('constructor') as a word of its own", () => {
    expect(withSwahiliRead("Ni nani constructor wa daraja hiyo huko Mombasa?")).toBe(
      "who is constructor bridge Mombasa?",
    );
  });
});
