import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { coachAssignments, interventions } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aStaffUser, actors } from "../../support/factories.js";
import {
  CANCEL,
  COMPLETE,
  CONFIRM_BACKUP,
  QUOTE,
  REFUSE,
  START,
  WEEKDAY_10H,
  aScene,
  anIntervention,
  codes,
  expectShieldRefusal,
  expectUserErrors,
  gid,
  usedInterventions,
} from "./support.js";

type Scene = Awaited<ReturnType<typeof aScene>>;

describe("INT-4/INT-6: the intervention's life: backup confirmation, start, done, refusal, cancellation", () => {
  const db = useTestDatabase();
  let scene: Scene;
  beforeAll(async () => {
    scene = await aScene(db.current);
  });
  const ids = () => [scene.member.id, scene.other.id];
  const run = (query: string, who: keyof Scene["as"] | null, input: Record<string, unknown>) => gql(db.current, who ? scene.as[who] : null, query, { variables: { input } });
  const fresh = (overrides: Parameters<typeof anIntervention>[2] = {}) => anIntervention(db.current, scene, overrides);
  const confirmed = () => fresh({ backupConfirmedAt: new Date("2026-11-25T09:00:00Z"), backupConfirmedByRole: "MEMBER" });
  const started = () => fresh({ status: "STARTED", startedAt: new Date("2026-11-26T09:00:00Z"), backupConfirmedAt: new Date("2026-11-25T09:00:00Z") });

  // --- INT-6 ---

  it.each(["member", "delegate"] as const)("INT-6: the %s confirms the member's data is backed up, recorded and audited", async (who) => {
    const row = await fresh();
    const res = await run(CONFIRM_BACKUP, who, { interventionId: gid.intervention(row) });
    expect(res.data!.confirmInterventionBackup).toMatchObject({ intervention: { status: "BOOKED", backupConfirmedAt: "2026-11-26T10:00:00.000Z" }, userErrors: [] });
    const [saved] = await db.current.db.select().from(interventions).where(eq(interventions.id, row.id));
    expect(saved!.backupConfirmedByRole).toBe(who === "member" ? "MEMBER" : "DELEGATE");
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "confirmInterventionBackup", onBehalfOfMemberId: scene.member.id });
    const again = await expectUserErrors(db.current, () => run(CONFIRM_BACKUP, who, { interventionId: gid.intervention(row) }), ids(), "confirmInterventionBackup");
    expect(codes(again)).toEqual(["BACKUP_ALREADY_CONFIRMED/INT-6"]);
  });

  it("INT-6: another member cannot confirm the backup of this member's intervention", async () => {
    const row = await fresh();
    const errors = await expectUserErrors(db.current, () => run(CONFIRM_BACKUP, "otherMember", { interventionId: gid.intervention(row) }), ids(), "confirmInterventionBackup");
    expect(codes(errors)).toEqual(["INTERVENTION_NOT_FOUND/AUT-3"]);
  });

  it.each(["payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "INT-6: %s cannot confirm the member's backup",
    async (who) => {
      const row = await fresh();
      await expectShieldRefusal(db.current, () => run(CONFIRM_BACKUP, who, { interventionId: gid.intervention(row) }), ids());
    },
  );

  it("INT-6: the technician cannot start before the member confirmed the backup; afterwards they start and mark it done", async () => {
    const row = await fresh();
    const errors = await expectUserErrors(db.current, () => run(START, "TECHNICIAN", { interventionId: gid.intervention(row) }), ids(), "startIntervention");
    expect(codes(errors)).toEqual(["BACKUP_NOT_CONFIRMED/INT-6"]);
    await run(CONFIRM_BACKUP, "member", { interventionId: gid.intervention(row) });
    const start = await run(START, "TECHNICIAN", { interventionId: gid.intervention(row) });
    expect(start.data!.startIntervention.intervention).toMatchObject({ status: "STARTED", startedAt: "2026-11-26T10:00:00.000Z" });
    const done = await run(COMPLETE, "TECHNICIAN", { interventionId: gid.intervention(row) });
    expect(done.data!.completeIntervention.intervention).toMatchObject({ status: "DONE", doneAt: "2026-11-26T10:00:00.000Z", countsInAllowance: true });
    expect((await auditRowsOf(db.current, done.requestId)).map((a) => a.operation)).toEqual(["completeIntervention"]);
  });

  it("INT-6: a booked intervention cannot be marked done without being started", async () => {
    const row = await confirmed();
    const errors = await expectUserErrors(db.current, () => run(COMPLETE, "TECHNICIAN", { interventionId: gid.intervention(row) }), ids(), "completeIntervention");
    expect(codes(errors)).toEqual(["INVALID_STATUS/null"]);
  });

  it("AUT-3: a technician updates only their own interventions", async () => {
    const other = await aStaffUser(db.current, "TECHNICIAN");
    const row = await confirmed();
    for (const query of [START, COMPLETE]) {
      const field = query === START ? "startIntervention" : "completeIntervention";
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, actors.staff(other), query, { variables: { input: { interventionId: gid.intervention(row) } } }),
        ids(),
        field,
      );
      expect(codes(errors)).toEqual(["INTERVENTION_NOT_FOUND/AUT-3"]);
    }
    const refusal = await expectUserErrors(
      db.current,
      () => gql(db.current, actors.staff(other), REFUSE, { variables: { input: { interventionId: gid.intervention(row), reason: "EXTERNAL_CAUSE" } } }),
      ids(),
      "refuseIntervention",
    );
    expect(codes(refusal)).toEqual(["INTERVENTION_NOT_FOUND/AUT-3"]);
  });

  it("AUT-3: the member's coach starts and completes a coach visit; not a technician visit; another coach not at all", async () => {
    const visit = await fresh({ kind: "COACH_VISIT", performerId: scene.staff.COACH.id, backupConfirmedAt: new Date("2026-11-25T09:00:00Z") });
    const res = await run(START, "COACH", { interventionId: gid.intervention(visit) });
    expect(res.data!.startIntervention.intervention.status).toBe("STARTED");
    const technicianVisit = await confirmed();
    const errors = await expectUserErrors(db.current, () => run(START, "COACH", { interventionId: gid.intervention(technicianVisit) }), ids(), "startIntervention");
    expect(codes(errors)).toEqual(["INTERVENTION_NOT_FOUND/AUT-3"]);
    const stranger = await aStaffUser(db.current, "COACH");
    const other = await expectUserErrors(
      db.current,
      () => gql(db.current, actors.staff(stranger), COMPLETE, { variables: { input: { interventionId: gid.intervention(visit) } } }),
      ids(),
      "completeIntervention",
    );
    expect(codes(other)).toEqual(["INTERVENTION_NOT_FOUND/AUT-3"]);
  });

  it("AUT-3: a substitute coach also performs the member's coach visits", async () => {
    const substitute = await aStaffUser(db.current, "COACH");
    await db.current.db.update(coachAssignments).set({ substituteCoachId: substitute.id }).where(eq(coachAssignments.memberId, scene.member.id));
    const visit = await fresh({ kind: "COACH_VISIT", performerId: scene.staff.COACH.id, backupConfirmedAt: new Date("2026-11-25T09:00:00Z") });
    const res = await gql(db.current, actors.staff(substitute), START, { variables: { input: { interventionId: gid.intervention(visit) } } });
    expect(res.data!.startIntervention.intervention.status).toBe("STARTED");
  });

  it.each(["member", "otherMember", "delegate", "payer", "DESK_AGENT", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "AUT-3: %s cannot start or complete an intervention",
    async (who) => {
      const row = await started();
      for (const query of [START, COMPLETE]) await expectShieldRefusal(db.current, () => run(query, who, { interventionId: gid.intervention(row) }), ids());
    },
  );

  it("AUT-1: an anonymous caller cannot touch an intervention", async () => {
    const row = await started();
    for (const query of [CONFIRM_BACKUP, START, COMPLETE, CANCEL]) {
      await expectShieldRefusal(db.current, () => run(query, null, { interventionId: gid.intervention(row) }), ids(), "UNAUTHENTICATED");
    }
    await expectShieldRefusal(db.current, () => run(REFUSE, null, { interventionId: gid.intervention(row), reason: "EXTERNAL_CAUSE" }), ids(), "UNAUTHENTICATED");
  });

  // --- INT-4 ---

  it.each([
    ["TECHNICIAN", "DANGEROUS_REPAIR"],
    ["TECHNICIAN", "MODIFIED_BY_MEMBER"],
    ["DESK_AGENT", "EXTERNAL_CAUSE"],
    ["DESK_AGENT", "REPAIRED_OUTSIDE_APPROVED_BODY"],
  ] as const)("INT-4: %s records a refusal for %s, with its note; it keeps its place in the 15, nothing else happens", async (who, reason) => {
    // A member of its own: the shared scene's member has more than 15 interventions by now.
    const s = await aScene(db.current);
    const row = await anIntervention(db.current, s, { status: "STARTED", startedAt: new Date("2026-11-26T09:00:00Z"), backupConfirmedAt: new Date("2026-11-25T09:00:00Z") });
    const res = await gql(db.current, s.as[who], REFUSE, { variables: { input: { interventionId: gid.intervention(row), reason, note: "  Prise arrachée  " } } });
    expect(res.data!.refuseIntervention).toMatchObject({
      intervention: { status: "REFUSED", refusalReason: reason, refusalNote: "Prise arrachée", countsInAllowance: true },
      userErrors: [],
    });
    const audit = await auditRowsOf(db.current, res.requestId);
    expect(audit.map((a) => [a.operation, a.details])).toEqual([["refuseIntervention", { from: "STARTED", to: "REFUSED", reason }]]);
  });

  it("INT-4: the member's coach refuses a coach visit; a done, refused or cancelled intervention cannot be refused", async () => {
    const visit = await fresh({ kind: "COACH_VISIT", performerId: scene.staff.COACH.id });
    const res = await run(REFUSE, "COACH", { interventionId: gid.intervention(visit), reason: "EXTERNAL_CAUSE" });
    expect(res.data!.refuseIntervention.intervention.status).toBe("REFUSED");
    for (const status of ["DONE", "CANCELLED"] as const) {
      const row = await fresh({
        status,
        backupConfirmedAt: new Date("2026-11-25T09:00:00Z"),
        startedAt: status === "DONE" ? new Date("2026-11-25T10:00:00Z") : null,
        doneAt: status === "DONE" ? new Date("2026-11-25T11:00:00Z") : null,
        cancelledAt: status === "CANCELLED" ? new Date("2026-11-25T11:00:00Z") : null,
      });
      const errors = await expectUserErrors(
        db.current,
        () => run(REFUSE, "DESK_AGENT", { interventionId: gid.intervention(row), reason: "EXTERNAL_CAUSE" }),
        ids(),
        "refuseIntervention",
      );
      expect(codes(errors)).toEqual(["INVALID_STATUS/null"]);
    }
    const again = await expectUserErrors(
      db.current,
      () => run(REFUSE, "COACH", { interventionId: gid.intervention(visit), reason: "DANGEROUS_REPAIR" }),
      ids(),
      "refuseIntervention",
    );
    expect(codes(again)).toEqual(["INVALID_STATUS/null"]);
  });

  it("INT-4: an oversized note is refused without a 500", async () => {
    const row = await fresh();
    const errors = await expectUserErrors(
      db.current,
      () => run(REFUSE, "DESK_AGENT", { interventionId: gid.intervention(row), reason: "EXTERNAL_CAUSE", note: "x".repeat(2001) }),
      ids(),
      "refuseIntervention",
    );
    expect(codes(errors)).toEqual(["INVALID_TEXT/null"]);
  });

  it.each(["member", "otherMember", "delegate", "payer", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "INT-4: %s cannot record a refusal",
    async (who) => {
      const row = await fresh();
      await expectShieldRefusal(db.current, () => run(REFUSE, who, { interventionId: gid.intervention(row), reason: "EXTERNAL_CAUSE" }), ids());
    },
  );

  // --- cancellation (INT-3) ---

  it("INT-3: the desk cancels a booked intervention, which then no longer counts in the allowance", async () => {
    const s = await aScene(db.current);
    await usedInterventions(db.current, s, 15);
    const quote = () =>
      gql(db.current, s.as.member, QUOTE, { variables: { input: { kind: "TECHNICIAN", startsAt: WEEKDAY_10H, durationMinutes: 60 } } }).then(
        (r) => r.data!.interventionQuote.quote,
      );
    expect(await quote()).toMatchObject({ free: false, usedInContractYear: 15 });
    const [last] = await db.current.db.select().from(interventions).where(eq(interventions.memberId, s.member.id)).limit(1);
    const res = await gql(db.current, s.as.DESK_AGENT, CANCEL, { variables: { input: { interventionId: gid.intervention(last!) } } });
    expect(res.data!.cancelIntervention.intervention).toMatchObject({ status: "CANCELLED", countsInAllowance: false, cancelledAt: "2026-11-26T10:00:00.000Z" });
    expect(await quote()).toMatchObject({ free: true, usedInContractYear: 14 });
    const again = await expectUserErrors(
      db.current,
      () => gql(db.current, s.as.DESK_AGENT, CANCEL, { variables: { input: { interventionId: gid.intervention(last!) } } }),
      [s.member.id],
      "cancelIntervention",
    );
    expect(codes(again)).toEqual(["INVALID_STATUS/null"]);
  });

  it.each(["member", "otherMember", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "INT-3: %s cannot cancel an intervention",
    async (who) => {
      const row = await fresh();
      await expectShieldRefusal(db.current, () => run(CANCEL, who, { interventionId: gid.intervention(row) }), ids());
    },
  );

  it("AUT-3: malformed or unknown intervention ids are refused as not found", async () => {
    for (const interventionId of ["%%%", gid.member(scene.member), gid.intervention({ id: "00000000-0000-4000-8000-000000000000" })]) {
      const errors = await expectUserErrors(db.current, () => run(CANCEL, "DESK_AGENT", { interventionId }), ids(), "cancelIntervention");
      expect(codes(errors)).toEqual(["INTERVENTION_NOT_FOUND/AUT-3"]);
    }
  });
});
