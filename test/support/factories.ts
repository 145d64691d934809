import { randomUUID } from "node:crypto";
import { addresses, committeeMeetings, delegates, internetLines, members, optionSubscriptions, payers, staffUsers } from "../../db/schema/index.js";
import type { Actor, StaffRole } from "../../src/authz/actor.js";
import type { Database } from "../../src/shared/db.js";
import { toGlobalId } from "../../src/shared/relay.js";

let sequence = 0;
const next = () => `${process.pid}-${++sequence}-${randomUUID().slice(0, 6)}`;

export type MemberRow = typeof members.$inferSelect;

export async function aMember(db: Database, overrides: Partial<typeof members.$inferInsert> = {}): Promise<MemberRow> {
  const n = next();
  const [row] = await db.db
    .insert(members)
    .values({
      status: "ACTIVE",
      lastName: "Dupont",
      firstName: `Jeanne ${n}`,
      birthDate: "1980-01-15",
      email: `jeanne.${n}@example.fr`,
      phone: "+33611223344",
      addressLine1: "12 rue de Rivoli",
      postalCode: "75004",
      commune: "Paris",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function aDelegate(db: Database, memberId: string, overrides: Partial<typeof delegates.$inferInsert> = {}) {
  const [row] = await db.db
    .insert(delegates)
    .values({ memberId, lastName: "Delegue", firstName: "Paul", email: `paul.${next()}@example.fr`, ...overrides })
    .returning();
  return row!;
}

export async function aPayer(db: Database, memberId: string, overrides: Partial<typeof payers.$inferInsert> = {}) {
  const [row] = await db.db
    .insert(payers)
    .values({
      memberId,
      kind: "LEGAL_ENTITY",
      displayName: `Payeur ${next()}`,
      email: `compta.${next()}@example.fr`,
      billingAddress: "1 place Vendôme, 75001 Paris",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function aStaffUser(db: Database, role: StaffRole, overrides: Partial<typeof staffUsers.$inferInsert> = {}) {
  const n = next();
  const [row] = await db.db
    .insert(staffUsers)
    .values({ role, displayName: `${role} ${n}`, email: `${role.toLowerCase()}.${n}@orange.example`, ...overrides })
    .returning();
  return row!;
}

export const actors = {
  member: (m: { id: string }): Actor => ({ kind: "member-scoped", role: "MEMBER", subjectId: m.id, memberId: m.id }),
  delegate: (d: { id: string; memberId: string }): Actor => ({ kind: "member-scoped", role: "DELEGATE", subjectId: d.id, memberId: d.memberId }),
  payer: (p: { id: string; memberId: string }): Actor => ({ kind: "member-scoped", role: "PAYER", subjectId: p.id, memberId: p.memberId }),
  staff: (s: { id: string; role: StaffRole }): Actor => ({ kind: "staff", role: s.role, subjectId: s.id }),
};

/** Every role, with a principal in the database, around one member: for per-role tests. */
export async function aCast(db: Database) {
  const member = await aMember(db);
  const other = await aMember(db);
  const delegate = await aDelegate(db, member.id);
  const payer = await aPayer(db, member.id);
  const staffRoles: StaffRole[] = ["DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"];
  const staff = Object.fromEntries(await Promise.all(staffRoles.map(async (r) => [r, await aStaffUser(db, r)] as const))) as Record<
    StaffRole,
    Awaited<ReturnType<typeof aStaffUser>>
  >;
  return {
    member,
    other,
    delegate,
    payer,
    staff,
    memberGid: toGlobalId("Member", member.id),
    otherGid: toGlobalId("Member", other.id),
    as: {
      anonymous: null,
      member: actors.member(member),
      otherMember: actors.member(other),
      delegate: actors.delegate(delegate),
      payer: actors.payer(payer),
      ...(Object.fromEntries(staffRoles.map((r) => [r, actors.staff(staff[r])])) as Record<StaffRole, Actor>),
    },
  };
}

export type AddressRow = typeof addresses.$inferSelect;
export type LineRow = typeof internetLines.$inferSelect;

/** An active address inside the zone (a main address unless `kind` says otherwise). */
export async function anAddress(db: Database, memberId: string, overrides: Partial<typeof addresses.$inferInsert> = {}): Promise<AddressRow> {
  const [row] = await db.db
    .insert(addresses)
    .values({
      memberId,
      kind: "MAIN",
      line1: "10 rue Halévy",
      postalCode: "75009",
      commune: "Paris",
      fiberEligible: true,
      createdAt: new Date("2026-11-01T09:00:00Z"),
      ...overrides,
    })
    .returning();
  return row!;
}

/** An active, eligible Orange fiber line at the address. */
export async function aLine(db: Database, address: { id: string; memberId: string }, overrides: Partial<typeof internetLines.$inferInsert> = {}): Promise<LineRow> {
  const [row] = await db.db
    .insert(internetLines)
    .values({
      memberId: address.memberId,
      addressId: address.id,
      operator: "ORANGE",
      offer: "RESIDENTIAL_INTERNET",
      technology: "FIBER",
      createdAt: new Date("2026-11-01T09:00:00Z"),
      ...overrides,
    })
    .returning();
  return row!;
}

/** An option subscription in force (no end), written directly: the membership module owns subscribing. */
export async function anOption(db: Database, memberId: string, overrides: Partial<typeof optionSubscriptions.$inferInsert> = {}) {
  const [row] = await db.db
    .insert(optionSubscriptions)
    .values({ memberId, acceptedAt: new Date("2026-11-02T09:00:00Z"), createdAt: new Date("2026-11-02T09:00:00Z"), ...overrides })
    .returning();
  return row!;
}

// --- membership (MEM-1..MEM-5) ---

/** A candidate waiting for the committee (status CANDIDATE). */
export function aCandidate(db: Database, overrides: Partial<typeof members.$inferInsert> = {}): Promise<MemberRow> {
  return aMember(db, { status: "CANDIDATE", ...overrides });
}

/** A committee meeting; `heldOn` must be the only meeting of its ISO week in the database. */
export async function aCommitteeMeeting(db: Database, heldOn: string, createdBy: string = randomUUID()) {
  const { isoWeekStart } = await import("../../src/modules/membership/membership.dates.js");
  const [row] = await db.db
    .insert(committeeMeetings)
    .values({ heldOn, weekStart: isoWeekStart(heldOn), createdBy, createdAt: new Date(`${heldOn}T09:00:00Z`) })
    .returning();
  return row!;
}
