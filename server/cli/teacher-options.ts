import { Option } from "commander";
import { negativeErrorTypes, type NegativeErrorType } from "../pipeline/teacher";
import { teacherKinds, type TeacherKind } from "../teacher/create-teacher";
import { integerOption } from "./options";

export interface SynthesisOptions {
  teacher: TeacherKind;
  concurrency: number;
  negatives: NegativeErrorType[];
  judge: boolean;
  roundTrip: boolean;
  run?: string;
  judged?: string;
  project?: string;
}

/** Options shared by `magnet synth` and `magnet run`. */
export const synthesisOptions = (): Option[] => [
  new Option("--teacher <kind>", "offline (embedded, no network) or openai (OPENAI_BASE_URL, OPENAI_API_KEY, MAGNET_TEACHER_MODEL)")
    .choices([...teacherKinds])
    .default("offline"),
  new Option("--concurrency <n>", "paths synthesized at once").argParser(integerOption(1, 256)).default(4),
  new Option("--negatives <types...>", "error types of the negative trajectories").choices([...negativeErrorTypes]).default([...negativeErrorTypes]),
  new Option("--no-judge", "skip the per-turn judge"),
  new Option("--round-trip", "ask the teacher to re-derive each turn's calls and flag mismatches").default(false),
  new Option("--judged <file>", "JSON Lines of judged sample turns {path_id, turn, error_type, action: {calls}|{text}} to take negatives from"),
  new Option("--run <name>", "run name: the same name resumes where a stopped run left off (default: derived from the inputs)"),
  new Option("--project <name>", "file the run under this studio project (created when missing), so it shows in the project's Runs and Review pages"),
];
