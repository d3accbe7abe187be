"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import type { PublicTeacherProfile } from "@/server/teacher/teacher-choice";
import { ConnectionOutcome } from "./ConnectionOutcome";
import { TeacherForm } from "./TeacherForm";
import styles from "./teachers.module.css";

const price = (value: number | null) => (value === null ? "–" : `$${value}`);

function ProfileItem({ profile, onEdit }: { profile: PublicTeacherProfile; onEdit: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const test = useMutation(trpc.teachers.testConnection.mutationOptions());
  const remove = useMutation(
    trpc.teachers.delete.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.teachers.list.queryKey() }) }),
  );
  return (
    <li className={styles.item} data-id="teacher-item" data-teacher-id={profile.id}>
      <div className={styles.itemHead}>
        <span className={styles.name}>{profile.name}</span>
        <span className={styles.badge} data-key={profile.hasKey ? "set" : "none"} data-id="teacher-item-key">
          {profile.hasKey ? "key set" : "no key"}
        </span>
      </div>
      <span className={styles.meta}>
        {profile.model} at {profile.baseUrl} · in {price(profile.inputPrice)} / out {price(profile.outputPrice)} per M tokens · {profile.concurrency} in flight
        {profile.timeoutMs === null ? "" : ` · ${profile.timeoutMs} ms timeout`}
      </span>
      <div className={styles.actions}>
        <button type="button" onClick={() => test.mutate({ id: profile.id })} disabled={test.isPending} data-id="teacher-test">
          {test.isPending ? "Testing…" : "Test connection"}
        </button>
        <button type="button" onClick={onEdit} data-id="teacher-edit">
          Edit
        </button>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => remove.mutate({ id: profile.id })} disabled={remove.isPending} data-id="teacher-delete-confirm">
              Yes, delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)} data-id="teacher-delete">
            Delete
          </button>
        )}
      </div>
      {remove.error && (
        <p role="alert" className="error">
          {remove.error.message}
        </p>
      )}
      <ConnectionOutcome result={test.data} error={test.error} />
    </li>
  );
}

/** The teachers a run may use: the built-in offline one, always there, then the OpenAI-compatible profiles. */
export function TeacherPanel() {
  const trpc = useTRPC();
  const teachers = useQuery(trpc.teachers.list.queryOptions());
  const [editing, setEditing] = useState<number | "new" | null>(null);
  const profiles = (teachers.data ?? []).flatMap((t) => (t.kind === "profile" ? [t] : []));
  const offline = teachers.data?.find((t) => t.kind === "offline");
  const edited = typeof editing === "number" ? profiles.find((p) => p.id === editing) : undefined;
  return (
    <section className={styles.panel} data-id="teacher-panel" aria-label="Teachers">
      <h2 className={styles.title}>Teachers</h2>
      {teachers.isError && (
        <p role="alert" className="error">
          {teachers.error.message}
        </p>
      )}
      <ul className={styles.list}>
        {offline && (
          <li className={styles.item} data-id="teacher-item" data-teacher-id="offline">
            <div className={styles.itemHead}>
              <span className={styles.name}>{offline.name}</span>
              <span className={styles.badge}>always available</span>
            </div>
            <span className={styles.meta}>{offline.model}: deterministic, no network, no key, free</span>
          </li>
        )}
        {profiles.map((profile) => (
          <ProfileItem key={profile.id} profile={profile} onEdit={() => setEditing(profile.id)} />
        ))}
      </ul>
      {editing === null ? (
        <div className="row">
          <button type="button" onClick={() => setEditing("new")} data-id="teacher-new">
            New OpenAI-compatible profile
          </button>
        </div>
      ) : (
        <TeacherForm key={String(editing)} profile={edited} onDone={() => setEditing(null)} />
      )}
    </section>
  );
}
