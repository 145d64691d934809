import { eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import { airboxIncidents, airboxRepairs, airboxes, auditLog, optionSubscriptions } from "../../../db/schema/index.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";
import { anOption } from "../../support/factories.js";
import { luhnValid } from "../../../src/modules/airbox/airbox.rules.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, refusals, userErrorsOf, type GqlResult } from "../../support/api.js";

const ERRORS = `userErrors { code message field rule }`;
export const AIRBOX = `id serialNumber simIccid handedOverAt replacedAt inadequateUse { recordedAt reason note }`;
export const INCIDENT = `id status description declaredAt simActivatedAt dataAllowanceGb closedAt`;
export const REPAIR = `id status description reportedAt diagnosisNote diagnosedAt slotStartsAt slotEndsAt resolvedAt resolutionNote`;

export const RECORD_HANDOVER = `mutation($input: RecordAirboxHandoverInput!) { recordAirboxHandover(input: $input) { airbox { ${AIRBOX} } ${ERRORS} } }`;
export const RECORD_INADEQUATE_USE = `mutation($input: RecordAirboxInadequateUseInput!) { recordAirboxInadequateUse(input: $input) { airbox { ${AIRBOX} } ${ERRORS} } }`;
export const DECLARE_INCIDENT = `mutation($input: DeclareAirboxIncidentInput!) { declareAirboxIncident(input: $input) { incident { ${INCIDENT} homeAddress { id } airbox { id } } ${ERRORS} } }`;
export const ACTIVATE_SIM = `mutation($input: AirboxIncidentInput!) { activateAirboxSim(input: $input) { incident { ${INCIDENT} } ${ERRORS} } }`;
export const ASSIGN_INCIDENT = `mutation($input: AssignAirboxIncidentTechnicianInput!) { assignAirboxIncidentTechnician(input: $input) { incident { ${INCIDENT} } ${ERRORS} } }`;
export const CLOSE_INCIDENT = `mutation($input: AirboxIncidentInput!) { closeAirboxIncident(input: $input) { incident { ${INCIDENT} } ${ERRORS} } }`;
export const REPORT_FAULT = `mutation($input: ReportAirboxFaultInput!) { reportAirboxFault(input: $input) { repair { ${REPAIR} } ${ERRORS} } }`;
export const RECORD_DIAGNOSIS = `mutation($input: RecordAirboxDiagnosisInput!) { recordAirboxDiagnosis(input: $input) { repair { ${REPAIR} } ${ERRORS} } }`;
export const SCHEDULE_TECHNICIAN = `mutation($input: ScheduleAirboxTechnicianInput!) { scheduleAirboxTechnician(input: $input) { repair { ${REPAIR} } ${ERRORS} } }`;
export const COMPLETE_REPAIR = `mutation($input: CompleteAirboxRepairInput!) {
  completeAirboxRepair(input: $input) { repair { ${REPAIR} airbox { id replacedAt } replacement { id serialNumber simIccid replaces { id } } } ${ERRORS} } }`;

export const airboxGid = (row: { id: string }) => toGlobalId("Airbox", row.id);
export const incidentGid = (row: { id: string }) => toGlobalId("AirboxIncident", row.id);
export const repairGid = (row: { id: string }) => toGlobalId("AirboxRepair", row.id);

let sequence = 0;
/** A fresh valid ICCID (89 33 01 …, Luhn check digit), unique within the run. */
export function anIccid(): string {
  const body = `893301${String(process.pid % 10_000).padStart(4, "0")}${String(++sequence).padStart(9, "0")}`;
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error("unreachable");
}
export const aSerial = () => `AIRBOX-${process.pid}-${++sequence}`;
export const aDevice = () => ({ serialNumber: aSerial(), simIccid: anIccid() });

export type AirboxRow = typeof airboxes.$inferSelect;
export type IncidentRow = typeof airboxIncidents.$inferSelect;
export type RepairRow = typeof airboxRepairs.$inferSelect;

/** An Airbox handed over to a member; the member is given the option (the backup is a service of it) if they have none. */
export async function anAirbox(db: Database, memberId: string, overrides: Partial<typeof airboxes.$inferInsert> = {}): Promise<AirboxRow> {
  const options = await db.db.select().from(optionSubscriptions).where(eq(optionSubscriptions.memberId, memberId));
  if (options.length === 0) await anOption(db, memberId);
  const [row] = await db.db
    .insert(airboxes)
    .values({ memberId, ...aDevice(), handedOverAt: new Date("2026-11-03T09:00:00Z"), recordedBy: memberId, createdAt: new Date("2026-11-03T09:00:00Z"), ...overrides })
    .returning();
  return row!;
}

export async function anIncident(db: Database, airbox: AirboxRow, addressId: string, overrides: Partial<typeof airboxIncidents.$inferInsert> = {}): Promise<IncidentRow> {
  const [row] = await db.db
    .insert(airboxIncidents)
    .values({
      airboxId: airbox.id,
      memberId: airbox.memberId,
      addressId,
      description: "Plus d'internet depuis ce matin",
      status: "DECLARED",
      declaredAt: new Date("2026-11-25T09:00:00Z"),
      declaredBy: airbox.memberId,
      declaredByRole: "MEMBER",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function aRepair(db: Database, airbox: AirboxRow, overrides: Partial<typeof airboxRepairs.$inferInsert> = {}): Promise<RepairRow> {
  const [row] = await db.db
    .insert(airboxRepairs)
    .values({
      airboxId: airbox.id,
      memberId: airbox.memberId,
      description: "L'Airbox ne s'allume plus",
      status: "REMOTE_DIAGNOSIS",
      reportedAt: new Date("2026-11-25T09:00:00Z"),
      reportedBy: airbox.memberId,
      ...overrides,
    })
    .returning();
  return row!;
}

/** A repair waiting for a technician (remote diagnosis done). */
export const aRepairNeedingTechnician = (db: Database, airbox: AirboxRow, overrides: Partial<typeof airboxRepairs.$inferInsert> = {}) =>
  aRepair(db, airbox, { status: "NEEDS_TECHNICIAN", diagnosedAt: new Date("2026-11-25T10:00:00Z"), ...overrides });

/** A repair with a technician's slot booked. */
export const aScheduledRepair = (db: Database, airbox: AirboxRow, technicianId: string, overrides: Partial<typeof airboxRepairs.$inferInsert> = {}) =>
  aRepairNeedingTechnician(db, airbox, {
    status: "TECHNICIAN_SCHEDULED",
    technicianId,
    slotStartsAt: new Date("2026-11-26T13:00:00Z"),
    slotEndsAt: new Date("2026-11-26T14:00:00Z"),
    ...overrides,
  });

export async function airboxState(db: Database, memberIds: string[]) {
  const [boxes, incidents, repairs, auditCount] = await Promise.all([
    db.db.select().from(airboxes).where(inArray(airboxes.memberId, memberIds)).orderBy(airboxes.id),
    db.db.select().from(airboxIncidents).where(inArray(airboxIncidents.memberId, memberIds)).orderBy(airboxIncidents.id),
    db.db.select().from(airboxRepairs).where(inArray(airboxRepairs.memberId, memberIds)).orderBy(airboxRepairs.id),
    countRows(db, auditLog),
  ]);
  return { boxes, incidents, repairs, auditCount };
}

export async function expectRefusedByShield(db: Database, run: () => Promise<GqlResult>, memberIds: string[], code: "FORBIDDEN" | "UNAUTHENTICATED" = "FORBIDDEN") {
  const before = await airboxState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await airboxState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
}

export async function expectRefusedAsUserError(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string) {
  const before = await airboxState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(await airboxState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  const userErrors = userErrorsOf(res, field);
  expect(userErrors.length).toBeGreaterThan(0);
  return { res, errors: refusals(res, field), userErrors };
}

/** Roles the shield refuses on the member-facing mutations (declare an incident, report a fault). */
export const NOT_MEMBER_FACING = ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
/** Roles the shield refuses on the desk/technician mutations. */
export const NOT_SERVING_STAFF = ["member", "otherMember", "delegate", "payer", "COACH", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
/** Roles the shield refuses on the desk-only mutations (remote diagnosis, technician slots, incident assignment: AUT-3). */
export const NOT_DESK = [...NOT_SERVING_STAFF, "TECHNICIAN"] as const;
