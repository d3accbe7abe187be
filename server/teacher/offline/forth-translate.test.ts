import { describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { schemaCheck, unknownNamesCheck } from "../../pipeline/checks";
import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import { forthTranslateCalls } from "./forth-translate";
import { argumentSeedKey } from "./plan-arguments";
import { bfcl, bfclFunctions, callsOf, callTurn, playTurn, queryOf } from "./test-fixture";

function expectValid(spec: FunctionSpec, query: string, history: Parameters<typeof callsOf>[2]): void {
  const calls = callsOf(query, [spec], history);
  expect(calls).toHaveLength(1);
  expect(calls[0]?.name).toBe(spec.name);
  expect(unknownNamesCheck(calls, [spec]).problems).toEqual([]);
  for (const call of calls) {
    expect(schemaCheck(spec, call).problems, `${spec.name}: ${query}`).toEqual([]);
    for (const required of spec.parameters.required) expect(call.arguments, spec.name).toHaveProperty(required);
  }
}

describe.skipIf(!hasSharedData)("forth-translation on the BFCL catalogs", () => {
  it("answers a parseable, schema-valid call of every function, with several seeds", () => {
    expect(bfclFunctions()).toHaveLength(129);
    for (const spec of bfclFunctions()) {
      const neighbour = bfclFunctions().find((other) => other.toolkit === spec.toolkit && other.id !== spec.id) ?? spec;
      const earlier = playTurn([neighbour], []);
      for (const history of [[], [earlier], [earlier, playTurn([neighbour], [earlier])]]) {
        expectValid(spec, queryOf({ role: "back_translate", turn: callTurn(spec), functions: [spec], history }), history);
        expectValid(spec, "Please go ahead.", history);
      }
    }
  });

  it("calls each listed function once, at most three, by exact name", () => {
    const functions = ["cd", "ls", "pwd", "mkdir"].map(bfcl);
    const calls = forthTranslateCalls({ role: "forth_translate", query: "Tidy up my folders.", functions, history: [] });
    expect(calls.map((call) => call.name)).toEqual(["cd", "ls", "pwd"]);
  });

  it("plans from the conversation, not the query text, leaving out this turn's own earlier steps", () => {
    const earlier = playTurn([bfcl("get_user_id")], []);
    expect(argumentSeedKey([earlier], "one wording")).toBe(argumentSeedKey([earlier], "another wording"));
    expect(argumentSeedKey([earlier])).toBe(argumentSeedKey([earlier, { kind: "miss_param", query: "q", calls: [], outputs: [] }]));
    const step = { kind: "call" as const, query: "q", calls: [{ name: "pwd", arguments: {} }], outputs: [{ current_working_directory: "/x" }] };
    expect(argumentSeedKey([earlier, step], "q")).toBe(argumentSeedKey([earlier]));
    expect(argumentSeedKey([earlier, step])).not.toBe(argumentSeedKey([earlier]));
  });

  it("takes the values an LLM's query states", () => {
    const cases: [string, string, Record<string, unknown>][] = [
      [
        "book_flight",
        "Please book me a flight from 'JFK' to 'LAX' on '2025-06-01'. My access token is 'abc123' and use card 'card_9'.",
        { access_token: "abc123", card_id: "card_9", travel_date: "2025-06-01", travel_from: "JFK", travel_to: "LAX" },
      ],
      ["place_order", "Place an order to buy 10 shares of 'AAPL' at a price of 150.5 each.", { order_type: "Buy", symbol: "AAPL", price: 150.5 }],
      ["send_message", "Send 'See you at 5' to user 'USR002'.", { receiver_id: "USR002", message: "See you at 5" }],
      ["cp", 'Could you copy "notes.txt" into the \'archive\' folder?', { source: "notes.txt", destination: "archive" }],
      ["estimate_distance", "What's the distance between 90210 and 10001?", { cityA: "90210", cityB: "10001" }],
      ["setHeadlights", "Turn the headlights off, please.", { mode: "off" }],
    ];
    for (const [name, query, expected] of cases) {
      const [call] = forthTranslateCalls({ role: "forth_translate", query, functions: [bfcl(name)], history: [] });
      expect(call?.arguments, query).toMatchObject(expected);
      expect(schemaCheck(bfcl(name), call ?? { name, arguments: {} }).passed).toBe(true);
    }
  });
});
