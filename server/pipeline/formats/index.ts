import type { PreferencePair } from "../schemas/preference";
import type { Trajectory } from "../schemas/trajectory";
import { bfclLines, toBfcl } from "./bfcl";
import { openAiDpoLine, toOpenAiDpo } from "./openai-dpo";
import { openAiSftLine, toOpenAiSft } from "./openai-sft";
import { shareGptLine, toShareGpt } from "./sharegpt";
import { shareGptDpoLine, toShareGptDpo } from "./sharegpt-dpo";
import { trlDpoLine, toTrlDpo } from "./trl-dpo";
import { trlSftLine, toTrlSft } from "./trl-sft";

export { toBfcl, toBfclFunction, type BfclAnswer, type BfclEntry, type BfclFunction, type BfclRows } from "./bfcl";
export { fromOpenAiSft } from "./from-openai-sft";
export { preferenceOutput, toOpenAiDpo, type OpenAiDpoRow } from "./openai-dpo";
export { toOpenAiMessage, toOpenAiSft, toOpenAiTools, type OpenAiSftRow } from "./openai-sft";
export {
  isPromptSide,
  sharegptDatasetInfo,
  toShareGpt,
  toShareGptConversation,
  type ShareGptDatasetInfo,
  type ShareGptFrom,
  type ShareGptMessage,
  type ShareGptRow,
} from "./sharegpt";
export { toShareGptDpo, type ShareGptDpoRow } from "./sharegpt-dpo";
export { toTrlDpo, type TrlDpoRow } from "./trl-dpo";
export { toolCallNames, toTrlMessages, toTrlSft, type TrlMessage, type TrlSftRow, type TrlToolCall } from "./trl-sft";

export const formatNames = ["openai-sft", "openai-dpo", "trl-sft", "trl-dpo", "sharegpt", "sharegpt-dpo", "bfcl"] as const;
export type FormatName = (typeof formatNames)[number];

/**
 * How each format is written: `rows(record)[i]` is one line of `files[i]`, JSON Lines (BFCL writes a test entry and
 * its possible answer side by side). `sft` formats take trajectories, `preference` formats pairs. `lines` is
 * `rows` serialized (`JSON.stringify` of each), built without the row objects: what exports write.
 */
export type FormatSpec =
  | { kind: "sft"; files: readonly string[]; rows: (record: Trajectory) => unknown[]; lines: (record: Trajectory) => string[] }
  | { kind: "preference"; files: readonly string[]; rows: (pair: PreferencePair) => unknown[]; lines: (pair: PreferencePair) => string[] };

export const formats: Record<FormatName, FormatSpec> = {
  "openai-sft": { kind: "sft", files: ["openai-sft.jsonl"], rows: (t) => [toOpenAiSft(t)], lines: (t) => [openAiSftLine(t)] },
  "openai-dpo": { kind: "preference", files: ["openai-dpo.jsonl"], rows: (p) => [toOpenAiDpo(p)], lines: (p) => [openAiDpoLine(p)] },
  "trl-sft": { kind: "sft", files: ["trl-sft.jsonl"], rows: (t) => [toTrlSft(t)], lines: (t) => [trlSftLine(t)] },
  "trl-dpo": { kind: "preference", files: ["trl-dpo.jsonl"], rows: (p) => [toTrlDpo(p)], lines: (p) => [trlDpoLine(p)] },
  sharegpt: { kind: "sft", files: ["sharegpt.jsonl"], rows: (t) => [toShareGpt(t)], lines: (t) => [shareGptLine(t)] },
  "sharegpt-dpo": { kind: "preference", files: ["sharegpt-dpo.jsonl"], rows: (p) => [toShareGptDpo(p)], lines: (p) => [shareGptDpoLine(p)] },
  bfcl: {
    kind: "sft",
    files: ["BFCL_v3_multi_turn_magnet.json", "possible_answer/BFCL_v3_multi_turn_magnet.json"],
    rows: (t) => {
      const { entry, answer } = toBfcl(t);
      return [entry, answer];
    },
    lines: bfclLines,
  },
};
