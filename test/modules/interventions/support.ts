import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { expect } from "vitest";
import { assistanceRequests, auditLog, coachAssignments, interventions } from "../../../db/schema/index.js";
import { interventionRates, quoteIntervention } from "../../../src/modules/interventions/interventions.pricing.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, userErrorsOf, type GqlResult, type UserErrorShape } from "../../support/api.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";
import { aCast, anOption } from "../../support/factories.js";
import { givePremises } from "../options/support.js";

export const REQUEST_FIELDS = `id topic installedByParnasse description openedAt remoteOutcome remoteOutcomeNote remoteOutcomeAt homeInterventionPossible`;
export const PRICE_FIELDS = `billable billingReason inBusinessHours lines { code quantity unitCents totalCents } totalCents totalHtCents vatCents`;
export const INTERVENTION_FIELDS = `id kind status assistanceRequestId startsAt durationMinutes endsAt personalDeviceCount countsInAllowance
  contractYearStart bookedAt backupConfirmedAt startedAt doneAt refusalReason refusalNote refusedAt cancelledAt
  price { ${PRICE_FIELDS} } site { line1 postalCode commune } topic installedByParnasse problem performerName`;
const ERRORS = `userErrors { code message field rule }`;

export const OPEN_REQUEST = `mutation($input: OpenAssistanceRequestInput!) { openAssistanceRequest(input: $input) { assistanceRequest { ${REQUEST_FIELDS} } ${ERRORS} } }`;
export const RECORD_OUTCOME = `mutation($input: RecordRemoteAssistanceOutcomeInput!) { recordRemoteAssistanceOutcome(input: $input) { assistanceRequest { ${REQUEST_FIELDS} } ${ERRORS} } }`;
export const QUOTE = `query($input: InterventionQuoteInput!) { interventionQuote(input: $input) {
  quote { kind startsAt durationMinutes free usedInContractYear limit contractYearStart contractYearEnd priceToAcceptCents price { ${PRICE_FIELDS} } }
  ${ERRORS} } }`;
export const BOOK = `mutation($input: BookHomeInterventionInput!) { bookHomeIntervention(input: $input) { intervention { ${INTERVENTION_FIELDS} } ${ERRORS} } }`;
const lifecycle = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { intervention { id status backupConfirmedAt startedAt doneAt refusalReason refusalNote cancelledAt countsInAllowance } ${ERRORS} } }`;
export const CONFIRM_BACKUP = lifecycle("confirmInterventionBackup", "InterventionIdInput");
export const START = lifecycle("startIntervention", "InterventionIdInput");
export const COMPLETE = lifecycle("completeIntervention", "InterventionIdInput");
export const REFUSE = lifecycle("refuseIntervention", "RefuseInterventionInput");
export const CANCEL = lifecycle("cancelIntervention", "InterventionIdInput");

export const gid = {
  member: (row: { id: string }) => toGlobalId("Member", row.id),
  request: (row: { id: string }) => toGlobalId("AssistanceRequest", row.id),
  intervention: (row: { id: string }) => toGlobalId("Intervention", row.id),
  address: (row: { id: string }) => toGlobalId("Address", row.id),
  staff: (row: { id: string }) => toGlobalId("StaffUser", row.id),
};

/** Option accepted on 2 November 2026 (contract year 2026-11-02 → 2027-11-02 Paris); tests run on Thursday 26 November 2026. */
export const OPTION_ACCEPTED_AT = new Date("2026-11-02T09:00:00Z");
export const YEAR_START = "2026-11-01T23:00:00.000Z";
export const YEAR_END = "2027-11-01T23:00:00.000Z";
/** Tuesday 1 December 2026, 10:00 Paris. */
export const WEEKDAY_10H = "2026-12-01T09:00:00.000Z";
/** Saturday 28 November 2026, 10:00 Paris. */
export const SATURDAY_10H = "2026-11-28T09:00:00.000Z";

/** Every role around one member holding the option, with a main address (and line), an assigned coach and a failed remote assistance. */
export async function aScene(db: Database) {
  const cast = await aCast(db);
  const { address } = await givePremises(db, cast.member.id);
  await anOption(db, cast.member.id, { acceptedAt: OPTION_ACCEPTED_AT, createdAt: OPTION_ACCEPTED_AT });
  await db.db.insert(coachAssignments).values({ memberId: cast.member.id, coachId: cast.staff.COACH.id, assignedAt: OPTION_ACCEPTED_AT, assignedBy: cast.staff.DESK_AGENT.id });
  const request = await anAssistanceRequest(db, cast.member.id);
  return { ...cast, address, request };
}

export async function anAssistanceRequest(db: Database, memberId: string, overrides: Partial<typeof assistanceRequests.$inferInsert> = {}) {
  const [row] = await db.db
    .insert(assistanceRequests)
    .values({
      memberId,
      topic: "LIVEBOX",
      description: "La Livebox redémarre en boucle",
      openedAt: new Date("2026-11-20T09:00:00Z"),
      openedByRole: "MEMBER",
      openedById: memberId,
      remoteOutcome: "FAILED",
      remoteOutcomeAt: new Date("2026-11-20T10:00:00Z"),
      remoteOutcomeBy: memberId,
      ...overrides,
    })
    .returning();
  return row!;
}

/** The Annexe 1 rates as seeded in the tariff table (migration 0015). */
const SEEDED_RATES = interventionRates(
  (code) =>
    ({
      TRAVEL: 10_000,
      TECHNICIAN_FIRST_HOUR: 12_000,
      TECHNICIAN_EXTRA_HALF_HOUR: 5_000,
      TECHNICIAN_OOH_FIRST_HOUR: 14_000,
      TECHNICIAN_OOH_EXTRA_HALF_HOUR: 6_000,
      COACH_HOUR: 15_000,
    })[code],
);

/**
 * An intervention written directly (for counts and lifecycle tests), classified as booking would
 * (INT-3): the next free allowance slot of its contract year while one is left, otherwise beyond
 * the 15 at the seeded rates (INT-7 coach time within the 15). A free technician visit by default.
 * Passing `allowanceSlot` or `billingReason` writes the row as given.
 */
export async function anIntervention(
  db: Database,
  scene: { member: { id: string }; address: { id: string }; request: { id: string }; staff: { TECHNICIAN: { id: string }; DESK_AGENT: { id: string } } },
  overrides: Partial<typeof interventions.$inferInsert> = {},
) {
  const values = {
    memberId: scene.member.id,
    assistanceRequestId: scene.request.id,
    kind: "TECHNICIAN" as const,
    performerId: scene.staff.TECHNICIAN.id,
    addressId: scene.address.id,
    startsAt: new Date(WEEKDAY_10H),
    durationMinutes: 60,
    contractYearStart: new Date(YEAR_START),
    inBusinessHours: true,
    bookedAt: new Date("2026-11-21T09:00:00Z"),
    bookedBy: scene.staff.DESK_AGENT.id,
    ...overrides,
  };
  const classified = "allowanceSlot" in overrides || "billingReason" in overrides || values.status === "CANCELLED" ? {} : await classify(db, values);
  const [row] = await db.db
    .insert(interventions)
    .values({ ...values, ...classified })
    .returning();
  return row!;
}

async function classify(db: Database, values: typeof interventions.$inferInsert): Promise<Partial<typeof interventions.$inferInsert>> {
  const taken = await db.db
    .select({ slot: interventions.allowanceSlot })
    .from(interventions)
    .where(and(eq(interventions.memberId, values.memberId), eq(interventions.contractYearStart, values.contractYearStart), isNotNull(interventions.allowanceSlot)));
  const slots = new Set(taken.map((t) => t.slot));
  const free = Array.from({ length: 15 }, (_, i) => i + 1).find((n) => !slots.has(n)) ?? null;
  const quote = quoteIntervention(
    { kind: values.kind, start: values.startsAt, durationMinutes: values.durationMinutes, personalDeviceCount: values.personalDeviceCount ?? 0 },
    taken.length,
    SEEDED_RATES,
  );
  return { allowanceSlot: free, billingReason: quote.billingReason, priceCents: quote.totalCents, chargeLines: quote.lines };
}

/** `n` free interventions already counting in the 2026–2027 contract year. */
export async function usedInterventions(db: Database, scene: Parameters<typeof anIntervention>[1], n: number) {
  for (let i = 0; i < n; i++) await anIntervention(db, scene, { startsAt: new Date(Date.parse("2026-11-03T09:00:00Z") + i * 86_400_000) });
}

/** A booking input for the scene's failed request at its main address. */
export function bookingInput(scene: { request: { id: string }; address: { id: string }; staff: { TECHNICIAN: { id: string } } }, overrides: Record<string, unknown> = {}) {
  return {
    assistanceRequestId: gid.request(scene.request),
    kind: "TECHNICIAN",
    performerId: gid.staff(scene.staff.TECHNICIAN),
    addressId: gid.address(scene.address),
    startsAt: WEEKDAY_10H,
    durationMinutes: 90,
    ...overrides,
  };
}

/** Everything an interventions mutation could write for these members, and the audit log size. */
export async function interventionsState(db: Database, memberIds: string[]) {
  const [requestRows, interventionRows, auditCount] = await Promise.all([
    db.db.select().from(assistanceRequests).where(inArray(assistanceRequests.memberId, memberIds)).orderBy(assistanceRequests.id),
    db.db.select().from(interventions).where(inArray(interventions.memberId, memberIds)).orderBy(interventions.id),
    countRows(db, auditLog),
  ]);
  return { requestRows, interventionRows, auditCount };
}

/** A role the permission map refuses: no data, one FORBIDDEN (UNAUTHENTICATED for anonymous), nothing written. */
export async function expectShieldRefusal(db: Database, run: () => Promise<GqlResult>, memberIds: string[], code: "FORBIDDEN" | "UNAUTHENTICATED" = "FORBIDDEN") {
  const before = await interventionsState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await interventionsState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
}

/** A refusal returned as userErrors: nothing written, no audit row. */
export async function expectUserErrors(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string): Promise<UserErrorShape[]> {
  const before = await interventionsState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(await interventionsState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  const errors = userErrorsOf(res, field);
  expect(errors.length).toBeGreaterThan(0);
  return errors;
}

export const codes = (errors: UserErrorShape[]) => errors.map((e) => `${e.code}/${e.rule}`);

export const STAFF_ONLY_REFUSED = ["member", "otherMember", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
export const MEMBER_SIDE_REFUSED = ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
