import { inArray, sql } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog, proBricks, proServiceRequests } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, refusals, type GqlResult } from "../../support/api.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";
import { aCast, aMember, anAddress, anOption, type MemberRow } from "../../support/factories.js";
import { aQuote, aQuoteRequest } from "../quotes/quotes.support.js";

export const SERVICE_FIELDS = `id service status description requestedAt studySummary studyDoneAt installedOn
  quoteRequest { id purpose status currentQuote { id status totalTtcCents } }`;
export const BRICK_FIELDS = `id brick status accessPoints switches routers subscribedAt prerequisiteSummary activeSince
  terminationRequestedAt endsOn lastDueMonth inForce address { id }`;

const mutation = (name: string, input: string, payload: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${payload} userErrors { code message field rule } } }`;
export const REQUEST = mutation("requestProService", "RequestProServiceInput", `request { ${SERVICE_FIELDS} }`);
export const STUDY = mutation("recordProServiceStudy", "RecordProServiceStudyInput", `request { ${SERVICE_FIELDS} }`);
export const INSTALL = mutation("recordProServiceInstallation", "RecordProServiceInstallationInput", `request { ${SERVICE_FIELDS} }`);
export const SUBSCRIBE = mutation("subscribeProBrick", "SubscribeProBrickInput", `brick { ${BRICK_FIELDS} }`);
export const PREREQUISITE = mutation("recordProBrickPrerequisite", "RecordProBrickPrerequisiteInput", `brick { ${BRICK_FIELDS} }`);
export const TERMINATE = mutation("terminateProBrick", "TerminateProBrickInput", `brick { ${BRICK_FIELDS} }`);
export const ASSIGN_SERVICE = mutation("assignProServiceTechnician", "AssignProServiceTechnicianInput", `request { ${SERVICE_FIELDS} }`);
export const ASSIGN_BRICK = mutation("assignProBrickTechnician", "AssignProBrickTechnicianInput", `brick { ${BRICK_FIELDS} }`);

export const serviceGid = (row: { id: string }) => toGlobalId("ProServiceRequest", row.id);
export const brickGid = (row: { id: string }) => toGlobalId("ProBrick", row.id);

export const LEGAL_ENTITY = { siren: "732829320", companyName: "Dupont Conseil SAS" };

/** An active legal-entity member holding the option, with a main address (the maintenance address). */
export async function aProMember(db: Database, overrides: Partial<MemberRow> = {}) {
  const member = await aMember(db, { ...LEGAL_ENTITY, ...overrides });
  await anOption(db, member.id);
  const address = await anAddress(db, member.id);
  return { member, address };
}

/** aCast whose member is a legal entity holding the option, with an address. */
export async function aProCast(db: Database) {
  const cast = await aCast(db);
  await db.db.execute(sql`update members set siren = ${LEGAL_ENTITY.siren}, company_name = ${LEGAL_ENTITY.companyName} where id = ${cast.member.id}`);
  await anOption(db, cast.member.id);
  const address = await anAddress(db, cast.member.id);
  return { ...cast, address };
}

/**
 * The states a Univers Pro service goes through, as the tests name them: the study and the
 * installation are the service request's own states; QUOTED, ACCEPTED and DECLINED are those of
 * its quote in the shared workflow (QUO-1).
 */
export type ProScenario = "STUDY_REQUESTED" | "STUDY_DONE" | "QUOTED" | "ACCEPTED" | "DECLINED" | "INSTALLED";

/** A service request written directly in a given state, with its quote request and quote when studied and quoted. */
export async function aProService(
  db: Database,
  memberId: string,
  state: Omit<Partial<typeof proServiceRequests.$inferInsert>, "status"> & { status?: ProScenario; quoteValidUntil?: string } = {},
) {
  const { status: scenario = "STUDY_REQUESTED", quoteValidUntil, ...values } = state;
  const studied = scenario !== "STUDY_REQUESTED";
  const quoted = !["STUDY_REQUESTED", "STUDY_DONE"].includes(scenario);
  const request = studied ? await aQuoteRequest(db, memberId, { purpose: "PRO_SERVICE", description: "Univers Pro PUBLIC_WIFI" }) : null;
  const quote =
    request && quoted
      ? await aQuote(db, request, {
          status: scenario === "QUOTED" ? "ISSUED" : scenario === "DECLINED" ? "DECLINED" : "ACCEPTED",
          validUntil: quoteValidUntil ?? "2026-12-31",
        })
      : null;
  const [row] = await db.db
    .insert(proServiceRequests)
    .values({
      memberId,
      service: "PUBLIC_WIFI",
      description: "Wi-Fi public pour la boutique",
      status: scenario === "STUDY_REQUESTED" ? "STUDY_REQUESTED" : scenario === "INSTALLED" ? "INSTALLED" : "STUDY_DONE",
      requestedAt: new Date("2026-06-01T09:00:00Z"),
      requestedByRole: "MEMBER",
      ...(studied ? { studySummary: "OK", studyDoneAt: new Date("2026-06-05T09:00:00Z"), studyByRole: "DESK_AGENT", quoteRequestId: request!.id } : {}),
      ...(scenario === "INSTALLED" ? { installedOn: "2026-06-20" } : {}),
      ...values,
    })
    .returning();
  return { ...row!, quoteId: quote?.id ?? null };
}

export async function aProBrick(db: Database, memberId: string, addressId: string, values: Partial<typeof proBricks.$inferInsert> = {}) {
  const status = values.status ?? "ACTIVE";
  const [row] = await db.db
    .insert(proBricks)
    .values({
      memberId,
      addressId,
      brick: "WORKSTATION",
      status,
      subscribedAt: new Date("2026-10-01T09:00:00Z"),
      subscribedByRole: "MEMBER",
      activeSince: status === "ACTIVE" ? new Date("2026-10-01T09:00:00Z") : null,
      ...values,
    })
    .returning();
  return row!;
}

export async function proState(db: Database, memberIds: string[]) {
  const [services, bricks, auditCount] = await Promise.all([
    db.db.select().from(proServiceRequests).where(inArray(proServiceRequests.memberId, memberIds)).orderBy(proServiceRequests.id),
    db.db.select().from(proBricks).where(inArray(proBricks.memberId, memberIds)).orderBy(proBricks.id),
    countRows(db, auditLog),
  ]);
  return { services, bricks, auditCount };
}

export async function expectShieldRefusal(db: Database, run: () => Promise<GqlResult>, memberIds: string[], code = "FORBIDDEN") {
  const before = await proState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await proState(db, memberIds)).toEqual(before);
}

export async function expectUserErrors(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string) {
  const before = await proState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(await proState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  return refusals(res, field);
}
