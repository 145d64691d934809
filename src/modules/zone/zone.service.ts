import { or, eq } from "drizzle-orm";
import { coverageZoneRules } from "../../../db/schema/zone.js";
import { checkPostalCode, foldCommune } from "../../shared/contact.js";
import type { Queryable } from "../../shared/db.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { zoneErrors, type ZoneErrorCode } from "./zone.errors.js";

export interface CoveredPlace {
  postalCode: string;
  /** The commune's official spelling. */
  commune: string;
}

type Rule = typeof coverageZoneRules.$inferSelect;

/** "Marseille 8e Arrondissement" belongs to a rule for "Marseille". */
function communeMatches(rule: Rule, commune: string): boolean {
  if (!rule.commune) return true;
  const wanted = foldCommune(rule.commune);
  const actual = foldCommune(commune);
  return actual === wanted || new RegExp(`^${wanted} [0-9]+(ER|E)? ARRONDISSEMENT$`).test(actual);
}

export const zoneService = {
  /**
   * ZON-1: is this place inside the coverage zone? The postal code must exist and the commune
   * belong to it; exclusions (Monaco) win; then the most specific rule (5 digits over 2) decides.
   * `field` is the input path to report problems on.
   */
  async check(db: Queryable, postalCode: string, commune: string, field: string[] = []): Promise<Result<CoveredPlace, ZoneErrorCode>> {
    const code = postalCode.trim();
    const rules = /^[0-9]{5}$/.test(code)
      ? await db
          .select()
          .from(coverageZoneRules)
          .where(or(eq(coverageZoneRules.postalCodePrefix, code), eq(coverageZoneRules.postalCodePrefix, code.slice(0, 2))))
      : [];
    // Exclusions (Monaco, 98000) are rows of the table too, and win before anything else is checked.
    if (rules.some((r) => !r.covered && communeMatches(r, commune))) return fail(zoneErrors.error("MONACO_EXCLUDED", [...field, "postalCode"]));
    const postal = checkPostalCode(code, commune);
    if (!postal.ok) {
      return postal.reason === "INVALID_POSTAL_CODE"
        ? fail(zoneErrors.error("INVALID_POSTAL_CODE", [...field, "postalCode"]))
        : fail(zoneErrors.error("COMMUNE_MISMATCH", [...field, "commune"], { commune: commune.trim().slice(0, 60), postalCode: code }));
    }
    const applicable = rules.filter((r) => communeMatches(r, postal.commune));
    if (applicable.some((r) => !r.covered)) return fail(zoneErrors.error("MONACO_EXCLUDED", [...field, "postalCode"]));
    if (!applicable.some((r) => r.covered)) {
      return fail(zoneErrors.error("OUT_OF_ZONE", [...field, "postalCode"], { commune: postal.commune, postalCode: code }));
    }
    return ok({ postalCode: code, commune: postal.commune });
  },
};
