/** Short summaries and progress go to stderr so that stdout stays free for data. */
export function report(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function elapsed(startedAt: number): string {
  return `${((performance.now() - startedAt) / 1000).toFixed(2)} s`;
}
