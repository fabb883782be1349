#!/usr/bin/env node
/**
 * npm's `prepare` (run by `npm ci` and `npm install` in the project): builds dist/ and its word-vector table
 * (`npm run build`). Building needs the dev dependencies; an install without them (`npm ci --omit=dev`)
 * keeps a dist/ that is already there (copied from a build stage) and otherwise says how to get one,
 * without failing the install. `npx newsroom-qa` in the project links the project into npx's cache, which
 * runs `prepare` again (npm_command "exec"): a dist/ already built is used as it is, not rebuilt.
 */
const { execFileSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
let typescript = true;
try {
  require.resolve("typescript/bin/tsc", { paths: [root] });
} catch {
  typescript = false;
}

const built = existsSync(join(root, "dist", "main.js"));

if (process.env.npm_command === "exec" && built) {
  // npx linking the project: the install already built dist/ (`npm run build` rebuilds it after edits).
} else if (typescript) {
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "-s", "build"], {
    cwd: root,
    stdio: "inherit",
  });
} else if (built) {
  console.error("newsroom-qa: no dev dependencies here, so dist/ was not rebuilt; using the dist/ present.");
} else {
  console.error(
    "newsroom-qa: dist/ is NOT built: building needs the dev dependencies, which this install omitted.\n" +
      "  For a production install run: npm ci && npm run build && npm prune --omit=dev\n" +
      '  (README, "Production install"), or copy a built dist/ in before `npm ci --omit=dev`.',
  );
}
