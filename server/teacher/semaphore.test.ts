import { describe, expect, it } from "vitest";
import { createSemaphore } from "./semaphore";

describe("createSemaphore", () => {
  it("admits up to the limit and hands slots over in arrival order", async () => {
    const semaphore = createSemaphore(2);
    const first = await semaphore.acquire();
    await semaphore.acquire();
    const order: string[] = [];
    const third = semaphore.acquire().then((release) => (order.push("third"), release));
    const fourth = semaphore.acquire().then((release) => (order.push("fourth"), release));
    expect([semaphore.active, semaphore.waiting]).toEqual([2, 2]);
    first();
    first();
    (await third)();
    await fourth;
    expect(order).toEqual(["third", "fourth"]);
    expect([semaphore.active, semaphore.waiting]).toEqual([2, 0]);
  });

  it("drops a waiter whose signal aborts, and refuses one already aborted", async () => {
    const semaphore = createSemaphore(1);
    const held = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort(new Error("gave up"));
    await expect(waiting).rejects.toThrow("gave up");
    expect(semaphore.waiting).toBe(0);
    await expect(semaphore.acquire(controller.signal)).rejects.toThrow("gave up");
    held();
    expect(semaphore.active).toBe(0);
  });

  it("rejects a limit below one", () => {
    expect(() => createSemaphore(0)).toThrow(RangeError);
    expect(() => createSemaphore(1.5)).toThrow(RangeError);
  });
});
