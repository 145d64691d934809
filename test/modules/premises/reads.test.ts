import type { GraphQLResolveInfo } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { canReadAddress, canReadInternetLine, canReadMemberQuotas } from "../../../src/modules/premises/premises.permissions.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aDelegate, aLine, aMember, actors, anAddress, type AddressRow, type LineRow } from "../../support/factories.js";
import { SHIELD_REFUSED_ROLES, addressGid, lineGid } from "./premises.support.js";

const PREMISES = `addresses { id kind label commune lines { id offer eligible ineligibilityReason } }
  quotas { extraSites { used limit remaining } linesPerAddress { address { id } used limit remaining } }`;
const ME = `{ me { member { id ${PREMISES} } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Member { ${PREMISES} }
  ... on Address { kind removedAt lines { id } }
  ... on InternetLine { eligible address { id } } } }`;

describe("Member.addresses, Address.lines, Member.quotas, node(id:)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let main: AddressRow, site: AddressRow, removed: AddressRow;
  let fiber: LineRow, pabx: LineRow, otherLine: LineRow;
  beforeAll(async () => {
    cast = await aCast(db.current);
    site = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE", label: "Bureau", createdAt: new Date("2026-11-02T09:00:00Z") });
    main = await anAddress(db.current, cast.member.id, { kind: "MAIN", createdAt: new Date("2026-11-03T09:00:00Z") });
    removed = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE", removedAt: new Date("2026-11-20T09:00:00Z") });
    fiber = await aLine(db.current, main);
    pabx = await aLine(db.current, main, { offer: "FIXED_PABX", createdAt: new Date("2026-11-05T09:00:00Z") });
    await aLine(db.current, main, { removedAt: new Date("2026-11-20T09:00:00Z") });
    otherLine = await aLine(db.current, await anAddress(db.current, cast.other.id));
  });

  const expected = () => ({
    addresses: [
      {
        id: addressGid(main),
        kind: "MAIN",
        label: null,
        commune: "Paris",
        lines: [
          { id: lineGid(fiber), offer: "RESIDENTIAL_INTERNET", eligible: true, ineligibilityReason: null },
          { id: lineGid(pabx), offer: "FIXED_PABX", eligible: false, ineligibilityReason: "INCOMPATIBLE_OFFER" },
        ],
      },
      { id: addressGid(site), kind: "EXTRA_SITE", label: "Bureau", commune: "Paris", lines: [] },
    ],
    quotas: {
      extraSites: { used: 1, limit: 5, remaining: 4 },
      linesPerAddress: [
        { address: { id: addressGid(main) }, used: 2, limit: 2, remaining: 0 },
        { address: { id: addressGid(site) }, used: 0, limit: 2, remaining: 2 },
      ],
    },
  });

  it.each(["member", "delegate"] as const)("ADR-1: %s sees the member's active addresses (main first), their active lines with LIN-2 eligibility, and the quotas", async (who) => {
    const res = await gql(db.current, cast.as[who], ME);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me.member).toEqual({ id: cast.memberGid, ...expected() });
  });

  it("ADR-2: the desk sees any member's addresses, lines and quotas", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, NODE, { variables: { id: cast.memberGid } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({ __typename: "Member", id: cast.memberGid, ...expected() });
  });

  it("LIN-3: a member with no address has empty quotas", async () => {
    const m = await aMember(db.current);
    const res = await gql(db.current, actors.member(m), ME);
    expect(res.data!.me.member).toMatchObject({ addresses: [], quotas: { extraSites: { used: 0, limit: 5 }, linesPerAddress: [] } });
  });

  it.each(["otherMember", ...SHIELD_REFUSED_ROLES] as const)("AUT-2: %s cannot reach the member's addresses, lines or quotas", async (who) => {
    for (const id of [cast.memberGid, addressGid(main), lineGid(fiber)]) {
      const res = await gql(db.current, cast.as[who], NODE, { variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toBeNull();
    }
  });

  it("AUT-1: an anonymous caller cannot fetch an address or a line", async () => {
    for (const id of [addressGid(main), lineGid(fiber)]) {
      const res = await gql(db.current, null, NODE, { variables: { id } });
      expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it.each(["member", "delegate", "DESK_AGENT"] as const)("AUT-2: %s fetches the member's address and line by global id", async (who) => {
    const address = await gql(db.current, cast.as[who], NODE, { variables: { id: addressGid(main) } });
    expect(address.data!.node).toEqual({
      __typename: "Address",
      id: addressGid(main),
      kind: "MAIN",
      removedAt: null,
      lines: [{ id: lineGid(fiber) }, { id: lineGid(pabx) }],
    });
    const line = await gql(db.current, cast.as[who], NODE, { variables: { id: lineGid(fiber) } });
    expect(line.data!.node).toEqual({ __typename: "InternetLine", id: lineGid(fiber), eligible: true, address: { id: addressGid(main) } });
  });

  it("AUT-2: a removed address is still fetchable by id, marked removed; another member's line is not", async () => {
    const res = await gql(db.current, cast.as.member, NODE, { variables: { id: addressGid(removed) } });
    expect(res.data!.node).toMatchObject({ __typename: "Address", removedAt: "2026-11-20T09:00:00.000Z" });
    const other = await gql(db.current, cast.as.member, NODE, { variables: { id: lineGid(otherLine) } });
    expect(other.data!.node).toBeNull();
  });

  it("AUT-2: a revoked delegate no longer sees the addresses", async () => {
    const revoked = await aDelegate(db.current, cast.member.id, { revokedAt: new Date("2026-11-20T09:00:00Z") });
    const res = await gql(db.current, actors.delegate(revoked), NODE, { variables: { id: addressGid(main) } });
    expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
  });

  it("AUT-2: the object-level rules of Address, InternetLine and MemberQuotas read the parent's member, not the request", async () => {
    type RuleArgs = Parameters<typeof canReadAddress.resolve>;
    const info = {} as GraphQLResolveInfo;
    const options = {} as RuleArgs[4];
    const asOther = { actor: actors.member(cast.other), _shield: { cache: {} } } as unknown as RuleArgs[2];
    const asMember = { actor: actors.member(cast.member), _shield: { cache: {} } } as unknown as RuleArgs[2];
    for (const rule of [canReadAddress, canReadInternetLine, canReadMemberQuotas]) {
      expect(await rule.resolve({ memberRawId: cast.member.id }, {}, asMember, info, options)).toBe(true);
      expect(await rule.resolve({ memberRawId: cast.member.id }, {}, asOther, info, options)).toBeInstanceOf(Error);
      expect(await rule.resolve({ memberRawId: cast.other.id }, {}, asOther, info, options)).toBe(true);
    }
  });
});

const MEMBERS = `query($first: Int!, $search: String) {
  members(first: $first, search: $search) { edges { node { id ${PREMISES} } } } }`;

describe("members connection with addresses, lines and quotas: statements do not grow with the page size", () => {
  const db = useTestDatabase();
  let desk: Awaited<ReturnType<typeof aCast>>["as"]["DESK_AGENT"];
  beforeAll(async () => {
    desk = (await aCast(db.current)).as.DESK_AGENT;
    for (let i = 0; i < 50; i++) {
      const m = await aMember(db.current, { lastName: `Prem${String(i).padStart(2, "0")}` });
      const main = await anAddress(db.current, m.id);
      await aLine(db.current, main);
      if (i % 2 === 0) await aLine(db.current, main, { operator: "THIRD_PARTY" });
      if (i % 3 === 0) await aLine(db.current, await anAddress(db.current, m.id, { kind: "EXTRA_SITE" }));
    }
  });

  async function statementsFor(first: number): Promise<number> {
    const before = db.current.statements.count;
    const res = await gql(db.current, desk, MEMBERS, { variables: { first, search: "Prem" } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.edges).toHaveLength(first);
    expect(res.data!.members.edges[0].node.quotas.linesPerAddress[0].used).toBe(2);
    return db.current.statements.count - before;
  }

  it("LIN-3: 5 and 50 members with nested addresses, lines and quotas take the same number of statements", async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // principal check + page + addresses batch + lines batch
    expect(five).toBeLessThanOrEqual(4);
  });
});
