import { isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBareSchema } from "../../../src/schema.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aDelegate, aMember, actors, anAddress } from "../../support/factories.js";
import {
  PARTNER_UPDATE,
  STAFF_REFUSED,
  aConciergeCast,
  aConciergeRequest,
  aPrivilege,
  conciergeState,
  expectShieldRefusal,
  expectUserErrors,
  requestGid,
} from "./concierge.support.js";

const LIST = `query($first: Int!, $after: String, $status: ConciergeStatus) {
  partnerConciergeRequests(first: $first, after: $after, status: $status) {
    edges { cursor node { id content status statusReason callbackPhone preferredLanguage memberFirstName memberLastName submittedAt category { code label } } }
    pageInfo { hasNextPage endCursor } } }`;
const HISTORY = `query($id: ID!) { node(id: $id) { ... on ConciergeRequest { status statusReason statusHistory { from to reason at byRole } } } }`;

describe("the concierge partner (CON-5, CON-6)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aConciergeCast>>;
  beforeAll(async () => {
    cast = await aConciergeCast(db.current);
  });

  describe("CON-5 what the partner sees", () => {
    it("CON-5: the partner view has exactly the fields it needs: content, category, the member's names, callback phone, language", async () => {
      const schema = await buildBareSchema();
      const type = schema.getType("PartnerConciergeRequest");
      expect(isObjectType(type)).toBe(true);
      const fields = Object.keys((type as { getFields(): Record<string, unknown> }).getFields()).sort();
      expect(fields).toEqual(
        ["id", "content", "category", "status", "statusReason", "callbackPhone", "preferredLanguage", "memberFirstName", "memberLastName", "submittedAt", "updatedAt"].sort(),
      );
      // Nothing in the partner's reach leads to a Member, an address, a line, a device, a mailbox or an invoice.
      const reachable = new Set<string>();
      const visit = (name: string) => {
        if (reachable.has(name)) return;
        reachable.add(name);
        const t = schema.getType(name);
        if (!isObjectType(t)) return;
        for (const f of Object.values(t.getFields())) {
          let inner = f.type as { ofType?: unknown; name?: string };
          while (inner.ofType) inner = inner.ofType as typeof inner;
          visit(inner.name!);
        }
      };
      visit("PartnerConciergeRequestConnection");
      visit("UpdateConciergeRequestStatusPayload");
      expect([...reachable].filter((n) => /Member|Address|Line|Device|Mailbox|Invoice|Payer|Delegate/.test(n))).toEqual([]);
    });

    it("CON-5: the partner lists every member's requests, oldest first, filtered by status, page by page", async () => {
      const other = await aMember(db.current, { firstName: "Ada", lastName: "Lovelace" });
      const a = await aConciergeRequest(db.current, cast.member.id, { createdAt: new Date("2026-01-01T10:00:00Z"), callbackPhone: "+33612345678", preferredLanguage: "en" });
      const b = await aConciergeRequest(db.current, other.id, { createdAt: new Date("2026-01-01T11:00:00Z"), status: "ACCEPTED" });
      const c = await aConciergeRequest(db.current, other.id, { createdAt: new Date("2026-01-01T12:00:00Z") });
      const page1 = await gql(db.current, cast.as.CONCIERGE_PARTNER, LIST, { variables: { first: 2 } });
      expect(page1.errors).toBeUndefined();
      const nodes1 = page1.data!.partnerConciergeRequests.edges.map((e: any) => e.node);
      expect(nodes1.map((n: any) => n.id)).toEqual([requestGid(a), requestGid(b)]);
      expect(nodes1[0]).toEqual({
        id: requestGid(a),
        content: a.content,
        status: "SUBMITTED",
        statusReason: null,
        callbackPhone: "+33612345678",
        preferredLanguage: "en",
        memberFirstName: cast.member.firstName,
        memberLastName: cast.member.lastName,
        submittedAt: "2026-01-01T10:00:00.000Z",
        category: { code: "RESTAURANT", label: "Réservation de restaurant" },
      });
      expect(nodes1[1]).toMatchObject({ memberFirstName: "Ada", memberLastName: "Lovelace" });
      expect(page1.data!.partnerConciergeRequests.pageInfo.hasNextPage).toBe(true);
      const page2 = await gql(db.current, cast.as.CONCIERGE_PARTNER, LIST, { variables: { first: 1, after: page1.data!.partnerConciergeRequests.pageInfo.endCursor } });
      expect(page2.data!.partnerConciergeRequests.edges[0].node.id).toBe(requestGid(c));
      const accepted = await gql(db.current, cast.as.CONCIERGE_PARTNER, LIST, { variables: { first: 100, status: "ACCEPTED" } });
      expect(accepted.data!.partnerConciergeRequests.edges.map((e: any) => e.node.id)).toContain(requestGid(b));
      expect(accepted.data!.partnerConciergeRequests.edges.every((e: any) => e.node.status === "ACCEPTED")).toBe(true);
    });

    it("CON-5: bad paging input is a client error, never a 500", async () => {
      for (const variables of [{ first: 0 }, { first: 101 }, { first: 5, after: "garbage" }]) {
        const res = await gql(db.current, cast.as.CONCIERGE_PARTNER, LIST, { variables });
        expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
      }
    });

    it("CON-5: the partner cannot reach member data through node(id:), me, members or the member view of a request", async () => {
      const address = await anAddress(db.current, cast.member.id);
      const privilege = await aPrivilege(db.current, cast.member.id);
      const request = await aConciergeRequest(db.current, cast.member.id);
      const ids = [
        cast.memberGid,
        requestGid(request),
        toGlobalId("Address", address.id),
        toGlobalId("ConciergePrivilege", privilege.id),
        toGlobalId("Delegate", cast.delegate.id),
        toGlobalId("Payer", cast.payer.id),
      ];
      for (const id of ids) {
        const res = await gql(db.current, cast.as.CONCIERGE_PARTNER, `query($id: ID!) { node(id: $id) { __typename id } }`, { variables: { id } });
        expect(res.errors, id).toBeUndefined();
        expect(res.data!.node, id).toBeNull();
      }
      const me = await gql(db.current, cast.as.CONCIERGE_PARTNER, `{ me { role member { id email } staff { displayName } } }`);
      expect(me.data!.me).toMatchObject({ role: "CONCIERGE_PARTNER", member: null, staff: { displayName: cast.staff.CONCIERGE_PARTNER.displayName } });
      const members = await gql(db.current, cast.as.CONCIERGE_PARTNER, `{ members(first: 5) { edges { node { email } } } }`);
      expect(errorCodes(members)).toEqual(["FORBIDDEN"]);
    });
  });

  describe("CON-6 the partner moves requests along", () => {
    it("CON-6: SUBMITTED → ACCEPTED → PROPOSED → BOOKED → COMPLETED, each change timed and attributed, seen by the member and the delegate", async () => {
      const request = await aConciergeRequest(db.current, cast.member.id);
      const steps = [
        ["ACCEPTED", null, "2026-11-26T10:00:00Z"],
        ["PROPOSED", "Table au Grand Véfour à 20 h", "2026-11-26T11:00:00Z"],
        ["BOOKED", null, "2026-11-26T12:00:00Z"],
        ["COMPLETED", null, "2026-11-28T09:00:00Z"],
      ] as const;
      for (const [status, note, at] of steps) {
        const res = await gql(db.current, cast.as.CONCIERGE_PARTNER, PARTNER_UPDATE, {
          variables: { input: { requestId: requestGid(request), status, note } },
          clock: new ManualClock(at),
        });
        expect(res.data!.updateConciergeRequestStatus).toEqual({
          request: { id: requestGid(request), status, statusReason: note, memberFirstName: cast.member.firstName, memberLastName: cast.member.lastName },
          userErrors: [],
        });
        expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([
          { operation: "updateConciergeRequestStatus", actorRole: "CONCIERGE_PARTNER", onBehalfOfMemberId: cast.member.id },
        ]);
      }
      for (const who of ["member", "delegate"] as const) {
        const res = await gql(db.current, cast.as[who], HISTORY, { variables: { id: requestGid(request) } });
        expect(res.data!.node.statusHistory).toEqual([
          { from: null, to: "SUBMITTED", reason: null, at: "2026-11-20T10:00:00.000Z", byRole: "MEMBER" },
          { from: "SUBMITTED", to: "ACCEPTED", reason: null, at: "2026-11-26T10:00:00.000Z", byRole: "CONCIERGE_PARTNER" },
          { from: "ACCEPTED", to: "PROPOSED", reason: "Table au Grand Véfour à 20 h", at: "2026-11-26T11:00:00.000Z", byRole: "CONCIERGE_PARTNER" },
          { from: "PROPOSED", to: "BOOKED", reason: null, at: "2026-11-26T12:00:00.000Z", byRole: "CONCIERGE_PARTNER" },
          { from: "BOOKED", to: "COMPLETED", reason: null, at: "2026-11-28T09:00:00.000Z", byRole: "CONCIERGE_PARTNER" },
        ]);
      }
    });

    it.each(["SUBMITTED", "ACCEPTED", "PROPOSED"] as const)("CON-6: the partner rejects a %s request with a reason", async (status) => {
      const request = await aConciergeRequest(db.current, cast.member.id, { status });
      const res = await gql(db.current, cast.as.CONCIERGE_PARTNER, PARTNER_UPDATE, {
        variables: { input: { requestId: requestGid(request), status: "REJECTED", note: "Aucun prestataire disponible" } },
      });
      expect(res.data!.updateConciergeRequestStatus.request).toMatchObject({ status: "REJECTED", statusReason: "Aucun prestataire disponible" });
    });

    it("CON-6: a rejection without a reason, or an over-long note, is refused; nothing is written", async () => {
      const request = await aConciergeRequest(db.current, cast.member.id);
      const cases = [
        [{ status: "REJECTED" }, "REASON_REQUIRED", "CON-6"],
        [{ status: "REJECTED", note: "  " }, "REASON_REQUIRED", "CON-6"],
        [{ status: "ACCEPTED", note: "x".repeat(501) }, "NOTE_TOO_LONG", null],
      ] as const;
      for (const [input, code, rule] of cases) {
        const errors = await expectUserErrors(
          db.current,
          () => gql(db.current, cast.as.CONCIERGE_PARTNER, PARTNER_UPDATE, { variables: { input: { requestId: requestGid(request), ...input } } }),
          [cast.member.id],
          "updateConciergeRequestStatus",
        );
        expect(errors).toEqual([[code, rule]]);
      }
    });

    const ILLEGAL = [
      ["SUBMITTED", "PROPOSED"],
      ["SUBMITTED", "BOOKED"],
      ["SUBMITTED", "COMPLETED"],
      ["ACCEPTED", "ACCEPTED"],
      ["ACCEPTED", "COMPLETED"],
      ["PROPOSED", "COMPLETED"],
      ["BOOKED", "REJECTED"],
      ["BOOKED", "PROPOSED"],
      ["COMPLETED", "ACCEPTED"],
      ["CANCELLED", "ACCEPTED"],
      ["REJECTED", "ACCEPTED"],
    ] as const;
    it.each(ILLEGAL)("CON-6: %s → %s is an illegal transition; nothing is written", async (from, to) => {
      const request = await aConciergeRequest(db.current, cast.member.id, { status: from, statusReason: "x" });
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.CONCIERGE_PARTNER, PARTNER_UPDATE, { variables: { input: { requestId: requestGid(request), status: to, note: "raison" } } }),
        [cast.member.id],
        "updateConciergeRequestStatus",
      );
      expect(errors).toEqual([["ILLEGAL_TRANSITION", "CON-6"]]);
    });

    it("CON-6: an unknown or malformed request id is not found", async () => {
      for (const requestId of ["nope", toGlobalId("ConciergeRequest", "00000000-0000-4000-8000-000000000000"), cast.memberGid]) {
        const errors = await expectUserErrors(
          db.current,
          () => gql(db.current, cast.as.CONCIERGE_PARTNER, PARTNER_UPDATE, { variables: { input: { requestId, status: "ACCEPTED" } } }),
          [cast.member.id],
          "updateConciergeRequestStatus",
        );
        expect(errors).toEqual([["REQUEST_NOT_FOUND", "AUT-2"]]);
      }
    });

    it("CON-5: a disabled partner account is refused even with a valid token", async () => {
      const { aStaffUser } = await import("../../support/factories.js");
      const disabled = await aStaffUser(db.current, "CONCIERGE_PARTNER", { disabledAt: new Date("2026-11-01T00:00:00Z") });
      const res = await gql(db.current, actors.staff(disabled), LIST, { variables: { first: 5 } });
      expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
    });
  });

  describe("AUT-3: only the concierge partner", () => {
    const REFUSED = ["member", "delegate", "otherMember", "DESK_AGENT", ...STAFF_REFUSED] as const;
    it.each(REFUSED)("CON-5: %s may not list the partner queue", async (who) => {
      const res = await gql(db.current, cast.as[who], LIST, { variables: { first: 5 } });
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    });

    it.each(REFUSED)("CON-5: %s may not update a request's status; nothing is written", async (who) => {
      const request = await aConciergeRequest(db.current, cast.member.id);
      await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], PARTNER_UPDATE, { variables: { input: { requestId: requestGid(request), status: "ACCEPTED" } } }), [
        cast.member.id,
      ]);
    });

    it("CON-5: an anonymous caller may neither list nor update", async () => {
      const request = await aConciergeRequest(db.current, cast.member.id);
      expect(errorCodes(await gql(db.current, null, LIST, { variables: { first: 5 } }))).toEqual(["UNAUTHENTICATED"]);
      await expectShieldRefusal(
        db.current,
        () => gql(db.current, null, PARTNER_UPDATE, { variables: { input: { requestId: requestGid(request), status: "ACCEPTED" } } }),
        [cast.member.id],
        "UNAUTHENTICATED",
      );
    });

    it("CON-5: the categories list is open to the member side and the partner, not to other roles", async () => {
      const query = `{ conciergeCategories { code } }`;
      for (const who of ["member", "delegate", "DESK_AGENT", "CONCIERGE_PARTNER"] as const) {
        expect((await gql(db.current, cast.as[who], query)).data!.conciergeCategories.length).toBeGreaterThanOrEqual(7);
      }
      for (const who of STAFF_REFUSED) expect(errorCodes(await gql(db.current, cast.as[who], query))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await gql(db.current, null, query))).toEqual(["UNAUTHENTICATED"]);
    });

    it("CON-6: a revoked delegate no longer sees the member's requests", async () => {
      const revoked = await aDelegate(db.current, cast.member.id, { revokedAt: new Date("2026-11-20T09:00:00Z") });
      const request = await aConciergeRequest(db.current, cast.member.id);
      const res = await gql(db.current, actors.delegate(revoked), HISTORY, { variables: { id: requestGid(request) } });
      expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
      expect((await conciergeState(db.current, [cast.member.id])).requests.length).toBeGreaterThan(0);
    });
  });
});
