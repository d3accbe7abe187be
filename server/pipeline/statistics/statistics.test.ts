import { describe, expect, it } from "vitest";
import { edge, graphOf } from "../sampling/test-graphs";
import type { FunctionPath } from "../schemas/path";
import { acceptanceByErrorType, groupCounts, coverageStatistics, reviewProgress, turnHistogram, wordCounts } from ".";

const path = (id: string, ...turns: string[][]): FunctionPath => ({
  id,
  turns: turns.map((functions) => ({ kind: functions.length > 0 ? "call" : "irrelevant", functions })),
  initial: [],
  operations: [],
});

describe("statistics", () => {
  it.each([
    { groups: [], expected: [] },
    {
      groups: [
        { key: 3, count: 4 },
        { key: 1, count: 2 },
      ],
      expected: [
        { turns: 1, trajectories: 2 },
        { turns: 2, trajectories: 0 },
        { turns: 3, trajectories: 4 },
      ],
    },
  ])("turnHistogram fills the gaps: %j", ({ groups, expected }) => {
    expect(turnHistogram(groups)).toEqual(expected);
  });

  it("wordCounts counts a trajectory once per word of its word list", () => {
    expect(
      wordCounts([
        { key: " call miss_func ", count: 3 },
        { key: " call ", count: 2 },
        { key: " ", count: 5 },
      ]),
    ).toEqual([
      { name: "call", trajectories: 5 },
      { name: "miss_func", trajectories: 3 },
    ]);
  });

  it("groupCounts: functions per category (or toolkit) and the trajectories whose path touches it, once each", () => {
    const functions = [
      { id: "a", group: "Weather" },
      { id: "b", group: "Weather" },
      { id: "c", group: "Mail" },
      { id: "d", group: "Files" },
    ];
    expect(
      groupCounts(functions, [
        { functionIds: ["a", "b"], trajectories: 3 },
        { functionIds: ["a", "c", "gone"], trajectories: 2 },
      ]),
    ).toEqual([
      { group: "Weather", functions: 2, trajectories: 5 },
      { group: "Mail", functions: 1, trajectories: 2 },
      { group: "Files", functions: 1, trajectories: 0 },
    ]);
  });

  it("acceptanceByErrorType: positives as none, the rate among reviewed ones, null before any review", () => {
    expect(
      acceptanceByErrorType([
        { key: { errorType: null, status: "accepted" }, count: 3 },
        { key: { errorType: null, status: "rejected" }, count: 1 },
        { key: { errorType: null, status: "pending" }, count: 6 },
        { key: { errorType: "wrong_summarization", status: "needs-edit" }, count: 2 },
        { key: { errorType: "wrong_summarization", status: "accepted" }, count: 2 },
        { key: { errorType: "missing_nested_call", status: "pending" }, count: 4 },
      ]),
    ).toEqual([
      { errorType: "none", total: 10, accepted: 3, rejected: 1, needsEdit: 0, pending: 6, rate: 0.75 },
      { errorType: "missing_nested_call", total: 4, accepted: 0, rejected: 0, needsEdit: 0, pending: 4, rate: null },
      { errorType: "wrong_summarization", total: 4, accepted: 2, rejected: 0, needsEdit: 2, pending: 0, rate: 0.5 },
    ]);
  });

  it("reviewProgress: decisions per day, cumulative by each trajectory's latest decision, quiet days filled", () => {
    expect(
      reviewProgress([
        { trajectory: 1, turn: null, action: "accepted", at: "2025-03-01T09:00:00.000Z" },
        { trajectory: 2, turn: null, action: "accepted", at: "2025-03-01T10:00:00.000Z" },
        { trajectory: 2, turn: 0, action: "rejected", at: "2025-03-01T10:01:00.000Z" },
        { trajectory: 2, turn: null, action: "commented", at: "2025-03-01T10:02:00.000Z" },
        { trajectory: 2, turn: null, action: "rejected", at: "2025-03-03T08:00:00.000Z" },
        { trajectory: 3, turn: null, action: "needs-edit", at: "2025-03-03T09:00:00.000Z" },
      ]),
    ).toEqual([
      { day: "2025-03-01", decisions: 3, accepted: 2, rejected: 0 },
      { day: "2025-03-02", decisions: 0, accepted: 2, rejected: 0 },
      { day: "2025-03-03", decisions: 2, accepted: 1, rejected: 1 },
    ]);
    expect(reviewProgress([{ trajectory: 1, turn: null, action: "edited", at: "2025-03-01T09:00:00.000Z" }])).toEqual([]);
  });

  it("coverageStatistics: functions and edges used by paths and by trajectories' paths; paths off the graph are counted apart", () => {
    const graph = graphOf(["a", "b", "c", "d"], [edge("a", "b"), edge("b", "c"), edge("c", "d")]);
    const stats = coverageStatistics(graph, [path("p1", ["a"], ["b", "c"]), path("p2", ["d"])], [path("p1", ["a"], ["b"]), path("old", ["a", "removed"])]);
    expect(stats).toEqual({
      functions: { total: 4, byPaths: 4, byTrajectories: 2 },
      edges: { total: 3, byPaths: 2, byTrajectories: 1 },
      outsideGraph: 1,
    });
  });
});
