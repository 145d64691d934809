import { beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, aStaffUser, actors } from "../../support/factories.js";
import { aCoachedCast, aDevice, aVipLine, assignCoach, deviceGid, vipLineGid, type CoachedCast, type DeviceRow, type VipLineRow } from "./devices.support.js";

const SERVICES = `devices { id name state activatedBy } vipLines { id phoneNumber planType } quotas { devices { used limit remaining } }`;
const ME = `{ me { member { id ${SERVICES} } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Member { ${SERVICES} }
  ... on Device { name state }
  ... on VipLine { phoneNumber } } }`;
const COACHED = `query($first: Int!, $after: String) { coachedMembers(first: $first, after: $after) {
  edges { cursor node { memberId lastName firstName status asSubstitute devices { id state } vipLines { id phoneNumber } } }
  pageInfo { hasNextPage endCursor } } }`;

describe("Member.devices, Member.vipLines, MemberQuotas.devices, node(id:)", () => {
  const db = useTestDatabase();
  let cast: CoachedCast;
  let active: DeviceRow, designated: DeviceRow, othersDevice: DeviceRow;
  let line: VipLineRow;
  beforeAll(async () => {
    cast = await aCoachedCast(db.current);
    active = await aDevice(db.current, cast.member.id, {
      name: "PC",
      state: "ACTIVE",
      designatedAt: new Date("2026-11-05T09:00:00Z"),
      activatedAt: new Date("2026-11-06T09:00:00Z"),
      activatedById: cast.staff.COACH.id,
    });
    designated = await aDevice(db.current, cast.member.id, { name: "Tablette", kind: "TABLET", os: "ANDROID" });
    await aDevice(db.current, cast.member.id, { name: "Ancien", removedAt: new Date("2026-11-20T09:00:00Z"), removedByRole: "MEMBER", removedById: cast.member.id });
    line = await aVipLine(db.current, cast.member.id, cast.staff.COACH.id);
    await aVipLine(db.current, cast.member.id, cast.staff.COACH.id, {
      phoneNumber: "+33699887766",
      withdrawnAt: new Date("2026-11-20T09:00:00Z"),
      withdrawnById: cast.staff.COACH.id,
    });
    othersDevice = await aDevice(db.current, cast.other.id);
  });

  const expected = () => ({
    devices: [
      { id: deviceGid(active), name: "PC", state: "ACTIVE", activatedBy: cast.staff.COACH.displayName },
      { id: deviceGid(designated), name: "Tablette", state: "DESIGNATED", activatedBy: null },
    ],
    vipLines: [{ id: vipLineGid(line), phoneNumber: "+33612345678", planType: "ORANGE_PLAN" }],
    quotas: { devices: { used: 2, limit: 20, remaining: 18 } },
  });

  it.each(["member", "delegate"] as const)("DEV-1: %s sees the member's devices holding a slot, the declared VIP lines (SVC-3) and the devices quota", async (who) => {
    const res = await gql(db.current, cast.as[who], ME);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me.member).toEqual({ id: cast.memberGid, ...expected() });
  });

  it("DEV-1: the desk sees any member's devices, VIP lines and quota", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, NODE, { variables: { id: cast.memberGid } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({ __typename: "Member", id: cast.memberGid, ...expected() });
  });

  it("DEV-1: a member with no device has an empty list and 0 out of 20", async () => {
    const m = await aMember(db.current);
    const res = await gql(db.current, actors.member(m), ME);
    expect(res.data!.me.member).toMatchObject({ devices: [], vipLines: [], quotas: { devices: { used: 0, limit: 20, remaining: 20 } } });
  });

  it.each(["member", "delegate", "DESK_AGENT", "COACH"] as const)("DEV-2: %s fetches the member's device and VIP line by global id", async (who) => {
    const device = await gql(db.current, cast.as[who], NODE, { variables: { id: deviceGid(designated) } });
    expect(device.data!.node).toEqual({ __typename: "Device", id: deviceGid(designated), name: "Tablette", state: "DESIGNATED" });
    const vip = await gql(db.current, cast.as[who], NODE, { variables: { id: vipLineGid(line) } });
    expect(vip.data!.node).toEqual({ __typename: "VipLine", id: vipLineGid(line), phoneNumber: "+33612345678" });
  });

  it.each(["otherMember", "payer", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "AUT-2: %s cannot reach the member's devices, VIP lines or quota",
    async (who) => {
      for (const id of [cast.memberGid, deviceGid(active), vipLineGid(line)]) {
        const res = await gql(db.current, cast.as[who], NODE, { variables: { id } });
        expect(res.errors).toBeUndefined();
        expect(res.data!.node).toBeNull();
      }
    },
  );

  it("DEV-2: a coach sees the devices of the members they coach only; another coach sees nothing", async () => {
    const mine = await gql(db.current, cast.as.COACH, NODE, { variables: { id: deviceGid(othersDevice) } });
    expect(mine.data!.node).toBeNull();
    for (const id of [deviceGid(active), vipLineGid(line)]) {
      const res = await gql(db.current, cast.asOtherCoach, NODE, { variables: { id } });
      expect(res.data!.node).toBeNull();
    }
    const other = await gql(db.current, cast.asOtherCoach, NODE, { variables: { id: deviceGid(othersDevice) } });
    expect(other.data!.node).toMatchObject({ __typename: "Device" });
  });

  it("AUT-1: an anonymous caller cannot fetch a device or a VIP line", async () => {
    for (const id of [deviceGid(active), vipLineGid(line)]) {
      expect(errorCodes(await gql(db.current, null, NODE, { variables: { id } }))).toEqual(["UNAUTHENTICATED"]);
    }
  });
});

describe("coachedMembers", () => {
  const db = useTestDatabase();
  let cast: CoachedCast;
  beforeAll(async () => {
    cast = await aCoachedCast(db.current);
    await aDevice(db.current, cast.member.id);
    await aVipLine(db.current, cast.member.id, cast.staff.COACH.id);
  });

  it("DEV-2: the coach lists the members they coach (assigned or substitute) with their devices and VIP lines, by name, paged", async () => {
    const coach = await aStaffUser(db.current, "COACH");
    const assigned = await aStaffUser(db.current, "COACH");
    const ids: string[] = [];
    for (const [lastName, asSub] of [
      ["Bernard", false],
      ["Albert", true],
      ["Colin", false],
    ] as const) {
      const m = await aMember(db.current, { lastName, firstName: "Zoé" });
      ids.push(m.id);
      if (asSub) await assignCoach(db.current, m.id, assigned.id, coach.id);
      else await assignCoach(db.current, m.id, coach.id);
    }
    await aDevice(db.current, ids[0]!);
    const first = await gql(db.current, actors.staff(coach), COACHED, { variables: { first: 2 } });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.coachedMembers;
    expect(page1.edges.map((e: { node: { lastName: string; asSubstitute: boolean } }) => [e.node.lastName, e.node.asSubstitute])).toEqual([
      ["Albert", true],
      ["Bernard", false],
    ]);
    expect(page1.edges[1].node).toMatchObject({ memberId: toGlobalId("Member", ids[0]!), status: "ACTIVE", devices: [{ state: "DESIGNATED" }], vipLines: [] });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await gql(db.current, actors.staff(coach), COACHED, { variables: { first: 2, after: page1.pageInfo.endCursor } });
    expect(second.data!.coachedMembers.edges.map((e: { node: { lastName: string } }) => e.node.lastName)).toEqual(["Colin"]);
    expect(second.data!.coachedMembers.pageInfo.hasNextPage).toBe(false);
  });

  it("SVC-3: the coach sees the VIP lines they recorded; a coach never sees members they do not coach", async () => {
    const res = await gql(db.current, cast.as.COACH, COACHED, { variables: { first: 100 } });
    const nodes = res.data!.coachedMembers.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ memberId: cast.memberGid, asSubstitute: false, devices: [{ state: "DESIGNATED" }], vipLines: [{ phoneNumber: "+33612345678" }] });
    const other = await gql(db.current, cast.asOtherCoach, COACHED, { variables: { first: 100 } });
    expect(other.data!.coachedMembers.edges.map((e: { node: { memberId: string } }) => e.node.memberId)).toEqual([cast.otherGid]);
    const lonely = await aStaffUser(db.current, "COACH");
    const none = await gql(db.current, actors.staff(lonely), COACHED, { variables: { first: 10 } });
    expect(none.data!.coachedMembers).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("AUT-1: a bad page size or cursor is a client error, never a 500", async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { first: 5, after: "garbage" }, { first: 5, after: Buffer.from('["a","b","not-a-uuid"]').toString("base64url") }]) {
      const res = await gql(db.current, cast.as.COACH, COACHED, { variables });
      expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it.each(["member", "otherMember", "delegate", "payer", "DESK_AGENT", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "AUT-3: %s cannot list coached members",
    async (who) => {
      const res = await gql(db.current, cast.as[who], COACHED, { variables: { first: 10 } });
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    },
  );

  it("AUT-1: an anonymous caller cannot list coached members", async () => {
    expect(errorCodes(await gql(db.current, null, COACHED, { variables: { first: 10 } }))).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("dashboard and coach lists: statements do not grow with the page size", () => {
  const db = useTestDatabase();
  let desk: Awaited<ReturnType<typeof aCast>>["as"]["DESK_AGENT"];
  let coach: Awaited<ReturnType<typeof aStaffUser>>;
  beforeAll(async () => {
    const cast = await aCast(db.current);
    desk = cast.as.DESK_AGENT;
    coach = await aStaffUser(db.current, "COACH");
    for (let i = 0; i < 50; i++) {
      const m = await aMember(db.current, { lastName: `Dev${String(i).padStart(2, "0")}` });
      await assignCoach(db.current, m.id, coach.id);
      await aDevice(db.current, m.id, { state: "ACTIVE", activatedAt: new Date("2026-11-11T09:00:00Z"), activatedById: coach.id });
      if (i % 2 === 0) await aDevice(db.current, m.id);
      if (i % 3 === 0) await aVipLine(db.current, m.id, coach.id);
    }
  });

  const MEMBERS = `query($first: Int!) { members(first: $first, search: "Dev") { edges { node { id ${SERVICES} } } } }`;

  async function count(run: () => ReturnType<typeof gql>): Promise<number> {
    const before = db.current.statements.count;
    const res = await run();
    expect(res.errors).toBeUndefined();
    return db.current.statements.count - before;
  }

  it("DEV-1: 5 and 50 members with devices, activating coaches, VIP lines and quotas take the same number of statements", async () => {
    const five = await count(() => gql(db.current, desk, MEMBERS, { variables: { first: 5 } }));
    const fifty = await count(() => gql(db.current, desk, MEMBERS, { variables: { first: 50 } }));
    expect(fifty).toBe(five);
    // principal + page + devices batch + staff (activatedBy) batch + VIP lines batch
    expect(five).toBeLessThanOrEqual(5);
  });

  it("DEV-2: the coach's list of 5 or 50 members with their devices and VIP lines takes the same number of statements", async () => {
    const five = await count(() => gql(db.current, actors.staff(coach), COACHED, { variables: { first: 5 } }));
    const fifty = await count(() => gql(db.current, actors.staff(coach), COACHED, { variables: { first: 50 } }));
    expect(fifty).toBe(five);
    // principal + page (with assignments, primed) + devices batch + VIP lines batch
    expect(five).toBeLessThanOrEqual(4);
  });
});
