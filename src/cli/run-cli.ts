/** Runs a command's main and exits with its code; a failure prints its message (never a stack) and exits 1. */
export function runCli(main: () => Promise<number | undefined>, failurePrefix = ""): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      process.stderr.write(`${failurePrefix}${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
