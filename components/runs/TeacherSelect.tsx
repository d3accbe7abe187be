"use client";

import { useQuery } from "@tanstack/react-query";
import { teacherValue } from "@/lib/runs/teacher-choice-value";
import { useTRPC } from "@/lib/trpc/client";

/** The teachers a run or preview may use, as `teacherValue` encodes them: the offline one first. */
export function TeacherSelect({ value, onChange, dataId, invalid }: { value: string; onChange: (value: string) => void; dataId: string; invalid?: boolean }) {
  const trpc = useTRPC();
  const teachers = useQuery(trpc.teachers.list.queryOptions());
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-id={dataId} aria-invalid={invalid}>
      {(teachers.data ?? [{ kind: "offline" as const, name: "Offline (built-in)", model: "" }]).map((t) =>
        t.kind === "offline" ? (
          <option key="offline" value={teacherValue({ kind: "offline" })}>
            {t.name}
          </option>
        ) : (
          <option key={t.id} value={teacherValue({ kind: "profile", profileId: t.id })}>
            {t.name} ({t.model})
          </option>
        ),
      )}
    </select>
  );
}
