/**
 * The Node flags the command line runs with: `npm run magnet` passes them (package.json), and the
 * export bench starts its exports with them. Semi-spaces of 8 MB instead of V8's 16: an export's main
 * thread keeps its own records' facts and parses the workers', and with the smaller young generation
 * its peak memory fell by 20 to 50 MB (on this host each page first touched costs about 15 µs) and the
 * 100,000-record export ran 1 to 4 % faster; 4 MB was slower again.
 */
export const cliNodeFlags = ["--max-semi-space-size=8"] as const;
