import { describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/shared/relay.js";
import { gql } from "../support/api.js";
import { useTestDatabase } from "../support/db.js";
import { aCandidate, aCast, aCommitteeMeeting, anOption } from "../support/factories.js";

const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;

describe("node(id:) across modules", () => {
  const db = useTestDatabase();

  it("AUT-2: an option is fetched by whoever reads its member; candidacies and meetings by the committee and the desk only", async () => {
    const cast = await aCast(db.current);
    const option = await anOption(db.current, cast.member.id);
    const candidate = await aCandidate(db.current);
    const meeting = await aCommitteeMeeting(db.current, "2026-11-24", cast.staff.COMMITTEE.id);
    const typename = async (who: keyof typeof cast.as, id: string) => (await gql(db.current, cast.as[who], NODE, { variables: { id } })).data?.node?.__typename ?? null;
    const ids = {
      option: toGlobalId("OptionSubscription", option.id),
      candidacy: toGlobalId("Candidacy", candidate.id),
      meeting: toGlobalId("CommitteeMeeting", meeting.id),
    };
    expect(await typename("member", ids.option)).toBe("OptionSubscription");
    expect(await typename("delegate", ids.option)).toBe("OptionSubscription");
    expect(await typename("DESK_AGENT", ids.option)).toBe("OptionSubscription");
    for (const who of ["otherMember", "payer", "COACH", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const) expect(await typename(who, ids.option)).toBeNull();
    for (const who of ["COMMITTEE", "DESK_AGENT"] as const) {
      expect(await typename(who, ids.candidacy)).toBe("Candidacy");
      expect(await typename(who, ids.meeting)).toBe("CommitteeMeeting");
    }
    for (const who of ["member", "delegate", "payer", "COACH", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const) {
      expect(await typename(who, ids.candidacy)).toBeNull();
      expect(await typename(who, ids.meeting)).toBeNull();
    }
    // An active member who never applied is not a candidacy.
    expect(await typename("COMMITTEE", toGlobalId("Candidacy", cast.member.id))).toBeNull();
  });
});
