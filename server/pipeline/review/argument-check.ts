import { validateValue } from "../checks/validator";
import type { ToolSchema } from "../schemas/chat";
import { jsonSchema, type JsonSchema } from "../schemas/json-schema";
import type { Trajectory } from "../schemas/trajectory";

/**
 * An undocumented parameter is a mistake too (MAGNET's "no undocumented parameter"): the object is
 * closed unless the schema welcomes extra names, so ajv names the intruder like any other problem.
 */
function closed(schema: JsonSchema): JsonSchema {
  if (schema.additionalProperties !== undefined || schema.patternProperties !== undefined) return schema;
  return { ...schema, additionalProperties: false };
}

/** `{"problems"}` when fine or not; `value` is the parsed object when the text is a JSON object. */
export interface ArgumentCheck {
  value?: Record<string, unknown>;
  problems: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A call's arguments text against the tool's `parameters`: valid JSON, an object, and the schema.
 * Problems name the path under `root` (`calls[0].arguments.city: must be string`).
 */
export function checkArguments(tools: readonly ToolSchema[], name: string, text: string, root: string): ArgumentCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [`${root}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  if (!isObject(value)) return { problems: [`${root}: must be a JSON object`] };
  const tool = tools.find((t) => t.function.name === name);
  if (tool === undefined) return { value, problems: [`${root}: ${JSON.stringify(name)} is not among the trajectory's tools, so its arguments cannot be checked`] };
  const schema = jsonSchema.safeParse(tool.function.parameters);
  if (!schema.success) return { value, problems: [`${root}: the parameters schema of ${JSON.stringify(name)} is not a JSON Schema`] };
  return { value, problems: validateValue(closed(schema.data), value, root, `review:${name}`) };
}

/** Every tool call of the trajectory with the problems of its arguments (none when valid), for the viewer's inline marks. */
export function callChecks(trajectory: Trajectory): { id: string; problems: string[] }[] {
  return trajectory.messages.flatMap((message) =>
    message.role === "assistant"
      ? (message.tool_calls ?? []).map((call) => ({ id: call.id, problems: checkArguments(trajectory.tools, call.function.name, call.function.arguments, "arguments").problems }))
      : [],
  );
}
