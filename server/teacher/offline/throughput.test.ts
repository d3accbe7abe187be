import { describe, expect, it } from "vitest";
import { hasSharedData } from "../../../test/shared-data";
import type { TurnRecord } from "../../pipeline/teacher";
import { answerText } from "./offline-teacher";
import { bfclFunctions, callTurn, playTurn } from "./test-fixture";

/** A floor far below the measured rate, so a busy machine does not fail the suite; the rate is printed. */
const FLOOR_PER_SECOND = 500;

describe.skipIf(!hasSharedData)("offline teacher throughput", () => {
  it("writes thousands of back- and forth-translation pairs a second on BFCL", () => {
    const functions = bfclFunctions();
    const histories: TurnRecord[][] = [[], [playTurn([functions[0]!], [])], [playTurn([functions[90]!], [])]];
    const pair = (index: number): void => {
      const spec = functions[index % functions.length]!;
      const history = histories[index % histories.length]!;
      const answer = JSON.parse(answerText({ role: "back_translate", turn: callTurn(spec), functions: [spec], history })) as { query: string };
      answerText({ role: "forth_translate", query: answer.query, functions: [spec], history });
    };
    for (let i = 0; i < 500; i++) pair(i);
    const pairs = 10_000;
    const started = performance.now();
    for (let i = 0; i < pairs; i++) pair(i);
    const perSecond = pairs / ((performance.now() - started) / 1000);
    console.log(`offline teacher: ${Math.round(perSecond)} back+forth translation pairs/s on BFCL`);
    expect(perSecond).toBeGreaterThan(FLOOR_PER_SECOND);
  });
});
