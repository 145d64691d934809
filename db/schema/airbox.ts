import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { addresses } from "./premises.js";
import { members } from "./members.js";
import { staffUsers } from "./people.js";

export const AIRBOX_INADEQUATE_USE_REASONS = ["MOBILE_USE", "USE_AWAY_FROM_HOME", "EXCESSIVE_USE", "DAMAGE", "OTHER"] as const;

/**
 * AIR-1: the 4G Airbox handed over at the entry appointment (serial number, SIM ICCID).
 * One current Airbox per member; a replacement (AIR-3) closes the old row (`replaced_at`) and
 * points back to it (`replaces_airbox_id`), so the history is kept.
 * AIR-2: `inadequate_use_at` set: Parnasse no longer intervenes on this member's Airbox.
 */
export const airboxes = pgTable(
  "airboxes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    serialNumber: text("serial_number").notNull(),
    simIccid: text("sim_iccid").notNull(),
    handedOverAt: timestamp("handed_over_at", { withTimezone: true }).notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    replacesAirboxId: uuid("replaces_airbox_id").references((): AnyPgColumn => airboxes.id, { onDelete: "set null" }),
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
    inadequateUseAt: timestamp("inadequate_use_at", { withTimezone: true }),
    inadequateUseReason: text("inadequate_use_reason", { enum: AIRBOX_INADEQUATE_USE_REASONS }),
    inadequateUseNote: text("inadequate_use_note"),
    inadequateUseRecordedBy: uuid("inadequate_use_recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("airboxes_one_current_per_member").on(t.memberId).where(sql`${t.replacedAt} is null`),
    uniqueIndex("airboxes_serial_current_key").on(t.serialNumber).where(sql`${t.replacedAt} is null`),
    uniqueIndex("airboxes_iccid_current_key").on(t.simIccid).where(sql`${t.replacedAt} is null`),
    index("airboxes_member_idx").on(t.memberId),
    check("airboxes_serial_check", sql`${t.serialNumber} ~ '^[A-Z0-9-]{4,40}$'`),
    check("airboxes_iccid_check", sql`${t.simIccid} ~ '^89[0-9]{16,18}$'`),
    check(
      "airboxes_inadequate_use_check",
      sql`(${t.inadequateUseAt} is null) = (${t.inadequateUseReason} is null) and (${t.inadequateUseAt} is null) = (${t.inadequateUseRecordedBy} is null)`,
    ),
    check(
      "airboxes_inadequate_reason_check",
      sql`${t.inadequateUseReason} is null or ${t.inadequateUseReason} in ('MOBILE_USE','USE_AWAY_FROM_HOME','EXCESSIVE_USE','DAMAGE','OTHER')`,
    ),
  ],
);

export const AIRBOX_INCIDENT_STATUSES = ["DECLARED", "SIM_ACTIVATED", "CLOSED"] as const;

/**
 * AIR-2: an incident on the member's home connection, declared to the Desk. The Desk, or the
 * technician the desk assigned to it, activates the Airbox SIM (200 GB of shared data) for the
 * member's home address. At most one open incident per member.
 */
export const airboxIncidents = pgTable(
  "airbox_incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    airboxId: uuid("airbox_id")
      .notNull()
      .references(() => airboxes.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** The member's home (active main address) when declared: the only place the SIM serves. */
    addressId: uuid("address_id")
      .notNull()
      .references(() => addresses.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    status: text("status", { enum: AIRBOX_INCIDENT_STATUSES }).notNull(),
    declaredAt: timestamp("declared_at", { withTimezone: true }).notNull(),
    declaredBy: uuid("declared_by").notNull(),
    declaredByRole: text("declared_by_role").notNull(),
    simActivatedAt: timestamp("sim_activated_at", { withTimezone: true }),
    simActivatedBy: uuid("sim_activated_by"),
    dataAllowanceGb: integer("data_allowance_gb"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** AUT-3: the technician the desk assigned (assignAirboxIncidentTechnician); only he, or the desk, acts on the incident. */
    technicianId: uuid("technician_id").references(() => staffUsers.id, { onDelete: "restrict" }),
  },
  (t) => [
    index("airbox_incidents_technician_idx").on(t.technicianId),
    uniqueIndex("airbox_incidents_one_open_per_member").on(t.memberId).where(sql`${t.status} in ('DECLARED','SIM_ACTIVATED')`),
    index("airbox_incidents_member_idx").on(t.memberId),
    check("airbox_incidents_status_check", sql`${t.status} in ('DECLARED','SIM_ACTIVATED','CLOSED')`),
    check(
      "airbox_incidents_activation_check",
      sql`(${t.simActivatedAt} is null) = (${t.dataAllowanceGb} is null) and (${t.simActivatedAt} is null) = (${t.simActivatedBy} is null)`,
    ),
    check("airbox_incidents_activated_check", sql`${t.status} <> 'SIM_ACTIVATED' or ${t.simActivatedAt} is not null`),
    check("airbox_incidents_closed_check", sql`(${t.status} = 'CLOSED') = (${t.closedAt} is not null)`),
    check("airbox_incidents_allowance_check", sql`${t.dataAllowanceGb} is null or ${t.dataAllowanceGb} > 0`),
  ],
);

export const AIRBOX_REPAIR_STATUSES = ["REMOTE_DIAGNOSIS", "RESOLVED_REMOTELY", "NEEDS_TECHNICIAN", "TECHNICIAN_SCHEDULED", "REPAIRED", "REPLACED"] as const;

/**
 * AIR-3: a faulty Airbox. Remote diagnosis first; then a technician slot (Mon–Fri 08:00–20:00,
 * service hours AIRBOX_TECHNICIAN), booked by the desk with the technician it names
 * (`technician_id`, AUT-3: only he, or the desk, completes it); then repaired, or replaced by a new
 * Airbox row. At most one open repair per Airbox.
 */
export const airboxRepairs = pgTable(
  "airbox_repairs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    airboxId: uuid("airbox_id")
      .notNull()
      .references(() => airboxes.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    status: text("status", { enum: AIRBOX_REPAIR_STATUSES }).notNull(),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull(),
    reportedBy: uuid("reported_by").notNull(),
    diagnosisNote: text("diagnosis_note"),
    diagnosedAt: timestamp("diagnosed_at", { withTimezone: true }),
    technicianId: uuid("technician_id").references(() => staffUsers.id, { onDelete: "restrict" }),
    slotStartsAt: timestamp("slot_starts_at", { withTimezone: true }),
    slotEndsAt: timestamp("slot_ends_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolutionNote: text("resolution_note"),
    replacementAirboxId: uuid("replacement_airbox_id").references(() => airboxes.id, { onDelete: "no action" }),
  },
  (t) => [
    uniqueIndex("airbox_repairs_one_open_per_airbox").on(t.airboxId).where(sql`${t.status} in ('REMOTE_DIAGNOSIS','NEEDS_TECHNICIAN','TECHNICIAN_SCHEDULED')`),
    index("airbox_repairs_member_idx").on(t.memberId),
    index("airbox_repairs_technician_idx").on(t.technicianId),
    check("airbox_repairs_status_check", sql`${t.status} in ('REMOTE_DIAGNOSIS','RESOLVED_REMOTELY','NEEDS_TECHNICIAN','TECHNICIAN_SCHEDULED','REPAIRED','REPLACED')`),
    check(
      "airbox_repairs_slot_check",
      sql`(${t.slotStartsAt} is null) = (${t.slotEndsAt} is null) and (${t.slotStartsAt} is null) = (${t.technicianId} is null) and (${t.slotStartsAt} is null or ${t.slotStartsAt} < ${t.slotEndsAt})`,
    ),
    check("airbox_repairs_diagnosed_check", sql`${t.status} = 'REMOTE_DIAGNOSIS' or ${t.diagnosedAt} is not null`),
    check("airbox_repairs_replaced_check", sql`(${t.status} = 'REPLACED') = (${t.replacementAirboxId} is not null)`),
    check("airbox_repairs_resolved_check", sql`(${t.status} in ('RESOLVED_REMOTELY','REPAIRED','REPLACED')) = (${t.resolvedAt} is not null)`),
  ],
);
