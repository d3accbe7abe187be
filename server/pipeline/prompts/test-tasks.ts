import type { FunctionSpec } from "../schemas/function-spec";
import type { JsonSchema } from "../schemas/json-schema";
import type { TeacherTask, TurnRecord } from "../teacher";
import type { TaskOf } from "./template";

/** Sample tasks for the prompt tests: a small travel toolkit and a two-round history. */

function spec(name: string, description: string, params: Record<string, JsonSchema>, required: string[], returns?: JsonSchema): FunctionSpec {
  return {
    id: `travel.${name}`,
    name,
    description,
    parameters: { type: "object", properties: params, required },
    ...(returns === undefined ? {} : { returns }),
    toolkit: "travel",
    category: "Travel",
    source: { format: "openai", file: "test.json", record: 0 },
  };
}

export const findHotels = spec(
  "find_hotels",
  "Find hotels in a city under a nightly price.",
  { city: { type: "string" }, max_price: { type: "number", description: "USD per night" } },
  ["city"],
  { type: "object", properties: { hotels: { type: "array", items: { type: "object", properties: { id: { type: "string" } } } } } },
);
export const bookHotel = spec("book_hotel", "Book a hotel by id for a number of nights.", { hotel_id: { type: "string" }, nights: { type: "integer" } }, ["hotel_id", "nights"]);
export const getDistance = spec("get_distance", "Distance between two places in miles.", { from: { type: "string" }, to: { type: "string" } }, ["from", "to"]);
export const convertUnit = spec("convert_unit", "Convert a value between units.", { value: { type: "number" }, to_unit: { type: "string", enum: ["km", "mi"] } }, ["value", "to_unit"]);

export const history: TurnRecord[] = [
  {
    kind: "call",
    query: "Find me a hotel in Lisbon under 120 dollars a night.",
    calls: [{ name: "find_hotels", arguments: { city: "Lisbon", max_price: 120 } }],
    outputs: [{ hotels: [{ id: "H-4417" }, { id: "H-0923" }] }],
    answer: "I found two hotels: H-4417 and H-0923.",
  },
];

export const sampleTasks: { [R in TeacherTask["role"]]: TaskOf<R> & { role: R } } = {
  classify_domain: { role: "classify_domain", function: findHotels, categories: ["Travel", "Finance", "Weather"] },
  judge_dependency: { role: "judge_dependency", target: findHotels, candidates: [bookHotel, getDistance] },
  judge_nested: { role: "judge_nested", source: getDistance, target: convertUnit },
  back_translate: { role: "back_translate", turn: { kind: "call", functions: [bookHotel.id] }, functions: [bookHotel], history },
  forth_translate: { role: "forth_translate", query: "Book the first one for three nights.", functions: [bookHotel], history },
  simulate_execution: {
    role: "simulate_execution",
    call: { name: "find_hotels", arguments: { city: "Porto" } },
    function: findHotels,
    history,
  },
  distill_positive: {
    role: "distill_positive",
    messages: [
      { role: "user", content: "Find me a hotel in Lisbon under 120 dollars a night." },
      { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "find_hotels", arguments: '{"city":"Lisbon","max_price":120}' } }] },
      { role: "tool", tool_call_id: "c1", content: '{"hotels":[{"id":"H-4417"}]}' },
      { role: "assistant", content: "I found H-4417." },
      { role: "user", content: "Book it for three nights." },
    ],
    tools: [findHotels, bookHotel],
    hint: '[Hint] Call [book_hotel(hotel_id="H-4417", nights=3)]',
    hinted: { calls: [{ name: "book_hotel", arguments: { hotel_id: "H-4417", nights: 3 } }] },
  },
  distill_negative: {
    role: "distill_negative",
    messages: [{ role: "user", content: "How far is Lisbon from Porto in km?" }],
    tools: [getDistance, convertUnit],
    hint: 'Call [convert_unit(value=195, to_unit="km")]',
    hinted: { calls: [{ name: "convert_unit", arguments: { value: 195, to_unit: "km" } }] },
    errorType: "missing_nested_call",
  },
  judge_turn: {
    role: "judge_turn",
    query: "Book the first one for three nights.",
    reference: [{ name: "book_hotel", arguments: { hotel_id: "H-4417", nights: 3 } }],
    action: { calls: [{ name: "book_hotel", arguments: { hotel_id: "H-0923", nights: 3 } }] },
    outputs: [{ booking: "B-1" }],
  },
};
