import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";
import { staffUsers } from "./people.js";

export const DEVICE_KINDS = ["PHONE", "TABLET", "COMPUTER"] as const;
export const DEVICE_OSES = ["ANDROID", "IOS", "IPADOS", "WINDOWS", "MACOS", "LINUX", "OTHER"] as const;
export const DEVICE_STATES = ["DESIGNATED", "ACTIVE"] as const;

/**
 * DEV-1..3: Bitdefender protection slots. The member (or delegate, or the desk for them) designates
 * a device; the member's coach activates it (DEV-2). Removing sets `removed_at` (DEV-3): the row
 * stays for history but no longer holds a slot. "At most 20" is held by a row lock on the member.
 */
export const devices = pgTable(
  "devices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind", { enum: DEVICE_KINDS }).notNull(),
    os: text("os", { enum: DEVICE_OSES }).notNull(),
    /** DEV-2: the device has internet connectivity; declared at designation, confirmed by the coach at activation. */
    hasInternetConnectivity: boolean("has_internet_connectivity").notNull(),
    state: text("state", { enum: DEVICE_STATES }).notNull().default("DESIGNATED"),
    designatedAt: timestamp("designated_at", { withTimezone: true }).notNull(),
    designatedByRole: text("designated_by_role").notNull(),
    designatedById: uuid("designated_by_id").notNull(),
    /** DEV-2: who activated the device (a coach) and when. */
    activatedAt: timestamp("activated_at", { withTimezone: true }),
    activatedById: uuid("activated_by_id").references(() => staffUsers.id, { onDelete: "restrict" }),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    removedByRole: text("removed_by_role"),
    removedById: uuid("removed_by_id"),
  },
  (t) => [
    index("devices_member_active_idx").on(t.memberId).where(sql`${t.removedAt} is null`),
    check("devices_kind_check", sql`${t.kind} in ('PHONE','TABLET','COMPUTER')`),
    check("devices_os_check", sql`${t.os} in ('ANDROID','IOS','IPADOS','WINDOWS','MACOS','LINUX','OTHER')`),
    check("devices_state_check", sql`${t.state} in ('DESIGNATED','ACTIVE')`),
    check("devices_name_check", sql`length(trim(${t.name})) between 1 and 60`),
    check("devices_activation_check", sql`(${t.state} = 'ACTIVE') = (${t.activatedAt} is not null and ${t.activatedById} is not null)`),
    check("devices_active_connectivity_check", sql`${t.state} <> 'ACTIVE' or ${t.hasInternetConnectivity}`),
    check("devices_activated_after_check", sql`${t.activatedAt} is null or ${t.activatedAt} >= ${t.designatedAt}`),
    check(
      "devices_removed_check",
      sql`(${t.removedAt} is null) = (${t.removedById} is null) and (${t.removedAt} is null) = (${t.removedByRole} is null) and (${t.removedAt} is null or ${t.removedAt} >= ${t.designatedAt})`,
    ),
  ],
);

export const MOBILE_OPERATORS = ["ORANGE", "SFR", "BOUYGUES_TELECOM", "FREE_MOBILE", "OTHER"] as const;
/**
 * SVC-3: the kinds of mobile plan a member may declare. ORANGE_PLAN (forfait Orange) and ORANGE_OPEN
 * (Open, the plan bundled with a Livebox) are Orange consumer plans; SOSH, MOBICARTE, LOCKED_PLAN
 * (forfait bloqué) are excluded by the contract, PRO_PLAN is not a consumer line.
 */
export const VIP_PLAN_TYPES = ["ORANGE_PLAN", "ORANGE_OPEN", "SOSH", "MOBICARTE", "LOCKED_PLAN", "PRO_PLAN"] as const;
export const ELIGIBLE_VIP_PLAN_TYPES = ["ORANGE_PLAN", "ORANGE_OPEN"] as const;

/**
 * SVC-3: Orange consumer mobile lines in the member's own name, declared to (and recorded by) the
 * member's coach. Only eligible lines are ever stored; a withdrawn line keeps its row.
 */
export const vipLines = pgTable(
  "vip_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** E.164 French mobile number. */
    phoneNumber: text("phone_number").notNull(),
    planType: text("plan_type", { enum: ELIGIBLE_VIP_PLAN_TYPES }).notNull(),
    declaredAt: timestamp("declared_at", { withTimezone: true }).notNull(),
    declaredById: uuid("declared_by_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "restrict" }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnById: uuid("withdrawn_by_id").references(() => staffUsers.id, { onDelete: "restrict" }),
  },
  (t) => [
    uniqueIndex("vip_lines_one_active_number_per_member").on(t.memberId, t.phoneNumber).where(sql`${t.withdrawnAt} is null`),
    check("vip_lines_plan_type_check", sql`${t.planType} in ('ORANGE_PLAN','ORANGE_OPEN')`),
    check("vip_lines_phone_check", sql`${t.phoneNumber} ~ '^\\+33[67][0-9]{8}$'`),
    check("vip_lines_withdrawn_check", sql`(${t.withdrawnAt} is null) = (${t.withdrawnById} is null)`),
  ],
);
