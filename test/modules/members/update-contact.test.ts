import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, members } from "../../../db/schema/index.js";
import { errorCodes, gql, refusalCodes, refusals } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember } from "../../support/factories.js";

const UPDATE = `mutation($input: UpdateMemberContactInput!) {
  updateMemberContact(input: $input) {
    member { id email phone postalAddress { line1 line2 postalCode commune } }
    userErrors { code message field rule }
  } }`;

describe("updateMemberContact", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  const memberRow = async (id: string) => (await db.current.db.select().from(members).where(eq(members.id, id)))[0]!;
  const auditRows = async (requestId: string) => db.current.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));

  it("MEM-1: a member changes their email, phone and address; values are normalised", async () => {
    const res = await gql(db.current, cast.as.member, UPDATE, {
      variables: {
        input: {
          email: "  nouvelle.adresse@example.fr ",
          phone: "01 42 68 53 00",
          postalAddress: { line1: " 5 avenue Montaigne ", postalCode: "75008", commune: "paris" },
        },
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateMemberContact.userErrors).toEqual([]);
    expect(res.data!.updateMemberContact.member).toMatchObject({
      email: "nouvelle.adresse@example.fr",
      phone: "+33142685300",
      postalAddress: { line1: "5 avenue Montaigne", line2: null, postalCode: "75008", commune: "Paris" },
    });
    const row = await memberRow(cast.member.id);
    expect(row).toMatchObject({ email: "nouvelle.adresse@example.fr", phone: "+33142685300", postalCode: "75008" });
  });

  it("AUT-4: the change and its audit row are written together, with actor and request id", async () => {
    const res = await gql(db.current, cast.as.member, UPDATE, { variables: { input: { phone: "0611111111" } } });
    const [row] = await auditRows(res.requestId);
    expect(row).toMatchObject({
      actorRole: "MEMBER",
      actorId: cast.member.id,
      onBehalfOfMemberId: cast.member.id,
      operation: "updateMemberContact",
      targetIds: [cast.member.id],
      details: { fields: ["phone"] },
    });
  });

  it("MEM-4: a delegate's change is recorded as made by the delegate on behalf of the member", async () => {
    const res = await gql(db.current, cast.as.delegate, UPDATE, { variables: { input: { phone: "06 22 22 22 22" } } });
    expect(res.data!.updateMemberContact.userErrors).toEqual([]);
    expect((await memberRow(cast.member.id)).phone).toBe("+33622222222");
    const [row] = await auditRows(res.requestId);
    expect(row).toMatchObject({ actorRole: "DELEGATE", actorId: cast.delegate.id, onBehalfOfMemberId: cast.member.id });
  });

  it("AUT-3: a desk agent changes any member's contact, naming the member", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, UPDATE, {
      variables: { input: { memberId: cast.otherGid, phone: "0633333333" } },
    });
    expect(res.data!.updateMemberContact.userErrors).toEqual([]);
    expect((await memberRow(cast.other.id)).phone).toBe("+33633333333");
    const [row] = await auditRows(res.requestId);
    expect(row).toMatchObject({ actorRole: "DESK_AGENT", actorId: cast.staff.DESK_AGENT.id, onBehalfOfMemberId: cast.other.id });

    const missing = await gql(db.current, cast.as.DESK_AGENT, UPDATE, { variables: { input: { phone: "0633333333" } } });
    expect(refusalCodes(missing, "updateMemberContact")).toEqual(["MEMBER_ID_REQUIRED"]);
  });

  it("MEM-1: every invalid field is reported at once, in French by default, and nothing is written", async () => {
    const before = await memberRow(cast.member.id);
    const res = await gql(db.current, cast.as.member, UPDATE, {
      variables: {
        input: {
          email: "pas-un-email",
          phone: "+44 20 7946 0958",
          postalAddress: { line1: "", postalCode: "75009", commune: "Lyon" },
        },
      },
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.updateMemberContact;
    expect(payload.member).toBeNull();
    expect(payload.userErrors).toEqual([
      { code: "INVALID_EMAIL", rule: "MEM-1", field: ["input", "email"], message: "L'adresse e-mail n'est pas valide." },
      { code: "INVALID_PHONE", rule: "MEM-1", field: ["input", "phone"], message: "Le numéro de téléphone doit être un numéro français valide." },
      { code: "INVALID_ADDRESS_LINE", rule: "MEM-1", field: ["input", "postalAddress", "line1"], message: expect.stringContaining("120") },
      { code: "COMMUNE_MISMATCH", rule: "MEM-1", field: ["input", "postalAddress", "commune"], message: "La commune « Lyon » ne correspond pas au code postal 75009." },
    ]);
    expect(await memberRow(cast.member.id)).toEqual(before);
    expect(await auditRows(res.requestId)).toEqual([]);
  });

  it("MEM-1: messages are in English with Accept-Language: en", async () => {
    const res = await gql(db.current, cast.as.member, UPDATE, {
      variables: { input: { postalAddress: { line1: "1 rue X", postalCode: "99999", commune: "Nulle part" } } },
      locale: "en",
    });
    expect(res.data!.updateMemberContact.userErrors).toEqual([
      {
        code: "INVALID_POSTAL_CODE",
        rule: "MEM-1",
        field: ["input", "postalAddress", "postalCode"],
        message: "The postal code must have 5 digits and exist in France.",
      },
    ]);
  });

  it("MEM-1: an email already used by another member is refused, and nothing is written", async () => {
    const before = await memberRow(cast.member.id);
    const res = await gql(db.current, cast.as.member, UPDATE, { variables: { input: { email: cast.other.email.toUpperCase() } } });
    expect(res.errors).toBeUndefined();
    expect(refusals(res, "updateMemberContact")).toEqual([["EMAIL_TAKEN", "MEM-1"]]);
    expect(await memberRow(cast.member.id)).toEqual(before);
    expect(await auditRows(res.requestId)).toEqual([]);
  });

  it("ZON-1: a member cannot move their postal address out of the coverage zone; Monaco is refused", async () => {
    const before = await memberRow(cast.member.id);
    const lyon = await gql(db.current, cast.as.member, UPDATE, { variables: { input: { postalAddress: { line1: "1 place Bellecour", postalCode: "69002", commune: "Lyon" } } } });
    expect(refusals(lyon, "updateMemberContact")).toEqual([["OUT_OF_ZONE", "ZON-1"]]);
    const monaco = await gql(db.current, cast.as.member, UPDATE, { variables: { input: { postalAddress: { line1: "1 avenue X", postalCode: "98000", commune: "Monaco" } } } });
    expect(refusals(monaco, "updateMemberContact")).toEqual([["MONACO_EXCLUDED", "ZON-1"]]);
    expect(await memberRow(cast.member.id)).toEqual(before);
  });

  it("MEM-1: an empty change is refused with NOTHING_TO_UPDATE", async () => {
    const res = await gql(db.current, cast.as.member, UPDATE, { variables: { input: {} } });
    expect(refusalCodes(res, "updateMemberContact")).toEqual(["NOTHING_TO_UPDATE"]);
  });

  it("AUT-2: a member or delegate cannot change another member, even by naming them", async () => {
    for (const who of ["member", "delegate"] as const) {
      const before = await memberRow(cast.other.id);
      const res = await gql(db.current, cast.as[who], UPDATE, { variables: { input: { memberId: cast.otherGid, phone: "0644444444" } } });
      expect(refusals(res, "updateMemberContact")).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
      expect(await memberRow(cast.other.id)).toEqual(before);
    }
  });

  it.each(["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "AUT-1: %s may not change a member's contact, and nothing is written",
    async (who) => {
      const before = await memberRow(cast.member.id);
      const res = await gql(db.current, cast.as[who], UPDATE, { variables: { input: { memberId: cast.memberGid, phone: "0655555555" } } });
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
      expect(await memberRow(cast.member.id)).toEqual(before);
      expect(await auditRows(res.requestId)).toEqual([]);
    },
  );

  it("AUT-1: an anonymous caller may not change a member's contact", async () => {
    const res = await gql(db.current, null, UPDATE, { variables: { input: { memberId: cast.memberGid, phone: "0655555555" } } });
    expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
  });

  it("MEM-1: a malformed member id is a userError, not a crash", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, UPDATE, { variables: { input: { memberId: "💥", phone: "0655555555" } } });
    expect(refusalCodes(res, "updateMemberContact")).toEqual(["MEMBER_NOT_FOUND"]);
  });

  it("MEM-1: a member record created elsewhere keeps its other fields untouched", async () => {
    const m = await aMember(db.current, { nationality: "IT" });
    const res = await gql(db.current, cast.as.DESK_AGENT, UPDATE, {
      variables: { input: { memberId: (await import("../../../src/shared/relay.js")).toGlobalId("Member", m.id), email: "x@example.fr" } },
    });
    expect(res.data!.updateMemberContact.userErrors).toEqual([]);
    expect(await memberRow(m.id)).toMatchObject({ nationality: "IT", phone: m.phone, lastName: m.lastName, email: "x@example.fr" });
  });
});
