import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { coachAssignments } from "../../../db/schema/index.js";
import { coachingService } from "../../../src/modules/coaching/index.js";
import { buildContext } from "../../../src/modules/registry.js";
import { DEMO_TARIFFS } from "../../../src/config.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusalCodes, refusals, silentLog } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aStaffUser, actors } from "../../support/factories.js";

const ASSIGN = `mutation($input: AssignCoachInput!) { assignCoach(input: $input) {
  coaching { coach { displayName } substitute { displayName } } userErrors { code rule field } } }`;
const MINE = `{ me { member { coaching { coach { displayName email } substitute { displayName } } } } }`;

describe("coach assignment (SVC-2)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let substitute: Awaited<ReturnType<typeof aStaffUser>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    substitute = await aStaffUser(db.current, "COACH");
  });
  const input = (over: Record<string, unknown> = {}) => ({
    memberId: cast.memberGid,
    coachId: toGlobalId("StaffUser", cast.staff.COACH.id),
    substituteCoachId: toGlobalId("StaffUser", substitute.id),
    ...over,
  });
  const rows = () => db.current.db.select().from(coachAssignments).where(eq(coachAssignments.memberId, cast.member.id));

  it("SVC-2: the desk assigns a coach and a substitute; the member and delegate see how to reach them", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, ASSIGN, { variables: { input: input() } });
    expect(res.data!.assignCoach).toEqual({
      coaching: { coach: { displayName: cast.staff.COACH.displayName }, substitute: { displayName: substitute.displayName } },
      userErrors: [],
    });
    for (const who of ["member", "delegate"] as const) {
      const mine = await gql(db.current, cast.as[who], MINE);
      expect(mine.data!.me.member.coaching.coach).toEqual({ displayName: cast.staff.COACH.displayName, email: cast.staff.COACH.email });
    }
  });

  it("SVC-2: the assigned coach and the substitute coach the member; another coach does not", async () => {
    const ctx = (actor: Parameters<typeof buildContext>[0]["actor"]) =>
      buildContext({ requestId: "t", actor, locale: "fr", clock: new ManualClock("2026-11-26T10:00:00Z"), tariffs: DEMO_TARIFFS, db: db.current.db, log: silentLog });
    const other = await aStaffUser(db.current, "COACH");
    expect(await coachingService.isCoachOf(ctx(cast.as.COACH), cast.member.id)).toBe(true);
    expect(await coachingService.isCoachOf(ctx(actors.staff(substitute)), cast.member.id)).toBe(true);
    expect(await coachingService.isCoachOf(ctx(actors.staff(other)), cast.member.id)).toBe(false);
    expect(await coachingService.isCoachOf(ctx(cast.as.DESK_AGENT), cast.member.id)).toBe(false);
  });

  it("SVC-2: only active coaches can be assigned, and the substitute must differ; nothing changes on refusal", async () => {
    const before = await rows();
    const notCoach = await gql(db.current, cast.as.DESK_AGENT, ASSIGN, { variables: { input: input({ coachId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) }) } });
    expect(refusals(notCoach, "assignCoach")).toEqual([["NOT_A_COACH", "SVC-2"]]);
    const same = await gql(db.current, cast.as.DESK_AGENT, ASSIGN, { variables: { input: input({ substituteCoachId: toGlobalId("StaffUser", cast.staff.COACH.id) }) } });
    expect(refusalCodes(same, "assignCoach")).toEqual(["SAME_COACH"]);
    expect(await rows()).toEqual(before);
  });

  it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "AUT-1: %s may not assign a coach",
    async (who) => {
      const before = await rows();
      expect(errorCodes(await gql(db.current, cast.as[who], ASSIGN, { variables: { input: input() } }))).toEqual(["FORBIDDEN"]);
      expect(await rows()).toEqual(before);
    },
  );

  it("AUT-2: another member cannot see this member's coaching", async () => {
    const res = await gql(db.current, cast.as.otherMember, MINE);
    expect(res.data!.me.member.coaching).toBeNull();
  });
});
