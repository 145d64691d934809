import { getTableColumns } from "drizzle-orm";
import { isInputObjectType, isObjectType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { conciergeRequests, conciergeStatusChanges } from "../../../db/schema/index.js";
import { buildBareSchema } from "../../../src/schema.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aMember, actors, anOption } from "../../support/factories.js";
import {
  CANCEL,
  STAFF_REFUSED,
  SUBMIT,
  aConciergeCast,
  aConciergeRequest,
  aPrivilege,
  anOptionHolder,
  conciergeState,
  expectShieldRefusal,
  expectUserErrors,
  requestGid,
} from "./concierge.support.js";

const INCLUDED = ["RESTAURANT", "SHOPPING", "TICKETING", "TRANSPORT_TRAVEL", "DAILY_SERVICES"];
const clock = () => new ManualClock("2026-11-26T10:00:00Z");
const submit = (input: Record<string, unknown>) => ({ variables: { input: { category: "RESTAURANT", content: "Une table pour quatre samedi", ...input } }, clock: clock() });

describe("concierge requests from the app", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aConciergeCast>>;
  beforeAll(async () => {
    cast = await aConciergeCast(db.current);
  });

  describe("CON-1 included categories", () => {
    it("CON-1: the member submits a request in each included category, without Privilège; it starts SUBMITTED with its history", async () => {
      const m = await anOptionHolder(db.current);
      for (const category of INCLUDED) {
        const res = await gql(db.current, actors.member(m), SUBMIT, submit({ category }));
        expect(res.errors).toBeUndefined();
        const payload = res.data!.submitConciergeRequest;
        expect(payload.userErrors).toEqual([]);
        expect(payload.request).toMatchObject({
          status: "SUBMITTED",
          statusReason: null,
          privilegeRequired: false,
          callbackRequested: false,
          callbackPhone: null,
          preferredLanguage: "fr",
          submittedByRole: "MEMBER",
          submittedAt: "2026-11-26T10:00:00.000Z",
          category: { code: category, included: true },
          statusHistory: [{ from: null, to: "SUBMITTED", reason: null, at: "2026-11-26T10:00:00.000Z", byRole: "MEMBER" }],
        });
        expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "submitConciergeRequest", actorRole: "MEMBER", onBehalfOfMemberId: m.id }]);
      }
      expect((await conciergeState(db.current, [m.id])).requests).toHaveLength(INCLUDED.length);
    });

    it("CON-1: the predetermined list is data: included categories and the Privilège ones, labelled in the caller's language", async () => {
      const query = `{ conciergeCategories { code label included position } }`;
      const fr = await gql(db.current, cast.as.member, query);
      expect(fr.data!.conciergeCategories.filter((c: any) => c.included).map((c: any) => c.code)).toEqual(INCLUDED);
      expect(fr.data!.conciergeCategories.filter((c: any) => !c.included).map((c: any) => c.code)).toEqual(["EVENTS", "OTHER"]);
      expect(fr.data!.conciergeCategories[0].label).toBe("Réservation de restaurant");
      const en = await gql(db.current, cast.as.member, query, { locale: "en" });
      expect(en.data!.conciergeCategories[0].label).toBe("Restaurant booking");
    });

    it("CON-1: an unknown category, an empty or over-long request are refused together; nothing is written", async () => {
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.member, SUBMIT, submit({ category: "X".repeat(5000), content: "  " })),
        [cast.member.id],
        "submitConciergeRequest",
      );
      expect(errors).toEqual([
        ["INVALID_CONTENT", null],
        ["UNKNOWN_CATEGORY", "CON-1"],
      ]);
      const long = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.member, SUBMIT, submit({ category: "restaurant", content: "x".repeat(2001) })),
        [cast.member.id],
        "submitConciergeRequest",
      );
      expect(long).toEqual([
        ["INVALID_CONTENT", null],
        ["UNKNOWN_CATEGORY", "CON-1"],
      ]);
    });

    it("CON-1: a member whose membership is not active, or without the Option Intérieur in force, is refused", async () => {
      const terminated = await aMember(db.current, { status: "TERMINATED" });
      await anOption(db.current, terminated.id);
      const noOption = await aMember(db.current);
      const ended = await aMember(db.current);
      await anOption(db.current, ended.id, { endsAt: new Date("2026-11-10T00:00:00Z"), endReason: "MEMBER_REQUEST" });
      const cases = [
        [terminated, "MEMBERSHIP_NOT_ACTIVE"],
        [noOption, "OPTION_NOT_IN_FORCE"],
        [ended, "OPTION_NOT_IN_FORCE"],
      ] as const;
      for (const [m, code] of cases) {
        const errors = await expectUserErrors(db.current, () => gql(db.current, actors.member(m), SUBMIT, submit({})), [m.id], "submitConciergeRequest");
        expect(errors).toEqual([[code, "CON-1"]]);
      }
    });
  });

  describe("CON-2 categories outside CON-1", () => {
    it.each(["EVENTS", "OTHER"])("CON-2: %s without the Privilège option is refused; nothing is written", async (category) => {
      const m = await anOptionHolder(db.current);
      const res = await gql(db.current, actors.member(m), SUBMIT, { ...submit({ category }), locale: "en" });
      expect(res.data!.submitConciergeRequest.userErrors).toEqual([
        { code: "PRIVILEGE_REQUIRED", rule: "CON-2", field: ["input", "category"], message: expect.stringContaining("requires the Privilège option") },
      ]);
      expect((await conciergeState(db.current, [m.id])).requests).toEqual([]);
    });

    it("CON-2: with Privilège in force (even with a cancellation pending) the member asks for any category", async () => {
      const m = await anOptionHolder(db.current);
      await aPrivilege(db.current, m.id, { cancelledAt: new Date("2026-11-20T09:00:00Z"), endsAt: new Date("2026-11-30T23:00:00Z") });
      const res = await gql(db.current, actors.member(m), SUBMIT, submit({ category: "EVENTS", content: "Deux places pour le gala de l'Opéra" }));
      expect(res.data!.submitConciergeRequest.request).toMatchObject({ privilegeRequired: true, category: { code: "EVENTS", included: false } });
    });

    it("CON-2: once the Privilège has ended, the categories outside CON-1 are refused again", async () => {
      const m = await anOptionHolder(db.current);
      await aPrivilege(db.current, m.id, { startedAt: new Date("2026-09-01T09:00:00Z"), cancelledAt: new Date("2026-10-20T09:00:00Z"), endsAt: new Date("2026-10-31T23:00:00Z") });
      const errors = await expectUserErrors(db.current, () => gql(db.current, actors.member(m), SUBMIT, submit({ category: "OTHER" })), [m.id], "submitConciergeRequest");
      expect(errors).toEqual([["PRIVILEGE_REQUIRED", "CON-2"]]);
    });
  });

  describe("CON-3 search and connection only", () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = await buildBareSchema();
    });
    const MONEY = /price|amount|cents|cost|fee|total|tarif|paid|bill/i;

    it("CON-3: no concierge type, input or column has a price or amount: provider bookings are never billed or owed to Parnasse", () => {
      const types = [
        "ConciergeRequest",
        "PartnerConciergeRequest",
        "ConciergeStatusChange",
        "ConciergeCategory",
        "SubmitConciergeRequestInput",
        "ConciergeCallbackInput",
        "CancelConciergeRequestInput",
        "UpdateConciergeRequestStatusInput",
      ];
      for (const name of types) {
        const type = schema.getType(name);
        expect(isObjectType(type) || isInputObjectType(type), name).toBe(true);
        const fields = Object.keys((type as { getFields(): Record<string, unknown> }).getFields());
        expect(
          fields.filter((f) => MONEY.test(f)),
          name,
        ).toEqual([]);
      }
      for (const table of [conciergeRequests, conciergeStatusChanges]) {
        expect(Object.keys(getTableColumns(table)).filter((c) => MONEY.test(c))).toEqual([]);
      }
    });

    it("CON-3: every request says that only the search and the connection are included", async () => {
      const res = await gql(db.current, cast.as.member, SUBMIT, submit({}));
      expect(res.data!.submitConciergeRequest.request.scope).toBe("SEARCH_AND_CONNECTION");
      const description = (schema.getType("ConciergeScope") as { description?: string }).description;
      expect(description).toMatch(/paid by the member to the provider/);
    });
  });

  describe("CON-4 callback", () => {
    it("CON-4: the member asks to be called back on a French number, in English; the number is kept in E.164", async () => {
      const res = await gql(db.current, cast.as.member, SUBMIT, submit({ callback: { phone: "06 12 34 56 78" }, preferredLanguage: "en" }));
      expect(res.data!.submitConciergeRequest.request).toMatchObject({ callbackRequested: true, callbackPhone: "+33612345678", preferredLanguage: "en" });
    });

    it("CON-4: an international number is accepted; the preferred language defaults to the caller's", async () => {
      const res = await gql(db.current, cast.as.member, SUBMIT, { ...submit({ callback: { phone: "+44 20 7946 0958" } }), locale: "en" });
      expect(res.data!.submitConciergeRequest.request).toMatchObject({ callbackPhone: "+442079460958", preferredLanguage: "en" });
    });

    it.each(["123", "+33 1", "not a phone", "0".repeat(500)])("CON-4: an invalid callback number (%s) is refused; nothing is written", async (phone) => {
      const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.member, SUBMIT, submit({ callback: { phone } })), [cast.member.id], "submitConciergeRequest");
      expect(errors).toEqual([["INVALID_CALLBACK_PHONE", "CON-4"]]);
    });
  });

  describe("CON-6 cancellation by the member side", () => {
    it.each(["SUBMITTED", "ACCEPTED", "PROPOSED"] as const)("CON-6: the member cancels a %s request with a reason; the change is in the history", async (status) => {
      const row = await aConciergeRequest(db.current, cast.member.id, { status });
      const res = await gql(db.current, cast.as.member, CANCEL, { variables: { input: { requestId: requestGid(row), reason: "Plus besoin" } }, clock: clock() });
      expect(res.data!.cancelConciergeRequest.request).toMatchObject({ status: "CANCELLED", statusReason: "Plus besoin" });
      expect(res.data!.cancelConciergeRequest.request.statusHistory.at(-1)).toEqual({ from: status, to: "CANCELLED", reason: "Plus besoin", byRole: "MEMBER" });
    });

    it.each(["BOOKED", "COMPLETED", "CANCELLED", "REJECTED"] as const)("CON-6: a %s request cannot be cancelled; nothing is written", async (status) => {
      const row = await aConciergeRequest(db.current, cast.member.id, { status, statusReason: "x" });
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.member, CANCEL, { variables: { input: { requestId: requestGid(row), reason: "Trop tard" } } }),
        [cast.member.id],
        "cancelConciergeRequest",
      );
      expect(errors).toEqual([["ILLEGAL_TRANSITION", "CON-6"]]);
    });

    it("CON-6: a cancellation needs a reason", async () => {
      const row = await aConciergeRequest(db.current, cast.member.id);
      for (const reason of ["", "   ", "x".repeat(501)]) {
        const errors = await expectUserErrors(
          db.current,
          () => gql(db.current, cast.as.member, CANCEL, { variables: { input: { requestId: requestGid(row), reason } } }),
          [cast.member.id],
          "cancelConciergeRequest",
        );
        expect(errors).toEqual([["REASON_REQUIRED", "CON-6"]]);
      }
    });

    it.each(["delegate", "DESK_AGENT"] as const)("CON-6: the %s cancels for the member, recorded with their role", async (who) => {
      const row = await aConciergeRequest(db.current, cast.member.id);
      const res = await gql(db.current, cast.as[who], CANCEL, { variables: { input: { requestId: requestGid(row), reason: "Annulé par téléphone" } } });
      expect(res.data!.cancelConciergeRequest.request.statusHistory.at(-1).byRole).toBe(who === "delegate" ? "DELEGATE" : "DESK_AGENT");
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "cancelConciergeRequest", onBehalfOfMemberId: cast.member.id }]);
    });

    it("AUT-2: another member cannot cancel the request (not found); malformed ids are not found either", async () => {
      const row = await aConciergeRequest(db.current, cast.member.id);
      for (const requestId of [requestGid(row), "not-an-id", toGlobalId("Member", cast.member.id)]) {
        const errors = await expectUserErrors(
          db.current,
          () => gql(db.current, cast.as.otherMember, CANCEL, { variables: { input: { requestId, reason: "Hack" } } }),
          [cast.member.id],
          "cancelConciergeRequest",
        );
        expect(errors).toEqual([["REQUEST_NOT_FOUND", "AUT-2"]]);
      }
    });

    it.each([...STAFF_REFUSED, "CONCIERGE_PARTNER"] as const)("AUT-1: %s may not cancel a request; nothing is written", async (who) => {
      const row = await aConciergeRequest(db.current, cast.member.id);
      await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], CANCEL, { variables: { input: { requestId: requestGid(row), reason: "x" } } }), [cast.member.id]);
    });

    it("AUT-1: an anonymous caller may not cancel", async () => {
      const row = await aConciergeRequest(db.current, cast.member.id);
      await expectShieldRefusal(
        db.current,
        () => gql(db.current, null, CANCEL, { variables: { input: { requestId: requestGid(row), reason: "x" } } }),
        [cast.member.id],
        "UNAUTHENTICATED",
      );
    });
  });

  describe("who may submit", () => {
    it("MEM-4: the delegate submits on the member's behalf: the request is the member's, audited as the delegate", async () => {
      const res = await gql(db.current, cast.as.delegate, SUBMIT, submit({}));
      expect(res.data!.submitConciergeRequest.request).toMatchObject({ submittedByRole: "DELEGATE", statusHistory: [{ byRole: "DELEGATE" }] });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ actorRole: "DELEGATE", actorId: cast.delegate.id, onBehalfOfMemberId: cast.member.id }]);
    });

    it("CON-1: the desk records a request for a member it names; without a member it is told to name one", async () => {
      const ok = await gql(db.current, cast.as.DESK_AGENT, SUBMIT, submit({ memberId: cast.memberGid }));
      expect(ok.data!.submitConciergeRequest.request.submittedByRole).toBe("DESK_AGENT");
      const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.DESK_AGENT, SUBMIT, submit({})), [cast.member.id], "submitConciergeRequest");
      expect(errors).toEqual([["MEMBER_ID_REQUIRED", null]]);
    });

    it("AUT-2: a member cannot submit for another member", async () => {
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.otherMember, SUBMIT, submit({ memberId: cast.memberGid })),
        [cast.member.id, cast.other.id],
        "submitConciergeRequest",
      );
      expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    });

    it.each([...STAFF_REFUSED, "CONCIERGE_PARTNER"] as const)("AUT-1: %s may not submit a request; nothing is written", async (who) => {
      await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], SUBMIT, submit({ memberId: cast.memberGid })), [cast.member.id]);
    });

    it("AUT-1: an anonymous caller may not submit", async () => {
      await expectShieldRefusal(db.current, () => gql(db.current, null, SUBMIT, submit({ memberId: cast.memberGid })), [cast.member.id], "UNAUTHENTICATED");
    });
  });
});
