import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";

/** GDP-1: the rights a member may exercise (GDPR art. 15–21, and French law's post-mortem directives). */
export const PRIVACY_REQUEST_KINDS = ["ACCESS", "RECTIFICATION", "ERASURE", "PORTABILITY", "OBJECTION", "RESTRICTION", "POST_MORTEM_DIRECTIVES"] as const;
/** GDP-1: how the request reached Parnasse: the app, or the desk for one received by post or email. */
export const PRIVACY_REQUEST_CHANNELS = ["APP", "POST", "EMAIL"] as const;
export const PRIVACY_REQUEST_STATUSES = ["RECEIVED", "ANSWERED", "REJECTED"] as const;
/** GDP-1: the identity proof, recorded as a fact with a reference; the document itself is never stored. */
export const IDENTITY_PROOF_KINDS = ["APP_AUTHENTICATION", "IDENTITY_CARD", "PASSPORT", "RESIDENCE_PERMIT", "DRIVING_LICENCE"] as const;
/** Objection and restriction are recorded per purpose of processing. */
export const PROCESSING_PURPOSES = ["ACCOUNT_DATA", "MARKETING", "SATISFACTION_SURVEYS", "PROFILING", "PARTNER_SHARING"] as const;
export const PROCESSING_LIMIT_KINDS = ["OBJECTION", "RESTRICTION"] as const;

/**
 * GDP-1: a data-subject request. Due one month after receipt; extendable once, by two more months,
 * with a reason given before the first month ends (GDPR art. 12(3)).
 */
export const privacyRequests = pgTable(
  "privacy_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: PRIVACY_REQUEST_KINDS }).notNull(),
    channel: text("channel", { enum: PRIVACY_REQUEST_CHANNELS }).notNull(),
    status: text("status", { enum: PRIVACY_REQUEST_STATUSES }).notNull().default("RECEIVED"),
    /** What the member asks, in their words. */
    details: text("details"),
    /** OBJECTION and RESTRICTION: the purpose concerned. */
    purpose: text("purpose", { enum: PROCESSING_PURPOSES }),
    identityProofKind: text("identity_proof_kind", { enum: IDENTITY_PROOF_KINDS }).notNull(),
    /** A reference to the proof seen (document number's last digits, a mail reference, the app session): never the document. */
    identityProofReference: text("identity_proof_reference").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    extendedAt: timestamp("extended_at", { withTimezone: true }),
    extensionReason: text("extension_reason"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answer: text("answer"),
    /** GDP-3: for an erasure, the records kept, with their legal basis and purge date. */
    retentionLedger: jsonb("retention_ledger"),
    answeredById: text("answered_by_id"),
    filedByRole: text("filed_by_role").notNull(),
    filedById: text("filed_by_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("privacy_requests_member_idx").on(t.memberId, t.receivedAt, t.id),
    index("privacy_requests_open_due_idx").on(t.dueAt, t.id).where(sql`${t.status} = 'RECEIVED'`),
    check("privacy_requests_kind_check", sql`${t.kind} in ('ACCESS','RECTIFICATION','ERASURE','PORTABILITY','OBJECTION','RESTRICTION','POST_MORTEM_DIRECTIVES')`),
    check("privacy_requests_channel_check", sql`${t.channel} in ('APP','POST','EMAIL')`),
    check("privacy_requests_status_check", sql`${t.status} in ('RECEIVED','ANSWERED','REJECTED')`),
    check(
      "privacy_requests_proof_check",
      sql`${t.identityProofKind} in ('APP_AUTHENTICATION','IDENTITY_CARD','PASSPORT','RESIDENCE_PERMIT','DRIVING_LICENCE') and length(trim(${t.identityProofReference})) > 0`,
    ),
    check(
      "privacy_requests_purpose_check",
      sql`(${t.purpose} is not null) = (${t.kind} in ('OBJECTION','RESTRICTION')) and (${t.purpose} is null or ${t.purpose} in ('ACCOUNT_DATA','MARKETING','SATISFACTION_SURVEYS','PROFILING','PARTNER_SHARING'))`,
    ),
    check("privacy_requests_due_check", sql`${t.dueAt} > ${t.receivedAt}`),
    check("privacy_requests_extension_check", sql`(${t.extendedAt} is null) = (${t.extensionReason} is null)`),
    check("privacy_requests_answer_check", sql`(${t.status} = 'RECEIVED') = (${t.answeredAt} is null)`),
  ],
);

/**
 * An objection or a restriction in force for one purpose (GDPR art. 18, 21), from the request that
 * asked for it until it is lifted. At most one in force per member, kind and purpose.
 */
export const processingLimits = pgTable(
  "processing_limits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "restrict" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => privacyRequests.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: PROCESSING_LIMIT_KINDS }).notNull(),
    purpose: text("purpose", { enum: PROCESSING_PURPOSES }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    liftedAt: timestamp("lifted_at", { withTimezone: true }),
    liftedReason: text("lifted_reason"),
    liftedById: text("lifted_by_id"),
  },
  (t) => [
    uniqueIndex("processing_limits_one_in_force").on(t.memberId, t.kind, t.purpose).where(sql`${t.liftedAt} is null`),
    index("processing_limits_request_idx").on(t.requestId),
    check("processing_limits_kind_check", sql`${t.kind} in ('OBJECTION','RESTRICTION')`),
    check("processing_limits_purpose_check", sql`${t.purpose} in ('ACCOUNT_DATA','MARKETING','SATISFACTION_SURVEYS','PROFILING','PARTNER_SHARING')`),
    check("processing_limits_lift_check", sql`(${t.liftedAt} is null) = (${t.liftedReason} is null)`),
  ],
);
