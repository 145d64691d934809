import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only (AUT-4): a trigger created in the migrations refuses UPDATE and DELETE.
 * Written in the same transaction as the change it describes.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    requestId: text("request_id").notNull(),
    actorRole: text("actor_role").notNull(),
    actorId: text("actor_id"),
    onBehalfOfMemberId: uuid("on_behalf_of_member_id"),
    operation: text("operation").notNull(),
    targetIds: text("target_ids").array().notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_member_idx").on(t.onBehalfOfMemberId, t.at), index("audit_log_operation_idx").on(t.operation)],
);
