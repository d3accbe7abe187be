import { z } from "zod";
import { DEFAULT_DB_FILE } from "../db/client";

const schema = z.object({
  MAGNET_DB: z.string().min(1).default(DEFAULT_DB_FILE),
});

/** Validated server environment; read once, on first use. */
export function serverEnv(): z.infer<typeof schema> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return parsed.data;
}
