import { beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql, type ConnectionShape, type GqlResult } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aDelegate, aMember, aPayer } from "../../support/factories.js";

const MEMBERS = `query($first: Int!, $after: String, $search: String) {
  members(first: $first, after: $after, search: $search) {
    edges { cursor node { id lastName firstName email phone delegate { id firstName } payers { id displayName } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

describe("members connection (desk directory)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    await aMember(db.current, { lastName: "Zénith", firstName: "Élodie", email: "elodie.zenith@example.fr", phone: "+33698765432" });
    await aMember(db.current, { lastName: "Moreau_Test", firstName: "Luc", email: "luc.percent%@example.fr" });
  });

  it("AUT-3: a desk agent searches members by name, email fragment or phone", async () => {
    const byName = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first: 10, search: "zénith" } });
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.members.edges.map((e: any) => e.node.email)).toEqual(["elodie.zenith@example.fr"]);

    const byFullName = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first: 10, search: "Élodie Zénith" } });
    expect(byFullName.data!.members.edges).toHaveLength(1);

    const byEmail = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first: 10, search: "ELODIE.ZEN" } });
    expect(byEmail.data!.members.edges).toHaveLength(1);

    const byPhone = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first: 10, search: "06 98 76 54 32" } });
    expect(byPhone.data!.members.edges.map((e: any) => e.node.lastName)).toEqual(["Zénith"]);
  });

  it("AUT-3: search text is matched literally (LIKE wildcards are escaped)", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first: 100, search: "%" } });
    expect(res.data!.members.edges.map((e: any) => e.node.firstName)).toEqual(["Luc"]);
    const underscore = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first: 100, search: "u_t" } });
    expect(underscore.data!.members.edges.map((e: any) => e.node.lastName)).toEqual(["Moreau_Test"]);
  });

  it("AUT-3: pages forward with opaque cursors, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: GqlResult<{ members: ConnectionShape<{ id: string }> }> = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first: 2, after } });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.members.edges.map((e) => e.node.id));
      if (!res.data!.members.pageInfo.hasNextPage) break;
      after = res.data!.members.pageInfo.endCursor;
    }
    const all = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first: 100 } });
    expect(seen).toEqual(all.data!.members.edges.map((e: any) => e.node.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(4);
  });

  it("AUT-3: `first` outside 1..100 and a forged cursor are refused with BAD_USER_INPUT", async () => {
    for (const first of [0, 101, -1]) {
      const res = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first } });
      expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    }
    const forged = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first: 5, after: "not-a-cursor" } });
    expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
  });

  it.each(["member", "otherMember", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "AUT-1: %s may not list members",
    async (who) => {
      const res = await gql(db.current, cast.as[who], MEMBERS, { variables: { first: 10 } });
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    },
  );

  it("AUT-1: an anonymous caller may not list members", async () => {
    const res = await gql(db.current, null, MEMBERS, { variables: { first: 10 } });
    expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("members connection: SQL statements do not grow with the page size", () => {
  const db = useTestDatabase();
  let desk: Awaited<ReturnType<typeof aCast>>["as"]["DESK_AGENT"];
  beforeAll(async () => {
    desk = (await aCast(db.current)).as.DESK_AGENT;
    for (let i = 0; i < 50; i++) {
      const m = await aMember(db.current, { lastName: `Stat${String(i).padStart(2, "0")}` });
      if (i % 2 === 0) await aDelegate(db.current, m.id);
      if (i % 3 === 0) {
        await aPayer(db.current, m.id);
        await aPayer(db.current, m.id);
      }
    }
  });

  async function statementsFor(first: number): Promise<number> {
    const before = db.current.statements.count;
    const res = await gql(db.current, desk, MEMBERS, { variables: { first, search: "Stat" } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.edges).toHaveLength(first);
    return db.current.statements.count - before;
  }

  it("AUT-3: 5 and 50 members with delegates and payers take the same number of statements", async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // principal check + page + delegates batch + payers batch
    expect(five).toBeLessThanOrEqual(4);
  });
});
