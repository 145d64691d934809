import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, members, membershipEvents } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { errorCodes, gql, refusals, type GqlResult } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";

const SUBMIT = `mutation($input: SubmitCandidacyInput!) {
  submitCandidacy(input: $input) { candidacy { id status } userErrors { code message field rule } } }`;

let n = 0;
const candidate = (overrides: Record<string, unknown> = {}) => ({
  lastName: "Lefèvre",
  firstName: "Claire",
  birthDate: "1985-03-14",
  nationality: "fr",
  email: `claire.${++n}@example.fr`,
  phone: "06 12 34 56 78",
  postalAddress: { line1: "8 rue Halévy", postalCode: "75009", commune: "Paris" },
  ...overrides,
});

describe("submitCandidacy", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  const byEmail = async (email: string) => (await db.current.db.select().from(members).where(eq(members.email, email)))[0];
  const auditRows = async (requestId: string) => db.current.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
  const codes = (res: GqlResult) => refusals(res, "submitCandidacy");

  it("MEM-1: an anonymous applicant creates a CANDIDATE with an APPLIED event, and gets back only the id and status", async () => {
    const input = candidate();
    const res = await gql(db.current, null, SUBMIT, { variables: { input } });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.submitCandidacy;
    expect(payload.userErrors).toEqual([]);
    expect(Object.keys(payload.candidacy).sort()).toEqual(["id", "status"]);
    expect(payload.candidacy.status).toBe("PENDING");
    const row = (await byEmail(input.email))!;
    expect(row).toMatchObject({ status: "CANDIDATE", phone: "+33612345678", nationality: "FR", postalCode: "75009", commune: "Paris" });
    const events = await db.current.db.select().from(membershipEvents).where(eq(membershipEvents.memberId, row.id));
    expect(events.map((e) => [e.kind, e.actorRole])).toEqual([["APPLIED", "ANONYMOUS"]]);
    expect(await auditRows(res.requestId)).toMatchObject([{ operation: "submitCandidacy", actorRole: "ANONYMOUS", onBehalfOfMemberId: row.id }]);
  });

  it("MEM-1: the receipt type has no other field: an applicant cannot read the member's data back", async () => {
    const res = await gql(db.current, null, `mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { candidacy { id email } } }`, {
      variables: { input: candidate() },
    });
    expect(errorCodes(res)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it("MEM-1: a desk agent files a candidacy on someone's behalf, with a legal entity (valid SIREN)", async () => {
    const input = candidate({ legalEntity: { companyName: "Lefèvre Conseil", siren: "732 829 320" } });
    const res = await gql(db.current, cast.as.DESK_AGENT, SUBMIT, { variables: { input } });
    expect(res.data!.submitCandidacy.userErrors).toEqual([]);
    expect(await byEmail(input.email)).toMatchObject({ companyName: "Lefèvre Conseil", siren: "732829320", status: "CANDIDATE" });
    expect((await auditRows(res.requestId))[0]).toMatchObject({ actorRole: "DESK_AGENT", actorId: cast.staff.DESK_AGENT.id });
  });

  it("MEM-1: a SIREN with a wrong Luhn key is refused, and nothing is written", async () => {
    const input = candidate({ legalEntity: { companyName: "X", siren: "732829321" } });
    const res = await gql(db.current, null, SUBMIT, { variables: { input } });
    expect(codes(res)).toEqual([["INVALID_SIREN", "MEM-1"]]);
    expect(res.data!.submitCandidacy.candidacy).toBeNull();
    expect(await byEmail(input.email)).toBeUndefined();
    expect(await auditRows(res.requestId)).toEqual([]);
  });

  it("MEM-1: a candidate must be 18 on the clock's date (Europe/Paris)", async () => {
    // 2026-11-26T23:30Z is already 27 November in Paris: born 2008-11-27, she is 18 there.
    const clock = new ManualClock("2026-11-26T23:30:00Z");
    const adult = await gql(db.current, null, SUBMIT, { variables: { input: candidate({ birthDate: "2008-11-27" }) }, clock });
    expect(adult.data!.submitCandidacy.userErrors).toEqual([]);
    const minor = await gql(db.current, null, SUBMIT, { variables: { input: candidate({ birthDate: "2008-11-28" }) }, clock });
    expect(codes(minor)).toEqual([["NOT_AN_ADULT", "MEM-1"]]);
  });

  it("MEM-1: every invalid field is reported at once, in English on request", async () => {
    const res = await gql(db.current, null, SUBMIT, {
      variables: { input: candidate({ lastName: " ", email: "nope", phone: "+44 20 7946 0958", nationality: "France", birthDate: "2030-01-01" }) },
      locale: "en",
    });
    expect(codes(res)).toEqual([
      ["INVALID_NAME", "MEM-1"],
      ["INVALID_BIRTH_DATE", "MEM-1"],
      ["INVALID_NATIONALITY", "MEM-1"],
      ["INVALID_EMAIL", "MEM-1"],
      ["INVALID_PHONE", "MEM-1"],
    ]);
    expect(res.data!.submitCandidacy.userErrors[3].message).toBe("The email address is not valid.");
  });

  it("ZON-1: an address outside the coverage zone is refused with ZON-1, and nothing is written", async () => {
    const input = candidate({ postalAddress: { line1: "1 place Bellecour", postalCode: "69002", commune: "Lyon" } });
    const res = await gql(db.current, null, SUBMIT, { variables: { input } });
    expect(res.data!.submitCandidacy.userErrors).toEqual([expect.objectContaining({ code: "OUT_OF_ZONE", rule: "ZON-1", field: ["input", "postalAddress", "postalCode"] })]);
    expect(await byEmail(input.email)).toBeUndefined();
  });

  it("ZON-1: Monaco is always refused", async () => {
    const res = await gql(db.current, null, SUBMIT, {
      variables: { input: candidate({ postalAddress: { line1: "1 avenue Princesse Grace", postalCode: "98000", commune: "Monaco" } }) },
    });
    expect(codes(res)).toEqual([["MONACO_EXCLUDED", "ZON-1"]]);
  });

  it("MEM-1: an email already used (any case) is refused with EMAIL_TAKEN, and nothing is written", async () => {
    const before = (await db.current.db.select().from(members)).length;
    const res = await gql(db.current, null, SUBMIT, { variables: { input: candidate({ email: cast.member.email.toUpperCase() }) } });
    expect(codes(res)).toEqual([["EMAIL_TAKEN", "MEM-1"]]);
    expect((await db.current.db.select().from(members)).length).toBe(before);
    expect(await auditRows(res.requestId)).toEqual([]);
  });

  it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "AUT-1: %s may not submit a candidacy, and nothing is written",
    async (who) => {
      const input = candidate();
      const res = await gql(db.current, cast.as[who], SUBMIT, { variables: { input } });
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
      expect(await byEmail(input.email)).toBeUndefined();
      expect(await auditRows(res.requestId)).toEqual([]);
    },
  );
});
