/** `npm run eval:corrections`: precision and recall of correction-note recognition on eval/correction-notes.jsonl. */
import { join } from "node:path";
import { readNoteLabels, scoreCorrectionNotes } from "./score-correction-notes";

const score = scoreCorrectionNotes(readNoteLabels(join(__dirname, "../..")));
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
console.log(`correction notes: ${score.notes} notes, ${score.others} look-alikes`);
console.log(`  precision ${pct(score.precision)}  recall ${pct(score.recall)}  (kind right: ${score.found})`);
for (const text of score.falseNotes) console.log(`  taken for a note: ${text}`);
for (const text of score.missed) console.log(`  missed: ${text}`);
for (const text of score.wrongKind) console.log(`  wrong kind: ${text}`);
