import type { FunctionSpec } from "../schemas/function-spec";
import type { JsonSchema } from "../schemas/json-schema";

/** A hand-written catalog for the graph tests: a few toolkits whose dependencies a person would name. */

interface Definition {
  description?: string;
  /** name → type; a trailing `?` marks the parameter optional. */
  params?: Record<string, string>;
  returns?: JsonSchema;
  toolkit: string;
  category: string;
}

export const object = (properties: Record<string, JsonSchema>): JsonSchema => ({ type: "object", properties });
export const array = (items: JsonSchema): JsonSchema => ({ type: "array", items });
export const string: JsonSchema = { type: "string" };
export const number: JsonSchema = { type: "number" };
const boolean: JsonSchema = { type: "boolean" };

export function spec(name: string, definition: Definition, id = name): FunctionSpec {
  const entries = Object.entries(definition.params ?? {});
  return {
    id,
    name,
    description: definition.description ?? "",
    parameters: {
      type: "object",
      properties: Object.fromEntries(entries.map(([param, type]) => [param.replace(/\?$/, ""), { type }])),
      required: entries.filter(([param]) => !param.endsWith("?")).map(([param]) => param),
    },
    ...(definition.returns === undefined ? {} : { returns: definition.returns }),
    toolkit: definition.toolkit,
    category: definition.category,
    source: { format: "openai", file: "test-catalog.json", record: 0 },
  };
}

const travel = { toolkit: "travel", category: "Travel" };
const files = { toolkit: "files", category: "Storage" };
const chat = { toolkit: "chat", category: "Social" };

export const getAirportCode = spec("get_airport_code", {
  ...travel,
  description: "Get the IATA code of the main airport of a city.",
  params: { city: "string" },
  returns: object({ code: string }),
});
export const findFlights = spec("find_flights", {
  ...travel,
  description: "Find flights departing from an airport on a date.",
  params: { airport_code: "string", date: "string" },
  returns: object({ flights: array(object({ flight_id: string, price: number })) }),
});
export const searchFlights = spec("search_flights", {
  ...travel,
  description: "Search flights between two cities.",
  params: { origin: "string", destination: "string" },
  returns: object({ flights: array(object({ flight_id: string, departure: string })) }),
});
export const bookFlight = spec("book_flight", {
  ...travel,
  description: "Book a seat on a flight for a passenger.",
  params: { flight_id: "string", passenger_id: "string" },
  returns: object({ booking_id: string }),
});
export const getWeather = spec("get_weather", {
  toolkit: "weather",
  category: "Weather",
  description: "Current weather conditions in a city.",
  params: { city: "string" },
  returns: object({ temperature: number, conditions: string }),
});
export const sendEmail = spec("send_email", {
  toolkit: "mail",
  category: "Email",
  description: "Send an email message.",
  params: { to: "string", subject: "string", body: "string" },
  returns: object({ sent: boolean }),
});
export const fileExists = spec("file_exists", {
  ...files,
  description: "Check whether a file exists.",
  params: { path: "string" },
  returns: object({ exists: boolean }),
});
export const downloadFile = spec("download_file", {
  ...files,
  description: "Download the content of a file.",
  params: { path: "string" },
  returns: object({ content: string }),
});
export const listFiles = spec("listFiles", {
  ...files,
  description: "List the files of a folder.",
  params: { "folder?": "string" },
  returns: object({ files: array(object({ path: string, size: number })) }),
});
export const login = spec("login", {
  ...chat,
  description: "Log in with a user name and password.",
  params: { username: "string", password: "string" },
  returns: object({ token: string }),
});
export const postMessage = spec("post_message", {
  ...chat,
  description: "Post a message to a channel.",
  params: { channel_id: "string", text: "string" },
  returns: object({ message_id: string }),
});
export const listChannels = spec("list_channels", {
  ...chat,
  description: "List the channels the user can post to.",
  returns: object({ channels: array(object({ id: string, name: string })) }),
});

export const testCatalog: FunctionSpec[] = [
  getAirportCode,
  findFlights,
  searchFlights,
  bookFlight,
  getWeather,
  sendEmail,
  fileExists,
  downloadFile,
  listFiles,
  login,
  postMessage,
  listChannels,
];
