import { sql } from "drizzle-orm";
import { boolean, check, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * ZON-1 as data, seeded by a migration so operations can amend it without a release.
 * A rule matches a postal code by prefix: 2 digits = a whole département, 5 digits = one code,
 * then, if `commune` is set, only that commune (arrondissements included: "Marseille 8e …").
 * `covered = false` rows are exclusions and win over everything (Monaco).
 */
export const coverageZoneRules = pgTable(
  "coverage_zone_rules",
  {
    id: serial("id").primaryKey(),
    postalCodePrefix: text("postal_code_prefix").notNull(),
    commune: text("commune"),
    covered: boolean("covered").notNull(),
    label: text("label").notNull(),
  },
  (t) => [
    uniqueIndex("coverage_zone_rules_key").on(t.postalCodePrefix, sql`coalesce(${t.commune}, '')`),
    check("coverage_zone_rules_prefix_check", sql`${t.postalCodePrefix} ~ '^[0-9]{2}([0-9]{3})?$'`),
  ],
);
