#!/usr/bin/env node
/** The `newsroom-qa` command (package.json "bin"): one entry point for the project's commands. */
import { join } from "node:path";

const COMMANDS: Record<string, string> = {
  ingest: "./ingest",
  ask: "./ask",
  start: "../main",
  feedback: "./feedback",
  "discord-register": "./discord-register",
  doctor: "./doctor",
};

const USAGE = `Usage: newsroom-qa <command> [options]

Commands:
  ingest             build or update the index (--corpus, --index, --full, --wordpress, --feed, --sources)
  ask "question"     answer from the index (--index, --json, --batch FILE, --from, --to, --publisher)
  start              run the Slack and/or Discord bot configured in the environment
  feedback           summarise the 👍/👎 votes
  discord-register   register the Discord slash commands
  doctor             check the config, the index and each platform's credentials

Run "newsroom-qa <command> --help" for a command's options.`;

const [command, ...rest] = process.argv.slice(2);
const target = command ? COMMANDS[command] : undefined;
if (!target) {
  process.stderr.write(
    `${command && command !== "--help" && command !== "-h" ? `Unknown command: ${command}\n\n` : ""}${USAGE}\n`,
  );
  process.exit(command === "--help" || command === "-h" ? 0 : 2);
} else {
  // Each command module parses process.argv when loaded, as it does when run on its own.
  process.argv = [process.argv[0] as string, join(__dirname, target), ...rest];
  require(target);
}
