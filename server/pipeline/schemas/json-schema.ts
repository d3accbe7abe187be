import { z } from "zod";

/** The subset of JSON Schema that catalogs use; unknown keywords are kept as they are. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  default?: unknown;
  format?: string;
  additionalProperties?: boolean | JsonSchema;
  [keyword: string]: unknown;
}

export const jsonSchema: z.ZodType<JsonSchema> = z.lazy(() =>
  z
    .object({
      type: z.union([z.string(), z.array(z.string())]).optional(),
      description: z.string().optional(),
      properties: z.record(z.string(), jsonSchema).optional(),
      required: z.array(z.string()).optional(),
      items: jsonSchema.optional(),
      prefixItems: z.array(jsonSchema).optional(),
      enum: z.array(z.unknown()).optional(),
      default: z.unknown().optional(),
      format: z.string().optional(),
      additionalProperties: z.union([z.boolean(), jsonSchema]).optional(),
    })
    .loose(),
);

/** Parameters of a function: always an object schema. */
export interface ObjectSchema extends JsonSchema {
  type: "object";
  properties: Record<string, JsonSchema>;
  required: string[];
}

export const objectSchema: z.ZodType<ObjectSchema> = z
  .object({
    type: z.literal("object"),
    properties: z.record(z.string(), jsonSchema),
    required: z.array(z.string()),
  })
  .loose();
