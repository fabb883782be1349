/** Jest for `npm run test:data` (tools/run-data-tests.js): only the `*.data.test.ts` files, which read ../shared. */
const { projects, ...base } = require("./jest.config");

module.exports = {
  ...base,
  ...projects[0],
  displayName: "data",
  testMatch: ["**/*.data.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120000,
};
