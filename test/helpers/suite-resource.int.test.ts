/** useSuiteResource: a failed build shows its own error, not a cleanup error from afterAll. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const ROOT = join(__dirname, "..", "..");

it("reports a failed build's own error, and no cleanup error from afterAll", async () => {
  const config = {
    rootDir: ROOT,
    roots: ["<rootDir>/test/fixtures/failing-setup"],
    testMatch: ["**/*.case.ts"],
    testEnvironment: "node",
    transform: { "^.+\\.ts$": ["ts-jest", {}] },
  };
  const failed = await promisify(execFile)(
    process.execPath,
    [require.resolve("jest/bin/jest"), "--ci", "--config", JSON.stringify(config)],
    { cwd: ROOT, env: { ...process.env, FORCE_COLOR: "0" } },
  ).then(
    () => null,
    (error: { code?: number; stdout: string; stderr: string }) => error,
  );
  expect(failed?.code).toBe(1);
  const output = `${failed?.stdout}${failed?.stderr}`;
  expect(output).toContain(
    "ENOENT: no such file or directory, open '/nonexistent/newsroom-qa-missing-corpus/a.md'",
  );
  expect(output).toContain("1 failed");
  expect(output).not.toContain("reading 'cleanup'");
}, 60_000);
