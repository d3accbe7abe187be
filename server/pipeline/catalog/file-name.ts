/** `data/bfcl/gorilla_file_system.json` → `gorilla_file_system`: the toolkit a file implies. */
export function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? "";
  const withoutExtension = last.replace(/\.[^.]*$/, "");
  return withoutExtension.trim() === "" ? "catalog" : withoutExtension;
}
