import { and, eq, inArray, isNull } from "drizzle-orm";
import { airboxIncidents, airboxRepairs, airboxes } from "../../../db/schema/airbox.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, rowById, updateRow } from "../../shared/rows.js";
import { premisesReads } from "../premises/index.js";

export type AirboxRow = typeof airboxes.$inferSelect;
export type IncidentRow = typeof airboxIncidents.$inferSelect;
export type RepairRow = typeof airboxRepairs.$inferSelect;

/** Drizzle queries only: rules live in the services. */
export const airboxRepository = {
  /** ZON-2/AIR-2: the member's active main address (their declared home), if any. */
  activeMainAddress: premisesReads.activeMainAddress,

  // --- airboxes ---

  async currentOf(db: Queryable, memberId: string): Promise<AirboxRow | undefined> {
    const [row] = await db
      .select()
      .from(airboxes)
      .where(and(eq(airboxes.memberId, memberId), isNull(airboxes.replacedAt)));
    return row;
  },

  airboxById: (db: Queryable, id: string): Promise<AirboxRow | undefined> => rowById(db, airboxes, id),

  /** A current Airbox (any member) holding this serial number or this ICCID. */
  async currentHolding(db: Queryable, field: "serialNumber" | "simIccid", value: string): Promise<AirboxRow | undefined> {
    const [row] = await db
      .select()
      .from(airboxes)
      .where(and(eq(airboxes[field], value), isNull(airboxes.replacedAt)))
      .limit(1);
    return row;
  },

  insertAirbox: (tx: Queryable, values: typeof airboxes.$inferInsert): Promise<AirboxRow> => insertRow(tx, airboxes, values),

  updateAirbox: (tx: Queryable, id: string, changes: Partial<typeof airboxes.$inferInsert>): Promise<AirboxRow> => updateRow(tx, airboxes, id, changes),

  // --- incidents ---

  incidentById: (db: Queryable, id: string): Promise<IncidentRow | undefined> => rowById(db, airboxIncidents, id),

  /** AIR-2: one open incident per member, whichever Airbox it was declared on (a replacement keeps it). */
  async openIncidentOf(db: Queryable, memberId: string): Promise<IncidentRow | undefined> {
    const [row] = await db
      .select()
      .from(airboxIncidents)
      .where(and(eq(airboxIncidents.memberId, memberId), inArray(airboxIncidents.status, ["DECLARED", "SIM_ACTIVATED"])));
    return row;
  },

  insertIncident: (tx: Queryable, values: typeof airboxIncidents.$inferInsert): Promise<IncidentRow> => insertRow(tx, airboxIncidents, values),

  updateIncident: (tx: Queryable, id: string, changes: Partial<typeof airboxIncidents.$inferInsert>): Promise<IncidentRow> => updateRow(tx, airboxIncidents, id, changes),

  // --- repairs ---

  repairById: (db: Queryable, id: string): Promise<RepairRow | undefined> => rowById(db, airboxRepairs, id),

  async openRepairOf(db: Queryable, airboxId: string): Promise<RepairRow | undefined> {
    const [row] = await db
      .select()
      .from(airboxRepairs)
      .where(and(eq(airboxRepairs.airboxId, airboxId), inArray(airboxRepairs.status, ["REMOTE_DIAGNOSIS", "NEEDS_TECHNICIAN", "TECHNICIAN_SCHEDULED"])));
    return row;
  },

  insertRepair: (tx: Queryable, values: typeof airboxRepairs.$inferInsert): Promise<RepairRow> => insertRow(tx, airboxRepairs, values),

  updateRepair: (tx: Queryable, id: string, changes: Partial<typeof airboxRepairs.$inferInsert>): Promise<RepairRow> => updateRow(tx, airboxRepairs, id, changes),
};
