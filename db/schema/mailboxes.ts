import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";
import { quoteRequests } from "./quotes.js";

/** MBX-2: the paid packs that add mailboxes (« +1 », « pack 5 », « pack 10 »). */
export const MAILBOX_PACK_KINDS = ["PLUS_1", "PACK_5", "PACK_10"] as const;

/**
 * MBX-2: a member's mailbox packs. Capacity = 1 included + the extras of the packs not cancelled.
 * `extra_mailboxes` is the pack's size when subscribed, so a later change of the offer never
 * shrinks a pack already sold.
 */
export const mailboxPacks = pgTable(
  "mailbox_packs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    pack: text("pack", { enum: MAILBOX_PACK_KINDS }).notNull(),
    extraMailboxes: integer("extra_mailboxes").notNull(),
    subscribedAt: timestamp("subscribed_at", { withTimezone: true }).notNull(),
    subscribedBy: uuid("subscribed_by").notNull(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by"),
  },
  (t) => [
    index("mailbox_packs_member_idx").on(t.memberId),
    check("mailbox_packs_pack_check", sql`${t.pack} in ('PLUS_1','PACK_5','PACK_10')`),
    check("mailbox_packs_extra_check", sql`${t.extraMailboxes} > 0`),
    check("mailbox_packs_cancel_check", sql`(${t.cancelledAt} is null) = (${t.cancelledBy} is null)`),
    check("mailbox_packs_order_check", sql`${t.cancelledAt} is null or ${t.cancelledAt} >= ${t.subscribedAt}`),
  ],
);

/**
 * MBX-1: Exchange mailboxes, 60 GB each, on the Parnasse domain or the member's own domain.
 * MBX-4: there is deliberately no password column: the member alone holds the password.
 */
export const mailboxes = pgTable(
  "mailboxes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** Lower-case local part and domain (ASCII; an internationalised domain is stored in punycode). */
    localPart: text("local_part").notNull(),
    domain: text("domain").notNull(),
    address: text("address").notNull(),
    customDomain: boolean("custom_domain").notNull(),
    displayName: text("display_name"),
    quotaGb: integer("quota_gb").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").notNull(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    // One live mailbox per address, whoever holds it; a deleted address may be taken again.
    uniqueIndex("mailboxes_address_live_key").on(t.address).where(sql`${t.deletedAt} is null`),
    index("mailboxes_member_idx").on(t.memberId),
    check("mailboxes_address_check", sql`${t.address} = ${t.localPart} || '@' || ${t.domain}`),
    check("mailboxes_lower_check", sql`${t.address} = lower(${t.address})`),
    check("mailboxes_local_part_check", sql`${t.localPart} ~ '^[a-z0-9._+-]{1,64}$'`),
    check("mailboxes_domain_check", sql`length(${t.domain}) between 3 and 253 and ${t.domain} ~ '^[a-z0-9.-]+$'`),
    check("mailboxes_quota_check", sql`${t.quotaGb} > 0`),
    check("mailboxes_order_check", sql`${t.deletedAt} is null or ${t.deletedAt} >= ${t.createdAt}`),
  ],
);

export const MAILBOX_MIGRATION_STATUSES = ["INCLUDED", "QUOTE_REQUIRED"] as const;

/**
 * MBX-3: a request to migrate existing mail into a mailbox. Included up to 5 GB; beyond, a quote
 * request of the shared workflow (QUO-1, purpose MAIL_MIGRATION) is opened and linked here.
 */
export const mailboxMigrations = pgTable(
  "mailbox_migrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mailboxId: uuid("mailbox_id")
      .notNull()
      .references(() => mailboxes.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    source: text("source").notNull(),
    sizeMb: integer("size_mb").notNull(),
    status: text("status", { enum: MAILBOX_MIGRATION_STATUSES }).notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    requestedBy: uuid("requested_by").notNull(),
    /** MBX-3/QUO-1: beyond 5 GB, the shared quote request (purpose MAIL_MIGRATION). */
    quoteRequestId: uuid("quote_request_id").references(() => quoteRequests.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("mailbox_migrations_mailbox_idx").on(t.mailboxId),
    uniqueIndex("mailbox_migrations_quote_request_key").on(t.quoteRequestId),
    check("mailbox_migrations_quote_request_check", sql`(${t.status} = 'QUOTE_REQUIRED') = (${t.quoteRequestId} is not null)`),
    check("mailbox_migrations_status_check", sql`${t.status} in ('INCLUDED','QUOTE_REQUIRED')`),
    check("mailbox_migrations_size_check", sql`${t.sizeMb} > 0`),
  ],
);

export const MAILBOX_SUPPORT_KINDS = ["SETUP", "ASSISTANCE"] as const;

/**
 * MBX-5: a remote setup or assistance request. Nothing is booked: `available_from` records when
 * the service could take it (now if open, else its next opening) and who provides it then.
 */
export const mailboxSupportRequests = pgTable(
  "mailbox_support_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mailboxId: uuid("mailbox_id")
      .notNull()
      .references(() => mailboxes.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: MAILBOX_SUPPORT_KINDS }).notNull(),
    note: text("note"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    requestedBy: uuid("requested_by").notNull(),
    availableFrom: timestamp("available_from", { withTimezone: true }),
    providedBy: text("provided_by"),
  },
  (t) => [index("mailbox_support_requests_mailbox_idx").on(t.mailboxId), check("mailbox_support_requests_kind_check", sql`${t.kind} in ('SETUP','ASSISTANCE')`)],
);
