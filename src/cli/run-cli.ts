/**
 * What every command shares: a commander parser with `newsroom-qa <command>` in its usage line, help on
 * stdout (exit 0) and usage errors on stderr naming the flag (exit 2); and one way to end: a command's
 * main resolves to its exit code, a failure prints its message (never a stack) and exits 1.
 */
import { Command, type CommanderError, InvalidArgumentError } from "commander";
import { DATE_HINT, parseDateBound } from "../core/question/question-filters";
import { ConfigError } from "../errors";

/** Exit status of a usage error: a bad or unknown flag, a missing command. */
export const USAGE_ERROR = 2;

/** A parser for `newsroom-qa <name>` (the bare `newsroom-qa` when name is empty). */
export function createCommand(name: string): Command {
  return new Command(name ? `newsroom-qa ${name}` : "newsroom-qa")
    .showHelpAfterError("(run with --help for the options)")
    .exitOverride((error: CommanderError) => {
      process.exit(error.exitCode === 0 ? 0 : USAGE_ERROR);
    });
}

/** Commander option parser: a whole number ≥ 0. */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number, e.g. 10");
  return Number(value);
}

/** Commander option parser: a calendar date written YYYY, YYYY-MM or YYYY-MM-DD (as articles are dated). */
export function parseDay(value: string): string {
  const date = parseDateBound(value);
  if (!date) throw new InvalidArgumentError(`not a date: ${DATE_HINT}`);
  return date;
}

/** Runs a command's main and exits with its code; a failure prints its message and exits 1. */
export function runCli(main: () => Promise<number | undefined>, failurePrefix = ""): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      // A ConfigError's message lists every variable to fix; it needs no prefix.
      const prefix = error instanceof ConfigError ? "" : failurePrefix;
      process.stderr.write(`${prefix}${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
