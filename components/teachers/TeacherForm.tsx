"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { connectionDraft, emptyTeacherForm, parseTeacherCreate, parseTeacherUpdate, teacherFormFrom, type TeacherFormErrors, type TeacherFormValues } from "@/lib/runs/teacher-form";
import { useTRPC } from "@/lib/trpc/client";
import type { PublicTeacherProfile } from "@/server/teacher/teacher-choice";
import { ConnectionOutcome } from "./ConnectionOutcome";
import styles from "./teachers.module.css";

type TextField = Exclude<keyof TeacherFormValues, "removeKey" | "apiKey">;

const fields: { field: TextField; label: string; dataId: string; type: string; hint: string; wide?: boolean }[] = [
  { field: "name", label: "Name", dataId: "teacher-name", type: "text", hint: "how runs name this teacher", wide: true },
  { field: "baseUrl", label: "Base URL", dataId: "teacher-base-url", type: "url", hint: "OpenAI-compatible, ending in /v1", wide: true },
  { field: "model", label: "Model", dataId: "teacher-model", type: "text", hint: "the name the endpoint serves", wide: true },
  { field: "inputPrice", label: "Input price", dataId: "teacher-input-price", type: "text", hint: "USD per million tokens" },
  { field: "outputPrice", label: "Output price", dataId: "teacher-output-price", type: "text", hint: "USD per million tokens" },
  { field: "concurrency", label: "Concurrency", dataId: "teacher-concurrency", type: "number", hint: "requests in flight (default 8)" },
  { field: "timeoutMs", label: "Timeout (ms)", dataId: "teacher-timeout", type: "number", hint: "per request (default 60000)" },
];

/**
 * Creates or edits a profile. The key field is write-only: it always starts empty, the browser only
 * ever learns whether a key is stored, and the typed key is dropped from memory once saved.
 */
export function TeacherForm({ profile, onDone }: { profile?: PublicTeacherProfile; onDone: () => void }) {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<TeacherFormValues>(() => (profile ? teacherFormFrom(profile) : emptyTeacherForm()));
  const [errors, setErrors] = useState<TeacherFormErrors>({});
  const saved = async () => {
    setForm((f) => ({ ...f, apiKey: "" }));
    await queryClient.invalidateQueries({ queryKey: trpc.teachers.list.queryKey() });
    onDone();
  };
  const create = useMutation(trpc.teachers.create.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.teachers.update.mutationOptions({ onSuccess: saved }));
  const test = useMutation(trpc.teachers.testConnection.mutationOptions());
  const saving = create.isPending || update.isPending;
  const saveError = create.error ?? update.error;

  const set = <K extends keyof TeacherFormValues>(field: K, value: TeacherFormValues[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (profile) {
      const parsed = parseTeacherUpdate(profile.id, form);
      if (!parsed.ok) return setErrors(parsed.errors);
      update.mutate(parsed.input);
    } else {
      const parsed = parseTeacherCreate(form);
      if (!parsed.ok) return setErrors(parsed.errors);
      create.mutate(parsed.input);
    }
  };

  const testDraft = () => {
    const parsed = connectionDraft(form, profile?.id);
    if (!parsed.ok) return setErrors(parsed.errors);
    test.mutate(parsed.input);
  };

  const keyState = form.removeKey ? "key will be removed" : profile?.hasKey ? "key set" : "no key";
  return (
    <form className={styles.form} onSubmit={submit} noValidate data-id="teacher-form" aria-label={profile ? `Edit ${profile.name}` : "New teacher profile"}>
      <div className={styles.grid}>
        {fields.map(({ field, label, dataId, type, hint, wide }) => (
          <label key={field} className={`${styles.field} ${wide ? styles.wide : ""}`}>
            <span>{label}</span>
            <input
              type={type}
              value={form[field]}
              onChange={(e) => set(field, e.target.value)}
              data-id={dataId}
              aria-invalid={!!errors[field]}
              aria-describedby={`${id}-${field}`}
              autoComplete="off"
            />
            <small id={`${id}-${field}`} className={errors[field] ? "error" : "muted"}>
              {errors[field] ?? hint}
            </small>
          </label>
        ))}
        <label className={`${styles.field} ${styles.wide}`}>
          <span>
            API key <span className={styles.badge} data-id="teacher-key-state" data-key={profile?.hasKey && !form.removeKey ? "set" : "none"}>{keyState}</span>
          </span>
          <input
            type="password"
            value={form.apiKey}
            onChange={(e) => set("apiKey", e.target.value)}
            data-id="teacher-key"
            autoComplete="new-password"
            placeholder={profile?.hasKey ? "leave blank to keep the stored key" : "none (local servers often need none)"}
            disabled={form.removeKey}
            aria-invalid={!!errors.apiKey}
          />
          <small className={errors.apiKey ? "error" : "muted"}>{errors.apiKey ?? "write-only: stored on the server, never shown again"}</small>
        </label>
        {profile?.hasKey && (
          <label className={`${styles.check} ${styles.wide}`}>
            <input type="checkbox" checked={form.removeKey} onChange={(e) => set("removeKey", e.target.checked)} data-id="teacher-remove-key" />
            Remove the stored key
          </label>
        )}
      </div>
      {errors.form && (
        <p role="alert" className="error">
          {errors.form}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={saving} data-id="teacher-save">
          {saving ? "Saving…" : profile ? "Save profile" : "Create profile"}
        </button>
        <button type="button" onClick={testDraft} disabled={test.isPending} data-id="teacher-form-test">
          {test.isPending ? "Testing…" : "Test connection"}
        </button>
        <button type="button" onClick={onDone} data-id="teacher-form-cancel">
          Cancel
        </button>
      </div>
      {saveError && (
        <p role="alert" className="error" data-id="teacher-form-error">
          {saveError.message}
        </p>
      )}
      <ConnectionOutcome result={test.data} error={test.error} />
    </form>
  );
}
