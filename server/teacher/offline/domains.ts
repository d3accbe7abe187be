import { identifierTokens } from "./words";

/**
 * Common API domains: the words that name a category of this domain, the terms its functions use, and
 * questions a user might ask in that domain that no function answers (for irrelevance turns).
 */
export interface Domain {
  name: string;
  aliases: readonly string[];
  terms: readonly string[];
  chat: readonly string[];
}

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word.length > 0);

const DOMAINS: readonly Domain[] = [
  {
    name: "Weather",
    aliases: words("weather climate meteorology forecast"),
    terms: words("weather forecast temperature rain snow wind humidity storm uv precipitation sunny cloud air quality"),
    chat: ["Why does it usually feel colder when it's windy?", "What's the difference between a weather watch and a warning?", "How do meteorologists predict rain days in advance?"],
  },
  {
    name: "Travel",
    aliases: words("travel trip tourism flight booking airline hotel transportation"),
    terms: words("travel flight airport hotel booking trip airline passport itinerary visa luggage traveler insurance fare seat"),
    chat: ["What are some must-see sights in Lisbon for a first-time visitor?", "Any tips for getting over jet lag quickly?", "Is it better to book flights on a weekday or at the weekend?"],
  },
  {
    name: "Finance",
    aliases: words("finance financial banking bank trading stock investment money payment crypto"),
    terms: words("stock trade trading price account bank payment balance invest portfolio market currency exchange crypto order transaction fund loan tax budget watchlist share dividend"),
    chat: ["Can you explain what a price-to-earnings ratio tells me?", "What's the difference between a stock and a bond, in simple terms?", "Why do markets usually react to interest rate changes?"],
  },
  {
    name: "Communication",
    aliases: words("communication messaging message email mail chat sms"),
    terms: words("message email mail sms chat contact phone inbox send receiver sender notification workspace"),
    chat: ["How do I write a polite follow-up when someone hasn't replied?", "What's a good way to keep a long email thread readable?", "Is it rude to send a message late in the evening?"],
  },
  {
    name: "Social",
    aliases: words("social media network twitter community"),
    terms: words("tweet post follow social comment like share retweet mention friend profile feed hashtag follower"),
    chat: ["What time of day do posts usually get the most engagement?", "How do I come up with a catchy hashtag for an event?", "Any advice on dealing with negative comments online?"],
  },
  {
    name: "Files",
    aliases: words("file files storage document documents filesystem"),
    terms: words("file directory folder path disk document upload download storage drive content line copy move"),
    chat: ["What's the difference between a hard link and a symbolic link?", "How should I organize my project folders to keep things tidy?", "Why do some file names start with a dot?"],
  },
  {
    name: "Calendar",
    aliases: words("calendar scheduling schedule events productivity"),
    terms: words("calendar event meeting schedule appointment reminder agenda invite availability"),
    chat: ["How do I keep my week from filling up with meetings?", "What's a good way to plan a team offsite?", "Any tips for staying on top of recurring deadlines?"],
  },
  {
    name: "Maps",
    aliases: words("maps map location navigation geography geocoding"),
    terms: words("map location route direction navigation distance geocode address place coordinate latitude longitude zipcode city"),
    chat: ["Why do map apps sometimes suggest a longer route?", "How are zip codes assigned to neighbourhoods?", "What's the best way to read a paper map again?"],
  },
  {
    name: "Sports",
    aliases: words("sports sport football soccer basketball fitness"),
    terms: words("sport team player match score league football soccer basketball tennis cricket game season tournament"),
    chat: ["Who is considered the greatest tennis player of all time?", "How does the offside rule work in football?", "What's a good warm-up before a pickup basketball game?"],
  },
  {
    name: "Entertainment",
    aliases: words("entertainment media music movies video games"),
    terms: words("movie music song film tv show video artist album game joke playlist episode"),
    chat: ["Can you recommend a classic sci-fi film for tonight?", "What makes a song catchy?", "Any good board games for a group of six?"],
  },
  {
    name: "Data",
    aliases: words("data database analytics dataset"),
    terms: words("data database query record table dataset analytic statistic csv report metric"),
    chat: ["What's the difference between a mean and a median?", "How do I explain a correlation to a non-technical audience?", "Why do people say correlation isn't causation?"],
  },
  {
    name: "Mathematics",
    aliases: words("mathematics math maths calculator"),
    terms: words("number calculate sum mean average logarithm root arithmetic equation multiply divide subtract value precision percentage deviation"),
    chat: ["Why is dividing by zero undefined?", "Who first came up with the idea of zero?", "Is there an easy way to estimate square roots in my head?"],
  },
  {
    name: "Customer Support",
    aliases: words("support ticketing helpdesk service customer"),
    terms: words("ticket support issue help resolve complaint priority resolution agent"),
    chat: ["How should I describe a bug so support can reproduce it?", "What's a reasonable time to wait before escalating a support request?", "Any tips for writing a clear complaint?"],
  },
  {
    name: "Vehicle",
    aliases: words("vehicle vehicles car automotive transport"),
    terms: words("vehicle car engine brake tire fuel door headlight cruise speed drive parking climate gallon mileage"),
    chat: ["How often should I rotate my tires?", "Is it bad to let the fuel tank run nearly empty?", "Why do car batteries die more often in winter?"],
  },
  {
    name: "eCommerce",
    aliases: words("ecommerce commerce shopping retail store marketplace"),
    terms: words("product shop cart buy store item catalog checkout coupon shipping delivery refund"),
    chat: ["How can I tell if an online store is trustworthy?", "Is it worth paying extra for express shipping?", "What should I check before buying a used laptop?"],
  },
  {
    name: "Food",
    aliases: words("food cooking recipes restaurant dining"),
    terms: words("recipe food restaurant meal cuisine ingredient dish menu nutrition calorie"),
    chat: ["What's a quick dinner I can make with eggs and spinach?", "How do I keep fresh herbs from wilting?", "Why does bread go stale so fast?"],
  },
  {
    name: "Health",
    aliases: words("health medical medicine fitness wellness"),
    terms: words("health medical doctor symptom fitness calorie workout sleep heart patient medication"),
    chat: ["How much sleep do adults really need?", "Is stretching before a run actually useful?", "What are easy ways to drink more water during the day?"],
  },
];

const GENERAL_CHAT = [
  "By the way, what's a good way to stay focused when working from home?",
  "Unrelated, but do you have any tips for learning a new language?",
  "Quick question: what's a good book to read on a long flight?",
  "Random thought: why is the sky blue?",
  "What's your advice for making small talk at a conference?",
];

/** Per-domain sets of terms, aliases and the domain name itself, built once. */
const vocabularies = DOMAINS.map((domain) => ({
  domain,
  terms: new Set(domain.terms),
  aliases: new Set([...domain.aliases, ...identifierTokens(domain.name)]),
}));

/** Domains whose name or aliases share a word with the category name ("File System" → Files). */
export function domainsOfCategory(category: string): Domain[] {
  const tokens = identifierTokens(category);
  return vocabularies.filter((v) => tokens.some((token) => v.aliases.has(token))).map((v) => v.domain);
}

/** How many of the words are terms of the domain (or name it). */
export function domainScore(domain: Domain, tokens: readonly string[]): number {
  const vocabulary = vocabularies.find((v) => v.domain === domain);
  if (vocabulary === undefined) return 0;
  return tokens.filter((token) => vocabulary.terms.has(token) || vocabulary.aliases.has(token)).length;
}

/** Chit-chat for the domain the words are most about, followed by general chat as a reserve. */
export function chatFor(tokens: readonly string[]): string[] {
  let best: Domain | undefined;
  let bestScore = 0;
  for (const domain of DOMAINS) {
    const score = domainScore(domain, tokens);
    if (score > bestScore) {
      best = domain;
      bestScore = score;
    }
  }
  return [...(best?.chat ?? []), ...GENERAL_CHAT];
}
