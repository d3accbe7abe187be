import { describe, expect, it } from "vitest";
import { InvalidInput } from "../errors";
import { createRandom } from "../random";
import type { FunctionPath } from "../schemas/path";
import { createCoverage } from "./coverage";
import { GraphIndex } from "./graph-index";
import { sampleWalks, walkStrategies, type SampleWalksOptions } from "./sample-walks";
import { syntheticGraph } from "./synthetic-graph";
import { edge, graphOf } from "./test-graphs";

/** a → b → c → a is a cycle, c → d leaves it, d is a sink: from a, every choice is forced. */
const cycle = new GraphIndex(graphOf(["a", "b", "c", "d"], [edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("c", "d")]));
const functions = (paths: FunctionPath[]): string[][] => paths.map((path) => path.turns.flatMap((turn) => turn.functions));
const walk = (options: Omit<SampleWalksOptions, "random">, index = cycle, seed: number | string = 1) =>
  sampleWalks(index, { random: createRandom(seed), ...options });

describe("sampleWalks", () => {
  it("walks from every node in order, one function per call turn, stopping where no unvisited neighbour is left", () => {
    const paths = walk({});
    expect(paths.map((path) => path.id)).toEqual(["p0", "p1", "p2", "p3"]);
    expect(functions(paths)[0]).toEqual(["a", "b", "c", "d"]);
    expect(functions(paths)[3]).toEqual(["d"]);
    for (const path of paths) {
      expect(path.operations).toEqual([]);
      expect(path.initial).toEqual(path.turns);
      for (const turn of path.turns) expect(turn).toEqual({ kind: "call", functions: [expect.any(String)] });
    }
  });

  it("shares one frozen turn per function between walks", () => {
    const [first, second] = walk({ from: ["a", "a"] });
    expect(first?.turns[0]).toBe(second?.turns[0]);
    expect(Object.isFrozen(first?.turns[0])).toBe(true);
    expect(Object.isFrozen(first?.turns[0]?.functions)).toBe(true);
    expect(first?.turns).not.toBe(first?.initial);
  });

  it("takes at most `steps` functions", () => {
    expect(functions(walk({ steps: 1, from: ["a"] }))).toEqual([["a"]]);
    expect(functions(walk({ steps: 2, from: ["a"] }))).toEqual([["a", "b"]]);
    expect(functions(walk({ steps: 100, from: ["a"] }))).toEqual([["a", "b", "c", "d"]]);
  });

  it("starts from the listed ids, or draws `walks` starts from the pool", () => {
    expect(functions(walk({ from: ["d", "a"] }))).toEqual([["d"], ["a", "b", "c", "d"]]);
    const drawn = walk({ walks: 50, from: ["a", "d"] });
    expect(drawn).toHaveLength(50);
    expect(new Set(drawn.map((path) => path.turns[0]?.functions[0]))).toEqual(new Set(["a", "d"]));
    expect(walk({ walks: 0 })).toEqual([]);
    expect(walk({ from: [] })).toEqual([]);
    expect(walk({}, new GraphIndex(graphOf([], [])))).toEqual([]);
  });

  it("numbers paths from the prefix whatever the seed", () => {
    expect(walk({ walks: 3, idPrefix: "run7-" }, cycle, 1).map((path) => path.id)).toEqual(["run7-0", "run7-1", "run7-2"]);
    expect(walk({ walks: 3, idPrefix: "run7-" }, cycle, 2).map((path) => path.id)).toEqual(["run7-0", "run7-1", "run7-2"]);
  });

  it.each([
    [{ steps: 0 }, "steps", "must be an integer ≥ 1, got 0"],
    [{ steps: 2.5 }, "steps", "must be an integer ≥ 1, got 2.5"],
    [{ walks: -1 }, "walks", "must be an integer ≥ 0, got -1"],
    [{ from: ["a", "q"] }, "from[1]", '"q" is not a node of the graph'],
    [{ from: [], walks: 2 }, "walks", "cannot draw walks from an empty start pool"],
    [{ coverage: createCoverage(new GraphIndex(graphOf(["a"], []))) }, "coverage", "the coverage was created for another graph index"],
  ] satisfies [Omit<SampleWalksOptions, "random">, string, string][])("refuses %o", (options, field, reason) => {
    expect(() => walk(options)).toThrow(new InvalidInput(reason, { field }));
  });

  it("gives walks that follow edges without revisiting, on random graphs and every strategy", () => {
    for (let seed = 0; seed < 40; seed++) {
      const random = createRandom(seed);
      const index = new GraphIndex(syntheticGraph(random, { nodes: 1 + random.int(50), outDegree: random.int(6), skew: 1 + random.int(3) }));
      const steps = 1 + random.int(10);
      for (const strategy of walkStrategies) {
        for (const path of sampleWalks(index, { steps, strategy, random: random.fork(strategy) })) {
          const visited = path.turns.flatMap((turn) => turn.functions);
          expect(visited.length).toBeLessThanOrEqual(steps);
          expect(new Set(visited).size).toBe(visited.length);
          visited.slice(1).forEach((v, i) => expect(index.hasEdge(visited[i] ?? "", v)).toBe(true));
          const last = visited.at(-1) ?? "";
          if (visited.length < steps) expect(index.outNeighbours(last).every((v) => visited.includes(v))).toBe(true);
        }
      }
    }
  });

  it("is fixed by the seed", () => {
    const index = new GraphIndex(syntheticGraph(createRandom("g"), { nodes: 200, outDegree: 5 }));
    for (const strategy of walkStrategies) {
      const run = (seed: string) => JSON.stringify(sampleWalks(index, { walks: 300, strategy, random: createRandom(seed) }));
      expect(run("s")).toBe(run("s"));
      expect(run("s")).not.toBe(run("t"));
    }
  });
});

describe("walk strategies", () => {
  /** s → h (weight 0.9), s → l (weight 0.1). */
  const star = new GraphIndex(graphOf(["s", "h", "l"], [edge("s", "h", { weight: 0.9 }), edge("s", "l", { weight: 0.1 })]));
  const heavyShare = (strategy: "uniform" | "weight") => {
    const paths = sampleWalks(star, { from: ["s"], walks: 4000, steps: 2, strategy, random: createRandom(strategy) });
    return paths.filter((path) => path.turns[1]?.functions[0] === "h").length / paths.length;
  };

  it("weight picks edges in proportion to their weight; uniform ignores it", () => {
    expect(heavyShare("weight")).toBeGreaterThan(0.87);
    expect(heavyShare("weight")).toBeLessThan(0.93);
    expect(heavyShare("uniform")).toBeGreaterThan(0.46);
    expect(heavyShare("uniform")).toBeLessThan(0.54);
  });

  it("weight falls back to uniform where every open edge weighs 0", () => {
    const flat = new GraphIndex(graphOf(["s", "x", "y"], [edge("s", "x", { weight: 0 }), edge("s", "y", { weight: 0 })]));
    const paths = sampleWalks(flat, { from: ["s"], walks: 200, steps: 2, strategy: "weight", random: createRandom(3) });
    expect(new Set(paths.map((path) => path.turns[1]?.functions[0]))).toEqual(new Set(["x", "y"]));
  });

  it("coverage spreads a star's walks over its leaves more evenly than uniform", () => {
    const leaves = Array.from({ length: 10 }, (_, i) => `l${i}`);
    const fan = new GraphIndex(graphOf(["s", ...leaves], leaves.map((leaf) => edge("s", leaf))));
    const spread = (strategy: "uniform" | "coverage", seed: number) => {
      const counts = new Map<string, number>();
      for (const path of sampleWalks(fan, { from: ["s"], walks: 200, steps: 2, strategy, random: createRandom(seed) })) {
        const leaf = path.turns[1]?.functions[0] ?? "";
        counts.set(leaf, (counts.get(leaf) ?? 0) + 1);
      }
      const values = leaves.map((leaf) => counts.get(leaf) ?? 0);
      return Math.max(...values) - Math.min(...values);
    };
    for (let seed = 0; seed < 5; seed++) expect(spread("coverage", seed)).toBeLessThan(spread("uniform", seed));
  });

  it("coverage avoids what earlier runs used, through a saved coverage", () => {
    const pair = new GraphIndex(graphOf(["s", "x", "y"], [edge("s", "x"), edge("s", "y")]));
    const coverage = createCoverage(pair, { paths: 500, functions: { x: 500 }, edges: { "s->x": 500 } });
    const paths = sampleWalks(pair, { from: ["s"], walks: 50, steps: 2, strategy: "coverage", coverage, random: createRandom(8) });
    const toX = paths.filter((path) => path.turns[1]?.functions[0] === "x").length;
    // x weighs 1/501² against y's 1/51² at worst, so y is taken nearly every time.
    expect(toX).toBeLessThanOrEqual(1);
  });

  it("coverage covers more distinct functions and edges than uniform on a skewed graph", () => {
    for (let seed = 0; seed < 5; seed++) {
      const index = new GraphIndex(syntheticGraph(createRandom(`skewed-${seed}`), { nodes: 400, outDegree: 4, skew: 3 }));
      const covered = (strategy: "uniform" | "coverage") => {
        const coverage = createCoverage(index);
        sampleWalks(index, { walks: 150, strategy, coverage, random: createRandom(seed) });
        return {
          functions: coverage.functionCounts.filter((count) => count > 0).length,
          edges: coverage.edgeCounts.filter((count) => count > 0).length,
        };
      };
      const uniform = covered("uniform");
      const favoured = covered("coverage");
      expect(favoured.functions).toBeGreaterThan(uniform.functions);
      expect(favoured.edges).toBeGreaterThan(uniform.edges);
    }
  });
});
