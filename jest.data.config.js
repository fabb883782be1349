/** Jest for `npm run test:data` (tools/run-data-tests.js): only data-tests/*.data.test.ts, which read ../shared. */
const { projects, ...base } = require("./jest.config");

module.exports = {
  ...base,
  ...projects[0],
  displayName: "data",
  // Outside test/: `npm test` (roots: test/) can never pick up a test that reads ../shared.
  roots: ["<rootDir>/data-tests"],
  testMatch: ["**/*.data.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120000,
};
