import { eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog, coachAssignments, devices, vipLines } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, refusals, userErrorsOf, type GqlResult } from "../../support/api.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";
import { aCast, aStaffUser, actors, anOption } from "../../support/factories.js";

export const DEVICE_FIELDS = `id name kind os state hasInternetConnectivity designatedAt activatedAt activatedBy removedAt`;

export const DESIGNATE = `mutation($input: DesignateDeviceInput!) {
  designateDevice(input: $input) { device { ${DEVICE_FIELDS} } userErrors { code message field rule } } }`;
export const ACTIVATE = `mutation($input: ActivateDeviceInput!) {
  activateDevice(input: $input) { device { ${DEVICE_FIELDS} } userErrors { code message field rule } } }`;
export const REMOVE = `mutation($input: RemoveDeviceInput!) {
  removeDevice(input: $input) { device { ${DEVICE_FIELDS} } userErrors { code message field rule } } }`;
export const DECLARE_VIP = `mutation($input: DeclareVipLineInput!) {
  declareVipLine(input: $input) {
    vipLine { id phoneNumber planType declaredAt withdrawnAt }
    orangeVip { service openNow nextOpensAt rule }
    userErrors { code message field rule } } }`;
export const WITHDRAW_VIP = `mutation($input: WithdrawVipLineInput!) {
  withdrawVipLine(input: $input) { vipLine { id withdrawnAt } userErrors { code message field rule } } }`;

export const deviceGid = (row: { id: string }) => toGlobalId("Device", row.id);
export const vipLineGid = (row: { id: string }) => toGlobalId("VipLine", row.id);

export type DeviceRow = typeof devices.$inferSelect;
export type VipLineRow = typeof vipLines.$inferSelect;

export const deviceInput = (overrides: Record<string, unknown> = {}) => ({
  name: "iPhone de Jeanne",
  kind: "PHONE",
  os: "IOS",
  hasInternetConnectivity: true,
  ...overrides,
});

/** A cast whose member holds the option and is coached by cast.staff.COACH, with a substitute and an unrelated coach. */
export async function aCoachedCast(db: Database) {
  const cast = await aCast(db);
  await anOption(db, cast.member.id);
  await anOption(db, cast.other.id);
  const substitute = await aStaffUser(db, "COACH");
  const otherCoach = await aStaffUser(db, "COACH");
  await assignCoach(db, cast.member.id, cast.staff.COACH.id, substitute.id);
  await assignCoach(db, cast.other.id, otherCoach.id);
  return { ...cast, substitute, otherCoach, asSubstitute: actors.staff(substitute), asOtherCoach: actors.staff(otherCoach) };
}
export type CoachedCast = Awaited<ReturnType<typeof aCoachedCast>>;

export async function assignCoach(db: Database, memberId: string, coachId: string, substituteCoachId: string | null = null) {
  await db.db.insert(coachAssignments).values({ memberId, coachId, substituteCoachId, assignedAt: new Date("2026-11-01T09:00:00Z"), assignedBy: coachId });
}

/** A device written directly (designated unless told otherwise). */
export async function aDevice(db: Database, memberId: string, overrides: Partial<typeof devices.$inferInsert> = {}): Promise<DeviceRow> {
  const [row] = await db.db
    .insert(devices)
    .values({
      memberId,
      name: "PC du salon",
      kind: "COMPUTER",
      os: "WINDOWS",
      hasInternetConnectivity: true,
      designatedAt: new Date("2026-11-10T09:00:00Z"),
      designatedByRole: "MEMBER",
      designatedById: memberId,
      ...overrides,
    })
    .returning();
  return row!;
}

export async function aVipLine(db: Database, memberId: string, coachId: string, overrides: Partial<typeof vipLines.$inferInsert> = {}): Promise<VipLineRow> {
  const [row] = await db.db
    .insert(vipLines)
    .values({ memberId, phoneNumber: "+33612345678", planType: "ORANGE_PLAN", declaredAt: new Date("2026-11-10T09:00:00Z"), declaredById: coachId, ...overrides })
    .returning();
  return row!;
}

/** Everything a device or VIP-line mutation could write for these members, and the audit log size. */
export async function devicesState(db: Database, memberIds: string[]) {
  const [deviceRows, vipRows, auditCount] = await Promise.all([
    db.db.select().from(devices).where(inArray(devices.memberId, memberIds)).orderBy(devices.id),
    db.db.select().from(vipLines).where(inArray(vipLines.memberId, memberIds)).orderBy(vipLines.id),
    countRows(db, auditLog),
  ]);
  return { deviceRows, vipRows, auditCount };
}

export async function activeDevicesOf(db: Database, memberId: string) {
  return (await db.db.select().from(devices).where(eq(devices.memberId, memberId))).filter((d) => d.removedAt === null);
}

/** A role the permission map refuses: no data, one FORBIDDEN (UNAUTHENTICATED for anonymous), and nothing written. */
export async function expectRefusedByShield(db: Database, run: () => Promise<GqlResult>, memberIds: string[], code: "FORBIDDEN" | "UNAUTHENTICATED" = "FORBIDDEN") {
  const before = await devicesState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await devicesState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
}

/** A refusal returned as userErrors: nothing written, no audit row. Returns [code, rule] pairs and the userErrors. */
export async function expectRefusedAsUserError(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string) {
  const before = await devicesState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(res.data![field][field === "declareVipLine" || field === "withdrawVipLine" ? "vipLine" : "device"]).toBeNull();
  expect(await devicesState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  const userErrors = userErrorsOf(res, field);
  return { res, errors: refusals(res, field), userErrors };
}

/** Roles the shield refuses on the member-side device mutations (designate, remove). */
export const NOT_MEMBER_SIDE = ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
/** Roles the shield refuses on the coach-only mutations (activate, VIP lines). */
export const NOT_COACH = ["member", "otherMember", "delegate", "payer", "DESK_AGENT", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
