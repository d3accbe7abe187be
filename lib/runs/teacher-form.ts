import type { z } from "zod";
import { connectionTestInput, teacherProfileCreate, teacherProfileUpdate, type PublicTeacherProfile } from "@/server/teacher/teacher-choice";
import { fieldErrors, numberField } from "./form-values";

/** The profile form as typed. The key field starts empty whatever is stored: the key never comes back to the browser. */
export interface TeacherFormValues {
  name: string;
  baseUrl: string;
  model: string;
  apiKey: string;
  removeKey: boolean;
  inputPrice: string;
  outputPrice: string;
  concurrency: string;
  timeoutMs: string;
}

export type TeacherFormErrors = Partial<Record<keyof TeacherFormValues | "form", string>>;

export function emptyTeacherForm(): TeacherFormValues {
  return { name: "", baseUrl: "http://127.0.0.1:8000/v1", model: "", apiKey: "", removeKey: false, inputPrice: "", outputPrice: "", concurrency: "8", timeoutMs: "" };
}

const text = (value: number | null) => (value === null ? "" : String(value));

export function teacherFormFrom(profile: PublicTeacherProfile): TeacherFormValues {
  return {
    name: profile.name,
    baseUrl: profile.baseUrl,
    model: profile.model,
    apiKey: "",
    removeKey: false,
    inputPrice: text(profile.inputPrice),
    outputPrice: text(profile.outputPrice),
    concurrency: String(profile.concurrency),
    timeoutMs: text(profile.timeoutMs),
  };
}

function settings(form: TeacherFormValues) {
  return {
    name: form.name,
    baseUrl: form.baseUrl.trim(),
    model: form.model,
    inputPrice: numberField(form.inputPrice) ?? null,
    outputPrice: numberField(form.outputPrice) ?? null,
    concurrency: numberField(form.concurrency),
    timeoutMs: numberField(form.timeoutMs) ?? null,
  };
}

type Parsed<S extends z.ZodType> = { ok: true; input: z.output<S> } | { ok: false; errors: TeacherFormErrors };

/** Checked with the server's own schema, so the form and the router refuse the same things with the same words. */
function check<S extends z.ZodType>(schema: S, input: unknown, within?: string): Parsed<S> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, input: result.data } : { ok: false, errors: fieldErrors(result.error, within) };
}

export function parseTeacherCreate(form: TeacherFormValues): Parsed<typeof teacherProfileCreate> {
  return check(teacherProfileCreate, { ...settings(form), apiKey: form.apiKey });
}

/** A blank key field keeps the stored key; "remove key" clears it; anything typed replaces it. */
export function parseTeacherUpdate(id: number, form: TeacherFormValues): Parsed<typeof teacherProfileUpdate> {
  const apiKey = form.removeKey ? null : form.apiKey.trim() === "" ? undefined : form.apiKey;
  return check(teacherProfileUpdate, { id, ...settings(form), ...(apiKey === undefined ? {} : { apiKey }) });
}

/** "Test connection" on the form as it stands; over a stored profile a blank key field means its stored key. */
export function connectionDraft(form: TeacherFormValues, id?: number): Parsed<typeof connectionTestInput> {
  const apiKey = form.removeKey ? null : form.apiKey.trim() === "" ? undefined : form.apiKey;
  const timeoutMs = numberField(form.timeoutMs) ?? null;
  const draft = { baseUrl: form.baseUrl.trim(), model: form.model, timeoutMs, ...(apiKey === undefined ? {} : { apiKey }) };
  return check(connectionTestInput, { ...(id === undefined ? {} : { id }), draft }, "draft");
}
