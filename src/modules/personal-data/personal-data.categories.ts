/**
 * GDP-4: the categories of personal data, and the shapes and SQL fragments the catalogue
 * (personal-data.catalogue.ts) is written with. SQL fragments are constants of the code, never
 * user input; `t` is the row's table alias and `{now}` the erasure instant.
 */

/** GDP-4: the categories of personal data of the contract (Annexe 2). */
export const CATEGORIES = {
  identification: "Identification: names, identifiers, account numbers.",
  "personal-characteristics": "Personal characteristics: birth date, nationality.",
  contact: "Contact details: email, phone numbers, postal addresses.",
  "personal-life": "Personal life: habits, preferences, free texts about one's life.",
  "economic-financial": "Economic and financial data: amounts, invoices, payments, guarantees.",
  "connection-usage-logs": "Connection and usage logs: who did what and when on the account.",
  "intervention-reports": "Intervention reports: requests for help, diagnoses, outcomes.",
  "products-held": "Products and services held: options, devices, lines, mailboxes, equipment.",
  profiles: "Profiles: status, eligibility, privileges, decisions about the member.",
  content: "Content: texts the member wrote (requests, notes, descriptions).",
  location: "Location: places and addresses of services, appointments.",
} as const;
export type Category = keyof typeof CATEGORIES;

export type ErasureTreatment = "anonymise" | "redact" | "keep";

export type Erasure =
  /** Values that identify the member (or free texts, for `redact`) are replaced, column by column; the other columns stay. */
  | { treatment: "anonymise" | "redact"; set: Record<string, string>; note?: string }
  /** Kept unaltered: a legal obligation or a proof; purged `years` after `from` (an SQL date on `t`). */
  | { treatment: "keep"; legalBasis: string; years: number; from: string };

export interface CatalogueEntry {
  table: string;
  description: string;
  /** The column that holds the member id, on this table (`parent` absent) or on `parent`'s rows. */
  reach: { column: string; parent?: string };
  /** Deterministic order of the records in the export. */
  orderBy: string;
  columns: Partial<Record<Category, string[]>>;
  erasure: Erasure;
}

export const REDACTED = "'[effacé / erased]'";
export const ANONYMOUS = "'Anonyme'";
export const ANON_ADDRESS = "'Adresse effacée / address erased'";
export const ACCOUNTING = "Accounting records: Code de commerce L123-22 (10 years)";
export const PROOF = "Proof of the actions on the account, GDPR art. 5(2); civil limitation period, Code civil art. 2224 (5 years)";
export const PRIVACY_PROOF = "Proof that the data-subject request was handled, GDPR art. 5(2) and 12; Code civil art. 2224 (5 years)";
export const COMMERCIAL = "Commercial documents: Code de commerce L110-4 (5 years)";
export const nullIfSet = (column: string, value: string) => `case when t.${column} is null then null else ${value} end`;
export const nothingLeft = (note: string): Erasure => ({ treatment: "anonymise", set: {}, note });
