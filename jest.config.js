/**
 * Jest, two projects. `unit`: pure and in-process tests (no index build, no child process, no tsc), the
 * fast layer (`npm run test:unit`). `int`: `*.int.test.ts` and `*.e2e.test.ts`, which build indexes, start
 * the real Bolt/discord.js clients against the fake servers, spawn the CLI or run tsc. `npm test` runs both.
 * ts-jest transpiles only (isolatedModules); `npm run typecheck` does the type checking.
 * The tests that read ../shared live in data-tests/ (outside test/) and run only in `npm run test:data`.
 */
const project = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
  globalSetup: "<rootDir>/test/global-setup.js",
};

const SLOW = ["\\.int\\.test\\.ts$", "\\.e2e\\.test\\.ts$"];

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...project,
      displayName: "unit",
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", ...SLOW],
    },
    {
      ...project,
      displayName: "int",
      testMatch: ["**/*.int.test.ts", "**/*.e2e.test.ts"],
      testPathIgnorePatterns: ["/node_modules/"],
    },
  ],
};
