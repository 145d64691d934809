import { asc, eq } from "drizzle-orm";
import { tariffs } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow } from "../../shared/rows.js";
import type { TariffCode, TariffRow } from "./tariffs.rules.js";

/** Drizzle queries of the tariff table (a few dozen rows: it is always read whole). */
export const tariffsRepository = {
  all(db: Queryable): Promise<TariffRow[]> {
    return db.select().from(tariffs).orderBy(asc(tariffs.code), asc(tariffs.effectiveOn));
  },

  history(db: Queryable, code: TariffCode): Promise<TariffRow[]> {
    return db.select().from(tariffs).where(eq(tariffs.code, code)).orderBy(asc(tariffs.effectiveOn));
  },

  insert: (tx: Queryable, values: typeof tariffs.$inferInsert): Promise<TariffRow> => insertRow(tx, tariffs, values),
};
