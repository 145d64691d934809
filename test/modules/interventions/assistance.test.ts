import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assistanceRequests } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import {
  MEMBER_SIDE_REFUSED,
  OPEN_REQUEST,
  RECORD_OUTCOME,
  STAFF_ONLY_REFUSED,
  aScene,
  anAssistanceRequest,
  codes,
  expectShieldRefusal,
  expectUserErrors,
  gid,
} from "./support.js";

const livebox = { topic: "LIVEBOX", description: "  Plus de synchronisation fibre  " };

describe("INT-1: remote assistance first", () => {
  const db = useTestDatabase();
  let scene: Awaited<ReturnType<typeof aScene>>;
  beforeAll(async () => {
    scene = await aScene(db.current);
  });
  const ids = () => [scene.member.id, scene.other.id];

  it.each(["member", "delegate"] as const)("INT-1: the %s opens a remote assistance request for the member, 24/7 (Sunday night)", async (who) => {
    const clock = new ManualClock("2026-11-29T22:30:00Z");
    const res = await gql(db.current, scene.as[who], OPEN_REQUEST, { variables: { input: livebox }, clock });
    expect(res.errors).toBeUndefined();
    const request = res.data!.openAssistanceRequest.assistanceRequest;
    expect(res.data!.openAssistanceRequest.userErrors).toEqual([]);
    expect(request).toMatchObject({
      topic: "LIVEBOX",
      installedByParnasse: false,
      description: "Plus de synchronisation fibre",
      openedAt: "2026-11-29T22:30:00.000Z",
      remoteOutcome: null,
      homeInterventionPossible: false,
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "openAssistanceRequest", onBehalfOfMemberId: scene.member.id, actorRole: who === "member" ? "MEMBER" : "DELEGATE" });
  });

  it("INT-1: the desk opens one for a member it names", async () => {
    const res = await gql(db.current, scene.as.DESK_AGENT, OPEN_REQUEST, { variables: { input: { ...livebox, memberId: gid.member(scene.member) } } });
    expect(res.data!.openAssistanceRequest.assistanceRequest.topic).toBe("LIVEBOX");
    const rows = await db.current.db.select().from(assistanceRequests).where(eq(assistanceRequests.openedByRole, "DESK_AGENT"));
    expect(rows.map((r) => r.memberId)).toEqual([scene.member.id]);
  });

  it("AUT-2: a member naming another member, or the desk naming nobody, is refused and nothing is written", async () => {
    const other = await expectUserErrors(
      db.current,
      () => gql(db.current, scene.as.member, OPEN_REQUEST, { variables: { input: { ...livebox, memberId: gid.member(scene.other) } } }),
      ids(),
      "openAssistanceRequest",
    );
    expect(codes(other)).toEqual(["MEMBER_NOT_FOUND/AUT-2"]);
    const desk = await expectUserErrors(db.current, () => gql(db.current, scene.as.DESK_AGENT, OPEN_REQUEST, { variables: { input: livebox } }), ids(), "openAssistanceRequest");
    expect(codes(desk)).toEqual(["MEMBER_ID_REQUIRED/null"]);
  });

  it.each(MEMBER_SIDE_REFUSED)("AUT-3: %s cannot open an assistance request", async (who) => {
    await expectShieldRefusal(db.current, () => gql(db.current, scene.as[who], OPEN_REQUEST, { variables: { input: { ...livebox, memberId: gid.member(scene.member) } } }), ids());
  });

  it("AUT-1: an anonymous caller cannot open an assistance request", async () => {
    await expectShieldRefusal(db.current, () => gql(db.current, null, OPEN_REQUEST, { variables: { input: livebox } }), ids(), "UNAUTHENTICATED");
  });

  it("INT-5: Ethernet cabling, Wi-Fi access points and multimedia equipment are in scope only if Parnasse installed them", async () => {
    for (const topic of ["ETHERNET_CABLING", "WIFI_ACCESS_POINT", "MULTIMEDIA_EQUIPMENT"]) {
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, scene.as.member, OPEN_REQUEST, { variables: { input: { topic, description: "Plus de réseau", installedByParnasse: false } } }),
        ids(),
        "openAssistanceRequest",
      );
      expect(codes(errors)).toEqual(["OUT_OF_SCOPE/INT-5"]);
      const res = await gql(db.current, scene.as.member, OPEN_REQUEST, { variables: { input: { topic, description: "Plus de réseau", installedByParnasse: true } } });
      expect(res.data!.openAssistanceRequest.assistanceRequest).toMatchObject({ topic, installedByParnasse: true });
    }
  });

  it("INT-5: TV bouquets / VOD are handled only within the TV/VOD support hours (Mon–Fri 09:00–20:00), with the next opening", async () => {
    const input = { topic: "TV_VOD", description: "Le bouquet Ciné ne s'affiche plus" };
    const saturday = new ManualClock("2026-11-28T10:00:00Z");
    const errors = await expectUserErrors(
      db.current,
      () => gql(db.current, scene.as.member, OPEN_REQUEST, { variables: { input }, clock: saturday }),
      ids(),
      "openAssistanceRequest",
    );
    expect(codes(errors)).toEqual(["TV_VOD_CLOSED/INT-5"]);
    expect(errors[0]!.message).toContain("30/11/2026 09:00");
    const res = await gql(db.current, scene.as.member, OPEN_REQUEST, { variables: { input }, clock: new ManualClock("2026-11-30T18:59:00Z") });
    expect(res.data!.openAssistanceRequest.assistanceRequest).toMatchObject({ topic: "TV_VOD", homeInterventionPossible: false });
  });

  it("INT-1: an empty or oversized description is refused, without a 500", async () => {
    for (const description of ["   ", "x".repeat(2001)]) {
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, scene.as.member, OPEN_REQUEST, { variables: { input: { topic: "APPS", description } } }),
        ids(),
        "openAssistanceRequest",
      );
      expect(codes(errors)).toEqual(["INVALID_TEXT/null"]);
    }
  });

  it("INT-1: the desk records that the remote assistance failed: a home intervention becomes possible", async () => {
    const request = await anAssistanceRequest(db.current, scene.member.id, { remoteOutcome: null, remoteOutcomeAt: null, remoteOutcomeBy: null });
    const res = await gql(db.current, scene.as.DESK_AGENT, RECORD_OUTCOME, {
      variables: { input: { assistanceRequestId: gid.request(request), outcome: "IMPOSSIBLE", note: "Pas de prise de main possible" } },
    });
    expect(res.data!.recordRemoteAssistanceOutcome).toMatchObject({
      assistanceRequest: { remoteOutcome: "IMPOSSIBLE", remoteOutcomeNote: "Pas de prise de main possible", homeInterventionPossible: true },
      userErrors: [],
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "recordRemoteAssistanceOutcome", onBehalfOfMemberId: scene.member.id, details: { outcome: "IMPOSSIBLE" } });

    const again = await expectUserErrors(
      db.current,
      () => gql(db.current, scene.as.DESK_AGENT, RECORD_OUTCOME, { variables: { input: { assistanceRequestId: gid.request(request), outcome: "RESOLVED" } } }),
      ids(),
      "recordRemoteAssistanceOutcome",
    );
    expect(codes(again)).toEqual(["OUTCOME_ALREADY_RECORDED/INT-1"]);
  });

  it("INT-1: a remote resolution closes the way to a home intervention", async () => {
    const request = await anAssistanceRequest(db.current, scene.member.id, { remoteOutcome: null, remoteOutcomeAt: null, remoteOutcomeBy: null });
    const res = await gql(db.current, scene.as.DESK_AGENT, RECORD_OUTCOME, { variables: { input: { assistanceRequestId: gid.request(request), outcome: "RESOLVED" } } });
    expect(res.data!.recordRemoteAssistanceOutcome.assistanceRequest).toMatchObject({ remoteOutcome: "RESOLVED", homeInterventionPossible: false });
  });

  it("INT-1: an unknown or malformed request id is refused as not found", async () => {
    for (const assistanceRequestId of ["nope", gid.member(scene.member), gid.request({ id: "00000000-0000-4000-8000-000000000000" })]) {
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, scene.as.DESK_AGENT, RECORD_OUTCOME, { variables: { input: { assistanceRequestId, outcome: "FAILED" } } }),
        ids(),
        "recordRemoteAssistanceOutcome",
      );
      expect(codes(errors)).toEqual(["ASSISTANCE_REQUEST_NOT_FOUND/AUT-2"]);
    }
  });

  it.each(STAFF_ONLY_REFUSED)("AUT-3: %s cannot record the remote outcome", async (who) => {
    const request = await anAssistanceRequest(db.current, scene.member.id, { remoteOutcome: null, remoteOutcomeAt: null, remoteOutcomeBy: null });
    await expectShieldRefusal(
      db.current,
      () => gql(db.current, scene.as[who], RECORD_OUTCOME, { variables: { input: { assistanceRequestId: gid.request(request), outcome: "FAILED" } } }),
      ids(),
    );
  });

  it("AUT-1: an anonymous caller cannot record the remote outcome", async () => {
    await expectShieldRefusal(
      db.current,
      () => gql(db.current, null, RECORD_OUTCOME, { variables: { input: { assistanceRequestId: gid.request(scene.request), outcome: "FAILED" } } }),
      ids(),
      "UNAUTHENTICATED",
    );
  });
});
