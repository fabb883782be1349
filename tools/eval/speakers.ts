/**
 * `npm run eval:speakers`: precision and recall of quotation → speaker attribution on each labelled set:
 * eval/speakers.jsonl (the rules were tuned on it), eval/speakers-new.jsonl (written before the issue-16
 * tuning, then tuned on) and eval/speakers-holdout.jsonl (written after it, never tuned on). `--verbose` lists the quotations left without a speaker too.
 */
import { join } from "node:path";
import { readLabels, SPEAKER_SETS, scoreSpeakers } from "./score-speakers";

const root = join(__dirname, "../..");
const verbose = process.argv.includes("--verbose");
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
for (const [name, file] of Object.entries(SPEAKER_SETS)) {
  const score = scoreSpeakers(root, readLabels(root, file));
  console.log(
    `${name} set (${file}): ${score.labelled} labelled quotations, ${score.withSpeaker} with a speaker; ` +
      `${score.predicted} attributed, ${score.right} right`,
  );
  console.log(`  precision ${pct(score.precision)}  recall ${pct(score.recall)}`);
  for (const w of score.wrong)
    console.log(`  wrong: "${w.quote}" → ${w.got} (labelled ${w.expected ?? "none"})`);
  for (const q of score.notFound) console.log(`  not found as a quotation: ${q}`);
  if (verbose)
    for (const m of score.missed) console.log(`  no speaker: "${m.quote}" (labelled ${m.expected})`);
}
