import { describe, expect, it } from "vitest";
import { conflictOf } from "./conflict";

const current = { status: "accepted", version: 4, turnStatus: ["accepted"], last: { reviewer: "ana", action: "accepted", turn: null, comment: null, createdAt: "2025-01-01T10:00:00.000Z" } };

describe("conflictOf", () => {
  it("reads the other decision from a CONFLICT answer", () => {
    const error = Object.assign(new Error("changed"), { data: { code: "CONFLICT", httpStatus: 409, conflict: { current } } });
    expect(conflictOf(error)).toEqual(current);
  });

  it("is undefined for other errors, or a conflict whose content is not what the server sends", () => {
    expect(conflictOf(Object.assign(new Error("bad"), { data: { code: "BAD_REQUEST" } }))).toBeUndefined();
    expect(conflictOf(Object.assign(new Error("x"), { data: { code: "CONFLICT", conflict: { current: { ...current, status: "maybe" } } } }))).toBeUndefined();
    expect(conflictOf(undefined)).toBeUndefined();
  });
});
