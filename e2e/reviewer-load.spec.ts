import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { accountsBase, ADMIN, SETUP_CODE } from "./accounts";
import { trpcMutation, trpcQuery } from "./trpc";

const REVIEWERS = 20;
/** How long the reviewers decide; 60 s as the issue asks, shorter when a developer iterates. */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const DEMO = "Demo: travel assistant";
const LABELS = ["accepted", "rejected", "needs-edit"] as const;

const projectList = z.array(z.object({ id: z.number(), name: z.string() }));
const status = z.object({ needsFirstAdmin: z.boolean() });
const queue = z.object({ total: z.number(), items: z.array(z.object({ id: z.number() })) });
const review = z.object({
  item: z.object({ id: z.number(), version: z.number() }),
  history: z.array(z.object({ reviewer: z.string(), action: z.string() })),
});
const decided = z.object({ version: z.number() });
const audit = z.array(z.object({ id: z.number(), actor: z.string(), action: z.string(), outcome: z.string() }));

/** A person's own API session, from an address of their own (sign-in is rate-limited per address). */
async function signedIn(email: string, password: string, address: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: accountsBase, extraHTTPHeaders: { "x-forwarded-for": address } });
  const response = await context.post("/api/auth/sign-in/email", { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return context;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

test("20 reviewers decide through the API for a minute: no decision is lost", async () => {
  test.setTimeout((SECONDS + 240) * 1000);
  const anonymous = await playwrightRequest.newContext({ baseURL: accountsBase });
  if ((await trpcQuery(anonymous, "accounts.status", undefined, status)).needsFirstAdmin) await trpcMutation(anonymous, "accounts.setup", { ...ADMIN, setupCode: SETUP_CODE }, z.unknown());
  const admin = await signedIn(ADMIN.email, ADMIN.password, "10.1.0.1");

  const demo = (await trpcQuery(admin, "projects.list", undefined, projectList)).find((p) => p.name === DEMO);
  if (!demo) throw new Error("the demo project is missing");
  const { runId } = await trpcMutation(admin, "runs.start", { projectId: demo.id, count: 12, judge: false }, z.object({ runId: z.number() }));
  await expect.poll(async () => (await trpcQuery(admin, "runs.progress", { runId }, z.object({ status: z.string() }))).status, { timeout: 60_000 }).toBe("done");

  const people = await Promise.all(
    Array.from({ length: REVIEWERS }, async (_, i) => {
      const email = `load-${String(i + 1).padStart(2, "0")}@example.org`;
      const password = `load-password-${i + 1}`;
      const { id } = await trpcMutation(admin, "accounts.create", { name: `load ${i + 1}`, email, password, role: "reviewer" }, z.object({ id: z.string() }));
      return { id, email, password, address: `10.2.0.${i + 1}` };
    }),
  );
  const made = await trpcMutation(admin, "assignments.create", { projectId: demo.id, runId, reviewerIds: people.map((p) => p.id), perRecord: 3 }, z.object({ records: z.number(), assignments: z.number() }));
  expect(made.assignments).toBe(made.records * 3);

  const latencies: number[] = [];
  let conflicts = 0;
  const deadline = Date.now() + SECONDS * 1000;
  /** Per reviewer: decisions the server confirmed, and the last label confirmed per record. */
  const confirmed = await Promise.all(
    people.map(async (person, n) => {
      const api = await signedIn(person.email, person.password, person.address);
      let count = 0;
      const last = new Map<number, string>();
      for (let step = 0; Date.now() < deadline; step++) {
        // Open assignments first; once done, the reviewer goes back over their own and changes their mind.
        const open = await trpcQuery(api, "reviews.queue", { projectId: demo.id, mine: "open", limit: 1 }, queue);
        const pool = open.total > 0 ? open : await trpcQuery(api, "reviews.queue", { projectId: demo.id, mine: "done", limit: 50 }, queue);
        const target = pool.items[(step * 7 + n) % pool.items.length];
        if (!target) throw new Error(`${person.email} has no assignment`);
        const seen = await trpcQuery(api, "reviews.get", { id: target.id }, review);
        const decision = LABELS[(step + n) % LABELS.length]!;
        const started = performance.now();
        const response = await api.post("/api/trpc/reviews.decide", { data: { id: target.id, decision, reviewer: person.email, expectedVersion: seen.item.version } });
        latencies.push(performance.now() - started);
        if (response.status() === 409) {
          conflicts += 1;
          continue;
        }
        expect(response.status(), await response.text()).toBe(200);
        decided.parse((await response.json()).result.data);
        count += 1;
        last.set(target.id, decision);
      }
      await api.dispose();
      return { ...person, count, last };
    }),
  );

  // Every confirmed decision is in the record's history and in the audit log, and each reviewer's own
  // review holds the last decision the server confirmed to them.
  const records = new Set(confirmed.flatMap((c) => [...c.last.keys()]));
  const histories = new Map<number, z.infer<typeof review>>();
  for (const id of records) histories.set(id, await trpcQuery(admin, "reviews.get", { id }, review));
  for (const reviewer of confirmed) {
    const inHistory = [...histories.values()].reduce((sum, r) => sum + r.history.filter((h) => h.reviewer === reviewer.email && h.action !== "commented").length, 0);
    expect(inHistory, reviewer.email).toBe(reviewer.count);
    for (const [id, label] of reviewer.last) {
      const mine = histories.get(id)!.history.find((h) => h.reviewer === reviewer.email);
      expect(mine?.action, `${reviewer.email} on ${id}`).toBe(label);
    }
  }
  const logged: z.infer<typeof audit> = [];
  for (let before: number | undefined; ; ) {
    const page = await trpcQuery(admin, "accounts.audit", { limit: 200, ...(before ? { cursor: before } : {}) }, audit);
    logged.push(...page);
    if (page.length < 200) break;
    before = page.at(-1)!.id;
  }
  const total = confirmed.reduce((sum, c) => sum + c.count, 0);
  expect(logged.filter((e) => e.action === "reviews.decide" && e.outcome === "done").length).toBe(total);

  const sorted = [...latencies].sort((a, b) => a - b);
  const figures = {
    reviewers: REVIEWERS,
    seconds: SECONDS,
    records: made.records,
    decisions: total,
    perSecond: Math.round((total / SECONDS) * 10) / 10,
    conflicts,
    p50Ms: Math.round(percentile(sorted, 50)),
    p95Ms: Math.round(percentile(sorted, 95)),
    maxMs: Math.round(sorted.at(-1) ?? 0),
  };
  console.log(`reviewer load: ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: "figures", description: JSON.stringify(figures) });
  expect(total).toBeGreaterThan(REVIEWERS);
  await admin.dispose();
  await anonymous.dispose();
});
