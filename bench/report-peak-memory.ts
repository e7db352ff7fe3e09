// Loaded with --import into a measured process: prints its peak memory (max RSS) on exit, so the
// benchmark reads it the same way for Parcours and for the floor.
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
