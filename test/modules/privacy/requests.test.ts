import { describe, expect, it } from "vitest";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, payloadOf, refusals } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember } from "../../support/factories.js";
import { ANSWER, clockAt, EXTEND, file, LIFT, limitRows, memberRow, POSTED, REJECT, requestRows } from "./privacy.support.js";

describe("data-subject requests (GDP-1)", () => {
  const db = useTestDatabase();

  it("GDP-1: the member files an access request in the app: received now, due one Paris month later, proof = the authenticated session, audited", async () => {
    const cast = await aCast(db.current);
    const { res, payload } = await file(db.current, cast.as.member, { kind: "ACCESS", channel: "APP", details: "Je veux une copie de mes données." });
    expect(payload.userErrors).toEqual([]);
    expect(payload.request).toMatchObject({
      kind: "ACCESS",
      channel: "APP",
      status: "RECEIVED",
      receivedAt: "2026-11-26T10:00:00.000Z",
      dueAt: "2026-12-26T10:00:00.000Z",
      overdue: false,
      identityProof: { kind: "APP_AUTHENTICATION", reference: `app-session:${res.requestId}` },
    });
    const audit = await auditRowsOf(db.current, res.requestId);
    expect(audit.map((a) => [a.operation, a.actorRole, a.onBehalfOfMemberId])).toEqual([["filePrivacyRequest", "MEMBER", cast.member.id]]);
  });

  it("GDP-1: the desk records a request received by post with its date of receipt and the proof seen; 31 January + one month is 28 February (Paris wall-clock)", async () => {
    const cast = await aCast(db.current);
    const input = POSTED(cast.memberGid, { receivedAt: "2026-01-31T09:30:00Z" });
    const { payload } = await file(db.current, cast.as.DESK_AGENT, input, { clock: clockAt("2026-02-02T10:00:00Z") });
    expect(payload.userErrors).toEqual([]);
    expect(payload.request).toMatchObject({
      channel: "POST",
      receivedAt: "2026-01-31T09:30:00.000Z",
      dueAt: "2026-02-28T09:30:00.000Z",
      identityProof: { kind: "IDENTITY_CARD", reference: "CNI …4821, courrier du 20/11" },
    });
    // Across the change to summer time the Paris wall-clock hour is kept: 10:30 Paris on 20 March → 10:30 Paris on 20 April.
    const summer = await file(db.current, cast.as.PRIVACY_OFFICER, POSTED(cast.memberGid, { channel: "EMAIL", receivedAt: "2026-03-20T09:30:00Z" }), {
      clock: clockAt("2026-03-21T10:00:00Z"),
    });
    expect(summer.payload.request?.dueAt).toBe("2026-04-20T08:30:00.000Z");
  });

  it("GDP-1/AUT-4: a request shows who filed it: the member, or the desk agent who recorded the letter", async () => {
    const cast = await aCast(db.current);
    const own = await file(db.current, cast.as.member, { kind: "ACCESS", channel: "APP" });
    const posted = await file(db.current, cast.as.DESK_AGENT, POSTED(cast.memberGid));
    const Q = `query($id: ID!) { node(id: $id) { ... on PrivacyRequest { filedByRole filedBy { role name label } } } }`;
    const byMember = await gql(db.current, cast.as.PRIVACY_OFFICER, Q, { variables: { id: own.payload.request!.id } });
    expect(byMember.errors).toBeUndefined();
    expect(byMember.data!.node).toMatchObject({ filedByRole: "MEMBER", filedBy: { role: "MEMBER", name: `${cast.member.firstName} ${cast.member.lastName}` } });
    const byDesk = await gql(db.current, cast.as.member, Q, { variables: { id: posted.payload.request!.id } });
    expect(byDesk.data!.node).toMatchObject({ filedByRole: "DESK_AGENT", filedBy: { role: "DESK_AGENT", name: cast.staff.DESK_AGENT.displayName } });
  });

  it("MEM-5: the delegate cannot file a data-subject request; GDP-1: nor can a payer; nothing is written", async () => {
    const cast = await aCast(db.current);
    const byDelegate = await file(db.current, cast.as.delegate, { kind: "ERASURE", channel: "APP" });
    expect(refusals(byDelegate.res, "filePrivacyRequest")).toEqual([["DELEGATE_MAY_NOT_EXERCISE", "MEM-5"]]);
    const byPayer = await file(db.current, cast.as.payer, { kind: "ACCESS", channel: "APP" });
    expect(refusals(byPayer.res, "filePrivacyRequest")).toEqual([["PAYER_MAY_NOT_EXERCISE", "GDP-1"]]);
    const english = await file(db.current, cast.as.delegate, { kind: "OBJECTION", channel: "APP", purpose: "MARKETING" }, { locale: "en" });
    expect(english.payload.userErrors[0]?.message).toMatch(/^A delegate cannot exercise/);
    expect(await requestRows(db.current, cast.member.id)).toEqual([]);
    expect(await limitRows(db.current, cast.member.id)).toEqual([]);
    expect(await auditRowsOf(db.current, byDelegate.res.requestId)).toEqual([]);
  });

  it("GDP-1: channel, receipt date, identity proof and purpose are checked, every problem at once, in French and English; nothing is written", async () => {
    const cast = await aCast(db.current);
    const cases: [unknown, Record<string, unknown>, [string, string][]][] = [
      [cast.as.member, { kind: "ACCESS", channel: "POST" }, [["CHANNEL_NOT_ALLOWED", "GDP-1"]]],
      [cast.as.member, { kind: "ACCESS", channel: "APP", receivedAt: "2026-11-01T00:00:00Z" }, [["RECEIVED_AT_INVALID", "GDP-1"]]],
      [cast.as.member, { kind: "OBJECTION", channel: "APP" }, [["PURPOSE_REQUIRED", "GDP-1"]]],
      [cast.as.member, { kind: "ACCESS", channel: "APP", purpose: "MARKETING" }, [["PURPOSE_NOT_APPLICABLE", "GDP-1"]]],
      [
        cast.as.DESK_AGENT,
        { memberId: cast.memberGid, kind: "ACCESS", channel: "APP" },
        [
          ["CHANNEL_NOT_ALLOWED", "GDP-1"],
          ["RECEIVED_AT_REQUIRED", "GDP-1"],
          ["IDENTITY_PROOF_REQUIRED", "GDP-1"],
        ],
      ],
      [cast.as.DESK_AGENT, POSTED(cast.memberGid, { receivedAt: "2026-11-27T10:00:00Z" }), [["RECEIVED_AT_INVALID", "GDP-1"]]],
      [cast.as.DESK_AGENT, POSTED(cast.memberGid, { receivedAt: "2025-11-01T10:00:00Z" }), [["RECEIVED_AT_INVALID", "GDP-1"]]],
      [
        cast.as.DESK_AGENT,
        POSTED(cast.memberGid, { identityProof: { kind: "PASSPORT", reference: `data:image/png;base64,${"A".repeat(80)}` } }),
        [["IDENTITY_PROOF_INVALID", "GDP-1"]],
      ],
      [cast.as.DESK_AGENT, POSTED(cast.memberGid, { identityProof: { kind: "APP_AUTHENTICATION", reference: "x" } }), [["IDENTITY_PROOF_INVALID", "GDP-1"]]],
      [cast.as.DESK_AGENT, POSTED(cast.memberGid, { identityProof: { kind: "PASSPORT", reference: "   " } }), [["IDENTITY_PROOF_INVALID", "GDP-1"]]],
      [cast.as.DESK_AGENT, POSTED(cast.memberGid, { details: "x".repeat(2001) }), [["INVALID_TEXT", null as unknown as string]]],
    ];
    for (const [actor, input, expected] of cases) {
      const { res } = await file(db.current, actor as never, input);
      expect(refusals(res, "filePrivacyRequest"), JSON.stringify(input)).toEqual(expected);
    }
    const english = await file(db.current, cast.as.DESK_AGENT, POSTED(cast.memberGid, { identityProof: null }), { locale: "en" });
    expect(english.payload.userErrors[0]).toMatchObject({ code: "IDENTITY_PROOF_REQUIRED", message: expect.stringMatching(/^A request received by post or email/) });
    expect(await requestRows(db.current, cast.member.id)).toEqual([]);
  });

  it("GDP-1: the desk files only for a member it names; another member's id is not found for the member (no leak)", async () => {
    const cast = await aCast(db.current);
    const missing = await file(db.current, cast.as.DESK_AGENT, { ...POSTED(cast.memberGid), memberId: undefined });
    expect(refusals(missing.res, "filePrivacyRequest")).toEqual([["MEMBER_ID_REQUIRED", null]]);
    const other = await file(db.current, cast.as.member, { memberId: cast.otherGid, kind: "ACCESS", channel: "APP" });
    expect(refusals(other.res, "filePrivacyRequest")).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    expect(await requestRows(db.current, cast.other.id)).toEqual([]);
  });

  it("GDP-3: no request can be filed for a member whose data was erased", async () => {
    const cast = await aCast(db.current);
    const erased = await aMember(db.current, { status: "TERMINATED", anonymisedAt: new Date("2026-11-01T00:00:00Z") });
    const { res } = await file(db.current, cast.as.PRIVACY_OFFICER, POSTED(toGlobalId("Member", erased.id)));
    expect(refusals(res, "filePrivacyRequest")).toEqual([["MEMBER_ERASED", "GDP-3"]]);
    expect(await requestRows(db.current, erased.id)).toEqual([]);
  });

  it("GDP-1: the privacy officer extends the deadline once, with a reason, before the first month ends: due three months after receipt", async () => {
    const cast = await aCast(db.current);
    const { payload } = await file(db.current, cast.as.member, { kind: "PORTABILITY", channel: "APP" });
    const id = payload.request!.id;
    const extend = (reason: string, at?: string) => gql(db.current, cast.as.PRIVACY_OFFICER, EXTEND, { variables: { input: { requestId: id, reason } }, clock: clockAt(at) });
    const first = await extend("Volume de données important.", "2026-12-20T10:00:00Z");
    expect(payloadOf(first, "extendPrivacyRequestDeadline")).toMatchObject({
      request: { dueAt: "2027-02-26T10:00:00.000Z", extendedAt: "2026-12-20T10:00:00.000Z", extensionReason: "Volume de données important." },
      userErrors: [],
    });
    expect(refusals(await extend("Encore."), "extendPrivacyRequestDeadline")).toEqual([["ALREADY_EXTENDED", "GDP-1"]]);
    expect(refusals(await extend("  "), "extendPrivacyRequestDeadline")).toEqual([["INVALID_TEXT", null]]);
    // Too late: the first month has ended.
    const late = (await file(db.current, cast.as.member, { kind: "ACCESS", channel: "APP" })).payload.request!.id;
    const tooLate = await gql(db.current, cast.as.PRIVACY_OFFICER, EXTEND, {
      variables: { input: { requestId: late, reason: "Complexe." } },
      clock: clockAt("2026-12-26T10:00:00Z"),
    });
    expect(refusals(tooLate, "extendPrivacyRequestDeadline")).toEqual([["EXTENSION_TOO_LATE", "GDP-1"]]);
    const [row] = (await requestRows(db.current, cast.member.id)).filter((r) => r.kind === "ACCESS");
    expect(row).toMatchObject({ extendedAt: null, extensionReason: null, dueAt: new Date("2026-12-26T10:00:00Z") });
  });

  it("GDP-1: the privacy officer answers; an ERASURE is answered only by erasePersonalData (GDP-3); a closed request takes no other change", async () => {
    const cast = await aCast(db.current);
    const access = (await file(db.current, cast.as.member, { kind: "ACCESS", channel: "APP" })).payload.request!.id;
    const answer = (requestId: string, at?: string) =>
      gql(db.current, cast.as.PRIVACY_OFFICER, ANSWER, { variables: { input: { requestId, answer: "Export joint." } }, clock: clockAt(at) });
    const done = await answer(access, "2027-01-02T10:00:00Z");
    expect(payloadOf(done, "answerPrivacyRequest")).toMatchObject({ request: { status: "ANSWERED", answer: "Export joint.", answeredLate: true }, userErrors: [] });
    expect(refusals(await answer(access), "answerPrivacyRequest")).toEqual([["REQUEST_CLOSED", "GDP-1"]]);
    const rejectClosed = await gql(db.current, cast.as.PRIVACY_OFFICER, REJECT, { variables: { input: { requestId: access, reason: "Non." } } });
    expect(refusals(rejectClosed, "rejectPrivacyRequest")).toEqual([["REQUEST_CLOSED", "GDP-1"]]);
    const erasure = (await file(db.current, cast.as.member, { kind: "ERASURE", channel: "APP" })).payload.request!.id;
    expect(refusals(await answer(erasure), "answerPrivacyRequest")).toEqual([["ERASURE_ANSWERED_BY_ERASURE", "GDP-3"]]);
    const rows = await requestRows(db.current, cast.member.id);
    expect(rows.find((r) => r.kind === "ERASURE")).toMatchObject({ status: "RECEIVED", answeredAt: null, answer: null });
    const unknown = await answer(toGlobalId("PrivacyRequest", cast.member.id));
    expect(refusals(unknown, "answerPrivacyRequest")).toEqual([["REQUEST_NOT_FOUND", "AUT-2"]]);
  });

  it("GDP-1: an objection is in force for its purpose at once and shown to the member; a second one for the same purpose is refused; the member withdraws it", async () => {
    const cast = await aCast(db.current);
    const objection = await file(db.current, cast.as.member, { kind: "OBJECTION", channel: "APP", purpose: "MARKETING" });
    expect(objection.payload.request?.processingLimits).toEqual([{ id: expect.any(String), kind: "OBJECTION", purpose: "MARKETING", inForce: true }]);
    const again = await file(db.current, cast.as.DESK_AGENT, POSTED(cast.memberGid, { kind: "OBJECTION", purpose: "MARKETING" }));
    expect(refusals(again.res, "filePrivacyRequest")).toEqual([["LIMIT_ALREADY_IN_FORCE", "GDP-1"]]);
    expect(await requestRows(db.current, cast.member.id)).toHaveLength(1);
    const other = await file(db.current, cast.as.member, { kind: "RESTRICTION", channel: "APP", purpose: "MARKETING" });
    expect(other.payload.userErrors).toEqual([]);

    const shown = await gql(db.current, cast.as.member, `{ me { member { processingLimits { kind purpose inForce request { kind } } privacyRequests { kind status } } } }`);
    expect(shown.errors).toBeUndefined();
    expect(shown.data?.me.member.processingLimits).toHaveLength(2);
    expect(shown.data?.me.member.privacyRequests.map((r: { kind: string }) => r.kind).sort()).toEqual(["OBJECTION", "RESTRICTION"]);

    const limitId = objection.payload.request!.processingLimits[0]!.id;
    const lift = (actor: unknown) => gql(db.current, actor as never, LIFT, { variables: { input: { limitId } } });
    expect(refusals(await lift(cast.as.delegate), "liftProcessingLimit")).toEqual([["DELEGATE_MAY_NOT_EXERCISE", "MEM-5"]]);
    expect(refusals(await lift(cast.as.otherMember), "liftProcessingLimit")).toEqual([["LIMIT_NOT_FOUND", "AUT-2"]]);
    const withdrawn = await lift(cast.as.member);
    expect(payloadOf(withdrawn, "liftProcessingLimit")).toMatchObject({
      limit: { inForce: false, liftedReason: expect.stringContaining("withdrawn by the member") },
      userErrors: [],
    });
    expect(refusals(await lift(cast.as.member), "liftProcessingLimit")).toEqual([["LIMIT_ALREADY_LIFTED", "GDP-1"]]);
    const officerWithoutReason = await gql(db.current, cast.as.PRIVACY_OFFICER, LIFT, { variables: { input: { limitId: other.payload.request!.processingLimits[0]!.id } } });
    expect(refusals(officerWithoutReason, "liftProcessingLimit")).toEqual([["INVALID_TEXT", null]]);
    // Withdrawn: a new objection for the purpose may be filed.
    expect((await file(db.current, cast.as.member, { kind: "OBJECTION", channel: "APP", purpose: "MARKETING" })).payload.userErrors).toEqual([]);
  });

  it("GDP-1: a rejection gives its reason and lifts the restriction the request put in force", async () => {
    const cast = await aCast(db.current);
    const { payload } = await file(db.current, cast.as.member, { kind: "RESTRICTION", channel: "APP", purpose: "PROFILING" });
    const res = await gql(db.current, cast.as.PRIVACY_OFFICER, REJECT, { variables: { input: { requestId: payload.request!.id, reason: "Manifestement infondée." } } });
    expect(payloadOf(res, "rejectPrivacyRequest")).toMatchObject({
      request: { status: "REJECTED", answer: "Manifestement infondée.", processingLimits: [{ inForce: false, liftedReason: expect.stringContaining("Manifestement infondée.") }] },
      userErrors: [],
    });
    const audit = await auditRowsOf(db.current, res.requestId);
    expect(audit.map((a) => a.operation)).toEqual(["rejectPrivacyRequest"]);
    expect((await limitRows(db.current, cast.member.id))[0]?.liftedAt).not.toBeNull();
  });

  it("GDP-1: the privacy officer lists the overdue requests and those due soon, soonest due first; answered ones leave the lists", async () => {
    const cast = await aCast(db.current);
    const member = await aMember(db.current);
    const gid = toGlobalId("Member", member.id);
    const overdue = await file(db.current, cast.as.DESK_AGENT, POSTED(gid, { receivedAt: "2026-10-01T08:00:00Z" }));
    const soon = await file(db.current, cast.as.DESK_AGENT, POSTED(gid, { receivedAt: "2026-10-30T08:00:00Z" }));
    const later = await file(db.current, cast.as.DESK_AGENT, POSTED(gid, { receivedAt: "2026-11-20T08:00:00Z" }));
    const answered = await file(db.current, cast.as.DESK_AGENT, POSTED(gid, { receivedAt: "2026-10-02T08:00:00Z" }));
    await gql(db.current, cast.as.PRIVACY_OFFICER, ANSWER, { variables: { input: { requestId: answered.payload.request!.id, answer: "Fait." } } });
    const list = async (filter: Record<string, unknown>) => {
      const res = await gql(
        db.current,
        cast.as.PRIVACY_OFFICER,
        `query($filter: PrivacyRequestFilter) { privacyRequests(first: 10, filter: $filter) { edges { node { id overdue subject { memberId lastName } } } } }`,
        {
          variables: { filter: { memberId: gid, ...filter } },
        },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.privacyRequests.edges.map((e: { node: { id: string } }) => e.node);
    };
    expect((await list({ overdue: true })).map((n: { id: string }) => n.id)).toEqual([overdue.payload.request!.id]);
    expect((await list({ overdue: true }))[0]).toMatchObject({ overdue: true, subject: { memberId: gid, lastName: member.lastName } });
    expect((await list({ dueWithinDays: 7 })).map((n: { id: string }) => n.id)).toEqual([soon.payload.request!.id]);
    expect((await list({ dueWithinDays: 31 })).map((n: { id: string }) => n.id)).toEqual([soon.payload.request!.id, later.payload.request!.id]);
    expect((await list({ status: "RECEIVED" })).map((n: { id: string }) => n.id)).toEqual([overdue, soon, later].map((f) => f.payload.request!.id));
    const bad = await gql(db.current, cast.as.PRIVACY_OFFICER, `{ privacyRequests(first: 10, filter: { dueWithinDays: 40 }) { edges { cursor } } }`, { locale: "en" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("GDP-1: under a restriction of ACCOUNT_DATA the desk does not change the member's contact, addresses, delegate or payers, except to answer the request; the member still may", async () => {
    const cast = await aCast(db.current);
    const { payload } = await file(db.current, cast.as.member, { kind: "RESTRICTION", channel: "APP", purpose: "ACCOUNT_DATA", details: "Mon adresse e-mail est fausse." });
    const requestId = payload.request!.id;
    const before = await memberRow(db.current, cast.member.id);
    const CONTACT = `mutation($input: UpdateMemberContactInput!) { updateMemberContact(input: $input) { member { id } userErrors { code rule field } } }`;
    const desk = await gql(db.current, cast.as.DESK_AGENT, CONTACT, { variables: { input: { memberId: cast.memberGid, phone: "06 11 22 33 44" } } });
    expect(refusals(desk, "updateMemberContact")).toEqual([["PROCESSING_RESTRICTED", "GDP-1"]]);
    expect(await memberRow(db.current, cast.member.id)).toEqual(before);
    const address = await gql(db.current, cast.as.DESK_AGENT, `mutation($input: AddAddressInput!) { addAddress(input: $input) { address { id } userErrors { code rule } } }`, {
      variables: { input: { memberId: cast.memberGid, kind: "EXTRA_SITE", line1: "3 rue de la Paix", postalCode: "75002", commune: "Paris" } },
    });
    expect(refusals(address, "addAddress")).toEqual([["PROCESSING_RESTRICTED", "GDP-1"]]);
    const delegate = await gql(
      db.current,
      cast.as.DESK_AGENT,
      `mutation { revokeDelegate(input: { memberId: "${cast.memberGid}" }) { delegate { id } userErrors { code rule } } }`,
    );
    expect(refusals(delegate, "revokeDelegate")).toEqual([["PROCESSING_RESTRICTED", "GDP-1"]]);
    // Naming the open RESTRICTION request: the change answers it.
    const answering = await gql(db.current, cast.as.DESK_AGENT, CONTACT, {
      variables: { input: { memberId: cast.memberGid, email: "jeanne.vraie@example.fr", privacyRequestId: requestId } },
    });
    expect(payloadOf(answering, "updateMemberContact").userErrors).toEqual([]);
    // The member themself may change their own data.
    const own = await gql(db.current, cast.as.member, CONTACT, { variables: { input: { phone: "06 11 22 33 45" } } });
    expect(payloadOf(own, "updateMemberContact").userErrors).toEqual([]);
    // Once lifted, the desk may again.
    await gql(db.current, cast.as.PRIVACY_OFFICER, LIFT, { variables: { input: { limitId: payload.request!.processingLimits[0]!.id, reason: "Adresse rectifiée." } } });
    const after = await gql(db.current, cast.as.DESK_AGENT, CONTACT, { variables: { input: { memberId: cast.memberGid, phone: "06 11 22 33 46" } } });
    expect(payloadOf(after, "updateMemberContact").userErrors).toEqual([]);
  });
});
