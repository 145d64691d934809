import { auditLog } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { aCast, aDelegate, aMember, aPayer, aStaffUser, actors } from "../../support/factories.js";

export const ENTRY_FIELDS = `at operation operationLabel details changedFields actor { role name onBehalfOf label }`;

export const MEMBER_HISTORY = `query($memberId: ID!, $first: Int!, $after: String, $filter: HistoryFilterInput) {
  memberHistory(memberId: $memberId, first: $first, after: $after, filter: $filter) {
    edges { cursor node { ${ENTRY_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;

/** Member.history through `me` (the member and the delegate) . */
export const MY_HISTORY = `query($first: Int!, $after: String, $filter: HistoryFilterInput) { me { member {
  history(first: $first, after: $after, filter: $filter) { edges { cursor node { ${ENTRY_FIELDS} } } pageInfo { hasNextPage endCursor } } } } }`;

/** Member.history through `node` (staff, and the refused roles). */
export const NODE_HISTORY = `query($id: ID!, $first: Int!) { node(id: $id) { ... on Member {
  history(first: $first) { edges { node { ${ENTRY_FIELDS} } } } } } }`;

export type AuditValues = Partial<typeof auditLog.$inferInsert>;

/** An audit row written directly (the log is append-only: rows are only ever inserted). */
export async function anAuditRow(db: Database, memberId: string, values: AuditValues = {}) {
  const [row] = await db.db
    .insert(auditLog)
    .values({
      at: new Date("2026-11-20T10:00:00Z"),
      requestId: "test",
      actorRole: "MEMBER",
      actorId: memberId,
      onBehalfOfMemberId: memberId,
      operation: "updateMemberContact",
      targetIds: [memberId],
      details: {},
      ...values,
    })
    .returning();
  return row!;
}

/**
 * A cast whose people have real names: Jeanne Dupont (member), Luc Bernard (her delegate),
 * Marie Martin (desk agent), plus every other role of aCast.
 */
export async function aNamedCast(db: Database) {
  const cast = await aCast(db);
  const member = await aMember(db, { firstName: "Jeanne", lastName: "Dupont" });
  const delegate = await aDelegate(db, member.id, { firstName: "Luc", lastName: "Bernard", registeredByRole: "MEMBER", registeredById: member.id });
  const payer = await aPayer(db, member.id, { displayName: "SCI Dupont" });
  const desk = await aStaffUser(db, "DESK_AGENT", { displayName: "Marie Martin" });
  return {
    ...cast,
    member,
    delegate,
    payer,
    desk,
    as: { ...cast.as, member: actors.member(member), delegate: actors.delegate(delegate), payer: actors.payer(payer), DESK_AGENT: actors.staff(desk) },
  };
}
export type NamedCast = Awaited<ReturnType<typeof aNamedCast>>;

/** The history's readers and the roles always refused, as aCast names them. */
export const HISTORY_REFUSED = ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER"] as const;
