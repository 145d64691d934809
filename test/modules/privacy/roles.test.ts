import { describe, expect, it } from "vitest";
import { errorCodes, gql, payloadOf, refusals } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { ANSWER, EXTEND, FILE, file, LIFT, POSTED, REJECT, requestRows } from "./privacy.support.js";

type Cast = Awaited<ReturnType<typeof aCast>>;
type Who = keyof Cast["as"];
const ALL: Who[] = ["anonymous", "member", "otherMember", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"];
const denied = (who: Who) => (who === "anonymous" ? /UNAUTHENTICATED/ : /FORBIDDEN/);

const REQUEST_FIELDS = "id kind status dueAt identityProof { kind reference } processingLimits { id } subject { lastName }";

describe("data-subject requests: who may do what (GDP-1, MEM-5, AUT-2)", () => {
  const db = useTestDatabase();

  async function castWithRequest() {
    const cast = await aCast(db.current);
    const { payload } = await file(db.current, cast.as.member, { kind: "OBJECTION", channel: "APP", purpose: "SATISFACTION_SURVEYS" });
    return { cast, request: payload.request! };
  }

  it("GDP-1: filePrivacyRequest: the member (app), the desk and the privacy officer (post/email); the delegate and payer get the rule; every other role is refused and nothing is written", async () => {
    const cast = await aCast(db.current);
    for (const who of ALL) {
      const staff = ["DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"].includes(who);
      const input = staff ? POSTED(cast.memberGid) : { kind: "ACCESS", channel: "APP" };
      const before = (await requestRows(db.current, cast.member.id)).length;
      const res = await gql(db.current, cast.as[who], FILE, { variables: { input } });
      if (who === "member" || who === "DESK_AGENT" || who === "PRIVACY_OFFICER") {
        expect(payloadOf(res, "filePrivacyRequest").userErrors, who).toEqual([]);
        expect((await requestRows(db.current, cast.member.id)).length, who).toBe(before + 1);
        continue;
      }
      if (who === "delegate") expect(refusals(res, "filePrivacyRequest")).toEqual([["DELEGATE_MAY_NOT_EXERCISE", "MEM-5"]]);
      else if (who === "payer") expect(refusals(res, "filePrivacyRequest")).toEqual([["PAYER_MAY_NOT_EXERCISE", "GDP-1"]]);
      else if (who === "otherMember") expect(refusals(res, "filePrivacyRequest")).toEqual([]);
      else expect(errorCodes(res)[0], who).toMatch(denied(who));
      if (who !== "otherMember") expect((await requestRows(db.current, cast.member.id)).length, who).toBe(before);
    }
  });

  it("GDP-1: extending, answering and rejecting are the privacy officer's alone; every other role is refused and the request is unchanged", async () => {
    const { cast, request } = await castWithRequest();
    const calls: [string, string, Record<string, unknown>][] = [
      [EXTEND, "extendPrivacyRequestDeadline", { requestId: request.id, reason: "Complexe." }],
      [ANSWER, "answerPrivacyRequest", { requestId: request.id, answer: "Fait." }],
      [REJECT, "rejectPrivacyRequest", { requestId: request.id, reason: "Non." }],
    ];
    const before = await requestRows(db.current, cast.member.id);
    for (const who of ALL.filter((w) => w !== "PRIVACY_OFFICER")) {
      for (const [query, field, input] of calls) {
        const res = await gql(db.current, cast.as[who], query, { variables: { input } });
        expect(errorCodes(res)[0], `${who} ${field}`).toMatch(denied(who));
      }
    }
    expect(await requestRows(db.current, cast.member.id)).toEqual(before);
    for (const [query, field, input] of calls.slice(0, 2)) {
      expect(payloadOf(await gql(db.current, cast.as.PRIVACY_OFFICER, query, { variables: { input } }), field).userErrors, field).toEqual([]);
    }
  });

  it("GDP-1: liftProcessingLimit: the member and the privacy officer; the delegate gets MEM-5; another member is not found; every other role is refused", async () => {
    const { cast, request } = await castWithRequest();
    const limitId = request.processingLimits[0]!.id;
    for (const who of ALL.filter((w) => w !== "member" && w !== "PRIVACY_OFFICER")) {
      const res = await gql(db.current, cast.as[who], LIFT, { variables: { input: { limitId, reason: "x" } } });
      if (who === "delegate") expect(refusals(res, "liftProcessingLimit")).toEqual([["DELEGATE_MAY_NOT_EXERCISE", "MEM-5"]]);
      else if (who === "otherMember") expect(refusals(res, "liftProcessingLimit")).toEqual([["LIMIT_NOT_FOUND", "AUT-2"]]);
      else expect(errorCodes(res)[0], who).toMatch(denied(who));
    }
    expect(payloadOf(await gql(db.current, cast.as.PRIVACY_OFFICER, LIFT, { variables: { input: { limitId, reason: "Levée." } } }), "liftProcessingLimit").userErrors).toEqual([]);
  });

  it("GDP-1: Query.privacyRequests is the privacy officer's; every other role is refused", async () => {
    const { cast, request } = await castWithRequest();
    const LIST = `query($m: ID) { privacyRequests(first: 5, filter: { memberId: $m }) { edges { node { ${REQUEST_FIELDS} } } } }`;
    const officer = await gql(db.current, cast.as.PRIVACY_OFFICER, LIST, { variables: { m: cast.memberGid } });
    expect(officer.errors).toBeUndefined();
    expect(officer.data!.privacyRequests.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([request.id]);
    for (const who of ALL.filter((w) => w !== "PRIVACY_OFFICER")) {
      const res = await gql(db.current, cast.as[who], LIST, { variables: { m: cast.memberGid } });
      expect(errorCodes(res)[0], who).toMatch(denied(who));
      expect(res.data ?? null, who).toBeNull();
    }
  });

  it("GDP-1/MEM-5: a request and its limits, by node id: the member, the desk and the privacy officer; never the delegate, a payer, other staff or another member", async () => {
    const { cast, request } = await castWithRequest();
    const NODE = `query($id: ID!) { node(id: $id) { ... on PrivacyRequest { ${REQUEST_FIELDS} } } }`;
    const LIMIT = `query($id: ID!) { node(id: $id) { ... on ProcessingLimit { kind purpose inForce } } }`;
    for (const who of ALL) {
      const res = await gql(db.current, cast.as[who], NODE, { variables: { id: request.id } });
      const limit = await gql(db.current, cast.as[who], LIMIT, { variables: { id: request.processingLimits[0]!.id } });
      if (who === "member" || who === "DESK_AGENT" || who === "PRIVACY_OFFICER") {
        expect(res.errors, who).toBeUndefined();
        expect(res.data!.node, who).toMatchObject({ id: request.id, kind: "OBJECTION", subject: { lastName: cast.member.lastName } });
        expect(limit.data!.node, who).toEqual({ kind: "OBJECTION", purpose: "SATISFACTION_SURVEYS", inForce: true });
      } else {
        expect(res.data?.node ?? null, who).toBeNull();
        expect(limit.data?.node ?? null, who).toBeNull();
      }
    }
  });

  it("GDP-3: a request's retention ledger is the privacy officer's only; the member and the desk are refused that field", async () => {
    const { cast, request } = await castWithRequest();
    const Q = `query($id: ID!) { node(id: $id) { ... on PrivacyRequest { kind retentionLedger { table } } } }`;
    const officer = await gql(db.current, cast.as.PRIVACY_OFFICER, Q, { variables: { id: request.id } });
    expect(officer.errors).toBeUndefined();
    expect(officer.data!.node).toEqual({ kind: "OBJECTION", retentionLedger: null });
    for (const who of ["member", "DESK_AGENT"] as const) {
      const res = await gql(db.current, cast.as[who], Q, { variables: { id: request.id } });
      expect(errorCodes(res), who).toEqual(["FORBIDDEN"]);
    }
  });

  it("MEM-5: Member.privacyRequests and Member.processingLimits: the member and the desk; the delegate is refused them; other roles never reach them", async () => {
    const { cast } = await castWithRequest();
    const Q = `query($id: ID!) { node(id: $id) { ... on Member { privacyRequests { kind } processingLimits { purpose } } } }`;
    for (const who of ALL) {
      const res = await gql(db.current, cast.as[who], Q, { variables: { id: cast.memberGid } });
      const node = res.data?.node ?? null;
      if (who === "member" || who === "DESK_AGENT") {
        expect(res.errors, who).toBeUndefined();
        expect(node, who).toEqual({ privacyRequests: [{ kind: "OBJECTION" }], processingLimits: [{ purpose: "SATISFACTION_SURVEYS" }] });
        continue;
      }
      if (who === "delegate") {
        expect(errorCodes(res), who).toContain("FORBIDDEN");
        expect(node, who).toBeNull();
      }
      expect(JSON.stringify(res.data ?? null), who).not.toContain("OBJECTION");
      expect(JSON.stringify(res.data ?? null), who).not.toContain("SATISFACTION_SURVEYS");
    }
  });
});
