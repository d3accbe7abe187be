import { createRandom, type Random } from "../../server/pipeline/random";
import type { FunctionSpec } from "../../server/pipeline/schemas/function-spec";
import type { JsonSchema } from "../../server/pipeline/schemas/json-schema";
import type { CoUseQuery } from "./recall";

/**
 * Seeded synthetic catalogs for scale benchmarks: `count` functions over count/20 toolkits in ~50
 * categories. Each toolkit serves a few entities of its category with the usual CRUD, search, check and
 * login endpoints, named in one of several styles, with and without returns schemas, so the catalog
 * holds real dependencies (list → get → update, login → action, check → delete, and values such as a
 * city or an email that one toolkit returns and another searches by). Toolkits average about 20
 * functions. `tasks` lists the groups of one toolkit's functions that a task would use together.
 */
export interface SyntheticCatalog {
  functions: FunctionSpec[];
  tasks: CoUseQuery[];
}

const CATEGORIES: Record<string, string[]> = {
  Travel: ["flight", "airport", "hotel", "reservation", "trip", "airline", "seat"],
  Weather: ["forecast", "station", "alert", "observation", "radar"],
  Finance: ["stock", "portfolio", "dividend", "transaction", "account", "invoice"],
  Sports: ["team", "player", "match", "league", "season", "venue"],
  Music: ["artist", "album", "song", "playlist", "concert"],
  Movies: ["movie", "actor", "review", "showtime", "cinema"],
  Food: ["recipe", "ingredient", "restaurant", "menu", "order"],
  Ecommerce: ["product", "cart", "order", "coupon", "shipment", "seller"],
  Social: ["post", "comment", "follower", "message", "group"],
  Email: ["mailbox", "email", "attachment", "label", "draft"],
  Storage: ["file", "folder", "bucket", "share", "version"],
  Health: ["patient", "appointment", "doctor", "prescription", "clinic"],
  Education: ["course", "student", "lesson", "quiz", "teacher"],
  Jobs: ["job", "company", "application", "resume", "interview"],
  RealEstate: ["property", "listing", "agent", "viewing", "mortgage"],
  Logistics: ["parcel", "carrier", "warehouse", "delivery", "route"],
  Crypto: ["wallet", "coin", "exchange", "trade", "block"],
  News: ["article", "source", "headline", "topic", "author"],
  Gaming: ["game", "tournament", "leaderboard", "achievement", "guild"],
  Maps: ["place", "direction", "geocode", "landmark", "region"],
  Calendar: ["event", "calendar", "reminder", "invitation", "attendee"],
  Messaging: ["chat", "contact", "conversation", "sticker", "channel"],
  Video: ["video", "channel", "subtitle", "stream", "thumbnail"],
  Photos: ["photo", "album", "tag", "gallery", "filter"],
  Books: ["book", "author", "library", "loan", "chapter"],
  Cars: ["vehicle", "dealer", "model", "inspection", "rental"],
  Energy: ["meter", "tariff", "outage", "reading", "plant"],
  Security: ["certificate", "vulnerability", "scan", "firewall", "incident"],
  DevTools: ["repository", "commit", "issue", "build", "deployment"],
  Cloud: ["instance", "volume", "snapshot", "network", "cluster"],
  Translation: ["translation", "glossary", "document", "language", "dictionary"],
  Dating: ["profile", "match", "like", "preference", "date"],
  Pets: ["pet", "breed", "vet", "adoption", "shelter"],
  Fitness: ["workout", "exercise", "goal", "tracker", "plan"],
  Insurance: ["policy", "claim", "quote", "premium", "coverage"],
  Legal: ["case", "contract", "clause", "lawyer", "filing"],
  Government: ["permit", "license", "tax", "registry", "office"],
  Events: ["ticket", "venue", "performer", "festival", "booking"],
  Podcasts: ["podcast", "episode", "host", "feed", "transcript"],
  Science: ["dataset", "experiment", "sample", "paper", "instrument"],
  Agriculture: ["crop", "field", "harvest", "soil", "irrigation"],
  Charity: ["donation", "campaign", "donor", "volunteer", "project"],
  Telecom: ["subscriber", "plan", "sim", "usage", "roaming"],
  Retail: ["store", "inventory", "supplier", "receipt", "promotion"],
  Hospitality: ["room", "guest", "housekeeping", "amenity", "stay"],
  Marketing: ["audience", "segment", "newsletter", "survey", "lead"],
  HR: ["employee", "payroll", "leave", "department", "review"],
  IoT: ["device", "sensor", "firmware", "telemetry", "gateway"],
  Art: ["artwork", "exhibition", "museum", "collection", "artist"],
  Astronomy: ["star", "planet", "satellite", "observatory", "constellation"],
};

/** Values every domain passes around; they tie toolkits of different categories together. */
const SHARED_VALUES = ["city", "email", "url", "country_code", "currency", "username", "date"];
const PREFIXES = ["Open", "Smart", "Quick", "Global", "Hyper", "Cloud", "Easy", "Pro", "Zen", "Nova", "Blue", "Rapid"];
const SUFFIXES = ["API", "Hub", "Service", "Cloud", "Connect", "Data", "Pro", "Live", "Kit", "Direct"];
const ATTRIBUTES = ["name", "status", "description", "price", "rating", "created_at", "owner", "title", "score", "tags"];

type Style = "snake" | "camel" | "title" | "path";
const STYLES: Style[] = ["snake", "camel", "title", "path"];

interface Endpoint {
  /** Words of the name, e.g. ["get", "flight", "details"]. */
  words: string[];
  description: string;
  parameters: { name: string; type: string; required: boolean; description: string }[];
  returns?: JsonSchema;
}

export function syntheticCatalog(count: number, seed: number | string = 1): SyntheticCatalog {
  const random = createRandom(seed);
  const categoryNames = Object.keys(CATEGORIES);
  const drafts: { toolkit: string; category: string; endpoint: Endpoint; style: Style }[] = [];
  const groups: number[][] = [];
  for (let t = 0; drafts.length < count; t++) {
    const category = categoryNames[t % categoryNames.length] as string;
    const toolkit = `${random.pick(PREFIXES)}${capitalize(random.pick(CATEGORIES[category] ?? []))} ${random.pick(SUFFIXES)} ${t}`;
    const style = random.pick(STYLES);
    const entities = pickSome(CATEGORIES[category] ?? [], 2 + random.int(3), random);
    const toolkitEndpoints = toolkitApi(entities, random);
    const base = drafts.length;
    for (const endpoint of toolkitEndpoints.endpoints) drafts.push({ toolkit, category, endpoint, style });
    for (const group of toolkitEndpoints.groups) groups.push(group.map((index) => base + index));
  }
  drafts.length = count;

  const names = drafts.map(({ endpoint, style }) => styleName(endpoint.words, style));
  const nameCount = new Map<string, number>();
  for (const name of names) nameCount.set(name, (nameCount.get(name) ?? 0) + 1);
  const functions = drafts.map(({ toolkit, category, endpoint }, record): FunctionSpec => {
    const name = names[record] as string;
    const properties: Record<string, JsonSchema> = {};
    for (const parameter of endpoint.parameters) {
      properties[parameter.name] = { type: parameter.type, description: parameter.description };
    }
    return {
      id: (nameCount.get(name) ?? 0) > 1 ? `${toolkit}.${name}` : name,
      name,
      description: endpoint.description,
      parameters: {
        type: "object",
        properties,
        required: endpoint.parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
      },
      ...(endpoint.returns === undefined ? {} : { returns: endpoint.returns }),
      toolkit,
      category,
      source: { format: "openai", file: `synthetic-${count}.json`, record },
    };
  });
  const tasks = groups
    .filter((group) => group.every((index) => index < count))
    .map((group) => ({ relevant: group.map((index) => (functions[index] as FunctionSpec).id) }));
  return { functions, tasks };
}

/** The endpoints of one toolkit and the groups of them that one task would use together. */
function toolkitApi(entities: readonly string[], random: Random): { endpoints: Endpoint[]; groups: number[][] } {
  const endpoints: Endpoint[] = [];
  const groups: number[][] = [];
  const add = (endpoint: Endpoint): number => endpoints.push(endpoint) - 1;
  const withReturns = (returns: JsonSchema): JsonSchema | undefined => (random.next() < 0.7 ? returns : undefined);
  const shared = random.pick(SHARED_VALUES);
  const login =
    random.next() < 0.4
      ? add({
          words: ["login"],
          description: "Authenticate with username and password and open a session.",
          parameters: [param("username", "string", true, "Account user name."), param("password", "string", true, "Account password.")],
          returns: { type: "object", properties: { token: { type: "string" }, expires_in: { type: "integer" } } },
        })
      : undefined;
  entities.forEach((entity, k) => {
    const plural = `${entity}s`;
    const idName = `${entity}_id`;
    const other = entities[(k + 1) % entities.length] as string;
    const attributes = pickSome(ATTRIBUTES, 3, random);
    const record: JsonSchema = {
      type: "object",
      properties: Object.fromEntries([
        ["id", { type: "string" }],
        ...attributes.map((attribute) => [attribute, { type: attribute === "price" || attribute === "score" ? "number" : "string" }]),
        [`${other}_id`, { type: "string" }],
        [shared, { type: "string" }],
      ]),
    };
    const list = add({
      words: ["list", plural],
      description: `List ${plural} available in the account, page by page.`,
      parameters: [param("page", "integer", false, "Page number."), param("limit", "integer", false, "Items per page.")],
      returns: withReturns({ type: "object", properties: { results: { type: "array", items: record }, total: { type: "integer" } } }),
    });
    const search = add({
      words: ["search", plural],
      description: `Search ${plural} by keyword or by ${shared.replace("_", " ")}.`,
      parameters: [param("query", "string", true, "Keywords."), param(shared, "string", false, `Filter by ${shared.replace("_", " ")}.`)],
      returns: withReturns({ type: "array", items: { type: "object", properties: { [idName]: { type: "string" }, title: { type: "string" } } } }),
    });
    const get = add({
      words: ["get", entity, "details"],
      description: `Returns the details of a ${entity} given its ID.`,
      parameters: [param(random.next() < 0.5 ? idName : "id", "string", true, `The ${entity} ID, as returned by list ${plural}.`)],
      returns: withReturns({ type: "object", properties: { [entity]: record } }),
    });
    const create = add({
      words: ["create", entity],
      description: `Create a new ${entity}.`,
      parameters: [
        param(attributes[0] ?? "name", "string", true, `The ${attributes[0] ?? "name"} of the ${entity}.`),
        param(`${other}_id`, "string", false, `The ${other} this ${entity} belongs to.`),
        ...(login === undefined ? [] : [param("token", "string", true, "Session token from login.")]),
      ],
      returns: withReturns({ type: "object", properties: { id: { type: "string" }, created: { type: "boolean" } } }),
    });
    const update = add({
      words: ["update", entity],
      description: `Update fields of an existing ${entity}.`,
      parameters: [param(idName, "string", true, `ID of the ${entity} to update.`), param(attributes[1] ?? "status", "string", false, "New value.")],
      returns: withReturns({ type: "object", properties: { updated: { type: "boolean" } } }),
    });
    const exists = add({
      words: ["check", entity, "exists"],
      description: `Check whether a ${entity} exists.`,
      parameters: [param(idName, "string", true, `ID of the ${entity}.`)],
      returns: { type: "object", properties: { exists: { type: "boolean" } } },
    });
    const remove = add({
      words: ["delete", entity],
      description: `Delete a ${entity} permanently.`,
      parameters: [param(idName, "string", true, `ID of the ${entity} to delete.`)],
      returns: withReturns({ type: "object", properties: { deleted: { type: "boolean" } } }),
    });
    groups.push([list, get], [search, get, update], [exists, remove], login === undefined ? [create, update] : [login, create]);
  });
  return { endpoints, groups };
}

function param(name: string, type: string, required: boolean, description: string) {
  return { name, type, required, description };
}

function styleName(words: readonly string[], style: Style): string {
  switch (style) {
    case "snake":
      return words.join("_");
    case "camel":
      return words.map((word, index) => (index === 0 ? word : capitalize(word))).join("");
    case "title":
      return words.map(capitalize).join(" ");
    case "path": {
      const [verb, ...rest] = words;
      return `/${[...rest, ...(verb === "get" || verb === "list" ? [] : [verb])].join("/")}`;
    }
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function pickSome<T>(items: readonly T[], count: number, random: Random): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.int(pool.length), 1)[0] as T);
  return picked;
}
