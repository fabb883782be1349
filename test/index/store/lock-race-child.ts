/** Child process for the lock race test: takes the ingest lock when told "go", says whether it won, holds it until stdin closes. */
import { acquireIngestLock } from "../../../src/index/store/index-layout";

const indexDir = process.argv[2] as string;
process.stdout.write("ready\n");
process.stdin.once("data", async () => {
  let release: (() => Promise<void>) | undefined;
  try {
    release = await acquireIngestLock(indexDir);
    process.stdout.write("won\n");
  } catch (error) {
    process.stdout.write(`busy ${(error as { code?: string }).code}\n`);
  }
  process.stdin.once("end", async () => {
    await release?.();
    process.exit(0);
  });
  process.stdin.resume();
});
