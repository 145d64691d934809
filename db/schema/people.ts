import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";

export const DELEGATE_NOTIFICATION_CHANNELS = ["APP", "EMAIL", "PHONE"] as const;

/** The person a member designated to act on their behalf (MEM-4). At most one active per member. */
export const delegates = pgTable(
  "delegates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    lastName: text("last_name").notNull(),
    firstName: text("first_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    postalAddress: text("postal_address"),
    /** MEM-4: how the Desk was notified of the designation or replacement, and who registered it. */
    notifiedVia: text("notified_via", { enum: DELEGATE_NOTIFICATION_CHANNELS }).notNull().default("APP"),
    registeredByRole: text("registered_by_role").notNull().default("MEMBER"),
    registeredById: text("registered_by_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    check("delegates_notified_via_check", sql`${t.notifiedVia} in ('APP','EMAIL','PHONE')`),
    uniqueIndex("delegates_one_active_per_member").on(t.memberId).where(sql`${t.revokedAt} is null`),
    check("delegates_contact_check", sql`${t.email} is not null or ${t.phone} is not null`),
  ],
);

export const PAYER_KINDS = ["NATURAL_PERSON", "LEGAL_ENTITY"] as const;

/** A third-party payer (art. 6.5) designated by a member. */
export const payers = pgTable(
  "payers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: PAYER_KINDS }).notNull(),
    displayName: text("display_name").notNull(),
    email: text("email").notNull(),
    billingAddress: text("billing_address").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("payers_member_idx").on(t.memberId), check("payers_kind_check", sql`${t.kind} in ('NATURAL_PERSON','LEGAL_ENTITY')`)],
);

export const STAFF_ROLES = ["DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;

/** Orange VIP desk staff and partner system accounts: one row per person or integration. */
export const staffUsers = pgTable(
  "staff_users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    role: text("role", { enum: STAFF_ROLES }).notNull(),
    displayName: text("display_name").notNull(),
    email: text("email").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("staff_users_email_key").on(sql`lower(${t.email})`),
    check("staff_users_role_check", sql`${t.role} in ('DESK_AGENT','COACH','TECHNICIAN','COMMITTEE','BILLING','CONCIERGE_PARTNER','PRIVACY_OFFICER')`),
  ],
);
