import { describe, expect, it } from "vitest";
import { createRandom } from "../pipeline/random";
import type { TurnRecord } from "../pipeline/teacher";
import { simulateOutput } from "../pipeline/simulate";
import { specOf } from "../pipeline/simulate/test-catalog";
import { bindExecutors, chooseExecutor, executorKindsFor } from "./choose-executor";
import { createJavaScriptExecutor, defineToolkit } from "./javascript-executor";
import { createSession } from "./session";
import { createSimulatedExecutor, type SimulateFunction } from "./simulated-executor";

const counter = defineToolkit("counter", () => ({ total: 0 }), {
  add: (state, args) => {
    if (typeof args.n !== "number") throw new Error("add: n must be a number");
    state.total += args.n;
    return { total: state.total };
  },
});
const inCounter = (name: string) => ({ ...specOf(name, { properties: { n: { type: "number" } } }, { type: "object", properties: { total: { type: "number" } } }), toolkit: "counter" });
const weather = specOf("get_weather", { properties: { city: { type: "string" } } }, { type: "object", properties: { city: { type: "string" }, temperature: { type: "number" } } });
const javascript = createJavaScriptExecutor([counter]);

describe("choosing an executor", () => {
  it("takes the first that handles the function, else the simulation", () => {
    const other = { ...createSimulatedExecutor(), handles: () => false };
    expect(chooseExecutor([other, javascript], inCounter("add")).kind).toBe("javascript");
    expect(chooseExecutor([javascript], inCounter("subtract")).kind).toBe("simulated");
    expect(chooseExecutor([javascript], weather).kind).toBe("simulated");
    expect(executorKindsFor([javascript], [inCounter("add"), weather])).toEqual({ add: "javascript", get_weather: "simulated" });
  });
});

describe("sessions", () => {
  it("keep toolkit state per trajectory", async () => {
    const [one, two] = [createSession(1), createSession(1)];
    const call = { name: "add", arguments: { n: 2 } };
    await javascript.execute(call, inCounter("add"), one);
    expect(await javascript.execute(call, inCounter("add"), one)).toEqual({ total: 4 });
    expect(await javascript.execute(call, inCounter("add"), two)).toEqual({ total: 2 });
  });

  it("report a throwing toolkit function as an {error} output", async () => {
    expect(await javascript.execute({ name: "add", arguments: { n: "2" } }, inCounter("add"), createSession())).toEqual({ error: "add: n must be a number" });
  });

  it("give the same outputs for the same seed, with the history each call is bound to", async () => {
    const history: TurnRecord[] = [{ kind: "call", query: "", calls: [{ name: "find_city", arguments: {} }], outputs: [{ city: "Lisbon" }] }];
    const run = (seed: number) => bindExecutors([], createSession(seed))({ name: "get_weather", arguments: {} }, weather, history);
    const output = await run(5);
    expect(output).toEqual(await run(5));
    expect(output).toMatchObject({ city: "Lisbon" });
  });
});

describe("the simulated executor", () => {
  it("runs simulateOutput offline from the session's random stream", async () => {
    const session = createSession(9);
    const output = await createSimulatedExecutor().execute({ name: "get_weather", arguments: { city: "Oslo" } }, weather, session);
    expect(output).toEqual(simulateOutput(weather, { name: "get_weather", arguments: { city: "Oslo" } }, { random: createRandom(9).fork("executors"), history: [] }));
  });

  it("accepts an async simulation (the teacher's simulate_execution)", async () => {
    const seen: unknown[] = [];
    const teacher: SimulateFunction = async (spec, call, context) => {
      seen.push(context.history.length);
      return { simulated_by: "teacher", function: spec.name, city: call.arguments.city };
    };
    const execute = bindExecutors([], createSession(), createSimulatedExecutor(teacher));
    expect(await execute({ name: "get_weather", arguments: { city: "Oslo" } }, weather, [{ kind: "call", query: "q", calls: [], outputs: [] }])).toEqual({
      simulated_by: "teacher",
      function: "get_weather",
      city: "Oslo",
    });
    expect(seen).toEqual([1]);
  });
});
