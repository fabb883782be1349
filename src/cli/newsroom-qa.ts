#!/usr/bin/env node
/** The `newsroom-qa` command (package.json "bin"): one entry point for the project's commands. */
import { join } from "node:path";
import { createCommand } from "./run-cli";

const COMMANDS: Record<string, string> = {
  ingest: "./ingest",
  ask: "./ask",
  start: "../main",
  feedback: "./feedback",
  report: "./report",
  "discord-register": "./discord-register",
  doctor: "./doctor",
};

/** One line each for `newsroom-qa --help`; each command's own `--help` lists its options. */
const SUMMARIES: Record<string, string> = {
  ingest: "build or update the index (--corpus, --index, --full, --wordpress, --feed, --sources)",
  ask: 'answer from the index: ask "question" (--index, --json, --batch FILE, --from, --to, --publisher)',
  start: "run the Slack and/or Discord bot configured in the environment",
  feedback: "summarise the 👍/👎 votes",
  report:
    "the archive's gaps: refused questions, 👎 answers, questions per day, most cited (--since, --format, --out)",
  "discord-register": "register the Discord slash commands",
  doctor: "check the config, the index and each platform's credentials",
};

/** Loads a command's module, which parses process.argv when loaded, as it does when run on its own. */
function run(target: string, args: string[]): void {
  process.argv = [process.argv[0] as string, join(__dirname, target), ...args];
  require(target);
}

const program = createCommand("")
  .usage("<command> [options]")
  .description("Answers questions about a newsroom's archive, quoting and citing its articles.")
  .enablePositionalOptions()
  .addHelpText("after", '\nRun "newsroom-qa <command> --help" for a command\'s options.');
for (const [name, target] of Object.entries(COMMANDS)) {
  // The command's own parser reads its options (and --help); this one only picks the command.
  program
    .command(name)
    .description(SUMMARIES[name] ?? "")
    .helpOption(false)
    .passThroughOptions()
    .allowUnknownOption()
    .allowExcessArguments()
    .argument("[args...]")
    .action((args: string[]) => run(target, args));
}
program.parse(process.argv);
