import { describe, expect, it } from "vitest";
import { draftsReducer, historyShortcut, nextRedo, type Drafts } from "./drafts";
import type { FunctionPath, Operation } from "./types";

const path = (operations: Operation[], id = "p1"): FunctionPath => ({ id, turns: [{ kind: "call", functions: ["a"] }], initial: [{ kind: "call", functions: ["a"] }], operations });
const merge0: Operation = { op: "merge", at: 0 };
const merge1: Operation = { op: "merge", at: 1 };

describe("draftsReducer", () => {
  it("opens a draft once and keeps an existing one", () => {
    let state: Drafts = {};
    state = draftsReducer(state, { type: "open", path: path([]) });
    state = draftsReducer(state, { type: "applied", path: path([merge0]) });
    const reopened = draftsReducer(state, { type: "open", path: path([]) });
    expect(reopened).toBe(state);
    expect(reopened.p1?.path.operations).toEqual([merge0]);
  });

  it("pushes undone operations for redo and pops them again", () => {
    let state: Drafts = draftsReducer({}, { type: "open", path: path([merge0, merge1]) });
    state = draftsReducer(state, { type: "undone", path: path([merge0]), undone: merge1 });
    state = draftsReducer(state, { type: "undone", path: path([]), undone: merge0 });
    expect(state.p1?.redo).toEqual([merge1, merge0]);
    expect(nextRedo(state.p1)).toEqual(merge0);
    state = draftsReducer(state, { type: "redone", path: path([merge0]) });
    expect(nextRedo(state.p1)).toEqual(merge1);
  });

  it("clears redo on a new operation and on discard, keeps it on save", () => {
    let state: Drafts = draftsReducer({}, { type: "open", path: path([merge0]) });
    state = draftsReducer(state, { type: "undone", path: path([]), undone: merge0 });
    expect(draftsReducer(state, { type: "saved", path: path([]) }).p1?.redo).toEqual([merge0]);
    expect(draftsReducer(state, { type: "applied", path: path([merge1]) }).p1?.redo).toEqual([]);
    expect(draftsReducer(state, { type: "discard", path: path([merge0]) }).p1).toEqual({ path: path([merge0]), redo: [] });
  });

  it("keeps drafts of other paths", () => {
    let state: Drafts = draftsReducer({}, { type: "open", path: path([merge0], "p1") });
    state = draftsReducer(state, { type: "applied", path: path([merge1], "p2") });
    expect(Object.keys(state).sort()).toEqual(["p1", "p2"]);
    expect(state.p1?.path.operations).toEqual([merge0]);
  });
});

describe("historyShortcut", () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it("maps Ctrl/Cmd+Z to undo and with Shift to redo", () => {
    expect(historyShortcut(key("z", { ctrlKey: true }))).toBe("undo");
    expect(historyShortcut(key("z", { metaKey: true }))).toBe("undo");
    expect(historyShortcut(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(historyShortcut(key("z", { metaKey: true, shiftKey: true }))).toBe("redo");
    expect(historyShortcut(key("y", { ctrlKey: true }))).toBe("redo");
  });
  it("ignores other keys", () => {
    expect(historyShortcut(key("z"))).toBeNull();
    expect(historyShortcut(key("z", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(key("x", { ctrlKey: true }))).toBeNull();
  });
});
