import { inArray } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog, conciergePrivileges, conciergeRequests, conciergeStatusChanges } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, refusals, type GqlResult } from "../../support/api.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";
import { aCast, aMember, anOption, type MemberRow } from "../../support/factories.js";

export const REQUEST_FIELDS = `id content status statusReason callbackRequested callbackPhone preferredLanguage privilegeRequired scope submittedByRole
  submittedAt category { code included } statusHistory { from to reason at byRole }`;

export const SUBMIT = `mutation($input: SubmitConciergeRequestInput!) { submitConciergeRequest(input: $input) {
  request { ${REQUEST_FIELDS} } userErrors { code message field rule } } }`;
export const CANCEL = `mutation($input: CancelConciergeRequestInput!) { cancelConciergeRequest(input: $input) {
  request { id status statusReason statusHistory { from to reason byRole } } userErrors { code message field rule } } }`;
export const PARTNER_UPDATE = `mutation($input: UpdateConciergeRequestStatusInput!) { updateConciergeRequestStatus(input: $input) {
  request { id status statusReason memberFirstName memberLastName } userErrors { code message field rule } } }`;
export const SUBSCRIBE_PRIVILEGE = `mutation($input: ConciergePrivilegeInput!) { subscribeConciergePrivilege(input: $input) {
  privilege { id status startedAt cancelledAt endsAt monthlyPriceTtcCents monthlyPriceHtCents } userErrors { code message field rule } } }`;
export const CANCEL_PRIVILEGE = `mutation($input: ConciergePrivilegeInput!) { cancelConciergePrivilege(input: $input) {
  privilege { id status cancelledAt endsAt } userErrors { code message field rule } } }`;

export const requestGid = (row: { id: string }) => toGlobalId("ConciergeRequest", row.id);

/** An active member holding the Option Intérieur (the concierge is one of its services). */
export async function anOptionHolder(db: Database, overrides: Partial<MemberRow> = {}): Promise<MemberRow> {
  const member = await aMember(db, overrides);
  await anOption(db, member.id);
  return member;
}

/** aCast whose member holds the option. */
export async function aConciergeCast(db: Database) {
  const cast = await aCast(db);
  await anOption(db, cast.member.id);
  return cast;
}

/** A request written directly, in a given status (history: the submission only). */
export async function aConciergeRequest(db: Database, memberId: string, overrides: Partial<typeof conciergeRequests.$inferInsert> = {}) {
  const at = overrides.createdAt ?? new Date("2026-11-20T10:00:00Z");
  const [row] = await db.db
    .insert(conciergeRequests)
    .values({
      memberId,
      category: "RESTAURANT",
      privilegeRequired: false,
      content: "Une table pour deux vendredi soir",
      preferredLanguage: "fr",
      status: "SUBMITTED",
      submittedByRole: "MEMBER",
      submittedById: memberId,
      createdAt: at,
      updatedAt: at,
      ...overrides,
    })
    .returning();
  await db.db.insert(conciergeStatusChanges).values({ requestId: row!.id, toStatus: "SUBMITTED", at, byRole: "MEMBER", byId: memberId });
  return row!;
}

export async function aPrivilege(db: Database, memberId: string, overrides: Partial<typeof conciergePrivileges.$inferInsert> = {}) {
  const [row] = await db.db
    .insert(conciergePrivileges)
    .values({ memberId, startedAt: new Date("2026-11-01T09:00:00Z"), createdByRole: "MEMBER", createdById: memberId, ...overrides })
    .returning();
  return row!;
}

/** Everything a concierge mutation could write for these members, and the audit log size. */
export async function conciergeState(db: Database, memberIds: string[]) {
  const requests = await db.db.select().from(conciergeRequests).where(inArray(conciergeRequests.memberId, memberIds)).orderBy(conciergeRequests.id);
  const ids = requests.map((r) => r.id);
  const [changes, privileges, auditCount] = await Promise.all([
    ids.length ? db.db.select().from(conciergeStatusChanges).where(inArray(conciergeStatusChanges.requestId, ids)).orderBy(conciergeStatusChanges.id) : Promise.resolve([]),
    db.db.select().from(conciergePrivileges).where(inArray(conciergePrivileges.memberId, memberIds)).orderBy(conciergePrivileges.id),
    countRows(db, auditLog),
  ]);
  return { requests, changes, privileges, auditCount };
}

/** A refusal by the permission map: no data, FORBIDDEN (UNAUTHENTICATED for anonymous), nothing written. */
export async function expectShieldRefusal(db: Database, run: () => Promise<GqlResult>, memberIds: string[], code = "FORBIDDEN") {
  const before = await conciergeState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await conciergeState(db, memberIds)).toEqual(before);
}

/** A refusal as userErrors: nothing written, no audit row; returns the [code, rule] pairs. */
export async function expectUserErrors(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string) {
  const before = await conciergeState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(res.data![field]).not.toBeNull();
  expect(await conciergeState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  return refusals(res, field);
}

export const STAFF_REFUSED = ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "PRIVACY_OFFICER"] as const;
