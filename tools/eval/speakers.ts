/** `npm run eval:speakers`: precision and recall of quotation → speaker attribution on eval/speakers.jsonl. */
import { join } from "node:path";
import { scoreSpeakers } from "./score-speakers";

const score = scoreSpeakers(join(__dirname, "../.."));
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
console.log(
  `speakers: ${score.labelled} labelled quotations, ${score.withSpeaker} with a speaker; ` +
    `${score.predicted} attributed, ${score.right} right`,
);
console.log(`precision ${pct(score.precision)}  recall ${pct(score.recall)}`);
for (const w of score.wrong) console.log(`wrong: "${w.quote}" → ${w.got} (labelled ${w.expected ?? "none"})`);
for (const q of score.notFound) console.log(`not found as a quotation: ${q}`);
