import { eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import { addresses, auditLog, internetLines, optionSubscriptions } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, refusals, userErrorsOf, type GqlResult } from "../../support/api.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";

export const ADD_ADDRESS = `mutation($input: AddAddressInput!) {
  addAddress(input: $input) {
    address { id kind label line1 line2 postalCode commune fiberEligible adslEligible removedAt lines { id } }
    userErrors { code message field rule }
  } }`;

export const REMOVE_ADDRESS = `mutation($input: RemoveAddressInput!) {
  removeAddress(input: $input) {
    address { id removedAt } removedLines { id removedAt } optionEnded
    userErrors { code message field rule }
  } }`;

export const UPDATE_ELIGIBILITY = `mutation($input: UpdateAddressEligibilityInput!) {
  updateAddressEligibility(input: $input) {
    address { id fiberEligible adslEligible }
    userErrors { code message field rule }
  } }`;

export const ADD_LINE = `mutation($input: AddInternetLineInput!) {
  addInternetLine(input: $input) {
    line { id operator offer technology reference eligible ineligibilityReason address { id } }
    userErrors { code message field rule }
  } }`;

export const REMOVE_LINE = `mutation($input: RemoveInternetLineInput!) {
  removeInternetLine(input: $input) {
    line { id removedAt } optionEnded
    userErrors { code message field rule }
  } }`;

export const addressGid = (row: { id: string }) => toGlobalId("Address", row.id);
export const lineGid = (row: { id: string }) => toGlobalId("InternetLine", row.id);

export const holderOf = (member: { lastName: string; firstName: string }) => ({ lastName: member.lastName, firstName: member.firstName });

/** A Paris extra site (or main address) input. */
export const addressInput = (overrides: Record<string, unknown> = {}) => ({
  kind: "EXTRA_SITE",
  line1: "5 avenue Montaigne",
  postalCode: "75008",
  commune: "Paris",
  fiberEligible: true,
  ...overrides,
});

/** Everything a premises mutation could write for these members: their addresses, lines, options, and the audit log size. */
export async function premisesState(db: Database, memberIds: string[]) {
  const [addressRows, lineRows, optionRows, auditCount] = await Promise.all([
    db.db.select().from(addresses).where(inArray(addresses.memberId, memberIds)).orderBy(addresses.id),
    db.db.select().from(internetLines).where(inArray(internetLines.memberId, memberIds)).orderBy(internetLines.id),
    db.db.select().from(optionSubscriptions).where(inArray(optionSubscriptions.memberId, memberIds)).orderBy(optionSubscriptions.id),
    countRows(db, auditLog),
  ]);
  return { addressRows, lineRows, optionRows, auditCount };
}

export async function activeLinesAt(db: Database, addressId: string) {
  return db.db
    .select()
    .from(internetLines)
    .where(eq(internetLines.addressId, addressId))
    .then((rows) => rows.filter((r) => r.removedAt === null));
}

/** A role the permission map refuses: no data, one FORBIDDEN (UNAUTHENTICATED for anonymous), and nothing written. */
export async function expectRefusedByShield(db: Database, run: () => Promise<GqlResult>, memberIds: string[], code: "FORBIDDEN" | "UNAUTHENTICATED" = "FORBIDDEN") {
  const before = await premisesState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await premisesState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
}

/** A refusal returned as userErrors: nothing written, no audit row. */
export async function expectRefusedAsUserError(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string) {
  const before = await premisesState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(await premisesState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  return { res, errors: refusals(res, field), userErrors: userErrorsOf(res, field) };
}

export const SHIELD_REFUSED_ROLES = ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
