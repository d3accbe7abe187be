/** The catalog importer (DESIGN.md 1.1): bytes of any supported catalog → normalized FunctionSpecs. */
export { MAX_CATALOG_BYTES } from "./types";
export type { CatalogInput, CatalogOptions, ImportOptions, ImportResult, ParsedCatalog } from "./types";
export { parseCatalog, importCatalogs } from "./import-catalogs";
export { detectFormat } from "./detect-format";
export { assignIds } from "./assign-ids";
export { normalizeSchema, normalizeParameters } from "./normalize-schema";
