import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { delegates, staffUsers } from "../../../db/schema/index.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";

const ME = `{ me { role
  member { id firstName lastName email phone birthDate postalAddress { postalCode commune } delegate { id firstName } }
  delegate { id firstName }
  payer { id displayName billingAddress }
  staff { id role displayName } } }`;

describe("me", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it("AUT-2: a member sees their own member record and their delegate", async () => {
    const res = await gql(db.current, cast.as.member, ME);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toMatchObject({
      role: "MEMBER",
      member: { id: cast.memberGid, email: cast.member.email, delegate: { firstName: cast.delegate.firstName } },
      delegate: null,
      payer: null,
      staff: null,
    });
  });

  it("AUT-2: a delegate sees the member they act for, and their own designation", async () => {
    const res = await gql(db.current, cast.as.delegate, ME);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me.role).toBe("DELEGATE");
    expect(res.data!.me.member.id).toBe(cast.memberGid);
    expect(res.data!.me.delegate.firstName).toBe(cast.delegate.firstName);
    expect(res.data!.me.payer).toBeNull();
  });

  it("AUT-2: a payer sees their own payer profile and nothing of the member", async () => {
    const res = await gql(db.current, cast.as.payer, ME);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toMatchObject({ role: "PAYER", member: null, delegate: null, staff: null });
    expect(res.data!.me.payer.displayName).toBe(cast.payer.displayName);
  });

  it.each(["DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER"] as const)("AUT-3: %s sees their own staff profile and no member", async (role) => {
    const res = await gql(db.current, cast.as[role], ME);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toMatchObject({ role, member: null, payer: null, staff: { role, displayName: cast.staff[role].displayName } });
  });

  it("AUT-1: an anonymous caller is refused with UNAUTHENTICATED", async () => {
    const res = await gql(db.current, cast.as.anonymous, ME);
    expect(res.data).toBeNull();
    expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
  });

  it("AUT-2: a revoked delegate with an unexpired token is refused", async () => {
    const { aDelegate } = await import("../../support/factories.js");
    const revoked = await aDelegate(db.current, cast.other.id);
    await db.current.db.update(delegates).set({ revokedAt: new Date() }).where(eq(delegates.id, revoked.id));
    const res = await gql(db.current, { kind: "member-scoped", role: "DELEGATE", subjectId: revoked.id, memberId: cast.other.id }, ME);
    expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
  });

  it("AUT-2: a delegate token naming another member than the delegate's is refused", async () => {
    const res = await gql(db.current, { ...cast.as.delegate, memberId: cast.other.id } as never, ME);
    expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
  });

  it("AUT-2: a revoked payer and a disabled staff account are refused", async () => {
    const { aPayer, aStaffUser, actors } = await import("../../support/factories.js");
    const payer = await aPayer(db.current, cast.other.id, { revokedAt: new Date() });
    expect(errorCodes(await gql(db.current, actors.payer(payer), ME))).toEqual(["UNAUTHENTICATED"]);
    const agent = await aStaffUser(db.current, "DESK_AGENT");
    await db.current.db.update(staffUsers).set({ disabledAt: new Date() }).where(eq(staffUsers.id, agent.id));
    expect(errorCodes(await gql(db.current, actors.staff(agent), ME))).toEqual(["UNAUTHENTICATED"]);
    // A staff token claiming a role the account does not hold is refused too.
    const coach = cast.staff.COACH;
    expect(errorCodes(await gql(db.current, { kind: "staff", role: "DESK_AGENT", subjectId: coach.id }, ME))).toEqual(["UNAUTHENTICATED"]);
  });

  it("AUT-2: the payer list is hidden from the delegate (MEM-5: never designates a payer)", async () => {
    const res = await gql(db.current, cast.as.delegate, `{ me { member { id payers { id } } } }`);
    expect(res.data!.me.member.payers).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    const own = await gql(db.current, cast.as.member, `{ me { member { payers { displayName } } } }`);
    expect(own.errors).toBeUndefined();
    expect(own.data!.me.member.payers).toEqual([{ displayName: cast.payer.displayName }]);
  });
});
