import { isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBareSchema } from "../../../src/schema.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, type AnyData } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aDelegate, aMember, aStaffUser, actors, anOption } from "../../support/factories.js";
import { aConciergeRequest } from "../concierge/concierge.support.js";
import { aDevice, assignCoach } from "../devices/devices.support.js";
import { anOfficeRequest } from "../office-assistance/office-assistance.support.js";
import { MEMBER_HISTORY, aNamedCast, anAuditRow, type NamedCast } from "./audit-trail.support.js";

const ACTOR = `{ role name onBehalfOf label }`;
const NODE = (type: string, field: string) => `query($id: ID!) { node(id: $id) { ... on ${type} { ${field} ${ACTOR} } } }`;

describe("who created an object (AUT-4)", () => {
  const db = useTestDatabase();
  let cast: NamedCast;
  beforeAll(async () => {
    cast = await aNamedCast(db.current);
    await anOption(db.current, cast.member.id);
    await assignCoach(db.current, cast.member.id, cast.staff.COACH.id);
  });

  it("AUT-4: Device.designatedBy reads « Luc Bernard, délégué, pour Jeanne Dupont » for the member, the delegate, the desk and the coach", async () => {
    const device = await aDevice(db.current, cast.member.id, { designatedByRole: "DELEGATE", designatedById: cast.delegate.id });
    for (const who of ["member", "delegate", "DESK_AGENT", "COACH"] as const) {
      const res = await gql(db.current, cast.as[who], NODE("Device", "designatedBy"), { variables: { id: toGlobalId("Device", device.id) } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node.designatedBy).toEqual({ role: "DELEGATE", name: "Luc Bernard", onBehalfOf: "Jeanne Dupont", label: "Luc Bernard, délégué, pour Jeanne Dupont" });
    }
    const byMember = await aDevice(db.current, cast.member.id);
    const res = await gql(db.current, cast.as.member, NODE("Device", "designatedBy"), { variables: { id: toGlobalId("Device", byMember.id) }, locale: "en" });
    expect(res.data!.node.designatedBy.label).toBe("Jeanne Dupont, member");
  });

  it("AUT-4: whoever may not read the device does not learn who designated it", async () => {
    const device = await aDevice(db.current, cast.member.id, { designatedByRole: "DELEGATE", designatedById: cast.delegate.id });
    for (const who of ["payer", "otherMember", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const) {
      const res = await gql(db.current, cast.as[who], NODE("Device", "designatedBy"), { variables: { id: toGlobalId("Device", device.id) } });
      expect(res.data?.node ?? null).toBeNull();
      expect(JSON.stringify(res)).not.toContain("Bernard");
    }
  });

  it("AUT-4: ConciergeRequest.submittedBy names the delegate for the member's side; the partner's view has no such field (CON-5)", async () => {
    const request = await aConciergeRequest(db.current, cast.member.id, { submittedByRole: "DELEGATE", submittedById: cast.delegate.id });
    for (const who of ["member", "delegate", "DESK_AGENT"] as const) {
      const res = await gql(db.current, cast.as[who], NODE("ConciergeRequest", "submittedBy"), { variables: { id: toGlobalId("ConciergeRequest", request.id) } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node.submittedBy.label).toBe("Luc Bernard, délégué, pour Jeanne Dupont");
    }
    for (const who of ["payer", "COACH", "CONCIERGE_PARTNER", "BILLING"] as const) {
      const res = await gql(db.current, cast.as[who], NODE("ConciergeRequest", "submittedBy"), { variables: { id: toGlobalId("ConciergeRequest", request.id) } });
      expect(res.data?.node ?? null).toBeNull();
    }
    const schema = await buildBareSchema();
    const partner = schema.getType("PartnerConciergeRequest");
    expect(isObjectType(partner) && Object.keys(partner.getFields())).not.toContain("submittedBy");
  });

  it("AUT-4: OfficeAssistanceRequest.requestedBy names the desk agent who opened it for the member", async () => {
    const request = await anOfficeRequest(db.current, cast.member.id, { requestedByRole: "DESK_AGENT", requestedById: cast.desk.id });
    for (const who of ["member", "delegate", "DESK_AGENT"] as const) {
      const res = await gql(db.current, cast.as[who], NODE("OfficeAssistanceRequest", "requestedBy"), { variables: { id: toGlobalId("OfficeAssistanceRequest", request.id) } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node.requestedBy).toEqual({
        role: "DESK_AGENT",
        name: "Marie Martin",
        onBehalfOf: "Jeanne Dupont",
        label: "Marie Martin, conseiller du Desk, pour Jeanne Dupont",
      });
    }
    for (const who of ["payer", "COACH", "TECHNICIAN", "CONCIERGE_PARTNER"] as const) {
      const res = await gql(db.current, cast.as[who], NODE("OfficeAssistanceRequest", "requestedBy"), { variables: { id: toGlobalId("OfficeAssistanceRequest", request.id) } });
      expect(res.data?.node ?? null).toBeNull();
    }
  });

  it("AUT-4: Delegate.registeredBy says who registered the designation: the member, or the desk for them (MEM-4)", async () => {
    const member = await aMember(db.current, { firstName: "Anne", lastName: "Roux" });
    const byDesk = await aDelegate(db.current, member.id, { firstName: "Paul", lastName: "Roux", registeredByRole: "DESK_AGENT", registeredById: cast.desk.id });
    const read = `query { me { member { delegate { registeredBy ${ACTOR} } } } }`;
    const res = await gql(db.current, actors.member(member), read);
    expect(res.data!.me.member.delegate.registeredBy.label).toBe("Marie Martin, conseiller du Desk, pour Anne Roux");
    const asDelegate = await gql(db.current, actors.delegate(byDesk), `query { me { delegate { registeredBy ${ACTOR} } } }`);
    expect(asDelegate.data!.me.delegate.registeredBy.label).toBe("Marie Martin, conseiller du Desk, pour Anne Roux");
    // A row older than registered_by_id says only MEMBER: the member themself.
    const own = await gql(db.current, cast.as.member, read);
    expect(own.data!.me.member.delegate.registeredBy).toEqual({ role: "MEMBER", name: "Jeanne Dupont", onBehalfOf: null, label: "Jeanne Dupont, membre" });
    for (const who of ["payer", "COACH", "BILLING", "PRIVACY_OFFICER"] as const) {
      const node = await gql(db.current, cast.as[who], NODE("Delegate", "registeredBy"), { variables: { id: toGlobalId("Delegate", cast.delegate.id) } });
      expect(node.data?.node ?? null).toBeNull();
    }
  });
});

describe("audit-trail reads: SQL statements do not grow with the rows", () => {
  const db = useTestDatabase();
  let cast: NamedCast;
  let coaches: { id: string }[];
  beforeAll(async () => {
    cast = await aNamedCast(db.current);
    coaches = await Promise.all([0, 1, 2].map(() => aStaffUser(db.current, "COACH")));
  });

  /** n entries for a fresh member, by a mix of the member, their delegate, the desk and n coaches. */
  async function aMemberWithHistory(n: number, lastName = "Dupont") {
    const member = await aMember(db.current, { lastName });
    const delegate = await aDelegate(db.current, member.id);
    for (let i = 0; i < n; i++) {
      const by = [
        { actorRole: "MEMBER", actorId: member.id },
        { actorRole: "DELEGATE", actorId: delegate.id },
        { actorRole: "DESK_AGENT", actorId: cast.desk.id },
        { actorRole: "COACH", actorId: coaches[i % coaches.length]!.id },
      ][i % 4]!;
      await anAuditRow(db.current, member.id, { at: new Date(Date.UTC(2026, 10, 1, 9, i)), operation: "designateDevice", ...by });
      await aDevice(db.current, member.id, {
        designatedByRole: by.actorRole === "COACH" ? "DESK_AGENT" : by.actorRole,
        designatedById: by.actorRole === "COACH" ? cast.desk.id : by.actorId,
      });
    }
    return member;
  }

  async function statements(run: () => Promise<AnyData>): Promise<number> {
    const before = db.current.statements.count;
    const res = await run();
    expect(res.errors).toBeUndefined();
    return db.current.statements.count - before;
  }

  it("AUT-4: a history of 5 entries and one of 50 take the same number of statements", async () => {
    const small = await aMemberWithHistory(5);
    const large = await aMemberWithHistory(50);
    const read = (m: { id: string }) => () => gql(db.current, cast.as.DESK_AGENT, MEMBER_HISTORY, { variables: { memberId: toGlobalId("Member", m.id), first: 100 } });
    const five = await statements(read(small));
    const fifty = await statements(read(large));
    expect(fifty).toBe(five);
    // principal + member + page + members, delegates, staff names (one batch each)
    expect(five).toBeLessThanOrEqual(6);
  });

  it("AUT-4: Device.designatedBy for 5 devices and for 50 takes the same number of statements", async () => {
    const small = await aMemberWithHistory(5);
    const large = await aMemberWithHistory(50);
    const read = (m: { id: string }) => () =>
      gql(db.current, cast.as.DESK_AGENT, `query($id: ID!) { node(id: $id) { ... on Member { devices { designatedBy { label } } } } }`, {
        variables: { id: toGlobalId("Member", m.id) },
      });
    const five = await statements(read(small));
    const fifty = await statements(read(large));
    expect(fifty).toBe(five);
  });

  it("AUT-4: the desk's member list with each member's history costs the same for 2 members and for 10", async () => {
    for (let i = 0; i < 10; i++) await aMemberWithHistory(3, `Histo${String(i).padStart(2, "0")}`);
    const list = (first: number) => () =>
      gql(
        db.current,
        cast.as.DESK_AGENT,
        `query($first: Int!) { members(first: $first, search: "Histo") { edges { node { history(first: 5) { edges { node { actor { label } } } } } } } }`,
        {
          variables: { first },
        },
      );
    const two = await statements(list(2));
    const ten = await statements(list(10));
    expect(ten).toBe(two);
  });
});
