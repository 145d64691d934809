import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";
import { staffUsers } from "./people.js";
import { addresses } from "./premises.js";

/**
 * INT-5 scope (and INT-7 coach connectivity help). Ethernet cabling, Wi-Fi access points and
 * multimedia equipment are in scope only when Parnasse installed them; TV bouquets / VOD are remote only.
 */
export const ASSISTANCE_TOPICS = [
  "OPTICAL_OUTLET",
  "FIBER_BOX",
  "LIVEBOX",
  "TV_DECODER",
  "ETHERNET_CABLING",
  "WIFI_ACCESS_POINT",
  "MULTIMEDIA_EQUIPMENT",
  "APPS",
  "TV_VOD",
  "CONNECTIVITY_HELP",
] as const;

/** INT-1: how the remote assistance ended. Only FAILED and IMPOSSIBLE open the way to a home intervention. */
export const REMOTE_OUTCOMES = ["RESOLVED", "FAILED", "IMPOSSIBLE"] as const;

/** INT-1: remote assistance first (24/7). A home intervention is booked only from one of these. */
export const assistanceRequests = pgTable(
  "assistance_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    topic: text("topic", { enum: ASSISTANCE_TOPICS }).notNull(),
    /** INT-5: Ethernet cabling, Wi-Fi access points, multimedia equipment are covered only if Parnasse installed them. */
    installedByParnasse: boolean("installed_by_parnasse").notNull().default(false),
    description: text("description").notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
    openedByRole: text("opened_by_role").notNull(),
    openedById: text("opened_by_id").notNull(),
    remoteOutcome: text("remote_outcome", { enum: REMOTE_OUTCOMES }),
    remoteOutcomeNote: text("remote_outcome_note"),
    remoteOutcomeAt: timestamp("remote_outcome_at", { withTimezone: true }),
    remoteOutcomeBy: uuid("remote_outcome_by"),
  },
  (t) => [
    index("assistance_requests_member_idx").on(t.memberId, t.openedAt),
    check(
      "assistance_requests_topic_check",
      sql`${t.topic} in ('OPTICAL_OUTLET','FIBER_BOX','LIVEBOX','TV_DECODER','ETHERNET_CABLING','WIFI_ACCESS_POINT','MULTIMEDIA_EQUIPMENT','APPS','TV_VOD','CONNECTIVITY_HELP')`,
    ),
    check("assistance_requests_outcome_check", sql`${t.remoteOutcome} is null or ${t.remoteOutcome} in ('RESOLVED','FAILED','IMPOSSIBLE')`),
    check(
      "assistance_requests_outcome_complete_check",
      sql`(${t.remoteOutcome} is null) = (${t.remoteOutcomeAt} is null) and (${t.remoteOutcome} is null) = (${t.remoteOutcomeBy} is null)`,
    ),
  ],
);

export const INTERVENTION_KINDS = ["TECHNICIAN", "COACH_VISIT"] as const;
export const INTERVENTION_STATUSES = ["BOOKED", "STARTED", "DONE", "REFUSED", "CANCELLED"] as const;
/** INT-4: why an intervention was refused on site. */
export const INTERVENTION_REFUSAL_REASONS = ["DANGEROUS_REPAIR", "EXTERNAL_CAUSE", "MODIFIED_BY_MEMBER", "REPAIRED_OUTSIDE_APPROVED_BODY"] as const;
/** Why an intervention is billed: INT-3 (beyond the free 15) or INT-7 (more than 3 personal devices in a coach visit). */
export const INTERVENTION_BILLING_REASONS = ["BEYOND_ALLOWANCE", "COACH_PERSONAL_DEVICES"] as const;

export interface InterventionChargeLine {
  code: "TRAVEL" | "TECHNICIAN_FIRST_HOUR" | "TECHNICIAN_EXTRA_HALF_HOUR" | "COACH_HOUR";
  quantity: number;
  unitCents: number;
  totalCents: number;
}

/**
 * INT-2..INT-7: a home intervention by a technician or a coach visit, at an address of the member.
 * INT-3: classified once, at booking, under a row lock on the member: included (it holds one of the
 * 15 `allowance_slot`s of its contract year) or beyond the allowance (`billing_reason` BEYOND_ALLOWANCE,
 * no slot). The unique index keeps at most 15 included per member and contract year; a cancellation
 * frees the slot. The price shown and accepted is kept as it was quoted (`charge_lines`,
 * `price_cents` TTC) and is what billing invoices.
 */
export const interventions = pgTable(
  "interventions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    // "no action" (checked at the end of the statement), not "restrict": erasing a member cascades
    // to both this row and its request/address, in whatever order PostgreSQL visits them.
    assistanceRequestId: uuid("assistance_request_id")
      .notNull()
      .references(() => assistanceRequests.id, { onDelete: "no action" }),
    kind: text("kind", { enum: INTERVENTION_KINDS }).notNull(),
    performerId: uuid("performer_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "restrict" }),
    addressId: uuid("address_id")
      .notNull()
      .references(() => addresses.id, { onDelete: "no action" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** INT-7: personal devices the coach helps with in this visit. */
    personalDeviceCount: integer("personal_device_count").notNull().default(0),
    status: text("status", { enum: INTERVENTION_STATUSES }).notNull().default("BOOKED"),
    /** INT-3: the option's contract year the intervention counts in. */
    contractYearStart: timestamp("contract_year_start", { withTimezone: true }).notNull(),
    /** INT-3: which of the 15 included interventions of the contract year this is (1..15); null beyond the 15, and once cancelled. */
    allowanceSlot: smallint("allowance_slot"),
    inBusinessHours: boolean("in_business_hours").notNull(),
    billingReason: text("billing_reason", { enum: INTERVENTION_BILLING_REASONS }),
    priceCents: integer("price_cents").notNull().default(0),
    chargeLines: jsonb("charge_lines").$type<InterventionChargeLine[]>().notNull().default([]),
    bookedAt: timestamp("booked_at", { withTimezone: true }).notNull(),
    bookedBy: uuid("booked_by").notNull(),
    /** INT-6: the member confirmed their data is backed up. */
    backupConfirmedAt: timestamp("backup_confirmed_at", { withTimezone: true }),
    backupConfirmedByRole: text("backup_confirmed_by_role"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    refusalReason: text("refusal_reason", { enum: INTERVENTION_REFUSAL_REASONS }),
    refusalNote: text("refusal_note"),
    refusedAt: timestamp("refused_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    index("interventions_member_idx").on(t.memberId, t.startsAt),
    index("interventions_performer_idx").on(t.performerId, t.startsAt),
    index("interventions_request_idx").on(t.assistanceRequestId),
    check("interventions_kind_check", sql`${t.kind} in ('TECHNICIAN','COACH_VISIT')`),
    check("interventions_status_check", sql`${t.status} in ('BOOKED','STARTED','DONE','REFUSED','CANCELLED')`),
    check("interventions_duration_check", sql`${t.durationMinutes} between 15 and 600`),
    check("interventions_devices_check", sql`${t.personalDeviceCount} between 0 and 50`),
    check("interventions_price_check", sql`${t.priceCents} >= 0 and (${t.billingReason} is null) = (${t.priceCents} = 0)`),
    check("interventions_billing_reason_check", sql`${t.billingReason} is null or ${t.billingReason} in ('BEYOND_ALLOWANCE','COACH_PERSONAL_DEVICES')`),
    check("interventions_refusal_check", sql`(${t.status} = 'REFUSED') = (${t.refusalReason} is not null) and (${t.refusalReason} is null) = (${t.refusedAt} is null)`),
    check(
      "interventions_refusal_reason_check",
      sql`${t.refusalReason} is null or ${t.refusalReason} in ('DANGEROUS_REPAIR','EXTERNAL_CAUSE','MODIFIED_BY_MEMBER','REPAIRED_OUTSIDE_APPROVED_BODY')`,
    ),
    check("interventions_started_check", sql`${t.status} not in ('STARTED','DONE') or (${t.startedAt} is not null and ${t.backupConfirmedAt} is not null)`),
    check("interventions_done_check", sql`(${t.status} = 'DONE') = (${t.doneAt} is not null)`),
    check("interventions_cancelled_check", sql`(${t.status} = 'CANCELLED') = (${t.cancelledAt} is not null)`),
    uniqueIndex("interventions_allowance_slot_idx").on(t.memberId, t.contractYearStart, t.allowanceSlot),
    check("interventions_allowance_slot_range_check", sql`${t.allowanceSlot} is null or ${t.allowanceSlot} between 1 and 15`),
    check(
      "interventions_allowance_check",
      sql`case when ${t.status} = 'CANCELLED' then ${t.allowanceSlot} is null else (${t.allowanceSlot} is not null) = (${t.billingReason} is distinct from 'BEYOND_ALLOWANCE') end`,
    ),
  ],
);
