/**
 * What a parameter's description says about its values beyond the schema: allowed options written in
 * prose ("[Enum]: USD, EUR", "Options are: economy, business", "(Buy/Sell)"), examples, numeric ranges
 * and text formats. Catalogs often put these in the description instead of `enum` / `minimum`.
 */
export interface ValueHints {
  options: string[];
  examples: string[];
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  format?: TextFormat;
}

export type TextFormat = "date" | "month_year" | "time_ampm" | "time" | "zipcode" | "airport_code" | "street_address" | "card_number";

const splitOptions = (text: string): string[] =>
  text
    .split(/,|\bor\b|\//)
    .map((item) => item.trim().replace(/^and\s+/, "").replace(/^["'`]+|["'`.]+$/g, ""))
    .filter((item) => item.length > 0 && item.length <= 40 && !/\s{2,}/.test(item));

function options(description: string): string[] {
  const bracketed = /\[Enum\]:\s*\[([^\]]*)\]/i.exec(description);
  if (bracketed?.[1] !== undefined) {
    const quoted = [...bracketed[1].matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? "");
    if (quoted.length > 0) return quoted;
  }
  const listed = /(?:\[Enum\]\s*:|options are\s*:?|the options\s*:|possible values are\s*:?|one of\s*:)\s*([^.\n]+)/i.exec(description);
  if (listed?.[1] !== undefined) return splitOptions(listed[1]);
  const perLetter = [...description.matchAll(/'([^'\s]{1,20})'\s+for\b/g)].map((m) => m[1] ?? "");
  if (perLetter.length >= 2) return perLetter;
  const paired = /\(([A-Za-z]+)\s*(?:\/|\bor\b)\s*([A-Za-z]+)\)/.exec(description);
  if (paired?.[1] !== undefined && paired[2] !== undefined) return [paired[1], paired[2]];
  return [];
}

function examples(description: string): string[] {
  const found = /e\.g\.,?\s*([^)\n]+)/i.exec(description);
  if (found?.[1] === undefined) return [];
  const quoted = [...found[1].matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? "");
  return quoted.length > 0 ? quoted : [];
}

const NUMBER = "(-?\\d+(?:\\.\\d+)?)";

function range(description: string): Pick<ValueHints, "minimum" | "maximum" | "multipleOf"> {
  const hints: Pick<ValueHints, "minimum" | "maximum" | "multipleOf"> = {};
  const between = new RegExp(`between ${NUMBER}\\D{0,20}? and ${NUMBER}`, "i").exec(description);
  const fromTo = new RegExp(`from ${NUMBER} to ${NUMBER}`, "i").exec(description);
  const bounds = between ?? fromTo;
  if (bounds?.[1] !== undefined && bounds[2] !== undefined) {
    hints.minimum = Number(bounds[1]);
    hints.maximum = Number(bounds[2]);
  }
  const multiple = /multiple of (\d+(?:\.\d+)?)/i.exec(description);
  if (multiple?.[1] !== undefined) hints.multipleOf = Number(multiple[1]);
  return hints;
}

function format(description: string): TextFormat | undefined {
  if (/YYYY-MM-DD|yyyy-mm-dd/.test(description)) return "date";
  if (/MM\/YYYY|MM\/YY/.test(description)) return "month_year";
  if (/HH:MM\s*AM\/PM/i.test(description)) return "time_ampm";
  if (/HH:MM/i.test(description)) return "time";
  if (/zip ?code|postal code/i.test(description)) return "zipcode";
  if (/3[- ]letter code|IATA|airport code/i.test(description)) return "airport_code";
  if (/street,\s*city/i.test(description)) return "street_address";
  if (/credit card number|card number/i.test(description)) return "card_number";
  return undefined;
}

export function valueHints(description: string | undefined): ValueHints {
  if (description === undefined || description.length === 0) return { options: [], examples: [] };
  const found: ValueHints = { options: options(description), examples: examples(description), ...range(description) };
  const textFormat = format(description);
  if (textFormat !== undefined) found.format = textFormat;
  return found;
}
