import path from "node:path";

/** Every export writes a train and a validation file per format file. */
export const SPLITS = ["train", "validation"] as const;
export type Split = (typeof SPLITS)[number];

export const splitDir = (split: Split, formatFile: string) => path.join(split, formatFile);
