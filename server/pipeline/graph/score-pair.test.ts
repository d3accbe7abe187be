import { describe, expect, it } from "vitest";
import { scorePair } from "./score-pair";
import {
  array,
  bookFlight,
  downloadFile,
  fileExists,
  findFlights,
  getAirportCode,
  getWeather,
  listChannels,
  listFiles,
  login,
  object,
  postMessage,
  searchFlights,
  sendEmail,
  spec,
  string,
} from "./test-catalog";

describe("scorePair", () => {
  it("an airport code feeds the flight search exactly, nested, with the field named", () => {
    const edge = scorePair(getAirportCode, findFlights);
    expect(edge).toMatchObject({ source: "get_airport_code", target: "find_flights", kind: "exact_input", nested: true });
    expect(edge?.evidence.fields[0]).toMatchObject({ output: "code", parameter: "airport_code" });
    expect(edge?.evidence.terms).toContain("airport");
    expect(edge?.weight).toBeGreaterThan(0.8);
  });

  it("an unrelated pair gets no edge, or a much lighter one", () => {
    const unrelated = scorePair(getWeather, sendEmail)?.weight ?? 0;
    expect(unrelated).toBeLessThan(0.2);
    expect(unrelated).toBeLessThan(scorePair(getAirportCode, findFlights)?.weight ?? 0);
  });

  it.each([
    ["file_exists → download_file", fileExists, downloadFile, "path"],
    ["login → post_message (same toolkit)", login, postMessage, "session"],
  ] as const)("%s is a premise", (_, source, target, reasonWord) => {
    const edge = scorePair(source, target);
    expect(edge?.kind).toBe("premise");
    expect(edge?.nested).toBe(false);
    expect(edge?.evidence.reason).toContain(reasonWord);
  });

  it("login is no premise of a function in another toolkit", () => {
    expect(scorePair(login, { ...sendEmail })?.kind).not.toBe("premise");
  });

  it("an output that fills one of several required inputs is partial_input", () => {
    const edge = scorePair(searchFlights, bookFlight);
    expect(edge).toMatchObject({ kind: "partial_input", nested: true });
    expect(edge?.evidence.fields).toEqual([{ output: "flights[].flight_id", parameter: "flight_id", score: 1 }]);
  });

  it.each([
    ["list_channels → post_message", listChannels, postMessage, "channels[].id", "channel_id"],
    ["listFiles → download_file", listFiles, downloadFile, "files[].path", "path"],
  ] as const)("%s: a list item's field fills the parameter", (_, source, target, output, parameter) => {
    const edge = scorePair(source, target);
    expect(edge?.kind).toBe("exact_input");
    expect(edge?.evidence.fields[0]).toMatchObject({ output, parameter });
  });

  it("reads the entity of a generic output from the function name, and of a bare parameter from its function", () => {
    const getTeam = spec("getTeamByName", {
      toolkit: "sports",
      category: "Sports",
      params: { name: "string" },
      returns: object({ id: { type: "integer" }, name: string }),
    });
    const teamDetails = spec("TeamDetails", { toolkit: "sports", category: "Sports", params: { id: "number" } });
    const owner = spec("getOwner", { toolkit: "sports", category: "Sports", returns: object({ owner: object({ id: string }) }) });
    expect(scorePair(getTeam, teamDetails)).toMatchObject({ kind: "exact_input", nested: true });
    expect(scorePair(owner, teamDetails)?.nested ?? false).toBe(false);
  });

  it("without returns, the source's name says what it yields", () => {
    const listCarriers = spec("List supported carriers", { toolkit: "parcels", category: "Logistics" });
    const track = spec("track_parcel", { toolkit: "parcels", category: "Logistics", params: { carrier_code: "string", tracking_number: "string" } });
    const edge = scorePair(listCarriers, track);
    expect(edge?.kind).toBe("partial_input");
    expect(edge?.nested).toBe(false);
    expect(edge?.evidence.fields).toEqual([]);
    expect(edge?.evidence.reason).toContain("carrier_code");
  });

  it("a parameter description that names the source is a link", () => {
    const categories = spec("Get Categories", { toolkit: "shop", category: "Ecommerce", returns: array(object({ title: string })) });
    const products = spec("Get Products", { toolkit: "shop", category: "Ecommerce", params: { "category?": "string" } });
    products.parameters.properties.category = { type: "string", description: "A category as returned from the Get Categories endpoint." };
    expect(scorePair(categories, products)?.evidence.reason).toContain("refers to Get Categories");
  });

  it("gives no edge from a function to itself", () => {
    expect(scorePair(findFlights, findFlights)).toBeNull();
  });

  it("keeps every weight and field score within [0, 1]", () => {
    const catalog = [getAirportCode, findFlights, searchFlights, bookFlight, fileExists, downloadFile, login, postMessage];
    for (const source of catalog) {
      for (const target of catalog) {
        const edge = scorePair(source, target);
        if (edge === null) continue;
        expect(edge.weight).toBeGreaterThan(0);
        expect(edge.weight).toBeLessThanOrEqual(1);
        for (const field of edge.evidence.fields) expect(field.score).toBeLessThanOrEqual(1);
      }
    }
  });
});
