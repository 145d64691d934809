/**
 * GDP-2/GDP-3/GDP-4: every table that holds data about a member, in one list. For each table:
 * how the member's rows are reached (a member id column, or a parent row: an invoice line through
 * its invoice), the GDP-4 category of every column (the export labels each value with it), and
 * what erasure does to the rows (GDP-3).
 *
 * The completeness test (test/modules/personal-data/completeness.test.ts) walks the database
 * schema: a table that refers to a member, directly or through a parent, and is missing here, or a
 * column missing from its table's categories, fails it. Adding a table means adding it here.
 *
 * The entries live in three files by area (account, services, records); their shapes and SQL
 * helpers in personal-data.categories.ts.
 */
import { ACCOUNT_TABLES } from "./personal-data.catalogue.account.js";
import { RECORDS_TABLES } from "./personal-data.catalogue.records.js";
import { SERVICES_TABLES } from "./personal-data.catalogue.services.js";
import type { CatalogueEntry, Category } from "./personal-data.categories.js";

export { CATEGORIES, type CatalogueEntry, type Category, type Erasure, type ErasureTreatment } from "./personal-data.categories.js";

export const CATALOGUE: CatalogueEntry[] = [...ACCOUNT_TABLES, ...SERVICES_TABLES, ...RECORDS_TABLES];

export function catalogueEntry(table: string): CatalogueEntry | undefined {
  return CATALOGUE.find((entry) => entry.table === table);
}

/** The category of a column of `entry`; null for a column the catalogue does not list (the completeness test forbids it). */
export function categoryOf(entry: CatalogueEntry, column: string): Category | null {
  for (const [category, columns] of Object.entries(entry.columns) as [Category, string[]][]) if (columns.includes(column)) return category;
  return null;
}
