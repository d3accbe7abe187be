import { describe, expect, it } from "vitest";
import { enumFromDescription } from "./enum-hints";

describe("enumFromDescription takes only complete, single-valued lists", () => {
  it.each([
    ['The mode. [Enum]: ["on", "off", "auto"]', ["on", "off", "auto"]],
    ["One of the following values : etf|fund", ["etf", "fund"]],
    ["Must be one of: micro, regional, brewpub", ["micro", "regional", "brewpub"]],
    ["Possible values are `original_title`, `imdb_rating` and `year`. Default value is `year`.", ["original_title", "imdb_rating", "year"]],
    ["Accepted values are `movie`, `series` or `all`.", ["movie", "series", "all"]],
    ["Possible values are:\n\nbeginner\nintermediate\nexpert", ["beginner", "intermediate", "expert"]],
    ["Possible Values:\n - `asc`\n - `desc`\n\nsortBy must be present.", ["asc", "desc"]],
    ["the options: **accessibility, seo, pwa**. default: seo ", ["accessibility", "seo", "pwa"]],
  ])("%j", (description, values) => {
    expect(enumFromDescription(description)).toEqual(values);
  });

  it.each([
    "Pass a single type or pass multiple types comma delimited. Possible values: movie, tv_series",
    "Type of the room required. Options: 'single', 'double', 'deluxe', etc.",
    "Valid values are `true` (default) to enable this behaviour or `false` to disable.",
    "Valid values are integers between 1 and 20, inclusive",
    "Possible Values:\nAny field on the document\n\nExamples:\n - name\n - stats",
    "returns shows that have at least one of the given genres",
    "Quality of the Picture: High or Low.",
    "Possible values: a, b. Allowed values: c, d.",
    "Only one: Possible values: solo",
  ])("no enum from %j", (description) => {
    expect(enumFromDescription(description)).toBeUndefined();
  });

  it("drops the list when the default is not one of its values", () => {
    expect(enumFromDescription("One of the following : en|fr", "de")).toBeUndefined();
    expect(enumFromDescription("One of the following : en|fr", "fr")).toEqual(["en", "fr"]);
  });
});
