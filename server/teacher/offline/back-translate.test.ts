import { describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import type { FunctionSpec } from "../../pipeline/schemas/function-spec";
import type { TurnRecord } from "../../pipeline/teacher";
import { backTranslateQuery } from "./back-translate";
import { bfcl, bfclFunctions, callsOf, callTurn, expectValuesTraceable, leafValues, playTurn, queryOf, written } from "./test-fixture";
import { namesFunction } from "./words";

/** Conversations before the turn: none, and one or two earlier turns of the same toolkit (values to carry). */
function contexts(spec: FunctionSpec): TurnRecord[][] {
  const toolkit = bfclFunctions().filter((other) => other.toolkit === spec.toolkit && other.id !== spec.id);
  const at = (offset: number): FunctionSpec => toolkit[(toolkit.indexOf(spec) + offset + toolkit.length) % toolkit.length] ?? spec;
  const first = playTurn([at(1)], []);
  const second = playTurn([at(5)], [first]);
  return [[], [first], [first, second], [playTurn([at(3)], [])]];
}

/** Every (function, context) pair of the catalog, built once for the suite. */
function cases(): { spec: FunctionSpec; history: TurnRecord[] }[] {
  return bfclFunctions().flatMap((spec) => contexts(spec).map((history) => ({ spec, history })));
}

const requiredStated = (spec: FunctionSpec, history: TurnRecord[]): { parameter: string; values: (string | number)[] }[] => {
  const query = queryOf({ role: "back_translate", turn: callTurn(spec), functions: [spec], history });
  const [call] = callsOf(query, [spec], history);
  const carried = history.flatMap((record) => [...leafValues(record.outputs), ...leafValues(record.calls.map((c) => c.arguments))]);
  return spec.parameters.required
    .map((parameter) => ({ parameter, values: leafValues(call?.arguments[parameter]) }))
    .filter(({ values }) => values.length > 0 && values.every((value) => written(value, query) && !carried.includes(value)));
};

describe.skipIf(!hasSharedData)("back-translation on the BFCL catalogs", () => {
  const all = cases();

  it("never names the function and states every value the forth-translation then calls with", () => {
    expect(bfclFunctions()).toHaveLength(129);
    for (const { spec, history } of all) {
      const query = queryOf({ role: "back_translate", turn: callTurn(spec), functions: [spec], history });
      expect(namesFunction(query, spec.name), `${spec.name}: ${query}`).toBe(false);
      expectValuesTraceable(callsOf(query, [spec], history), [query], history);
    }
  });

  it("refers to values of earlier outputs instead of restating them", () => {
    const login = playTurn([bfcl("authenticate_travel")], []);
    const query = queryOf({ role: "back_translate", turn: callTurn(bfcl("book_flight")), functions: [bfcl("book_flight")], history: [login] });
    const token = (login.outputs[0] as { access_token: string }).access_token;
    expect(query).not.toContain(token);
    expect(query).toMatch(/access token/);
    expect(callsOf(query, [bfcl("book_flight")], [login])[0]?.arguments.access_token).toBe(token);

    const lookup = playTurn([bfcl("get_user_id")], []);
    const send = queryOf({ role: "back_translate", turn: callTurn(bfcl("send_message")), functions: [bfcl("send_message")], history: [lookup] });
    const userId = (lookup.outputs[0] as { user_id: string }).user_id;
    expect(send).not.toContain(userId);
    expect(callsOf(send, [bfcl("send_message")], [lookup])[0]?.arguments.receiver_id).toBe(userId);
  });

  it("leaves the withheld value out of a miss_param query and gives it in the next turn", () => {
    let checked = 0;
    for (const { spec, history } of all) {
      const reference = callsOf(queryOf({ role: "back_translate", turn: callTurn(spec), functions: [spec], history }), [spec], history);
      for (const { parameter, values } of requiredStated(spec, history)) {
        const others = Object.entries(reference[0]?.arguments ?? {}).filter(([name]) => name !== parameter).flatMap(([, value]) => leafValues(value));
        const missQuery = queryOf({
          role: "back_translate",
          turn: { kind: "miss_param", functions: [], withheld: { function: spec.id, parameter } },
          functions: [spec],
          history,
          omit: { function: spec.name, parameter },
        });
        // A string value is given as a quoted value; the same word in the request's wording ("a deposit or withdrawal") gives nothing away.
        const given = (value: string | number): boolean => (typeof value === "string" ? missQuery.includes(`'${value}'`) || missQuery.includes(`"${value}"`) : written(value, missQuery));
        for (const value of values.filter((v) => !others.includes(v))) expect(given(value), `${spec.name}.${parameter} in "${missQuery}"`).toBe(false);
        expect(namesFunction(missQuery, spec.name)).toBe(false);
        const afterMiss = [...history, { kind: "miss_param" as const, query: missQuery, calls: [], outputs: [] }];
        const followUp = queryOf({ role: "back_translate", turn: callTurn(spec), functions: [spec], history: afterMiss });
        for (const value of values) expect(written(value, followUp), `${spec.name}.${parameter} in "${followUp}"`).toBe(true);
        expect(followUp).not.toBe(missQuery);
        expect(callsOf(followUp, [spec], afterMiss)).toEqual(reference);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("asks for a withheld function normally, and 'what about now' calls it with the same values", () => {
    for (const { spec, history } of all) {
      const reference = callsOf(queryOf({ role: "back_translate", turn: callTurn(spec), functions: [spec], history }), [spec], history);
      const missQuery = queryOf({ role: "back_translate", turn: { kind: "miss_func", functions: [], withheld: { function: spec.id } }, functions: [spec], history });
      expect(namesFunction(missQuery, spec.name)).toBe(false);
      // translate-path forth-translates the miss turn's request once the function is back.
      const afterMiss = [...history, { kind: "miss_func" as const, query: missQuery, calls: [], outputs: [] }];
      expect(callsOf(missQuery, [spec], afterMiss)).toEqual(reference);
    }
  });

  it("asks for both functions of a merged turn, the second taking the first one's output", () => {
    const functions = bfclFunctions();
    for (const [index, first] of functions.entries()) {
      const second = functions[index + 1];
      if (second === undefined || second.toolkit !== first.toolkit) continue;
      const record = playTurn([first, second], []);
      for (const spec of [first, second]) expect(namesFunction(record.query, spec.name), record.query).toBe(false);
      expectValuesTraceable(record.calls, [record.query], [record]);
    }
    const merged = playTurn([bfcl("get_symbol_by_name"), bfcl("add_to_watchlist")], []);
    const symbol = (merged.outputs[0] as { symbol: string }).symbol;
    expect(merged.calls[1]?.arguments.stock).toBe(symbol);
    expect(merged.query).toMatch(/symbol/);
  });

  it("does not mention an implicit function", () => {
    const turn = { kind: "call" as const, functions: ["post_tweet", "get_user_tweets"], implicit: ["get_user_tweets"] };
    const functions = [bfcl("post_tweet"), bfcl("get_user_tweets")];
    const alone = backTranslateQuery({ role: "back_translate", turn, functions, history: [] });
    expect(alone.template).toMatch(/^single\//);
    const [, implicitCall] = callsOf(alone.query, functions, []);
    for (const value of leafValues(implicitCall?.arguments)) expect(written(value, alone.query)).toBe(false);
  });

  it("asks something no function serves on an irrelevant turn", () => {
    const functions = bfclFunctions().filter((spec) => spec.toolkit === "vehicle_control");
    const history = [playTurn([bfcl("startEngine")], [])];
    const asked = backTranslateQuery({ role: "back_translate", turn: { kind: "irrelevant", functions: [] }, functions, history });
    expect(asked.template).toBe("irrelevant/chat");
    for (const spec of functions) expect(namesFunction(asked.query, spec.name)).toBe(false);
    expect(asked.query).not.toBe(history[0]?.query);
  });

  it("varies its wording across the catalog and never repeats an earlier query", () => {
    const written = all.map(({ spec, history }) => backTranslateQuery({ role: "back_translate", turn: callTurn(spec), functions: [spec], history }));
    const templates = new Set(written.map((w) => w.template));
    expect(templates.size).toBeGreaterThanOrEqual(14);
    // Only requests without values can coincide across conversations ("Please get the current time.").
    expect(new Set(written.map((w) => w.query)).size).toBeGreaterThan(written.length * 0.9);

    for (const name of ["pwd", "get_current_time", "fillFuelTank", "ls"]) {
      const history: TurnRecord[] = [];
      for (let turn = 0; turn < 6; turn++) history.push(playTurn([bfcl(name)], history));
      const queries = history.map((record) => record.query);
      expect(new Set(queries).size, queries.join(" / ")).toBe(queries.length);
    }
  });

  it("gives the same query for the same task", () => {
    for (const { spec, history } of all.slice(0, 60)) {
      const task = { role: "back_translate" as const, turn: callTurn(spec), functions: [spec], history };
      expect(backTranslateQuery(task)).toEqual(backTranslateQuery(structuredClone(task)));
    }
  });
});
