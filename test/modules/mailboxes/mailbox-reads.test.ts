import type { GraphQLResolveInfo } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { mailboxMigrations, mailboxSupportRequests } from "../../../db/schema/index.js";
import { mailboxesPermissions } from "../../../src/modules/mailboxes/mailboxes.permissions.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, actors, anOption } from "../../support/factories.js";
import { aQuoteRequest } from "../quotes/quotes.support.js";
import { PACK, SHIELD_REFUSED_ROLES, aMailbox, aPack, mailboxGid, packGid, type MailboxRow, type PackRow } from "./mailboxes.support.js";

const MAILBOX_DATA = `mailboxes { id address migrations { id status } supportRequests { id kind } }
  mailboxPacks { ${PACK} }
  quotas { mailboxes { used limit remaining } }`;
const ME = `{ me { member { id ${MAILBOX_DATA} } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Member { ${MAILBOX_DATA} }
  ... on Mailbox { address }
  ... on MailboxPack { pack }
  ... on MailboxMigration { status }
  ... on MailboxSupportRequest { kind } } }`;

describe("Member.mailboxes, Member.mailboxPacks, MemberQuotas.mailboxes, node(id:)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let first: MailboxRow, second: MailboxRow, pack: PackRow, migrationId: string, supportId: string;
  beforeAll(async () => {
    cast = await aCast(db.current);
    await anOption(db.current, cast.member.id);
    pack = await aPack(db.current, cast.member.id, "PACK_5");
    await aPack(db.current, cast.member.id, "PLUS_1", { cancelledAt: new Date("2026-11-20T00:00:00Z"), cancelledBy: cast.member.id });
    first = await aMailbox(db.current, cast.member.id, { createdAt: new Date("2026-11-06T09:00:00Z") });
    second = await aMailbox(db.current, cast.member.id, { createdAt: new Date("2026-11-07T09:00:00Z") });
    await aMailbox(db.current, cast.member.id, { deletedAt: new Date("2026-11-20T00:00:00Z") });
    await aMailbox(db.current, cast.other.id);
    const [migration] = await db.current.db
      .insert(mailboxMigrations)
      .values({
        mailboxId: first.id,
        memberId: cast.member.id,
        source: "Gmail",
        sizeMb: 9000,
        status: "QUOTE_REQUIRED",
        requestedAt: new Date("2026-11-08T09:00:00Z"),
        requestedBy: cast.member.id,
        quoteRequestId: (await aQuoteRequest(db.current, cast.member.id, { purpose: "MAIL_MIGRATION" })).id,
      })
      .returning();
    const [support] = await db.current.db
      .insert(mailboxSupportRequests)
      .values({ mailboxId: second.id, memberId: cast.member.id, kind: "SETUP", requestedAt: new Date("2026-11-08T09:00:00Z"), requestedBy: cast.member.id })
      .returning();
    migrationId = migration!.id;
    supportId = support!.id;
  });

  const expected = () => ({
    mailboxes: [
      { id: mailboxGid(first), address: first.address, migrations: [{ id: toGlobalId("MailboxMigration", migrationId), status: "QUOTE_REQUIRED" }], supportRequests: [] },
      { id: mailboxGid(second), address: second.address, migrations: [], supportRequests: [{ id: toGlobalId("MailboxSupportRequest", supportId), kind: "SETUP" }] },
    ],
    mailboxPacks: [
      {
        id: packGid(pack),
        pack: "PACK_5",
        extraMailboxes: 5,
        monthlyPriceTtcCents: 5500,
        monthlyPriceHtCents: 4583,
        subscribedAt: "2026-11-05T09:00:00.000Z",
        cancelledAt: null,
      },
    ],
    quotas: { mailboxes: { used: 2, limit: 6, remaining: 4 } },
  });

  it.each(["member", "delegate"] as const)("MBX-2: %s sees the live mailboxes, the packs in force and the mailbox quota (used out of 1 + packs)", async (who) => {
    const res = await gql(db.current, cast.as[who], ME);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me.member).toEqual({ id: cast.memberGid, ...expected() });
  });

  it("MBX-2: the desk sees any member's mailboxes, packs and quota", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, NODE, { variables: { id: cast.memberGid } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({ __typename: "Member", id: cast.memberGid, ...expected() });
  });

  it("MBX-2: a member with no mailbox and no pack has 0 used out of the 1 included", async () => {
    const m = await aMember(db.current);
    const res = await gql(db.current, actors.member(m), ME);
    expect(res.data!.me.member).toMatchObject({ mailboxes: [], mailboxPacks: [], quotas: { mailboxes: { used: 0, limit: 1, remaining: 1 } } });
  });

  it.each(["member", "delegate", "DESK_AGENT"] as const)("AUT-2: %s fetches the member's mailbox, pack, migration and support request by global id", async (who) => {
    const cases: [string, Record<string, unknown>][] = [
      [mailboxGid(first), { __typename: "Mailbox", address: first.address }],
      [packGid(pack), { __typename: "MailboxPack", pack: "PACK_5" }],
      [toGlobalId("MailboxMigration", migrationId), { __typename: "MailboxMigration", status: "QUOTE_REQUIRED" }],
      [toGlobalId("MailboxSupportRequest", supportId), { __typename: "MailboxSupportRequest", kind: "SETUP" }],
    ];
    for (const [id, fields] of cases) {
      const res = await gql(db.current, cast.as[who], NODE, { variables: { id } });
      expect(res.data!.node).toEqual({ id, ...fields });
    }
  });

  it.each(["otherMember", ...SHIELD_REFUSED_ROLES] as const)("AUT-2: %s cannot reach the member's mailboxes, packs, migrations, support requests or quota", async (who) => {
    for (const id of [cast.memberGid, mailboxGid(first), packGid(pack), toGlobalId("MailboxMigration", migrationId), toGlobalId("MailboxSupportRequest", supportId)]) {
      const res = await gql(db.current, cast.as[who], NODE, { variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toBeNull();
    }
  });

  it("AUT-1: an anonymous caller cannot fetch a mailbox", async () => {
    const res = await gql(db.current, null, NODE, { variables: { id: mailboxGid(first) } });
    expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
  });

  it("AUT-2: the object-level rules of the mailbox types read the parent's member, not the request", async () => {
    const rules = mailboxesPermissions.types as Record<string, { resolve: (...args: unknown[]) => Promise<unknown> }>;
    const asOther = { actor: actors.member(cast.other), _shield: { cache: {} } };
    const asMember = { actor: actors.member(cast.member), _shield: { cache: {} } };
    const info = {} as GraphQLResolveInfo;
    for (const type of ["Mailbox", "MailboxPack", "MailboxMigration", "MailboxSupportRequest"]) {
      const rule = rules[type]!;
      expect(await rule.resolve({ memberRawId: cast.member.id }, {}, asMember, info, {})).toBe(true);
      expect(await rule.resolve({ memberRawId: cast.member.id }, {}, asOther, info, {})).toBeInstanceOf(Error);
      expect(await rule.resolve({ memberRawId: cast.other.id }, {}, asOther, info, {})).toBe(true);
    }
  });
});

const MEMBERS = `query($first: Int!, $search: String) {
  members(first: $first, search: $search) { edges { node { id ${MAILBOX_DATA} } } } }`;

describe("members connection with mailboxes, packs and quota: statements do not grow with the page size", () => {
  const db = useTestDatabase();
  let desk: Awaited<ReturnType<typeof aCast>>["as"]["DESK_AGENT"];
  beforeAll(async () => {
    desk = (await aCast(db.current)).as.DESK_AGENT;
    for (let i = 0; i < 50; i++) {
      const m = await aMember(db.current, { lastName: `Mbx${String(i).padStart(2, "0")}` });
      await aPack(db.current, m.id, "PLUS_1");
      const box = await aMailbox(db.current, m.id);
      await aMailbox(db.current, m.id);
      await db.current.db
        .insert(mailboxMigrations)
        .values({ mailboxId: box.id, memberId: m.id, source: "Gmail", sizeMb: 10, status: "INCLUDED", requestedAt: new Date("2026-11-08T09:00:00Z"), requestedBy: m.id });
    }
  });

  async function statementsFor(first: number): Promise<number> {
    const before = db.current.statements.count;
    const res = await gql(db.current, desk, MEMBERS, { variables: { first, search: "Mbx" } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.edges).toHaveLength(first);
    expect(res.data!.members.edges[0].node.quotas.mailboxes).toEqual({ used: 2, limit: 2, remaining: 0 });
    return db.current.statements.count - before;
  }

  it("MBX-2: 5 and 50 members with nested mailboxes, packs, migrations, support requests and quotas take the same number of statements", async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // principal check + page + mailboxes batch + packs batch + migrations batch + support requests batch
    // + the tariff table for the pack prices (BIL-10: once per request)
    expect(five).toBeLessThanOrEqual(7);
  });
});
