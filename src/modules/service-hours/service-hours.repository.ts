import { asc, inArray } from "drizzle-orm";
import { serviceHours } from "../../../db/schema/services.js";
import type { Queryable } from "../../shared/db.js";

export type ServiceHoursRow = typeof serviceHours.$inferSelect;

export const serviceHoursRepository = {
  byServices(db: Queryable, services: readonly string[]): Promise<ServiceHoursRow[]> {
    return db
      .select()
      .from(serviceHours)
      .where(inArray(serviceHours.service, [...services]))
      .orderBy(asc(serviceHours.isoWeekday), asc(serviceHours.opens));
  },
};
