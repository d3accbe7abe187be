import type { Random } from "../random";
import { fieldWords } from "./field-words";
import * as v from "./vocabulary";

const pad = (n: number): string => String(n).padStart(2, "0");

function dateParts(random: Random): { year: number; month: number; day: number } {
  return { year: 2024 + random.int(3), month: 1 + random.int(12), day: 1 + random.int(28) };
}

const isoDate = (random: Random): string => {
  const { year, month, day } = dateParts(random);
  return `${year}-${pad(month)}-${pad(day)}`;
};
const clock = (random: Random): string => `${pad(7 + random.int(12))}:${pad(5 * random.int(12))}`;
const isoDateTime = (random: Random): string => `${isoDate(random)}T${clock(random)}:00Z`;

const person = (random: Random): { first: string; last: string } => ({ first: random.pick(v.FIRST_NAMES), last: random.pick(v.LAST_NAMES) });
const handle = (random: Random): string => {
  const { first, last } = person(random);
  return `${first}_${last}`.toLowerCase();
};
const email = (random: Random): string => {
  const { first, last } = person(random);
  return `${first}.${last}@example.com`.toLowerCase();
};
const folderPath = (random: Random): string => `/home/${random.pick(v.FIRST_NAMES).toLowerCase()}/${random.pick(v.FOLDERS)}`;

/** Strings for the formats ajv-formats knows; undefined for other formats (the name decides then). */
export function formatString(format: string, random: Random, token: string): string | undefined {
  switch (format) {
    case "date":
      return isoDate(random);
    case "date-time":
    case "iso-date-time":
      return isoDateTime(random);
    case "time":
    case "iso-time":
      return `${clock(random)}:00Z`;
    case "email":
    case "idn-email":
      return email(random);
    case "uri":
    case "url":
    case "iri":
    case "uri-reference":
    case "iri-reference":
      return `https://example.com/${token}`;
    case "uri-template":
      return "https://example.com/items/{id}";
    case "hostname":
    case "idn-hostname":
      return `${token}.example.com`;
    case "ipv4":
      return `192.0.2.${1 + random.int(254)}`;
    case "ipv6":
      return `2001:db8::${(1 + random.int(65534)).toString(16)}`;
    case "uuid": {
      const hex = token.replace(/[^0-9a-f]/g, "").padEnd(12, "0").slice(0, 12);
      return `3f2b8c1e-4d5a-4b6c-8d7e-${hex}`;
    }
    case "duration":
      return `P${1 + random.int(30)}D`;
    case "json-pointer":
      return `/items/${random.int(10)}`;
    case "relative-json-pointer":
      return `0/items`;
    case "regex":
      return "^[a-z]+$";
    case "byte":
      return "aGVsbG8gd29ybGQ=";
    default:
      return undefined;
  }
}

/** Shapes catalogs spell out in descriptions rather than as formats (BFCL: "MM/YYYY", "HH:MM AM/PM"). */
function describedShape(description: string, random: Random): string | undefined {
  if (/YYYY-MM-DD HH:MM:SS/i.test(description)) return `${isoDate(random)} ${clock(random)}:00`;
  if (/YYYY-MM-DD/i.test(description)) return isoDate(random);
  if (/MM\/YYYY/i.test(description)) return `${pad(1 + random.int(12))}/${2026 + random.int(4)}`;
  if (/HH:MM\s*AM\/PM/i.test(description)) return `${pad(1 + random.int(12))}:${pad(5 * random.int(12))} ${random.pick(["AM", "PM"])}`;
  return undefined;
}

const TEXT_WORDS = new Set(["content", "text", "body", "comment", "post", "tweet", "review", "bio", "reply", "answer", "feedback", "lines", "line", "diff"]);
const MESSAGE_WORDS = new Set(["message", "notification", "result", "output", "response", "log", "description", "summary", "details", "detail", "note", "notes", "reason", "resolution", "info", "remark"]);
const PLACE_WORDS = new Set(["city", "town", "destination", "origin", "location", "place", "region", "from", "to", "venue"]);
const HANDLE_WORDS = new Set(["username", "user", "handle", "login", "author", "owner", "sender", "receiver", "recipient", "creator", "by", "follower", "contact"]);
const MONEY_WORDS = new Set(["price", "cost", "amount", "balance", "fee", "total", "salary", "budget", "payment"]);
const KIND_WORDS = new Set(["type", "kind", "category", "mode", "class", "tier", "level", "option", "method", "plan"]);

/** `<x>_name`: what kind of name the qualifier asks for. */
function nameOf(qualifier: string | undefined, random: Random): string {
  switch (qualifier) {
    case "file":
      return random.pick(v.FILES);
    case "dir":
    case "folder":
    case "directory":
      return random.pick(v.FOLDERS);
    case "first":
    case "given":
      return random.pick(v.FIRST_NAMES);
    case "last":
    case "family":
    case "sur":
      return random.pick(v.LAST_NAMES);
    case "user":
    case "account":
    case "screen":
      return handle(random);
    case "city":
      return random.pick(v.CITIES);
    case "country":
      return random.pick(v.COUNTRIES);
    case "company":
    case "organization":
    case "org":
    case "business":
      return random.pick(v.COMPANIES);
    case "product":
    case "item":
      return random.pick(v.PRODUCTS);
    default: {
      const { first, last } = person(random);
      return `${first} ${last}`;
    }
  }
}

function statusText(words: string[], description: string, random: Random): string {
  // `comment_status`, "Status of the close operation": the outcome of the action just taken.
  if (words.length > 1 || /operation|action|attempt|result/i.test(description)) return "success";
  return random.pick(v.STATUSES);
}

/**
 * A string shaped by the field's name (last word first: `file_content` is content, not a file name),
 * then by shapes its description spells out. `token` is a stable token for ids and secrets.
 */
export function namedString(field: string, description: string, random: Random, token: string): string {
  const words = fieldWords(field);
  const last = words.at(-1) ?? "";
  const before = words.at(-2);
  const has = (...names: string[]): boolean => names.some((name) => words.includes(name));
  const described = describedShape(description, random);
  if (["error", "errors", "failure", "failures", "warning", "warnings"].includes(last)) return "";
  if (last === "id" || last === "uuid" || last === "guid") return `id-${token}`;
  if (has("email")) return email(random);
  if (["url", "uri", "link", "website", "homepage", "href", "endpoint"].includes(last)) return `https://example.com/${token}`;
  if (["password", "passcode", "passphrase"].includes(last)) return `pw-${token}`;
  if (["token", "secret", "key"].includes(last)) return `tok-${token}`;
  if (last === "path" || last === "filepath") return has("file", "document") || last === "filepath" ? `${folderPath(random)}/${random.pick(v.FILES)}` : folderPath(random);
  if (["directory", "dir", "folder", "cwd"].includes(last)) return folderPath(random);
  if (last === "name") return nameOf(before, random);
  if (["filename", "file"].includes(last)) return random.pick(v.FILES);
  if (["date", "birthday", "dob", "birthdate", "day"].includes(last)) return described ?? isoDate(random);
  if (last === "time") return described ?? clock(random);
  if (["timestamp", "datetime", "at"].includes(last)) return described ?? isoDateTime(random);
  if (described !== undefined) return described;
  if (last === "firstname") return random.pick(v.FIRST_NAMES);
  if (last === "lastname" || last === "surname") return random.pick(v.LAST_NAMES);
  if (HANDLE_WORDS.has(last)) return handle(random);
  if (last === "mention" || last === "mentions") return `@${handle(random)}`;
  if (PLACE_WORDS.has(last)) return random.pick(v.CITIES);
  if (last === "airport") return random.pick(v.AIRPORTS);
  if (last === "country") return random.pick(v.COUNTRIES);
  if (last === "address" || last === "street") return `${1 + random.int(300)} ${random.pick(v.STREETS)}, ${random.pick(v.CITIES)}`;
  if (["zip", "zipcode", "postal", "postcode"].includes(last) || (last === "code" && has("zip", "postal"))) return String(10000 + random.int(89999));
  if (["phone", "mobile", "telephone", "tel"].includes(last) || has("phone")) return `+1-555-01${pad(random.int(100))}`;
  if (["symbol", "ticker", "stock"].includes(last)) return random.pick(v.SYMBOLS);
  if (last === "currency") return random.pick(v.CURRENCIES);
  if (["language", "lang", "locale"].includes(last)) return random.pick(v.LANGUAGES);
  if (MONEY_WORDS.has(last)) return `$${(5 + random.int(995)).toFixed(2)}`;
  if (last === "color" || last === "colour") return random.pick(v.COLORS);
  if (last === "status" || last === "state") return statusText(words, description, random);
  if (KIND_WORDS.has(last)) return random.pick(v.KINDS);
  if (["title", "subject", "headline", "heading"].includes(last)) return random.pick(v.TITLES);
  if (["tag", "tags", "hashtag", "label"].includes(last)) return random.pick(v.TAGS);
  if (["keyword", "query", "term", "topic"].includes(last)) return random.pick(v.KEYWORDS);
  if (last === "version") return `${1 + random.int(3)}.${random.int(10)}.${random.int(10)}`;
  if (TEXT_WORDS.has(last)) return random.pick(v.TEXTS);
  if (MESSAGE_WORDS.has(last)) return random.pick(v.MESSAGES);
  if (last === "code") return token.toUpperCase().slice(0, 6);
  return describedNoun(description, random) ?? `${words.join("-") || "value"}-${1 + random.int(99)}`;
}

/** When the name says nothing (`matches`), the description may: "A list of matching file … paths". */
function describedNoun(description: string, random: Random): string | undefined {
  if (/\bpaths?\b/i.test(description)) return `${folderPath(random)}/${random.pick(v.FILES)}`;
  if (/\b(files?|directory|directories|folders?)\b/i.test(description)) return random.pick(v.FILES);
  if (/\be-?mails?\b/i.test(description)) return email(random);
  if (/\b(urls?|links?)\b/i.test(description)) return `https://example.com/${handle(random)}`;
  if (/\bcit(y|ies)\b/i.test(description)) return random.pick(v.CITIES);
  if (/\bairports?\b/i.test(description)) return random.pick(v.AIRPORTS);
  if (/\b(stocks?|symbols?|tickers?)\b/i.test(description)) return random.pick(v.SYMBOLS);
  if (/\b(users?|usernames?|people|persons?|contacts?)\b/i.test(description)) return handle(random);
  if (/\bdates?\b/i.test(description)) return isoDate(random);
  return undefined;
}
