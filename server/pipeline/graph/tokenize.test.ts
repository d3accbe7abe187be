import { describe, expect, it } from "vitest";
import { canonicalTokens, identifierTokens, singular, splitWords } from "./tokenize";

describe("splitWords", () => {
  it.each([
    ["get_airport_code", ["get", "airport", "code"]],
    ["getAirportCode", ["get", "airport", "code"]],
    ["HTTPStatus", ["http", "status"]],
    ["results[].id", ["results", "id"]],
    ["/titles/{seriesId}/{season}", ["titles", "series", "id", "season"]],
    ["Get {Phone Image ids} by {Custom id}", ["get", "phone", "image", "ids", "by", "custom", "id"]],
    ["file-name.v2", ["file", "name", "v2"]],
    ["Récupère un transitaire", ["récupère", "un", "transitaire"]],
    ["", []],
  ])("%s", (text, words) => {
    expect(splitWords(text)).toEqual(words);
  });
});

describe("singular", () => {
  it.each([
    ["flights", "flight"],
    ["cities", "city"],
    ["movies", "movie"],
    ["addresses", "address"],
    ["matches", "match"],
    ["status", "status"],
    ["news", "news"],
    ["ids", "ids"],
  ])("%s → %s", (word, expected) => {
    expect(singular(word)).toBe(expected);
  });
});

describe("canonical tokens", () => {
  it.each([
    ["user_name", ["user"]],
    ["username", ["user"]],
    ["zip_code", ["zipcode"]],
    ["ticker", ["symbol"]],
    ["identifier", ["id"]],
    ["fileName", ["file"]],
    ["created_at", ["time"]],
    ["version_2_name", ["version", "name"]],
  ])("%s → %j", (identifier, tokens) => {
    expect(identifierTokens(identifier)).toEqual(tokens);
  });

  it("joins compounds across the words of prose", () => {
    expect(canonicalTokens(["the", "e", "mail", "address"])).toEqual(["the", "email", "address"]);
  });
});
