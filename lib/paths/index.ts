export * from "./types";
export * from "./describe";
export * from "./choices";
export * from "./diff";
export * from "./drafts";
export * from "./sample-form";
