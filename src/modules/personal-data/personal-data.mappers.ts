import { CATALOGUE, CATEGORIES, categoryOf, type Category, type ErasureTreatment } from "./personal-data.catalogue.js";
import type { JsonRow } from "./personal-data.repository.js";

/** GDP-2: the export's format name and version (docs/personal-data-export.md). Bump the version on any change of shape. */
export const EXPORT_FORMAT = "parnasse.personal-data";
export const EXPORT_VERSION = "1.0";

export interface ExportedValue {
  value: unknown;
  category: Category | null;
}

export interface PersonalDataExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  generatedAt: string;
  subject: { memberId: string };
  categories: Record<Category, string>;
  sections: { table: string; description: string; erasure: ErasureTreatment; records: Record<string, ExportedValue>[] }[];
}

/** GDP-2/GDP-4: the export document, every value with its category; sections in catalogue order, even empty ones. */
export function toExport(memberGlobalId: string, generatedAt: Date, rows: Record<string, JsonRow[]>): PersonalDataExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    generatedAt: generatedAt.toISOString(),
    subject: { memberId: memberGlobalId },
    categories: { ...CATEGORIES },
    sections: CATALOGUE.map((entry) => ({
      table: entry.table,
      description: entry.description,
      erasure: entry.erasure.treatment,
      records: (rows[entry.table] ?? []).map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, { value, category: categoryOf(entry, column) }]))),
    })),
  };
}
