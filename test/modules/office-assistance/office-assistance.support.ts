import { inArray } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog, officeAssistanceRequests, officeAssistanceSessions, officeAssistanceVisits, quotes } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, refusals, type GqlResult } from "../../support/api.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";
import { aCast, anAddress, anOption } from "../../support/factories.js";

export const requestGid = (row: { id: string }) => toGlobalId("OfficeAssistanceRequest", row.id);
export const sessionGid = (row: { id: string }) => toGlobalId("OfficeAssistanceSession", row.id);
export const visitGid = (row: { id: string }) => toGlobalId("OfficeAssistanceVisit", row.id);

export const REQUEST_FIELDS = `id channel deviceKind software operatingSystem screenSharingAvailable description requestedAt availableFrom providedBy
  subcontractorConsentAt backupConfirmedAt`;
export const SESSION_FIELDS = `id consentedAt consentedByRole stoppedAt stoppedByRole active`;
export const VISIT_FIELDS = `id startsAt endsAt durationMinutes included contractYearStart bookedAt address { id } quote { id status }`;

const mutation = (name: string, input: string, payload: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${payload} userErrors { code message field rule } } }`;
export const REQUEST = mutation("requestOfficeAssistance", "RequestOfficeAssistanceInput", `request { ${REQUEST_FIELDS} }`);
export const CONFIRM_BACKUP = mutation("confirmOfficeAssistanceBackup", "OfficeAssistanceRequestRefInput", `request { ${REQUEST_FIELDS} }`);
export const CONSENT = mutation("consentToScreenSharing", "OfficeAssistanceRequestRefInput", `session { ${SESSION_FIELDS} }`);
export const STOP = mutation("stopScreenSharing", "StopScreenSharingInput", `session { ${SESSION_FIELDS} }`);
export const BOOK = mutation("bookOfficeAssistanceVisit", "BookOfficeAssistanceVisitInput", `visit { ${VISIT_FIELDS} }`);

/** A valid request input: macOS, a Mac, an office suite, by phone. */
export const requestInput = (extra: Record<string, unknown> = {}) => ({
  channel: "PHONE",
  deviceKind: "MAC",
  software: "OFFICE_SUITE",
  operatingSystem: "MACOS",
  screenSharingAvailable: false,
  description: "Excel ne s'ouvre plus",
  ...extra,
});

/** aCast whose member holds the option (accepted 2026-11-02) and has an address. */
export async function anOfficeCast(db: Database) {
  const cast = await aCast(db);
  await anOption(db, cast.member.id);
  const address = await anAddress(db, cast.member.id);
  return { ...cast, address };
}

/** A request written directly; `backup: true` records the backup confirmation. */
export async function anOfficeRequest(db: Database, memberId: string, options: { backup?: boolean } & Partial<typeof officeAssistanceRequests.$inferInsert> = {}) {
  const { backup = true, ...values } = options;
  const [row] = await db.db
    .insert(officeAssistanceRequests)
    .values({
      memberId,
      channel: "PHONE",
      deviceKind: "PC",
      software: "OFFICE_365",
      operatingSystem: "WINDOWS",
      screenSharingAvailable: true,
      description: "Outlook ne synchronise plus",
      requestedAt: new Date("2026-11-20T09:00:00Z"),
      requestedByRole: "MEMBER",
      requestedById: memberId,
      ...(backup ? { backupConfirmedAt: new Date("2026-11-20T09:05:00Z"), backupConfirmedByRole: "MEMBER" } : {}),
      ...values,
    })
    .returning();
  return row!;
}

export async function aSession(db: Database, request: { id: string; memberId: string }, overrides: Partial<typeof officeAssistanceSessions.$inferInsert> = {}) {
  const [row] = await db.db
    .insert(officeAssistanceSessions)
    .values({
      requestId: request.id,
      memberId: request.memberId,
      consentedAt: new Date("2026-11-20T09:10:00Z"),
      consentedByRole: "MEMBER",
      consentedById: request.memberId,
      ...overrides,
    })
    .returning();
  return row!;
}

export async function aVisit(db: Database, request: { id: string; memberId: string }, addressId: string, overrides: Partial<typeof officeAssistanceVisits.$inferInsert> = {}) {
  const [row] = await db.db
    .insert(officeAssistanceVisits)
    .values({
      requestId: request.id,
      memberId: request.memberId,
      addressId,
      startsAt: new Date("2026-11-23T09:00:00Z"),
      endsAt: new Date("2026-11-23T10:00:00Z"),
      contractYearStart: "2026-11-02",
      included: true,
      bookedAt: new Date("2026-11-20T09:00:00Z"),
      bookedByRole: "DESK_AGENT",
      bookedById: "00000000-0000-0000-0000-000000000001",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function officeState(db: Database, memberIds: string[]) {
  const [requests, sessions, visits, quoteRows, auditCount] = await Promise.all([
    db.db.select().from(officeAssistanceRequests).where(inArray(officeAssistanceRequests.memberId, memberIds)).orderBy(officeAssistanceRequests.id),
    db.db.select().from(officeAssistanceSessions).where(inArray(officeAssistanceSessions.memberId, memberIds)).orderBy(officeAssistanceSessions.id),
    db.db.select().from(officeAssistanceVisits).where(inArray(officeAssistanceVisits.memberId, memberIds)).orderBy(officeAssistanceVisits.id),
    db.db.select().from(quotes).where(inArray(quotes.memberId, memberIds)).orderBy(quotes.id),
    countRows(db, auditLog),
  ]);
  return { requests, sessions, visits, quotes: quoteRows, auditCount };
}

export async function expectShieldRefusal(db: Database, run: () => Promise<GqlResult>, memberIds: string[], code = "FORBIDDEN") {
  const before = await officeState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await officeState(db, memberIds)).toEqual(before);
}

/** A refused mutation: no error, the database unchanged, no audit row; returns [code, rule] pairs. */
export async function expectUserErrors(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string) {
  const before = await officeState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(res.data![field].userErrors.length).toBeGreaterThan(0);
  expect(await officeState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  return refusals(res, field);
}
