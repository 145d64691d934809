import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { availabilityAt, isWithinHours, type Span } from "./service-hours.schedule.js";
import { serviceHoursRepository, type ServiceHoursRow } from "./service-hours.repository.js";
import type { ServiceAvailability, ServiceKeyValue } from "./service-hours.types.js";

const hhmm = (t: string) => t.slice(0, 5);
const toSpan = (row: ServiceHoursRow): Span => ({ isoWeekday: row.isoWeekday, opens: row.opens, closes: row.closes, providedBy: row.providedBy });

export const serviceHoursService = {
  async spans(db: Queryable, service: ServiceKeyValue): Promise<Span[]> {
    return (await serviceHoursRepository.byServices(db, [service])).map(toSpan);
  },

  /** For booking rules: does [start, end) fall inside the service's hours? */
  async covers(db: Queryable, service: ServiceKeyValue, start: Date, end: Date): Promise<boolean> {
    return isWithinHours(await serviceHoursService.spans(db, service), start, end);
  },

  async availability(ctx: Context, service: ServiceKeyValue, at: Date | null): Promise<ServiceAvailability> {
    const rows = await serviceHoursRepository.byServices(ctx.db, [service]);
    const instant = at ?? ctx.clock.now();
    const availability = availabilityAt(rows.map(toSpan), instant);
    return {
      service,
      at: instant,
      ...availability,
      rule: rows[0]?.rule ?? "SVC-1",
      hours: rows.map((r) => ({ isoWeekday: r.isoWeekday, opens: hhmm(r.opens), closes: hhmm(r.closes), providedBy: r.providedBy })),
    };
  },
};
