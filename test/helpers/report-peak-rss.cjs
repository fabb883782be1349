// Preloaded (node -r) into a child process under test: reports its peak resident set size on exit.
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
