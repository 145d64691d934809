import { ManualClock } from "../../../src/shared/clock.js";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, committeeDecisions, committeeMeetings, members } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusalCodes, refusals, type ConnectionShape, type GqlResult } from "../../support/api.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCandidate, aCast, aCommitteeMeeting } from "../../support/factories.js";

const CREATE = `mutation($input: CreateCommitteeMeetingInput!) {
  createCommitteeMeeting(input: $input) { meeting { id heldOn weekStart } userErrors { code message field rule } } }`;
const DECIDE = `mutation($input: DecideCandidacyInput!) {
  decideCandidacy(input: $input) { candidacy { id status lastName decision { decision reason } } userErrors { code message field rule } } }`;
const CANDIDACIES = `query($first: Int!, $after: String, $status: CandidacyStatus) {
  candidacies(first: $first, after: $after, status: $status) {
    edges { cursor node { id status lastName firstName age postalCode commune companyName submittedAt decision { decision reason } } }
    pageInfo { hasNextPage endCursor } } }`;
const MEETINGS = `query($first: Int!, $after: String) {
  committeeMeetings(first: $first, after: $after) {
    edges { node { id heldOn weekStart decisions { id decision reason candidacy { id status lastName } } } }
    pageInfo { hasNextPage endCursor } } }`;

const cid = (id: string) => toGlobalId("Candidacy", id);
const mid = (id: string) => toGlobalId("CommitteeMeeting", id);

const on = (date: string) => new ManualClock(`${date}T12:00:00Z`);

describe("selection committee", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  const memberRow = async (id: string) => (await db.current.db.select().from(members).where(eq(members.id, id)))[0]!;
  const auditRows = async (requestId: string) => db.current.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
  const meetingCount = async () => (await db.current.db.select().from(committeeMeetings)).length;

  describe("createCommitteeMeeting", () => {
    it("MEM-2: the committee records its weekly meeting; the ISO week starts on Monday", async () => {
      const res = await gql(db.current, cast.as.COMMITTEE, CREATE, { clock: on("2026-03-05"), variables: { input: { heldOn: "2026-03-05" } } });
      expect(res.data!.createCommitteeMeeting.userErrors).toEqual([]);
      expect(res.data!.createCommitteeMeeting.meeting).toMatchObject({ heldOn: "2026-03-05", weekStart: "2026-03-02" });
      expect((await auditRows(res.requestId))[0]).toMatchObject({ operation: "createCommitteeMeeting", actorRole: "COMMITTEE" });
    });

    it("MEM-2: a second meeting in the same ISO week is refused, even on the Sunday", async () => {
      const before = await meetingCount();
      const res = await gql(db.current, cast.as.COMMITTEE, CREATE, { clock: on("2026-03-08"), variables: { input: { heldOn: "2026-03-08" } } });
      expect(res.data!.createCommitteeMeeting.userErrors).toEqual([expect.objectContaining({ code: "MEETING_WEEK_TAKEN", rule: "MEM-2", field: ["input", "heldOn"] })]);
      expect(res.data!.createCommitteeMeeting.userErrors[0].message).toContain("2026-03-02");
      expect(await meetingCount()).toBe(before);
      expect(await auditRows(res.requestId)).toEqual([]);
      const nextWeek = await gql(db.current, cast.as.COMMITTEE, CREATE, { clock: on("2026-03-08"), variables: { input: { heldOn: "2026-03-09" } } });
      expect(nextWeek.data!.createCommitteeMeeting.userErrors).toEqual([]);
    });

    it("MEM-2: a meeting is dated from the previous ISO week to four weeks ahead; older decisions cannot be filed", async () => {
      const today = on("2026-11-26");
      const before = await meetingCount();
      for (const heldOn of ["2019-01-07", "1900-01-03", "2026-11-15", "2026-12-25"]) {
        const res = await gql(db.current, cast.as.COMMITTEE, CREATE, { clock: today, variables: { input: { heldOn } } });
        expect(refusals(res, "createCommitteeMeeting"), heldOn).toEqual([["MEETING_DATE_OUT_OF_RANGE", "MEM-2"]]);
      }
      expect(await meetingCount()).toBe(before);
      const lastWeek = await gql(db.current, cast.as.COMMITTEE, CREATE, { clock: today, variables: { input: { heldOn: "2026-11-16" } } });
      expect(lastWeek.data!.createCommitteeMeeting.userErrors).toEqual([]);
      const candidate = await aCandidate(db.current);
      const late = await gql(db.current, cast.as.COMMITTEE, DECIDE, {
        clock: on("2026-11-30"),
        variables: { input: { meetingId: lastWeek.data!.createCommitteeMeeting.meeting.id, candidacyId: cid(candidate.id), decision: "ACCEPT", reason: "OK" } },
      });
      expect(refusals(late, "decideCandidacy")).toEqual([["MEETING_TOO_OLD", "MEM-2"]]);
      expect((await memberRow(candidate.id)).status).toBe("CANDIDATE");
    });

    it("MEM-2: the database itself holds one meeting per week", async () => {
      await expect(
        db.current.db.insert(committeeMeetings).values({ heldOn: "2026-03-04", weekStart: "2026-03-02", createdBy: cast.staff.COMMITTEE.id, createdAt: new Date() }),
      ).rejects.toThrow();
    });

    it.each(["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-3: %s may not create a committee meeting, and nothing is written",
      async (who) => {
        const before = await meetingCount();
        const res = await gql(db.current, cast.as[who], CREATE, { clock: on("2026-05-05"), variables: { input: { heldOn: "2026-05-05" } } });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        expect(await meetingCount()).toBe(before);
        expect(await auditRows(res.requestId)).toEqual([]);
      },
    );

    it("AUT-1: an anonymous caller may not create a committee meeting", async () => {
      const res = await gql(db.current, null, CREATE, { clock: on("2026-05-05"), variables: { input: { heldOn: "2026-05-05" } } });
      expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
    });
  });

  describe("decideCandidacy", () => {
    it("MEM-2: the committee accepts a candidate with a reason: CANDIDATE → ACCEPTED, with its event and audit", async () => {
      const meeting = await aCommitteeMeeting(db.current, "2026-04-07");
      const candidate = await aCandidate(db.current);
      const res = await gql(db.current, cast.as.COMMITTEE, DECIDE, {
        clock: on("2026-04-08"),
        variables: { input: { meetingId: mid(meeting.id), candidacyId: cid(candidate.id), decision: "ACCEPT", reason: "Profil conforme" } },
      });
      expect(res.data!.decideCandidacy.userErrors).toEqual([]);
      expect(res.data!.decideCandidacy.candidacy).toMatchObject({ status: "ACCEPTED", decision: { decision: "ACCEPT", reason: "Profil conforme" } });
      expect((await memberRow(candidate.id)).status).toBe("ACCEPTED");
      expect((await auditRows(res.requestId))[0]).toMatchObject({ operation: "decideCandidacy", onBehalfOfMemberId: candidate.id });
    });

    it("MEM-2: a rejection also needs a reason; a blank reason is refused and nothing is written", async () => {
      const meeting = await aCommitteeMeeting(db.current, "2026-04-14");
      const candidate = await aCandidate(db.current);
      const input = { meetingId: mid(meeting.id), candidacyId: cid(candidate.id), decision: "REJECT", reason: "   " };
      const blank = await gql(db.current, cast.as.COMMITTEE, DECIDE, { clock: on("2026-04-15"), variables: { input } });
      expect(refusals(blank, "decideCandidacy")).toEqual([["REASON_REQUIRED", "MEM-2"]]);
      expect(await memberRow(candidate.id)).toEqual(candidate);
      expect(await auditRows(blank.requestId)).toEqual([]);

      const res = await gql(db.current, cast.as.COMMITTEE, DECIDE, { clock: on("2026-04-15"), variables: { input: { ...input, reason: "Hors critères" } } });
      expect(res.data!.decideCandidacy.candidacy.status).toBe("REJECTED");
      expect((await memberRow(candidate.id)).status).toBe("REJECTED");
    });

    it("MEM-2: a candidacy is decided once: a second decision is refused and nothing changes", async () => {
      const meeting = await aCommitteeMeeting(db.current, "2026-04-21");
      const candidate = await aCandidate(db.current);
      const input = { meetingId: mid(meeting.id), candidacyId: cid(candidate.id), decision: "ACCEPT", reason: "OK" };
      await gql(db.current, cast.as.COMMITTEE, DECIDE, { clock: on("2026-04-22"), variables: { input } });
      const before = await memberRow(candidate.id);
      const again = await gql(db.current, cast.as.COMMITTEE, DECIDE, { clock: on("2026-04-22"), variables: { input: { ...input, decision: "REJECT" } } });
      expect(refusals(again, "decideCandidacy")).toEqual([["ALREADY_DECIDED", "MEM-2"]]);
      expect(await memberRow(candidate.id)).toEqual(before);
      expect(await db.current.db.select().from(committeeDecisions).where(eq(committeeDecisions.memberId, candidate.id))).toHaveLength(1);
      expect(await auditRows(again.requestId)).toEqual([]);
    });

    it("MEM-2: no decision at a meeting that has not taken place yet, nor for an unknown meeting or an active member", async () => {
      const future = await aCommitteeMeeting(db.current, "2026-12-03");
      const candidate = await aCandidate(db.current);
      const early = await gql(db.current, cast.as.COMMITTEE, DECIDE, {
        variables: { input: { meetingId: mid(future.id), candidacyId: cid(candidate.id), decision: "ACCEPT", reason: "OK" } },
      });
      expect(refusalCodes(early, "decideCandidacy")).toEqual(["MEETING_NOT_HELD_YET"]);
      const unknown = await gql(db.current, cast.as.COMMITTEE, DECIDE, {
        variables: { input: { meetingId: mid(cast.member.id), candidacyId: cid(candidate.id), decision: "ACCEPT", reason: "OK" } },
      });
      expect(refusalCodes(unknown, "decideCandidacy")).toEqual(["MEETING_NOT_FOUND"]);
      const past = await aCommitteeMeeting(db.current, "2026-11-24");
      const active = await gql(db.current, cast.as.COMMITTEE, DECIDE, {
        variables: { input: { meetingId: mid(past.id), candidacyId: cid(cast.member.id), decision: "ACCEPT", reason: "OK" } },
      });
      expect(refusals(active, "decideCandidacy")).toEqual([["CANDIDACY_NOT_FOUND", "MEM-2"]]);
      expect((await memberRow(candidate.id)).status).toBe("CANDIDATE");
    });

    it.each(["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-3: %s may not decide a candidacy, and nothing is written",
      async (who) => {
        const meeting = (await db.current.db.select().from(committeeMeetings).limit(1))[0]!;
        const candidate = await aCandidate(db.current);
        const res = await gql(db.current, cast.as[who], DECIDE, {
          variables: { input: { meetingId: mid(meeting.id), candidacyId: cid(candidate.id), decision: "ACCEPT", reason: "OK" } },
        });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        expect(await memberRow(candidate.id)).toEqual(candidate);
        expect(await auditRows(res.requestId)).toEqual([]);
      },
    );

    it("AUT-1: an anonymous caller may not decide a candidacy", async () => {
      const res = await gql(db.current, null, DECIDE, {
        variables: { input: { meetingId: mid(cast.member.id), candidacyId: cid(cast.member.id), decision: "ACCEPT", reason: "OK" } },
      });
      expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
    });
  });

  describe("candidacies and committeeMeetings", () => {
    it("MEM-2: the committee lists candidacies by status, without the candidates' contact data", async () => {
      const pending = await aCandidate(db.current, { lastName: "Attente", companyName: "Attente SAS", siren: "732829320" });
      const res = await gql(db.current, cast.as.COMMITTEE, CANDIDACIES, { variables: { first: 100, status: "PENDING" } });
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.candidacies.edges.map((e: any) => e.node);
      expect(nodes.every((c: any) => c.status === "PENDING")).toBe(true);
      expect(nodes.find((c: any) => c.id === cid(pending.id))).toMatchObject({
        lastName: "Attente",
        age: 46,
        postalCode: "75004",
        commune: "Paris",
        companyName: "Attente SAS",
        decision: null,
      });
      const accepted = await gql(db.current, cast.as.COMMITTEE, CANDIDACIES, { variables: { first: 100, status: "ACCEPTED" } });
      expect(accepted.data!.candidacies.edges.map((e: any) => e.node.status)).toEqual(expect.arrayContaining(["ACCEPTED"]));
      expect(accepted.data!.candidacies.edges.every((e: any) => e.node.decision.decision === "ACCEPT")).toBe(true);
      // Active members who never applied through the committee are not candidacies.
      const all = await gql(db.current, cast.as.COMMITTEE, CANDIDACIES, { variables: { first: 100 } });
      expect(all.data!.candidacies.edges.map((e: any) => e.node.id)).not.toContain(cid(cast.member.id));
    });

    it("MEM-2: a Candidacy exposes no email, phone or street address", async () => {
      const res = await gql(db.current, cast.as.COMMITTEE, `query { candidacies(first: 1) { edges { node { email } } } }`);
      expect(errorCodes(res)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    });

    it("MEM-2: candidacies page forward without gaps; `first` outside 1..100 is refused", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const res: GqlResult<{ candidacies: ConnectionShape<{ id: string }> }> = await gql(db.current, cast.as.DESK_AGENT, CANDIDACIES, { variables: { first: 2, after } });
        seen.push(...res.data!.candidacies.edges.map((e) => e.node.id));
        if (!res.data!.candidacies.pageInfo.hasNextPage) break;
        after = res.data!.candidacies.pageInfo.endCursor;
      }
      const all = await gql(db.current, cast.as.DESK_AGENT, CANDIDACIES, { variables: { first: 100 } });
      expect(seen).toEqual(all.data!.candidacies.edges.map((e: any) => e.node.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(errorCodes(await gql(db.current, cast.as.COMMITTEE, CANDIDACIES, { variables: { first: 101 } }))).toEqual(["BAD_USER_INPUT"]);
    });

    it("MEM-2: meetings list their decisions with a constant number of queries (DataLoader, no N+1)", async () => {
      const statementsFor = async () => {
        const before = db.current.statements.count;
        const res = await gql(db.current, cast.as.COMMITTEE, MEETINGS, { variables: { first: 100 } });
        expect(res.errors).toBeUndefined();
        return { count: db.current.statements.count - before, res };
      };
      const first = await statementsFor();
      // More meetings, each with decisions: the statement count must not grow.
      for (const heldOn of ["2026-06-02", "2026-06-09", "2026-06-16"]) {
        const meeting = await aCommitteeMeeting(db.current, heldOn);
        for (let i = 0; i < 2; i++) {
          const candidate = await aCandidate(db.current);
          await gql(db.current, cast.as.COMMITTEE, DECIDE, {
            clock: on(heldOn),
            variables: { input: { meetingId: mid(meeting.id), candidacyId: cid(candidate.id), decision: "REJECT", reason: "Non" } },
          });
        }
      }
      const second = await statementsFor();
      expect(second.count).toBe(first.count);
      const june = second.res.data!.committeeMeetings.edges.find((e: any) => e.node.heldOn === "2026-06-09").node;
      expect(june.decisions).toHaveLength(2);
      expect(june.decisions[0].candidacy).toMatchObject({ status: "REJECTED", lastName: "Dupont" });
      const heldOn = second.res.data!.committeeMeetings.edges.map((e: any) => e.node.heldOn);
      expect(heldOn).toEqual([...heldOn].sort().reverse());
    });

    it("MEM-2: the desk reads meetings and candidacies too (read-only)", async () => {
      const res = await gql(db.current, cast.as.DESK_AGENT, MEETINGS, { variables: { first: 5 } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.committeeMeetings.edges.length).toBeGreaterThan(0);
    });

    it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-3: %s may not list candidacies or committee meetings",
      async (who) => {
        for (const [query, variables] of [
          [CANDIDACIES, { first: 5 }],
          [MEETINGS, { first: 5 }],
        ] as const) {
          const res = await gql(db.current, cast.as[who], query, { variables });
          expect(res.data).toBeNull();
          expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        }
      },
    );

    it("AUT-1: an anonymous caller may not list candidacies or meetings", async () => {
      expect(errorCodes(await gql(db.current, null, CANDIDACIES, { variables: { first: 5 } }))).toEqual(["UNAUTHENTICATED"]);
      expect(errorCodes(await gql(db.current, null, MEETINGS, { variables: { first: 5 } }))).toEqual(["UNAUTHENTICATED"]);
    });
  });
});

describeOnPostgres("one committee meeting a week, under concurrency", () => {
  const db = useTestDatabase({ poolMax: 20 });
  it("MEM-2: 30 concurrent meetings for one week create exactly one; the others are refused, none fails", async () => {
    const cast = await aCast(db.current);
    const days = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28"];
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => gql(db.current, cast.as.COMMITTEE, CREATE, { clock: on("2026-11-26"), variables: { input: { heldOn: days[i % days.length] } } })),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const codes = results.map((r) => refusalCodes(r, "createCommitteeMeeting").join() || "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c === "MEETING_WEEK_TAKEN")).toHaveLength(29);
    expect(await db.current.db.select().from(committeeMeetings)).toHaveLength(1);
  });
});
