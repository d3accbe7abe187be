import type { Random } from "../../pipeline/random";
import type { TextFormat } from "./value-hints";

/** What a string parameter is about: its name's words, its description and the function's topic. */
export interface StringContext {
  tokens: readonly string[];
  description: string;
  /** Words of the function's name and description (file vs travel vs finance…). */
  topic: ReadonlySet<string>;
}

const digits = (random: Random, count: number): string => Array.from({ length: count }, () => String(random.int(10))).join("");
const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
const alphanumeric = (random: Random, count: number): string =>
  Array.from({ length: count }, () => ALPHANUMERIC[random.int(ALPHANUMERIC.length)]).join("");
const pad2 = (n: number): string => String(n).padStart(2, "0");

export function formattedValue(format: TextFormat | "date-time" | "email" | "uri" | "uuid", random: Random, past = false): string {
  switch (format) {
    case "date":
      return past ? `${1965 + random.int(40)}-${pad2(1 + random.int(12))}-${pad2(1 + random.int(28))}` : `202${5 + random.int(2)}-${pad2(1 + random.int(12))}-${pad2(1 + random.int(28))}`;
    case "date-time":
      return `2025-${pad2(1 + random.int(12))}-${pad2(1 + random.int(28))}T${pad2(8 + random.int(10))}:${pad2(random.int(4) * 15)}:00Z`;
    case "month_year":
      return `${pad2(1 + random.int(12))}/${2026 + random.int(5)}`;
    case "time_ampm":
      return `${1 + random.int(12)}:${pad2(random.int(4) * 15)} ${random.pick(["AM", "PM"])}`;
    case "time":
      return `${pad2(7 + random.int(14))}:${pad2(random.int(4) * 15)}`;
    case "zipcode":
      return random.pick(["94016", "10001", "60601", "73301", "98101", "02108", "30301", "83214"]);
    case "airport_code":
      return random.pick(["JFK", "LAX", "SFO", "ORD", "SEA", "BOS", "CDG", "LHR", "HND", "MIA"]);
    case "street_address":
      return random.pick(["1914 7th St, Berkeley, CA", "221 Pine St, Seattle, WA", "88 Lake Shore Dr, Chicago, IL", "350 Fifth Ave, New York, NY"]);
    case "card_number":
      return `4${digits(random, 15)}`;
    case "email":
      return `${random.pick(["alice.martin", "j.nguyen", "sara.lee", "mike.ross", "priya.k"])}@${random.pick(["example.com", "mail.com", "acme.io"])}`;
    case "uri":
      return `https://${random.pick(["example.com", "docs.acme.io", "shop.example.org"])}/${random.pick(["guide", "reports/2025", "items/4821", "start"])}`;
    case "uuid":
      return `${alphanumeric(random, 8)}-${alphanumeric(random, 4)}-4${alphanumeric(random, 3)}-a${alphanumeric(random, 3)}-${alphanumeric(random, 12)}`.replace(/[g-z]/g, (c) => String(c.charCodeAt(0) % 10));
  }
}

interface Rule {
  when: (context: StringContext) => boolean;
  make: (random: Random, context: StringContext) => string;
}

const has = (context: StringContext, ...words: string[]): boolean => words.some((word) => context.tokens.includes(word));
const about = (context: StringContext, ...words: string[]): boolean => words.some((word) => context.topic.has(word));
const pool =
  (...values: string[]) =>
  (random: Random): string =>
    random.pick(values);

const FIRST_NAMES = ["Emma", "Liam", "Olivia", "Noah", "Sofia", "Mateo", "Priya", "Kenji", "Amara", "Lucas"];
const LAST_NAMES = ["Johnson", "Garcia", "Nguyen", "Müller", "Okafor", "Rossi", "Tanaka", "Silva", "Khan", "Dubois"];
const USERNAMES = ["alice_w", "mike_dev", "sara.lee", "jdoe42", "nina_travels", "tom_codes", "lena.k", "raj_patel"];
const FILES = ["report.txt", "notes.md", "budget_2024.csv", "summary.pdf", "data.json", "todo.txt", "draft.docx", "log_march.txt", "results.csv"];
const FOLDERS = ["documents", "projects", "archive", "reports", "photos", "backup", "drafts", "invoices"];

/** Ordered: the first rule that applies gives the value. */
const RULES: readonly Rule[] = [
  { when: (c) => has(c, "email", "mail"), make: (r) => formattedValue("email", r) },
  { when: (c) => has(c, "url", "uri", "link", "website", "endpoint"), make: (r) => formattedValue("uri", r) },
  { when: (c) => has(c, "phone", "mobile"), make: (r) => `+1-${r.pick(["415", "212", "312", "206"])}-555-${digits(r, 4)}` },
  { when: (c) => has(c, "password", "passcode", "pin"), make: pool("Tr0ub4dor&3", "blue-Falcon-42", "s3cure!Pass", "Winter#2025", "mapleLeaf99") },
  { when: (c) => has(c, "secret"), make: (r) => `sec_${alphanumeric(r, 16)}` },
  { when: (c) => has(c, "token"), make: (r) => `tok_${alphanumeric(r, 14)}` },
  { when: (c) => has(c, "client") && has(c, "id"), make: (r) => `client_${alphanumeric(r, 8)}` },
  { when: (c) => has(c, "passport"), make: (r) => `P${digits(r, 8)}` },
  { when: (c) => has(c, "card") && has(c, "number"), make: (r) => formattedValue("card_number", r) },
  { when: (c) => has(c, "first") && has(c, "name"), make: pool(...FIRST_NAMES) },
  { when: (c) => (has(c, "last", "family", "surname") && has(c, "name")) || has(c, "surname"), make: pool(...LAST_NAMES) },
  { when: (c) => has(c, "cardholder", "holder", "fullname") || (has(c, "full") && has(c, "name")), make: (r) => `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}` },
  { when: (c) => has(c, "username", "handle", "author", "follower") || (has(c, "user") && has(c, "name")), make: pool(...USERNAMES) },
  { when: (c) => has(c, "user") && !has(c, "id"), make: pool("Alice", "Bob", "Charlie", "Diana", "Ethan", "Fatima") },
  { when: (c) => has(c, "company") || (has(c, "name") && about(c, "company", "stock", "symbol")), make: pool("Apple", "Tesla", "Nvidia", "Microsoft", "Amazon", "Alphabet") },
  { when: (c) => has(c, "symbol", "ticker", "stock"), make: pool("AAPL", "TSLA", "NVDA", "MSFT", "AMZN", "GOOG", "META") },
  { when: (c) => has(c, "sector", "industry"), make: pool("Technology", "Healthcare", "Energy", "Finance", "Utilities") },
  { when: (c) => has(c, "currency"), make: pool("USD", "EUR", "JPY", "GBP", "CAD") },
  { when: (c) => has(c, "airport") || (has(c, "from", "to", "origin") && about(c, "airport", "iata", "flight")), make: (r) => formattedValue("airport_code", r) },
  { when: (c) => has(c, "class") && about(c, "travel", "flight"), make: pool("economy", "business", "first") },
  { when: (c) => has(c, "country"), make: pool("France", "Japan", "Canada", "Brazil", "Kenya", "Germany") },
  { when: (c) => has(c, "city", "town", "location", "place", "origin", "from", "to") && !about(c, "file", "directory"), make: pool("Paris", "Tokyo", "Chicago", "Berlin", "Seattle", "Lisbon", "Toronto", "Sydney") },
  { when: (c) => has(c, "address", "street"), make: (r) => formattedValue("street_address", r) },
  { when: (c) => has(c, "language", "lang", "locale"), make: pool("English", "Spanish", "French", "German", "Japanese") },
  { when: (c) => has(c, "dir", "directory", "folder"), make: pool(...FOLDERS) },
  { when: (c) => has(c, "path"), make: (r, c) => (/director/i.test(c.description) ? r.pick(FOLDERS) : `${r.pick(FOLDERS)}/${r.pick(FILES)}`) },
  { when: (c) => has(c, "file", "filename", "source", "document", "attachment"), make: pool(...FILES) },
  { when: (c) => has(c, "destination", "target") && about(c, "file", "directory"), make: pool(...FOLDERS) },
  { when: (c) => has(c, "destination"), make: pool("Paris", "Tokyo", "Chicago", "Lisbon", "Toronto") },
  { when: (c) => has(c, "pattern", "regex"), make: pool("error", "TODO", "warning", "deadline", "invoice") },
  { when: (c) => has(c, "keyword", "query", "search", "term", "topic"), make: pool("budget", "deadline", "release notes", "team meeting", "quarterly results") },
  { when: (c) => has(c, "tag", "hashtag"), make: pool("#travel", "#tech", "#update", "#weekend", "#launch") },
  { when: (c) => has(c, "mention"), make: (r) => `@${r.pick(USERNAMES)}` },
  { when: (c) => has(c, "title", "subject", "headline"), make: pool("Login page crashes on submit", "Quarterly planning", "Printer not responding", "Refund request for order", "Weekly sync notes") },
  { when: (c) => has(c, "resolution", "solution", "fix"), make: pool("Cleared the cache and restarted the service.", "Replaced the faulty cable.", "Reset the user's password and confirmed access.") },
  { when: (c) => has(c, "comment", "reply", "review"), make: pool("Great point, thanks for sharing!", "Totally agree with this.", "Could you share the source?", "Congrats on the launch!") },
  { when: (c) => has(c, "content", "text", "body", "post", "tweet", "caption") && about(c, "tweet", "post", "social"), make: pool("Excited to share our latest project update!", "Just finished a great hike this morning.", "Big news coming next week, stay tuned!", "Loving the new coffee place downtown.") },
  { when: (c) => has(c, "message", "msg", "note"), make: pool("Hi, are we still on for lunch tomorrow?", "The report is ready for your review.", "Please call me back when you can.", "Running ten minutes late, sorry!", "Can you send me the latest figures?") },
  { when: (c) => has(c, "content", "text", "body", "log"), make: pool("Meeting moved to 3 PM.", "Remember to back up the database.", "Project kickoff notes", "Shopping list: milk, eggs, bread") },
  { when: (c) => has(c, "description", "detail", "summary"), make: pool("Users see an error after submitting the form.", "The app freezes when opening settings.", "Need access to the shared drive.") },
  { when: (c) => has(c, "status", "state"), make: pool("open", "pending", "closed", "active") },
  { when: (c) => has(c, "unit"), make: pool("meter", "kilometer", "mile", "foot", "kilogram", "pound", "liter", "gallon") },
  { when: (c) => has(c, "type", "kind", "category", "class", "mode"), make: pool("standard", "premium", "basic") },
  { when: (c) => has(c, "color", "colour"), make: pool("blue", "green", "red", "black") },
  { when: (c) => has(c, "date", "day", "birthday", "dob"), make: (r, c) => formattedValue("date", r, has(c, "birth", "birthday", "dob")) },
  { when: (c) => has(c, "time"), make: (r) => formattedValue("time", r) },
  { when: (c) => has(c, "year"), make: (r) => String(2020 + r.int(7)) },
  { when: (c) => has(c, "id", "code", "key", "number", "reference", "ref"), make: identifier },
  { when: (c) => has(c, "name") && about(c, "file", "directory"), make: pool(...FILES) },
  { when: (c) => /\bdate\b/i.test(c.description), make: (r) => formattedValue("date", r) },
  { when: (c) => has(c, "name"), make: pool("Orion", "Maple", "Summit", "Harbor", "Cobalt", "Aurora") },
];

/** An id in the style of its entity: users get `USR042`, others `booking_7310`. */
function identifier(random: Random, context: StringContext): string {
  const entity = context.tokens.find((token) => !["id", "code", "key", "number", "reference", "ref"].includes(token)) ?? "item";
  if (["user", "receiver", "sender", "recipient", "member", "customer"].includes(entity)) return `USR${digits(random, 3)}`;
  return `${entity}_${digits(random, 4)}`;
}

/** A realistic string for a parameter by its name, description format and topic. */
export function realisticString(random: Random, context: StringContext, format?: TextFormat): string {
  if (format !== undefined) return formattedValue(format, random, /birth/i.test(context.description));
  for (const rule of RULES) if (rule.when(context)) return rule.make(random, context);
  if (/\btrue\b/i.test(context.description)) return random.pick(["true", "false"]);
  return random.pick(["alpha", "orion", "maple", "summit", "harbor", "cobalt"]);
}
