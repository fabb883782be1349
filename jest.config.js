/** Jest: ts-jest transpiles only (isolatedModules); `npm run typecheck` does the type checking. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
  testTimeout: 30000,
  globalSetup: "<rootDir>/test/global-setup.js",
};
