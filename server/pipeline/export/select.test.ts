import { describe, expect, it } from "vitest";
import { type ReviewedTrajectory, selectTrajectories } from "./select";
import { makeTrajectory } from "./test-trajectory";

const pos = makeTrajectory({ id: "a-pos", turns: [{ query: "q", calls: [["f", {}]] }] });
const neg = makeTrajectory({ id: "a-neg", polarity: "negative", error_type: "wrong_summarization", turns: [{ query: "q", calls: [["f", {}]] }] });
const neg2 = makeTrajectory({ id: "b-neg", polarity: "negative", error_type: "missing_nested_call", turns: [{ query: "q", calls: [["f", {}]] }, { kind: "miss_func", query: "r" }] });
const irr = makeTrajectory({ id: "c-pos", turns: [{ query: "weather?" }] });

const ids = (records: ReviewedTrajectory[], filter?: Parameters<typeof selectTrajectories>[1]) => selectTrajectories(records, filter).map((t) => t.id);

describe("selectTrajectories", () => {
  it.each([
    { name: "no statuses known: everything", records: [{ trajectory: pos }, { trajectory: neg }], filter: undefined, want: ["a-pos", "a-neg"] },
    {
      name: "statuses known: accepted only by default (unreviewed dropped)",
      records: [{ trajectory: pos, status: "accepted" }, { trajectory: neg, status: "rejected" }, { trajectory: neg2 }, { trajectory: irr, status: "pending" }],
      filter: undefined,
      want: ["a-pos"],
    },
    {
      name: "explicit statuses",
      records: [{ trajectory: pos, status: "accepted" }, { trajectory: neg, status: "needs-edit" }, { trajectory: irr, status: "pending" }],
      filter: { statuses: ["accepted", "pending"] },
      want: ["a-pos", "c-pos"],
    },
    { name: "polarity", records: [{ trajectory: pos }, { trajectory: neg }, { trajectory: neg2 }], filter: { polarity: ["negative"] }, want: ["a-neg", "b-neg"] },
    { name: "turn kinds: every turn listed", records: [{ trajectory: pos }, { trajectory: neg2 }, { trajectory: irr }], filter: { turnKinds: ["call"] }, want: ["a-pos"] },
    {
      name: "error types filter negatives, keep positives",
      records: [{ trajectory: pos }, { trajectory: neg }, { trajectory: neg2 }],
      filter: { errorTypes: ["missing_nested_call"] },
      want: ["a-pos", "b-neg"],
    },
  ] as { name: string; records: ReviewedTrajectory[]; filter?: Parameters<typeof selectTrajectories>[1]; want: string[] }[])("$name", ({ records, filter, want }) => {
    expect(ids(records, filter)).toEqual(want);
  });
});
