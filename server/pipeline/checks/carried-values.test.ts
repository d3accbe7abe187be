import { describe, expect, it } from "vitest";
import type { FunctionCall } from "../schemas/chat";
import type { TurnRecord } from "../teacher";
import { carriedValuesCheck, findCarriedValues, type CarriedExpectation } from "./carried-values";

const history: TurnRecord[] = [
  { kind: "call", query: "", calls: [{ name: "find", arguments: { name: "report" } }], outputs: [{ matches: ["./documents/report.txt", "./archive/report-2023.txt"] }] },
  { kind: "call", query: "", calls: [{ name: "get_user_id", arguments: { user: "Hana" } }], outputs: [{ user_id: "USR004" }, { order_id: 12446, message: "Order 7789 placed" }] },
];
const expect1 = (call: number, parameter: string): CarriedExpectation => ({ call, parameter, from: "previous outputs" });

describe("carriedValuesCheck", () => {
  it.each<[string, FunctionCall[], CarriedExpectation[]]>([
    ["an exact string", [{ name: "send", arguments: { receiver_id: "USR004" } }], [expect1(0, "receiver_id")]],
    ["a number", [{ name: "cancel", arguments: { order_id: 12446 } }], [expect1(0, "order_id")]],
    ["a number given as text", [{ name: "cancel", arguments: { order_id: "12446" } }], [expect1(0, "order_id")]],
    ["a number inside a text", [{ name: "cancel", arguments: { order_id: 7789 } }], [expect1(0, "order_id")]],
    ["a file name inside a found path", [{ name: "cat", arguments: { file_name: "report.txt" } }], [expect1(0, "file_name")]],
    ["every item of a list", [{ name: "m", arguments: { ids: ["USR004", 12446] } }], [expect1(0, "ids")]],
    ["a nested parameter of the second call", [{ name: "a", arguments: {} }, { name: "b", arguments: { to: { user: "USR004" } } }], [expect1(1, "to.user")]],
  ])("passes %s", (_label, calls, expectations) => {
    expect(carriedValuesCheck(calls, history, expectations)).toEqual({ passed: true, problems: [] });
  });

  it.each<[string, FunctionCall[], CarriedExpectation[], string[]]>([
    ["a value never returned", [{ name: "send", arguments: { receiver_id: "USR999" } }], [expect1(0, "receiver_id")], ['calls[0] send.receiver_id: "USR999" does not appear in previous outputs']],
    ["only part of a word", [{ name: "cat", arguments: { file_name: "port.txt" } }], [expect1(0, "file_name")], ['calls[0] cat.file_name: "port.txt" does not appear in previous outputs']],
    ["a value only an argument had", [{ name: "get", arguments: { user: "Hana" } }], [expect1(0, "user")], ['calls[0] get.user: "Hana" does not appear in previous outputs']],
    ["one item of a list", [{ name: "m", arguments: { ids: ["USR004", "USR005"] } }], [expect1(0, "ids")], ['calls[0] m.ids[1]: "USR005" does not appear in previous outputs']],
    ["an absent parameter", [{ name: "send", arguments: {} }], [expect1(0, "receiver_id")], ["calls[0] send.receiver_id: absent, expected a value from previous outputs"]],
    ["a call that is not there", [], [expect1(2, "x")], ["calls[2]: no such call"]],
  ])("flags %s", (_label, calls, expectations, problems) => {
    expect(carriedValuesCheck(calls, history, expectations)).toEqual({ passed: false, problems });
  });

  it("fails an expectation when there is no earlier output at all", () => {
    expect(carriedValuesCheck([{ name: "send", arguments: { receiver_id: "USR004" } }], [], [expect1(0, "receiver_id")]).passed).toBe(false);
  });
});

describe("findCarriedValues", () => {
  it("lists which argument values occur in earlier outputs, with where they were found", () => {
    expect(findCarriedValues({ receiver_id: "USR004", message: "Hi", files: ["report.txt", "x.txt"], order_id: 12446, urgent: true }, history)).toEqual([
      { parameter: "receiver_id", value: "USR004", turn: 1, output: 0, field: "user_id" },
      { parameter: "files[0]", value: "report.txt", turn: 0, output: 0, field: "matches[0]" },
      { parameter: "order_id", value: 12446, turn: 1, output: 1, field: "order_id" },
    ]);
  });

  it("ignores short coincidences inside longer texts", () => {
    expect(findCarriedValues({ n: 2, code: "or" }, [{ kind: "call", query: "", calls: [], outputs: [{ text: "order 2 of 3" }] }])).toEqual([]);
  });
});
