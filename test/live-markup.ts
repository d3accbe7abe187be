/**
 * The live parts of React's static HTML that could run script: elements that load or run code,
 * `on…` handler attributes, and URL attributes with a script-capable scheme. React escapes `<` in
 * text and `"` in attribute values, so every real tag starts with `<`; a text that merely looks
 * like a tag is not a tag here.
 */
const DANGEROUS_ELEMENTS = new Set(["script", "img", "iframe", "object", "embed", "svg", "math", "style", "link", "meta", "base", "form"]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "srcdoc", "xlink:href", "poster", "data"]);
// Quoted, single-quoted and bare values: markup that got in unescaped need not look like React's.
const VALUE = `(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+)`;
const TAG = new RegExp(`<([a-zA-Z][\\w-]*)((?:\\s+[^\\s"'>/=]+(?:\\s*=\\s*${VALUE})?)*)\\s*/?>`, "g");
const ATTRIBUTE = new RegExp(`([^\\s"'>/=]+)(?:\\s*=\\s*(${VALUE}))?`, "g");
const unquote = (value: string): string => (/^["']/.test(value) ? value.slice(1, -1) : value);

const decode = (value: string): string =>
  value.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec))).replace(/&quot;/g, '"').replace(/&amp;/g, "&");

export function liveMarkup(html: string): string[] {
  const found: string[] = [];
  for (const [, name = "", attributes = ""] of html.matchAll(TAG)) {
    if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) found.push(`<${name}>`);
    for (const [, attribute = "", value] of attributes.matchAll(ATTRIBUTE)) {
      const key = attribute.toLowerCase();
      if (key.startsWith("on")) found.push(`${name} ${key}`);
      if (URL_ATTRIBUTES.has(key) && value !== undefined && /^(javascript|data|vbscript):/i.test(decode(unquote(value)).replace(/[\s\u0000-\u001f]+/g, ""))) found.push(`${name} ${key}=${value}`);
    }
  }
  return found;
}
