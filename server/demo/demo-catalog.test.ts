import { describe, expect, it } from "vitest";
import { importCatalogs } from "../pipeline/catalog";
import { buildGraph } from "../pipeline/graph";
import { createRandom } from "../pipeline/random";
import type { JsonSchema } from "../pipeline/schemas/json-schema";
import { readDemoCatalog } from "./demo-catalog";
import { DEMO_SEED } from "./seed-demo";

const { files, functions } = importCatalogs(readDemoCatalog());
// As rebuildGraph builds it for the demo: offline scorer, default candidate sets, the demo's seed.
const graph = buildGraph(functions, { random: createRandom(DEMO_SEED) });
const toolkitOf = new Map(functions.map((spec) => [spec.id, spec.toolkit]));

/** Every property of an object schema, however deep, with where it is. */
function properties(schema: JsonSchema, at: string): [string, JsonSchema][] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([name, child]): [string, JsonSchema][] => [
    [`${at}.${name}`, child],
    ...properties(child, `${at}.${name}`),
  ]);
  return schema.items === undefined ? own : [...own, ...properties(schema.items, `${at}[]`)];
}

describe("the demo catalog", () => {
  it("imports as OpenAI tools, one toolkit per file, with nothing dropped", () => {
    expect(files.map((file) => [file.file, file.format, file.duplicatesSkipped])).toEqual([
      ["calendar.json", "openai", 0],
      ["files.json", "openai", 0],
      ["mail.json", "openai", 0],
      ["travel.json", "openai", 0],
      ["weather.json", "openai", 0],
    ]);
    expect(functions.length).toBeGreaterThanOrEqual(40);
    expect(functions.length).toBeLessThanOrEqual(60);
    // Names are unique across toolkits, so ids are the plain names the tests below use.
    expect(functions.every((spec) => spec.id === spec.name)).toBe(true);
  });

  it("documents every parameter and every returned field, and every function returns something", () => {
    for (const spec of functions) {
      expect(spec.returns?.type, spec.id).toBe("object");
      const documented = [...properties(spec.parameters, `${spec.id}(`), ...properties(spec.returns ?? {}, `${spec.id}→`)];
      for (const [where, schema] of documented) expect(schema.description, where).toBeTruthy();
    }
  });

  // [source, target, the parameter the source's output fills]: the dependencies the catalog was designed with.
  it.each([
    ["search_airports", "search_flights", "origin_airport_code"],
    ["search_flights", "book_flight", "flight_id"],
    ["book_flight", "get_booking", "booking_id"],
    ["book_flight", "cancel_booking", "booking_id"],
    ["book_flight", "list_booking_events", "booking_id"],
    ["search_flights", "search_hotels", "city"],
    ["search_hotels", "book_hotel", "hotel_id"],
    ["list_calendars", "create_event", "calendar_id"],
    ["list_events", "update_event", "event_id"],
    ["search_emails", "read_email", "message_id"],
    ["read_email", "download_attachment", "attachment_id"],
    ["search_contacts", "send_email", "to_email"],
    ["create_draft", "add_attachment", "draft_id"],
    ["add_attachment", "send_draft", "draft_id"],
    ["find_files", "read_file", "file_path"],
    ["geocode_city", "get_forecast", "city"],
    // Across toolkits: travel → weather, travel → calendar, files → mail, mail → files.
    ["search_airports", "get_airport_weather", "airport_code"],
    ["list_booking_events", "create_event", "location"],
    ["find_files", "add_attachment", "file_path"],
    ["download_attachment", "read_file", "file_path"],
  ])("%s → %s fills %s", (source, target, parameter) => {
    const edge = graph.edges.find((e) => e.source === source && e.target === target);
    expect(edge?.evidence.fields.map((field) => field.parameter)).toContain(parameter);
  });

  it("checks a file exists before reading it (a premise)", () => {
    expect(graph.edges.find((e) => e.source === "file_exists" && e.target === "read_file")?.kind).toBe("premise");
  });

  it("links toolkits to each other, not only within themselves", () => {
    const crossing = graph.edges.filter((e) => toolkitOf.get(e.source) !== toolkitOf.get(e.target));
    const pairs = new Set(crossing.map((e) => `${toolkitOf.get(e.source)}→${toolkitOf.get(e.target)}`));
    expect([...pairs].sort()).toEqual(expect.arrayContaining(["files→mail", "mail→files", "travel→calendar", "travel→weather"]));
  });
});
