import { join } from "node:path";
import { idsByUrl, prepareArchive, runQuestion } from "./eval-lib";
const ROOT = join(__dirname, "..", "..");
async function main() {
  const prepared = await prepareArchive({
    articles: [join(ROOT, "corpus"), join(ROOT, "test", "fixtures", "gum-wikinews")],
    workDir: "/tmp/s21/why",
    reuse: true,
  });
  const ctx = { retriever: prepared.retriever, idByUrl: idsByUrl(prepared.articles) };
  for (const question of process.argv.slice(2)) {
    let sig: unknown = null;
    const r = await runQuestion(
      { id: "x", question, answers: [], choices: [], goldUrls: [], expected: [], outOfArchive: false, date: null },
      "hybrid",
      { ...ctx, onSignals: (s, p) => { sig = { p, ...s }; } },
    );
    console.log("Q:", question, "->", r.status);
    console.log(JSON.stringify(sig));
    console.log(r.reply.slice(0, 700));
    console.log("----");
  }
}
main();
