/**
 * Jest global setup: makes sure the local embedder's compacted word-vector table exists before any test
 * runs. `npm ci` writes it (the `prepare` script); after `npm ci --ignore-scripts` it is written here, in a
 * plain Node process (≈ 4 s), rather than by every jest worker inside its sandbox (over a minute each).
 */
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = async () => {
  execFileSync(
    process.execPath,
    ["-r", "tsx/cjs", "-e", "require('./src/embedders/word-vectors').ensureWordVectorCache()"],
    { cwd: join(__dirname, ".."), stdio: "inherit" },
  );
};
