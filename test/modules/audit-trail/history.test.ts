import { beforeAll, describe, expect, it } from "vitest";
import { buildBareSchema } from "../../../src/schema.js";
import { AUDITED_OPERATIONS, DELEGATE_VISIBLE_OPERATIONS } from "../../../src/modules/audit-trail/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, type AnyData } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { anOption } from "../../support/factories.js";
import { HISTORY_REFUSED, MEMBER_HISTORY, MY_HISTORY, NODE_HISTORY, aNamedCast, anAuditRow, type NamedCast } from "./audit-trail.support.js";

const operations = (connection: AnyData) => connection.edges.map((e: AnyData) => e.node.operation);
const at = (minute: number) => new Date(`2026-11-20T10:${String(minute).padStart(2, "0")}:00Z`);

describe("a member's history of changes (AUT-2, AUT-4)", () => {
  const db = useTestDatabase();
  let cast: NamedCast;
  let memberGid: string;
  beforeAll(async () => {
    cast = await aNamedCast(db.current);
    memberGid = toGlobalId("Member", cast.member.id);
    const m = cast.member.id;
    await anAuditRow(db.current, m, { at: at(1), operation: "updateMemberContact", details: { fields: ["email"] } });
    await anAuditRow(db.current, m, { at: at(2), operation: "designateDevice", actorRole: "DELEGATE", actorId: cast.delegate.id, details: { kind: "PHONE", slotsUsed: 1 } });
    await anAuditRow(db.current, m, { at: at(3), operation: "designatePayer", details: { kind: "LEGAL_ENTITY" } });
    await anAuditRow(db.current, m, { at: at(4), operation: "recordPayment", actorRole: "BILLING", actorId: cast.staff.BILLING.id, details: { amountCents: 4900 } });
    await anAuditRow(db.current, m, { at: at(5), operation: "fileDataRequest", details: { kind: "ACCESS" } });
    await anAuditRow(db.current, m, {
      at: at(6),
      operation: "designateDelegate",
      actorRole: "DESK_AGENT",
      actorId: cast.desk.id,
      details: { notifiedVia: "PHONE", replacedDelegateId: cast.delegate.id },
    });
    await anAuditRow(db.current, m, { at: at(7), operation: "optionEndedAutomatically", actorRole: "SYSTEM", actorId: null, details: { reason: "NO_ELIGIBLE_LINE" } });
    await anAuditRow(db.current, cast.other.id, { at: at(8), operation: "updateMemberContact" });
    await anAuditRow(db.current, m, { at: at(9), operation: "runMonthlyBilling", onBehalfOfMemberId: null });
  });

  const ALL = ["optionEndedAutomatically", "designateDelegate", "fileDataRequest", "recordPayment", "designatePayer", "designateDevice", "updateMemberContact"];

  it("AUT-4: the member reads every change on their account, newest first: when, what, who acted as which role, for whom", async () => {
    const res = await gql(db.current, cast.as.member, MY_HISTORY, { variables: { first: 20 } });
    expect(res.errors).toBeUndefined();
    const history = res.data!.me.member.history;
    expect(operations(history)).toEqual(ALL);
    const byOperation = Object.fromEntries(history.edges.map((e: AnyData) => [e.node.operation, e.node]));
    expect(byOperation.designateDevice).toEqual({
      at: "2026-11-20T10:02:00.000Z",
      operation: "designateDevice",
      operationLabel: "Appareil désigné",
      details: { kind: "PHONE", slotsUsed: 1 },
      changedFields: ["kind", "slotsUsed"],
      actor: { role: "DELEGATE", name: "Luc Bernard", onBehalfOf: "Jeanne Dupont", label: "Luc Bernard, délégué, pour Jeanne Dupont" },
    });
    expect(byOperation.updateMemberContact.actor).toEqual({ role: "MEMBER", name: "Jeanne Dupont", onBehalfOf: null, label: "Jeanne Dupont, membre" });
    expect(byOperation.recordPayment.actor.label).toBe(`${cast.staff.BILLING.displayName}, service facturation, pour Jeanne Dupont`);
    expect(byOperation.designateDelegate.actor.label).toBe("Marie Martin, conseiller du Desk, pour Jeanne Dupont");
    expect(byOperation.optionEndedAutomatically.actor).toEqual({ role: null, name: null, onBehalfOf: "Jeanne Dupont", label: "Parnasse (automatique), pour Jeanne Dupont" });
    // An operation not in the catalogue still reads in words.
    expect(byOperation.fileDataRequest.operationLabel).toBe("File data request");
  });

  it("AUT-4: details leave internal database ids out; labels follow the caller's language", async () => {
    const res = await gql(db.current, cast.as.member, MY_HISTORY, { variables: { first: 20 }, locale: "en" });
    const nodes = res.data!.me.member.history.edges.map((e: AnyData) => e.node);
    const designation = nodes.find((n: AnyData) => n.operation === "designateDelegate");
    expect(designation.details).toEqual({ notifiedVia: "PHONE" });
    expect(designation.changedFields).toEqual(["notifiedVia"]);
    expect(designation.operationLabel).toBe("Delegate designated");
    expect(designation.actor.label).toBe("Marie Martin, desk agent, for Jeanne Dupont");
    expect(nodes.find((n: AnyData) => n.operation === "designateDevice").actor.label).toBe("Luc Bernard, delegate, for Jeanne Dupont");
    expect(JSON.stringify(nodes)).not.toContain(cast.delegate.id);
  });

  it("AUT-2: the delegate sees the services part only: no payers, billing, delegate designations or unclassified operations (MEM-5)", async () => {
    const viaMe = await gql(db.current, cast.as.delegate, MY_HISTORY, { variables: { first: 20 } });
    expect(viaMe.errors).toBeUndefined();
    expect(operations(viaMe.data!.me.member.history)).toEqual(["optionEndedAutomatically", "designateDevice", "updateMemberContact"]);
    const viaQuery = await gql(db.current, cast.as.delegate, MEMBER_HISTORY, { variables: { memberId: memberGid, first: 20 } });
    expect(operations(viaQuery.data!.memberHistory)).toEqual(["optionEndedAutomatically", "designateDevice", "updateMemberContact"]);
    // Asking for a hidden operation by name gives nothing either.
    const asked = await gql(db.current, cast.as.delegate, MEMBER_HISTORY, {
      variables: { memberId: memberGid, first: 20, filter: { operations: ["designatePayer", "recordPayment"] } },
    });
    expect(asked.data!.memberHistory.edges).toEqual([]);
    // Pages stay full: the allowlist is applied in SQL, not after the page is cut.
    const one = await gql(db.current, cast.as.delegate, MY_HISTORY, { variables: { first: 1 } });
    expect(operations(one.data!.me.member.history)).toEqual(["optionEndedAutomatically"]);
    expect(one.data!.me.member.history.pageInfo.hasNextPage).toBe(true);
  });

  it("AUT-2: the delegate's allowlist keeps out payers, invoices and billing (MEM-5)", () => {
    for (const hidden of [
      "designatePayer",
      "revokePayer",
      "recordPayment",
      "disputeInvoice",
      "issueCreditNote",
      "updateInvoiceDelivery",
      "suspendForNonPayment",
      "designateDelegate",
    ]) {
      expect(DELEGATE_VISIBLE_OPERATIONS).not.toContain(hidden);
    }
    expect(DELEGATE_VISIBLE_OPERATIONS).toContain("designateDevice");
  });

  it("AUT-2: the desk reads any member's history, through memberHistory and Member.history", async () => {
    const viaQuery = await gql(db.current, cast.as.DESK_AGENT, MEMBER_HISTORY, { variables: { memberId: memberGid, first: 20 } });
    expect(viaQuery.errors).toBeUndefined();
    expect(operations(viaQuery.data!.memberHistory)).toEqual(ALL);
    const viaNode = await gql(db.current, cast.as.DESK_AGENT, NODE_HISTORY, { variables: { id: memberGid, first: 20 } });
    expect(operations(viaNode.data!.node.history)).toEqual(ALL);
    const other = await gql(db.current, cast.as.DESK_AGENT, MEMBER_HISTORY, { variables: { memberId: toGlobalId("Member", cast.other.id), first: 20 } });
    expect(operations(other.data!.memberHistory)).toEqual(["updateMemberContact"]);
  });

  it("AUT-2: the privacy officer reads any member's history through memberHistory, without access to the member's record", async () => {
    const res = await gql(db.current, cast.as.PRIVACY_OFFICER, MEMBER_HISTORY, { variables: { memberId: memberGid, first: 20 } });
    expect(res.errors).toBeUndefined();
    expect(operations(res.data!.memberHistory)).toEqual(ALL);
    const node = await gql(db.current, cast.as.PRIVACY_OFFICER, NODE_HISTORY, { variables: { id: memberGid, first: 20 } });
    expect(node.data?.node ?? null).toBeNull();
  });

  it.each(HISTORY_REFUSED)("AUT-2: %s may not read a member's history (memberHistory refused, Member.history unreachable)", async (who) => {
    const res = await gql(db.current, cast.as[who], MEMBER_HISTORY, { variables: { memberId: memberGid, first: 20 } });
    expect(res.data?.memberHistory ?? null).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    const node = await gql(db.current, cast.as[who], NODE_HISTORY, { variables: { id: memberGid, first: 20 } });
    expect(node.data?.node ?? null).toBeNull();
    expect(JSON.stringify(node)).not.toContain("designateDevice");
  });

  it("AUT-2: the payer's `me` leads to no member, hence to no history", async () => {
    const res = await gql(db.current, cast.as.payer, MY_HISTORY, { variables: { first: 20 } });
    expect(res.data?.me?.member ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toContain("designateDevice");
  });

  it("AUT-1: an anonymous caller may not read a history", async () => {
    const res = await gql(db.current, null, MEMBER_HISTORY, { variables: { memberId: memberGid, first: 20 } });
    expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
    const node = await gql(db.current, null, NODE_HISTORY, { variables: { id: memberGid, first: 20 } });
    expect(node.data?.node ?? null).toBeNull();
  });

  it("AUT-2: a member or a delegate naming another member gets null, never that member's history", async () => {
    for (const who of ["member", "delegate", "otherMember"] as const) {
      const target = who === "otherMember" ? memberGid : toGlobalId("Member", cast.other.id);
      const res = await gql(db.current, cast.as[who], MEMBER_HISTORY, { variables: { memberId: target, first: 20 } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.memberHistory).toBeNull();
    }
    const unknown = await gql(db.current, cast.as.DESK_AGENT, MEMBER_HISTORY, { variables: { memberId: toGlobalId("Member", "00000000-0000-4000-8000-000000000000"), first: 5 } });
    expect(unknown.data!.memberHistory).toBeNull();
  });

  it("AUT-4: pages forward with opaque cursors, without gaps or repeats; a forged cursor or a bad page size is BAD_USER_INPUT", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: AnyData = await gql(db.current, cast.as.member, MY_HISTORY, { variables: { first: 2, after } });
      seen.push(...operations(res.data.me.member.history));
      if (!res.data.me.member.history.pageInfo.hasNextPage) break;
      after = res.data.me.member.history.pageInfo.endCursor;
    }
    expect(seen).toEqual(ALL);
    const forged = Buffer.from(JSON.stringify(["2026-11-20T10:00:00Z", "1 or 1=1"])).toString("base64url");
    for (const variables of [{ first: 5, after: forged }, { first: 5, after: "nope" }, { first: 0 }, { first: 101 }]) {
      const res = await gql(db.current, cast.as.DESK_AGENT, MEMBER_HISTORY, { variables: { memberId: memberGid, ...variables } });
      expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("AUT-4: the history narrows to some operations or to the changes made by some roles", async () => {
    const byOperation = await gql(db.current, cast.as.member, MY_HISTORY, { variables: { first: 20, filter: { operations: ["designateDevice", "designatePayer"] } } });
    expect(operations(byOperation.data!.me.member.history)).toEqual(["designatePayer", "designateDevice"]);
    const byRole = await gql(db.current, cast.as.member, MY_HISTORY, { variables: { first: 20, filter: { actorRoles: ["DELEGATE", "DESK_AGENT"] } } });
    expect(operations(byRole.data!.me.member.history)).toEqual(["designateDelegate", "designateDevice"]);
    const none = await gql(db.current, cast.as.member, MY_HISTORY, { variables: { first: 20, filter: { operations: [] } } });
    expect(none.data!.me.member.history.edges).toEqual([]);
  });

  it("AUT-2: a change the delegate makes through the API reads « Luc Bernard, délégué, pour Jeanne Dupont » in the member's history", async () => {
    await anOption(db.current, cast.member.id);
    const designate = await gql(
      db.current,
      cast.as.delegate,
      `mutation($input: DesignateDeviceInput!) { designateDevice(input: $input) { device { id designatedBy { label } } userErrors { code } } }`,
      { variables: { input: { name: "iPad de Jeanne", kind: "TABLET", os: "IPADOS", hasInternetConnectivity: true } } },
    );
    expect(designate.data!.designateDevice.userErrors).toEqual([]);
    expect(designate.data!.designateDevice.device.designatedBy.label).toBe("Luc Bernard, délégué, pour Jeanne Dupont");
    const res = await gql(db.current, cast.as.member, MY_HISTORY, { variables: { first: 1 } });
    const [entry] = res.data!.me.member.history.edges.map((e: AnyData) => e.node);
    expect(entry.operation).toBe("designateDevice");
    expect(entry.actor.label).toBe("Luc Bernard, délégué, pour Jeanne Dupont");
    expect(entry.details).toMatchObject({ kind: "TABLET", os: "IPADOS", slotsUsed: 1 });
  });
});

describe("the operations catalogue (AUT-4)", () => {
  it("AUT-4: every mutation of the API has its name in words and a delegate visibility", async () => {
    const schema = await buildBareSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => !(name in AUDITED_OPERATIONS))).toEqual([]);
  });
});
