/**
 * Jest: ts-jest transpiles only (isolatedModules); `npm run typecheck` does the type checking.
 * `*.data.test.ts` need ../shared and run only in `npm run test:data` (jest.data.config.js).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "\\.data\\.test\\.ts$"],
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
  testTimeout: 30000,
  globalSetup: "<rootDir>/test/global-setup.js",
};
