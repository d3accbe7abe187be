/**
 * Text from outside (teacher model names, check and operation names, prompt ids, a benchmark's file
 * name; a `--in` file's records are all outside input) as it goes into the dataset card's markdown.
 * Line breaks become spaces, so a value cannot start a line of its own (a `---` that ends the front
 * matter, a heading, a table row); the characters that start HTML, links, images and code spans are
 * escaped, so the hub shows them as text. Emphasis characters are left alone: at worst they style.
 */
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export const cardText = (value: string): string => value.replace(LINE_BREAKS_AND_CONTROLS, " ").replace(/[\\`[\]<>]/g, "\\$&");

/** For a value shown inside a code span, where backslashes are literal: only a backtick could end it. */
export const cardCode = (value: string): string => value.replace(LINE_BREAKS_AND_CONTROLS, " ").replace(/`/g, "'");
