import type { JsonSchema } from "../schemas/json-schema";

export type ValueType = "string" | "number" | "boolean" | "array" | "object" | "unknown";

/** The coarse type of a schema: enough to tell whether a value can be passed on as it is. */
export function valueType(schema: JsonSchema | undefined): ValueType {
  const declared = Array.isArray(schema?.type) ? schema.type.find((type) => type !== "null") : schema?.type;
  switch (declared?.toLowerCase()) {
    case "string":
    case "str":
    case "enum":
    case "date":
      return "string";
    case "number":
    case "integer":
    case "int":
    case "float":
      return "number";
    case "boolean":
    case "bool":
      return "boolean";
    case "array":
    case "tuple":
      return "array";
    case "object":
    case "dict":
      return "object";
    default:
      if (schema?.properties !== undefined) return "object";
      if (schema?.items !== undefined) return "array";
      return "unknown";
  }
}

/**
 * How well a value of type `from` fits a parameter of type `to`: identifiers travel as strings or
 * numbers interchangeably, while a boolean or an object is no stand-in for a scalar.
 */
export function typeFit(from: ValueType, to: ValueType, idLike: boolean): number {
  if (from === "unknown" || to === "unknown" || from === to) return 1;
  if ((from === "string" && to === "number") || (from === "number" && to === "string")) return idLike ? 0.9 : 0.7;
  if (to === "array") return 0.8;
  return 0.4;
}
