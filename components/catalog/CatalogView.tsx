"use client";

import { CatalogFiles } from "./CatalogFiles";
import { CatalogUpload } from "./CatalogUpload";
import { FunctionBrowser } from "./FunctionBrowser";
import styles from "./catalog.module.css";

/** The Catalog tab: upload, imported files, and the function browser. */
export function CatalogView({ projectId }: { projectId: number }) {
  return (
    <div className={styles.catalog}>
      <section className={styles.section} aria-labelledby="catalog-import">
        <h2 id="catalog-import">Import catalogs</h2>
        <CatalogUpload projectId={projectId} />
      </section>
      <section className={styles.section} aria-labelledby="catalog-files">
        <h2 id="catalog-files">Imported files</h2>
        <CatalogFiles projectId={projectId} />
      </section>
      <section className={styles.section} aria-labelledby="catalog-functions">
        <h2 id="catalog-functions">Functions</h2>
        <FunctionBrowser projectId={projectId} />
      </section>
    </div>
  );
}
