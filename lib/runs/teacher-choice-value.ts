import type { TeacherChoice } from "@/server/teacher/teacher-choice";

/** A teacher choice as the value of a <select>: "offline" or "profile:<id>". */
export function teacherValue(choice: TeacherChoice): string {
  return choice.kind === "offline" ? "offline" : `profile:${choice.profileId}`;
}

export function teacherChoiceOf(value: string): TeacherChoice | undefined {
  if (value === "offline") return { kind: "offline" };
  const match = /^profile:(\d+)$/.exec(value);
  const profileId = match ? Number(match[1]) : 0;
  return profileId > 0 ? { kind: "profile", profileId } : undefined;
}
