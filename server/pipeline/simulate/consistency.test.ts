import { describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import { createRandom } from "../random";
import type { FunctionCall } from "../schemas/chat";
import type { FunctionSpec } from "../schemas/function-spec";
import type { JsonSchema } from "../schemas/json-schema";
import type { TurnRecord } from "../teacher";
import { simulateOutput } from "./simulate-output";
import { bfclFunction, specOf } from "./test-catalog";

type Output = Record<string, unknown>;
const turn = (calls: FunctionCall[], outputs: unknown[]): TurnRecord => ({ kind: "call", query: "", calls, outputs });
const returning = (name: string, properties: Record<string, JsonSchema>): FunctionSpec => specOf(name, {}, { type: "object", properties });
const simulate = (spec: FunctionSpec, args: Record<string, unknown>, history: TurnRecord[], seed = 1): Output =>
  simulateOutput(spec, { name: spec.name, arguments: args }, { random: createRandom(seed), history }) as Output;
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

describe("simulated outputs stay consistent across turns", () => {
  it("reuse a value an earlier output gave a field of the same name", () => {
    const history = [turn([{ name: "find_file", arguments: { name: "budget" } }], [{ results: [{ file_path: "/home/ana/budget-2025.csv", size: 10 }] }])];
    const spec = returning("file_info", { file_path: { type: "string" }, owner: { type: "string" } });
    for (const seed of seeds) expect(simulate(spec, {}, history, seed).file_path).toBe("/home/ana/budget-2025.csv");
  });

  it("reuse an earlier argument, the latest one first, and match fileName with file_name", () => {
    const history = [
      turn([{ name: "login", arguments: { username: "old_user" } }], [{}]),
      turn([{ name: "login", arguments: { username: "jdoe" } }], [{ fileName: "notes.md" }]),
    ];
    const output = simulate(returning("profile", { username: { type: "string" }, file_name: { type: "string" } }), {}, history);
    expect(output).toEqual({ username: "jdoe", file_name: "notes.md" });
  });

  it("echo the call's arguments into same-named fields, and the lone *_id argument into `id`", () => {
    const spec = returning("get_order", { id: { type: "integer" }, symbol: { type: "string" }, price: { type: "number" }, status: { type: "string" } });
    for (const seed of seeds) expect(simulate(spec, { order_id: 4512, symbol: "NVDA", price: 880.5 }, [], seed)).toMatchObject({ id: 4512, symbol: "NVDA", price: 880.5 });
  });

  it("never reuse a value the schema would reject", () => {
    const history = [turn([], [{ file_path: 42, priority: 9, kind: "gold" }])];
    const spec = returning("f", { file_path: { type: "string" }, priority: { type: "integer", maximum: 5 }, kind: { enum: ["basic", "pro"] } });
    for (const seed of seeds) {
      const output = simulate(spec, {}, history, seed);
      expect(typeof output.file_path).toBe("string");
      expect(output.priority).toBeLessThanOrEqual(5);
      expect(["basic", "pro"]).toContain(output.kind);
    }
  });

  it("do not carry one call's outcome (status, message, flags) into another", () => {
    const history = [turn([], [{ status: "Closed", message: "Ticket closed", login_status: false }])];
    const spec = returning("f", { status: { type: "string" }, message: { type: "string" }, login_status: { type: "boolean" } });
    for (const seed of seeds) {
      const output = simulate(spec, {}, history, seed);
      expect(output.status).not.toBe("Closed");
      expect(output.message).not.toBe("Ticket closed");
      expect(output.login_status).toBe(true);
    }
  });

  it("mint a new id when the call creates something, and keep ids of list items distinct", () => {
    const history = [turn([], [{ ticket_id: "id-earlier", user_id: "id-me" }])];
    expect(simulate(returning("create_ticket", { ticket_id: { type: "string" } }), { title: "x" }, history).ticket_id).not.toBe("id-earlier");
    expect(simulate(returning("get_ticket", { ticket_id: { type: "string" } }), {}, history).ticket_id).toBe("id-earlier");
    const list = returning("list_tweets", { tweets: { type: "array", minItems: 3, items: { type: "object", properties: { tweet_id: { type: "string" }, username: { type: "string" } } } } });
    const tweets = simulate(list, { username: "maya" }, history).tweets as Output[];
    expect(new Set(tweets.map((tweet) => tweet.tweet_id)).size).toBe(3);
    expect(tweets.map((tweet) => tweet.username)).toEqual(["maya", "maya", "maya"]);
  });

  it("give the same entity the same id in every run (stable tokens), and another entity another id", () => {
    const spec = returning("get_user_id", { user_id: { type: "string" } });
    const ids = seeds.map((seed) => simulate(spec, { user: "Alice" }, [], seed).user_id);
    expect(new Set(ids).size).toBe(1);
    expect(simulate(spec, { user: "Bob" }, []).user_id).not.toBe(ids[0]);
  });

  it.skipIf(!hasSharedData)("repeat a value within one output (book_flight's booking_history)", () => {
    const output = simulate(bfclFunction("book_flight"), { access_token: "tok", card_id: "card", travel_date: "2025-05-01", travel_from: "SFO", travel_to: "JFK", travel_class: "economy" }, []);
    const history = output.booking_history as Output;
    expect(history.booking_id).toBe(output.booking_id);
    expect(history).toMatchObject({ travel_from: "SFO", travel_to: "JFK", travel_class: "economy", travel_date: "2025-05-01" });
  });

  it.skipIf(!hasSharedData)("chain BFCL calls: the user id found earlier comes back, the tweet id asked for is the tweet's", () => {
    const userId = simulate(bfclFunction("get_user_id"), { user: "Hana" }, []).user_id;
    const history = [turn([{ name: "get_user_id", arguments: { user: "Hana" } }], [{ user_id: userId }])];
    expect(simulate(bfclFunction("add_contact"), { user_name: "Omar" }, history).user_id).not.toBe(userId);
    expect(simulate(bfclFunction("get_tweet"), { tweet_id: 77 }, history).id).toBe(77);
  });
});
