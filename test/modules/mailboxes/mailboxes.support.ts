import { eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog, mailboxMigrations, mailboxPacks, mailboxSupportRequests, mailboxes } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, refusals, userErrorsOf, type GqlResult } from "../../support/api.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";
import { aMember, anOption } from "../../support/factories.js";

export const MAILBOX = `id address localPart domain customDomain displayName quotaGb createdAt deletedAt`;
export const PACK = `id pack extraMailboxes monthlyPriceTtcCents monthlyPriceHtCents subscribedAt cancelledAt`;
const ERRORS = `userErrors { code message field rule }`;

export const SUBSCRIBE_PACK = `mutation($input: SubscribeMailboxPackInput!) { subscribeMailboxPack(input: $input) { pack { ${PACK} } capacity ${ERRORS} } }`;
export const CANCEL_PACK = `mutation($input: CancelMailboxPackInput!) { cancelMailboxPack(input: $input) { pack { ${PACK} } capacity ${ERRORS} } }`;
export const CREATE_MAILBOX = `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { mailbox { ${MAILBOX} } ${ERRORS} } }`;
export const DELETE_MAILBOX = `mutation($input: DeleteMailboxInput!) { deleteMailbox(input: $input) { mailbox { ${MAILBOX} } ${ERRORS} } }`;
export const REQUEST_MIGRATION = `mutation($input: RequestMailboxMigrationInput!) {
  requestMailboxMigration(input: $input) { migration { id source sizeMb includedMb status requestedAt } ${ERRORS} } }`;
export const REQUEST_SUPPORT = `mutation($input: RequestMailboxSupportInput!) {
  requestMailboxSupport(input: $input) { request { id kind note remote requestedAt availableFrom providedBy } ${ERRORS} } }`;

export const mailboxGid = (row: { id: string }) => toGlobalId("Mailbox", row.id);
export const packGid = (row: { id: string }) => toGlobalId("MailboxPack", row.id);

export type MailboxRow = typeof mailboxes.$inferSelect;
export type PackRow = typeof mailboxPacks.$inferSelect;

/** A member holding the option, so « Ma Messagerie Mail » is available to them. */
export async function aMailboxMember(db: Database) {
  const member = await aMember(db);
  await anOption(db, member.id);
  return member;
}

export async function aPack(db: Database, memberId: string, pack: PackRow["pack"] = "PLUS_1", overrides: Partial<typeof mailboxPacks.$inferInsert> = {}): Promise<PackRow> {
  const extra = { PLUS_1: 1, PACK_5: 5, PACK_10: 10 }[pack];
  const [row] = await db.db
    .insert(mailboxPacks)
    .values({ memberId, pack, extraMailboxes: extra, subscribedAt: new Date("2026-11-05T09:00:00Z"), subscribedBy: memberId, ...overrides })
    .returning();
  return row!;
}

let n = 0;
export async function aMailbox(db: Database, memberId: string, overrides: Partial<typeof mailboxes.$inferInsert> = {}): Promise<MailboxRow> {
  const localPart = overrides.localPart ?? `boite.${process.pid}.${++n}.${Math.random().toString(36).slice(2, 8)}`;
  const domain = overrides.domain ?? "messagerie.parnasse.fr";
  const [row] = await db.db
    .insert(mailboxes)
    .values({
      memberId,
      localPart,
      domain,
      address: `${localPart}@${domain}`,
      customDomain: domain !== "messagerie.parnasse.fr",
      quotaGb: 60,
      createdAt: new Date("2026-11-06T09:00:00Z"),
      createdBy: memberId,
      ...overrides,
    })
    .returning();
  return row!;
}

/** Everything a mailbox mutation could write for these members, and the audit log size. */
export async function mailboxState(db: Database, memberIds: string[]) {
  const [boxes, packs, migrations, support, auditCount] = await Promise.all([
    db.db.select().from(mailboxes).where(inArray(mailboxes.memberId, memberIds)).orderBy(mailboxes.id),
    db.db.select().from(mailboxPacks).where(inArray(mailboxPacks.memberId, memberIds)).orderBy(mailboxPacks.id),
    db.db.select().from(mailboxMigrations).where(inArray(mailboxMigrations.memberId, memberIds)).orderBy(mailboxMigrations.id),
    db.db.select().from(mailboxSupportRequests).where(inArray(mailboxSupportRequests.memberId, memberIds)).orderBy(mailboxSupportRequests.id),
    countRows(db, auditLog),
  ]);
  return { boxes, packs, migrations, support, auditCount };
}

export const liveMailboxesOf = async (db: Database, memberId: string) =>
  (await db.db.select().from(mailboxes).where(eq(mailboxes.memberId, memberId))).filter((m) => m.deletedAt === null);

/** Refused by the permission map: no data, one FORBIDDEN (UNAUTHENTICATED for anonymous), nothing written. */
export async function expectRefusedByShield(db: Database, run: () => Promise<GqlResult>, memberIds: string[], code: "FORBIDDEN" | "UNAUTHENTICATED" = "FORBIDDEN") {
  const before = await mailboxState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await mailboxState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
}

/** Refused as userErrors: nothing written, no audit row. Returns the [code, rule] pairs and the raw errors. */
export async function expectRefusedAsUserError(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string) {
  const before = await mailboxState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(await mailboxState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  const userErrors = userErrorsOf(res, field);
  expect(userErrors.length).toBeGreaterThan(0);
  return { res, errors: refusals(res, field), userErrors };
}

export const SHIELD_REFUSED_ROLES = ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
