import { describe, expect, it } from "vitest";
import { connectionTestInput, teacherProfileCreate, teacherProfileUpdate } from "@/server/teacher/teacher-choice";
import { connectionDraft, emptyTeacherForm, parseTeacherCreate, parseTeacherUpdate, teacherFormFrom } from "./teacher-form";

const filled = { ...emptyTeacherForm(), name: "vLLM", model: "qwen", apiKey: "sk-typed", inputPrice: "0.5", outputPrice: "", timeoutMs: "30000" };

describe("teacher form", () => {
  it("turns the form into what teachers.create takes, blank prices and timeout as none", () => {
    const parsed = parseTeacherCreate(filled);
    expect(parsed).toEqual({
      ok: true,
      input: { name: "vLLM", baseUrl: "http://127.0.0.1:8000/v1", model: "qwen", apiKey: "sk-typed", inputPrice: 0.5, outputPrice: null, concurrency: 8, timeoutMs: 30000 },
    });
    if (parsed.ok) expect(teacherProfileCreate.parse(parsed.input)).toEqual(parsed.input);
  });

  it("names each bad field with the server's words", () => {
    const parsed = parseTeacherCreate({ ...filled, baseUrl: "localhost:8000", model: "", inputPrice: "cheap", concurrency: "0" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.baseUrl).toMatch(/http\(s\) URL/);
    expect(parsed.errors.model).toMatch(/is required/);
    expect(parsed.errors.inputPrice).toMatch(/must be a number/);
    expect(parsed.errors.concurrency).toMatch(/at least 1/);
  });

  it("keeps the stored key when the key field is blank, clears it when asked, replaces it when typed", () => {
    const stored = teacherFormFrom({ id: 3, name: "vLLM", baseUrl: "http://h/v1", model: "qwen", hasKey: true, inputPrice: null, outputPrice: 2, concurrency: 4, timeoutMs: null });
    expect(stored.apiKey).toBe("");
    expect(stored.outputPrice).toBe("2");
    const keep = parseTeacherUpdate(3, stored);
    expect(keep.ok && "apiKey" in keep.input).toBe(false);
    expect(parseTeacherUpdate(3, { ...stored, removeKey: true, apiKey: "ignored" })).toMatchObject({ ok: true, input: { id: 3, apiKey: null } });
    const replaced = parseTeacherUpdate(3, { ...stored, apiKey: "sk-new" });
    expect(replaced).toMatchObject({ ok: true, input: { apiKey: "sk-new", outputPrice: 2, inputPrice: null } });
    if (replaced.ok) expect(teacherProfileUpdate.parse(replaced.input)).toEqual(replaced.input);
  });

  it("tests the draft as typed, over the stored key when the field is blank", () => {
    const draft = connectionDraft({ ...filled, apiKey: "" }, 3);
    expect(draft).toEqual({ ok: true, input: { id: 3, draft: { baseUrl: "http://127.0.0.1:8000/v1", model: "qwen", timeoutMs: 30000 } } });
    if (draft.ok) expect(connectionTestInput.parse(draft.input)).toEqual(draft.input);
    expect(connectionDraft({ ...filled, baseUrl: "nope" })).toMatchObject({ ok: false, errors: { baseUrl: expect.stringMatching(/URL/) } });
  });
});
