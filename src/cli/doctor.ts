/** `newsroom-qa doctor`: checks the config, the index and each platform's credentials; exit 0 when all pass. */
import { loadConfig } from "../config";
import { createCommand, runCli } from "./run-cli";
import { runDoctor } from "./run-doctor";

async function main(argv: string[]): Promise<number> {
  createCommand("doctor")
    .description(
      "Check the configuration (every problem at once), that the index loads and verifies, and each configured\n" +
        "platform's credentials with one harmless call (Slack auth.test, Discord GET /users/@me, OpenAI GET /models).\n" +
        "Prints one line per check; exits 0 when all pass, 1 otherwise.",
    )
    .parse(argv);
  const { lines, code } = await runDoctor(() => loadConfig(process.env));
  process.stdout.write(`${lines.join("\n")}\n`);
  return code;
}

runCli(() => main(process.argv));
