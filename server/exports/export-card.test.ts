import { describe, expect, it } from "vitest";
import { buckets } from "../pipeline/export/sample-kind";
import { datasetCard, exportStats, type ExportPlan, type StatFacts } from "../pipeline/export";
import { exportCard } from "./export-card";

/** What outside text would put into a card, if it could: HTML, a script link, an image, new front matter keys, a heading, a table row. */
const ATTACK = "evil\n---\nlicense: mit\n# Owned\n| x | 1 |\n<img src=x onerror=alert(1)><script>alert(1)</script>[click](javascript:alert(1))![i](javascript:alert(2))`code`\\";

const numbers = Object.fromEntries(buckets.map((b) => [b, { share: 0.2, count: 1 }])) as ExportPlan["mixture"]["requested"];
const plan: ExportPlan = {
  splitOf: new Uint8Array(),
  positives: 1,
  negatives: 1,
  splits: { train: 2, validation: 0 },
  mixture: { available: Object.fromEntries(buckets.map((b) => [b, 1])) as ExportPlan["mixture"]["available"], requested: numbers, achieved: numbers, short: [] },
  dedupeRemoved: 0,
  contamination: { checked: 1, contaminated: 0, byReason: {} },
};

const facts = (text: string): StatFacts[] => [
  { polarity: "positive", teacher: `openai/${text}`, operations: [text], checks: [[text, true]], prompts: [[text, text]], seed: 1, turnKinds: ["call"], bucket: "single" },
  { polarity: "negative", errorType: text, teacher: `openai/${text}`, operations: [], checks: [], prompts: [], seed: 1, turnKinds: ["call"], bucket: "single" },
];

const card = (text: string, benchmark = "bench.json") =>
  exportCard({ formats: ["openai-sft", "bfcl"], plan, statCounts: facts(text).map((f) => [f, 1] as const), pairs: 0, dedupe: true, contamination: { benchmark, dropped: false } });

const frontMatter = (text: string) => text.slice(0, text.indexOf("\n---\n", 4) + 5);

describe("the dataset card keeps outside text inert", () => {
  const evil = card(ATTACK, ATTACK);
  const plain = card("gpt-4o");

  it("leaves the YAML front matter exactly as without the text", () => {
    expect(frontMatter(evil)).toBe(frontMatter(plain));
    expect(evil.split("\n").filter((line) => line === "---")).toHaveLength(2);
    expect(evil).not.toMatch(/^license: mit$/m);
  });

  it("adds no line of its own: no heading, no table row, the same lines as a plain card", () => {
    expect(evil.split("\n")).toHaveLength(plain.split("\n").length);
    expect(evil).not.toMatch(/^# Owned/m);
    expect(evil).not.toMatch(/^\| x \| 1 \|$/m);
  });

  it("leaves no live HTML, link, image or code span", () => {
    // Outside code spans (whose content markdown shows literally), every `<`, `[` and backtick of the text is backslash-escaped.
    const outsideCode = evil.replace(/(?<!\\)`[^`\n]*`/g, "");
    expect(outsideCode).not.toMatch(/(^|[^\\])<(img|script)/m);
    expect(outsideCode).not.toMatch(/(^|[^\\])\[(click|i)\\?\]/m);
    expect(outsideCode).not.toMatch(/(^|[^\\])`/m);
    expect(evil).toContain("\\<img src=x onerror=alert(1)\\>\\<script\\>alert(1)\\</script\\>\\[click\\](javascript:alert(1))!\\[i\\](javascript:alert(2))\\`code\\`\\\\");
    expect(evil).toContain("- Prompt `evil --- license: mit # Owned | x | 1 | <img src=x onerror=alert(1)><script>alert(1)</script>[click](javascript:alert(1))![i](javascript:alert(2))'code'\\`");
  });

  it("keeps every table row's cells: the text's pipes are escaped", () => {
    const rows = evil.split("\n").filter((line) => line.startsWith("| openai/"));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.split(/(?<!\\)\|/).length).toBe(4);
  });

  it("counts values together that became equal once made inert", () => {
    const twice = exportCard({ formats: ["openai-sft"], plan, statCounts: [...facts("a\nb"), ...facts("a b")].map((f) => [f, 1] as const), pairs: 0, dedupe: false });
    expect(twice).toMatch(/^\| openai\/a b \| 4 \|$/m);
  });
});

describe("the card's front matter quotes names", () => {
  it("keeps a name with a line break and --- inside one quoted YAML value", () => {
    const written = datasetCard(exportStats([], { name: "x\n---\nlicense: mit", license: "apache-2.0\nextra: 1", splits: { train: 0, validation: 0 }, formats: [] }));
    const yaml = frontMatter(written).split("\n");
    expect(yaml).toContain('pretty_name: "x\\n---\\nlicense: mit"');
    expect(yaml).toContain('license: "apache-2.0\\nextra: 1"');
    expect(yaml.filter((line) => line === "---")).toHaveLength(2);
    expect(yaml.filter((line) => /^(license|extra):/.test(line))).toEqual(['license: "apache-2.0\\nextra: 1"']);
  });
});
