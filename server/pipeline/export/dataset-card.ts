import type { ExportStats } from "./export-stats";
import { buckets } from "./sample-kind";

/** Hugging Face `size_categories` bucket for a row count. */
export function sizeCategory(n: number): string {
  if (n < 1_000) return "n<1K";
  if (n < 10_000) return "1K<n<10K";
  if (n < 100_000) return "10K<n<100K";
  if (n < 1_000_000) return "100K<n<1M";
  if (n < 10_000_000) return "1M<n<10M";
  return "10M<n<100M";
}

/** A YAML scalar: plain when unambiguous, otherwise a JSON string (valid YAML double-quoted). */
function scalar(value: string): string {
  const plain = /^[A-Za-z0-9][A-Za-z0-9_./<>-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[0-9.]+$/.test(value);
  return plain ? value : JSON.stringify(value);
}

const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;

function table(header: string[], rows: (string | number)[][]): string {
  if (rows.length === 0) return "_none_\n";
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.map((cell) => String(cell).replace(/\|/g, "\\|")).join(" | ")} |`);
  return `${lines.join("\n")}\n`;
}

const entries = (record: Record<string, number>): [string, number][] =>
  Object.entries(record).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

function frontMatter(stats: ExportStats): string {
  const lines = [
    "---",
    `license: ${scalar(stats.license)}`,
    "task_categories:",
    "- text-generation",
    "language:",
    "- en",
    "tags:",
    ...["function-calling", "tool-use", "multi-turn", "synthetic", "magnet"].map((t) => `- ${t}`),
    "size_categories:",
    `- ${scalar(sizeCategory(stats.total))}`,
    `pretty_name: ${scalar(stats.name)}`,
  ];
  if (stats.formats.length > 0) {
    lines.push("configs:");
    stats.formats.forEach((format, i) => {
      lines.push(`- config_name: ${scalar(format.name)}`);
      if (i === 0) lines.push("  default: true");
      lines.push("  data_files:");
      for (const file of format.files) lines.push(`  - split: ${scalar(file.split)}`, `    path: ${scalar(file.path)}`);
    });
  }
  lines.push("---");
  return `${lines.join("\n")}\n`;
}

/** README.md for the hub: YAML front matter, then the numbers of `stats` as markdown. Pure render. */
export function datasetCard(stats: ExportStats): string {
  const out: string[] = [frontMatter(stats), `# ${stats.name}\n`];
  out.push(
    `Multi-turn function-calling data synthesized with the MAGNET method (graph-based function signature paths, back-and-forth translation, positive and negative trajectories). ${stats.total} trajectories: ${stats.polarity.positive} positive, ${stats.polarity.negative} negative.\n`,
  );

  out.push("## Splits\n", table(["split", "trajectories"], Object.entries(stats.splits)));
  if (stats.formats.length > 0)
    out.push("## Formats\n", table(["config", "split", "file"], stats.formats.flatMap((f) => f.files.map((file) => [f.name, file.split, file.path]))));

  out.push("## Sample kinds\n", table(["bucket", "trajectories"], buckets.map((b) => [b, stats.buckets[b]])));
  out.push("## Turn kinds\n", table(["turn kind", "turns"], entries(stats.turnKinds)));
  out.push("## Error types (negatives)\n", table(["error type", "trajectories"], entries(stats.errorTypes)));

  if (stats.mixture) {
    const { requested, achieved, short } = stats.mixture;
    out.push(
      "## Mixture\n",
      table(
        ["bucket", "requested share", "requested", "achieved", "achieved share"],
        buckets.map((b) => [b, pct(requested[b].share), requested[b].count, achieved[b].count, pct(achieved[b].share)]),
      ),
    );
    if (short.length > 0) out.push(`\nShort buckets (fewer samples than requested, kept whole, not padded): ${short.join(", ")}.\n`);
  }

  out.push("## Sources\n");
  out.push(`Tool catalogs: ${stats.catalogs.length > 0 ? stats.catalogs.join(", ") : "not recorded"}.\n`);
  out.push("\nTeachers:\n\n", table(["backend/model", "trajectories"], entries(stats.teachers)));
  out.push("\nPath operations:\n\n", table(["operation", "applied"], entries(stats.operations)));

  out.push(
    "## Checks\n",
    table(
      ["check", "passed", "failed"],
      Object.entries(stats.checks)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([name, c]) => [name, c.passed, c.failed]),
    ),
  );

  out.push("## Curation\n");
  const curation: string[] = [];
  if (stats.dedupe) curation.push(`- Near-duplicates removed: ${stats.dedupe.removed}`);
  if (stats.contamination) {
    const c = stats.contamination;
    const reasons = Object.entries(c.byReason).map(([r, k]) => `${r} ${k}`).join(", ");
    curation.push(
      `- Contamination against ${c.benchmark}: ${c.contaminated} of ${c.checked} samples overlap${reasons ? ` (${reasons})` : ""}; ${c.dropped ? "dropped" : "kept (flagged only)"}`,
    );
  }
  if (stats.preferencePairs) curation.push(`- Preference pairs: ${stats.preferencePairs.built} built, ${stats.preferencePairs.skipped} skipped (positive missing)`);
  out.push(curation.length > 0 ? `${curation.join("\n")}\n` : "_none recorded_\n");

  out.push("## Provenance\n");
  const provenance = [
    `- Seeds: ${stats.seeds.length > 0 ? stats.seeds.join(", ") : "none"}`,
    ...Object.entries(stats.prompts)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([id, hashes]) => `- Prompt \`${id}\`: ${hashes.map((h) => `\`${h}\``).join(", ")}`),
    ...stats.notes.map((note) => `- ${note}`),
  ];
  out.push(`${provenance.join("\n")}\n`);
  return out.join("\n");
}
