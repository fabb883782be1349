/** `newsroom-qa doctor`: checks the config, the index and each platform's credentials; exit 0 when all pass. */
import { loadConfig } from "../config";
import { runCli } from "./run-cli";
import { runDoctor } from "./run-doctor";

const USAGE = `Usage: newsroom-qa doctor
Checks the configuration (every problem at once), that the index loads and verifies, and each configured
platform's credentials with one harmless call (Slack auth.test, Discord GET /users/@me, OpenAI GET /models).
Prints one line per check; exits 0 when all pass, 1 otherwise.`;

runCli(async () => {
  if (process.argv.slice(2).some((arg) => arg === "--help" || arg === "-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { lines, code } = await runDoctor(() => loadConfig(process.env));
  process.stdout.write(`${lines.join("\n")}\n`);
  return code;
});
