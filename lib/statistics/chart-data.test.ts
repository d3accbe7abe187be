import { describe, expect, it } from "vitest";
import { acceptanceRows, coverageRows, dayLabel, reviewRows } from "./chart-data";

describe("statistics chart data", () => {
  it("puts the graph's size beside what paths and trajectories use", () => {
    expect(
      coverageRows({ functions: { total: 55, byPaths: 40, byTrajectories: 12 }, edges: { total: 300, byPaths: 90, byTrajectories: 20 }, outsideGraph: 0 }),
    ).toEqual([
      { name: "functions", graph: 55, paths: 40, trajectories: 12 },
      { name: "edges", graph: 300, paths: 90, trajectories: 20 },
    ]);
  });

  it("shows acceptance in percent, 0 with nothing reviewed", () => {
    expect(
      acceptanceRows([
        { errorType: "none", total: 10, accepted: 2, rejected: 1, needsEdit: 0, pending: 7, rate: 2 / 3 },
        { errorType: "wrong_summarization", total: 4, accepted: 0, rejected: 0, needsEdit: 0, pending: 4, rate: null },
      ]),
    ).toEqual([
      { errorType: "none", rate: 66.7, reviewed: 3, total: 10 },
      { errorType: "wrong_summarization", rate: 0, reviewed: 0, total: 4 },
    ]);
  });

  it("labels days in UTC", () => {
    expect(dayLabel("2025-05-03")).toBe("May 3");
    expect(reviewRows([{ day: "2025-12-31", decisions: 2, accepted: 1, rejected: 0 }])).toEqual([{ day: "2025-12-31", decisions: 2, accepted: 1, rejected: 0, label: "Dec 31" }]);
  });
});
