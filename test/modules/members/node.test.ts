import { beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";

const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Member { lastName }
  ... on Delegate { firstName }
  ... on Payer { displayName }
  ... on StaffUser { role } } }`;

describe("node(id:)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let ids: Record<"member" | "other" | "delegate" | "payer" | "desk" | "coach", string>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    ids = {
      member: cast.memberGid,
      other: cast.otherGid,
      delegate: toGlobalId("Delegate", cast.delegate.id),
      payer: toGlobalId("Payer", cast.payer.id),
      desk: toGlobalId("StaffUser", cast.staff.DESK_AGENT.id),
      coach: toGlobalId("StaffUser", cast.staff.COACH.id),
    };
  });

  const typenameOf = async (who: keyof Awaited<ReturnType<typeof aCast>>["as"], id: string) => {
    const res = await gql(db.current, cast.as[who], NODE, { variables: { id } });
    if (who === "anonymous") return errorCodes(res)[0];
    expect(res.errors).toBeUndefined();
    return res.data!.node?.__typename ?? null;
  };

  it("AUT-2: a member fetches their own member, delegate and payer, but not another member", async () => {
    expect(await typenameOf("member", ids.member)).toBe("Member");
    expect(await typenameOf("member", ids.delegate)).toBe("Delegate");
    expect(await typenameOf("member", ids.payer)).toBe("Payer");
    expect(await typenameOf("member", ids.other)).toBeNull();
    expect(await typenameOf("member", ids.desk)).toBeNull();
  });

  it("AUT-2: a delegate fetches the member and themself, never the payer", async () => {
    expect(await typenameOf("delegate", ids.member)).toBe("Member");
    expect(await typenameOf("delegate", ids.delegate)).toBe("Delegate");
    expect(await typenameOf("delegate", ids.payer)).toBeNull();
    expect(await typenameOf("delegate", ids.other)).toBeNull();
  });

  it("AUT-2: a payer fetches only their own payer profile", async () => {
    expect(await typenameOf("payer", ids.payer)).toBe("Payer");
    expect(await typenameOf("payer", ids.member)).toBeNull();
    expect(await typenameOf("payer", ids.delegate)).toBeNull();
  });

  it("AUT-3: a desk agent fetches any member, delegate, payer and staff profile", async () => {
    for (const id of Object.values(ids)) expect(await typenameOf("DESK_AGENT", id)).not.toBeNull();
  });

  it("AUT-3: billing sees payers but not members; other staff see only themselves", async () => {
    expect(await typenameOf("BILLING", ids.payer)).toBe("Payer");
    expect(await typenameOf("BILLING", ids.member)).toBeNull();
    expect(await typenameOf("COACH", ids.coach)).toBe("StaffUser");
    for (const who of ["COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const) {
      expect(await typenameOf(who, ids.member)).toBeNull();
      expect(await typenameOf(who, ids.delegate)).toBeNull();
      expect(await typenameOf(who, ids.desk)).toBeNull();
    }
  });

  it("AUT-1: an anonymous caller is refused; malformed and unknown ids give null, never an error", async () => {
    expect(await typenameOf("anonymous", ids.member)).toBe("UNAUTHENTICATED");
    for (const id of ["", "garbage!", toGlobalId("Member", "00000000-0000-4000-8000-00000000dead"), toGlobalId("Invoice", cast.member.id)]) {
      expect(await typenameOf("DESK_AGENT", id)).toBeNull();
    }
  });
});
