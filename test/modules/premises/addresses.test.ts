import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addresses } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, refusals } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, actors, anAddress } from "../../support/factories.js";
import {
  ADD_ADDRESS,
  REMOVE_ADDRESS,
  SHIELD_REFUSED_ROLES,
  UPDATE_ELIGIBILITY,
  addressGid,
  addressInput,
  expectRefusedAsUserError,
  expectRefusedByShield,
} from "./premises.support.js";

describe("addAddress", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  const activeOf = async (memberId: string) =>
    db.current.db
      .select()
      .from(addresses)
      .where(and(eq(addresses.memberId, memberId), isNull(addresses.removedAt)));

  it("ADR-1: a member declares their main address; the commune is stored in its official spelling, audited", async () => {
    const m = await aMember(db.current);
    const res = await gql(db.current, actors.member(m), ADD_ADDRESS, {
      variables: { input: addressInput({ kind: "MAIN", label: " Maison ", line1: " 10 rue Halévy ", postalCode: "75009", commune: "paris" }) },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addAddress.userErrors).toEqual([]);
    expect(res.data!.addAddress.address).toMatchObject({
      kind: "MAIN",
      label: "Maison",
      line1: "10 rue Halévy",
      line2: null,
      postalCode: "75009",
      commune: "Paris",
      fiberEligible: true,
      adslEligible: false,
      removedAt: null,
      lines: [],
    });
    const [row] = await activeOf(m.id);
    expect(toGlobalId("Address", row!.id)).toBe(res.data!.addAddress.address.id);
    expect(row!.createdAt.toISOString()).toBe("2026-11-26T10:00:00.000Z");
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "addAddress", actorRole: "MEMBER", onBehalfOfMemberId: m.id, targetIds: [row!.id] });
  });

  it("ADR-1: a second main address is refused while one is active, and nothing is written", async () => {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id, { kind: "MAIN" });
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), ADD_ADDRESS, { variables: { input: addressInput({ kind: "MAIN" }) } }),
      [m.id],
      "addAddress",
    );
    expect(errors).toEqual([["MAIN_ADDRESS_EXISTS", "ADR-1"]]);
    expect(userErrors[0]!.field).toEqual(["input", "kind"]);
    expect(userErrors[0]!.message).toContain("adresse principale");
  });

  it("ADR-1: once the main address is removed, a new one can be declared", async () => {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id, { kind: "MAIN", removedAt: new Date("2026-11-10T10:00:00Z") });
    const res = await gql(db.current, actors.member(m), ADD_ADDRESS, { variables: { input: addressInput({ kind: "MAIN" }) } });
    expect(res.data!.addAddress.userErrors).toEqual([]);
    expect((await activeOf(m.id)).map((a) => a.kind)).toEqual(["MAIN"]);
  });

  it("ADR-2: five extra sites are accepted, the sixth is refused with the limit in the message", async () => {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id, { kind: "MAIN" });
    for (let i = 0; i < 5; i++) {
      const res = await gql(db.current, actors.member(m), ADD_ADDRESS, { variables: { input: addressInput({ label: `Site ${i}` }) } });
      expect(res.data!.addAddress.userErrors).toEqual([]);
    }
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), ADD_ADDRESS, { variables: { input: addressInput() }, locale: "en" }),
      [m.id],
      "addAddress",
    );
    expect(errors).toEqual([["EXTRA_SITES_LIMIT", "ADR-2"]]);
    expect(userErrors[0]!.message).toBe("At most 5 extra sites per member: the limit is reached.");
    expect((await activeOf(m.id)).filter((a) => a.kind === "EXTRA_SITE")).toHaveLength(5);
  });

  it("ADR-2: a removed extra site frees its place", async () => {
    const m = await aMember(db.current);
    for (let i = 0; i < 5; i++) await anAddress(db.current, m.id, { kind: "EXTRA_SITE", removedAt: i === 0 ? new Date("2026-11-20T10:00:00Z") : null });
    const res = await gql(db.current, actors.member(m), ADD_ADDRESS, { variables: { input: addressInput() } });
    expect(res.data!.addAddress.userErrors).toEqual([]);
  });

  it.each([
    ["98000", "Monaco", "MONACO_EXCLUDED", ["input", "postalCode"]],
    ["06400", "Cannes", "OUT_OF_ZONE", ["input", "postalCode"]],
    ["69001", "Lyon", "OUT_OF_ZONE", ["input", "postalCode"]],
    ["13400", "Aubagne", "OUT_OF_ZONE", ["input", "postalCode"]],
    ["75009", "Lyon", "COMMUNE_MISMATCH", ["input", "commune"]],
    ["7500", "Paris", "INVALID_POSTAL_CODE", ["input", "postalCode"]],
  ])("ZON-2: an address at %s %s is refused (%s) and nothing is written", async (postalCode, commune, code, field) => {
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.member, ADD_ADDRESS, { variables: { input: addressInput({ postalCode, commune }) } }),
      [cast.member.id],
      "addAddress",
    );
    expect(errors).toEqual([[code, "ZON-2"]]);
    expect(userErrors[0]!.field).toEqual(field);
  });

  it("ZON-2: addresses in Mougins, Marseille and Aix-en-Provence are accepted as service addresses", async () => {
    const m = await aMember(db.current);
    for (const [postalCode, commune] of [
      ["06250", "Mougins"],
      ["13008", "Marseille"],
      ["13100", "Aix-en-Provence"],
    ]) {
      const res = await gql(db.current, actors.member(m), ADD_ADDRESS, { variables: { input: addressInput({ postalCode, commune }) } });
      expect(res.data!.addAddress.userErrors).toEqual([]);
      expect(res.data!.addAddress.address.postalCode).toBe(postalCode);
    }
  });

  it("ZON-2: every problem is reported at once, in French by default", async () => {
    const { userErrors } = await expectRefusedAsUserError(
      db.current,
      () =>
        gql(db.current, cast.as.member, ADD_ADDRESS, {
          variables: { input: addressInput({ line1: "  ", label: "x".repeat(61), postalCode: "98000", commune: "Monaco" }) },
        }),
      [cast.member.id],
      "addAddress",
    );
    expect(userErrors).toEqual([
      { code: "INVALID_TEXT", rule: null, field: ["input", "label"], message: "Ce champ doit contenir entre 1 et 60 caractères." },
      { code: "INVALID_TEXT", rule: null, field: ["input", "line1"], message: "Ce champ doit contenir entre 1 et 120 caractères." },
      {
        code: "MONACO_EXCLUDED",
        rule: "ZON-2",
        field: ["input", "postalCode"],
        message: "Monaco est exclu de la zone de couverture : aucun service à domicile n'y est possible.",
      },
    ]);
  });

  it("MEM-4: a delegate adds an address to their member, audited as on behalf of the member", async () => {
    const res = await gql(db.current, cast.as.delegate, ADD_ADDRESS, { variables: { input: addressInput({ label: "Bureau" }) } });
    expect(res.data!.addAddress.userErrors).toEqual([]);
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ actorRole: "DELEGATE", actorId: cast.delegate.id, onBehalfOfMemberId: cast.member.id, operation: "addAddress" });
  });

  it("AUT-3: a desk agent adds an address to a member they name; without a member it is refused", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, ADD_ADDRESS, { variables: { input: addressInput({ memberId: cast.otherGid }) } });
    expect(res.data!.addAddress.userErrors).toEqual([]);
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ actorRole: "DESK_AGENT", onBehalfOfMemberId: cast.other.id });

    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, ADD_ADDRESS, { variables: { input: addressInput() } }),
      [cast.member.id, cast.other.id],
      "addAddress",
    );
    expect(errors).toEqual([["MEMBER_ID_REQUIRED", null]]);
  });

  it("AUT-2: a member or delegate naming another member is refused, and nothing is written", async () => {
    for (const who of ["member", "delegate"] as const) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as[who], ADD_ADDRESS, { variables: { input: addressInput({ memberId: cast.otherGid }) } }),
        [cast.member.id, cast.other.id],
        "addAddress",
      );
      expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    }
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.otherMember, ADD_ADDRESS, { variables: { input: addressInput({ memberId: cast.memberGid }) } }),
      [cast.member.id, cast.other.id],
      "addAddress",
    );
    expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
  });

  it("MEM-2: a terminated member's addresses can no longer be added to, even by the desk", async () => {
    const m = await aMember(db.current, { status: "TERMINATED", terminatedAt: new Date("2026-10-01T00:00:00Z") });
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, ADD_ADDRESS, { variables: { input: addressInput({ memberId: toGlobalId("Member", m.id) }) } }),
      [m.id],
      "addAddress",
    );
    expect(errors).toEqual([["MEMBERSHIP_CLOSED", "MEM-2"]]);
  });

  it.each(SHIELD_REFUSED_ROLES)("AUT-1: %s may not add an address, and nothing is written", async (who) => {
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], ADD_ADDRESS, { variables: { input: addressInput({ memberId: cast.memberGid }) } }), [
      cast.member.id,
    ]);
  });

  it("AUT-1: an anonymous caller may not add an address", async () => {
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, ADD_ADDRESS, { variables: { input: addressInput({ memberId: cast.memberGid }) } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("removeAddress and updateAddressEligibility", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it("ADR-1: a member removes an address; it is soft-removed, no longer listed, and audited", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    const res = await gql(db.current, cast.as.member, REMOVE_ADDRESS, { variables: { input: { addressId: addressGid(address) } } });
    expect(res.data!.removeAddress).toMatchObject({
      address: { id: addressGid(address), removedAt: "2026-11-26T10:00:00.000Z" },
      removedLines: [],
      optionEnded: false,
      userErrors: [],
    });
    const [row] = await db.current.db.select().from(addresses).where(eq(addresses.id, address.id));
    expect(row!.removedAt).not.toBeNull();
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "removeAddress", actorRole: "MEMBER", onBehalfOfMemberId: cast.member.id, targetIds: [address.id] });
  });

  it("ADR-2: a delegate and the desk remove an address of the member", async () => {
    for (const who of ["delegate", "DESK_AGENT"] as const) {
      const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
      const res = await gql(db.current, cast.as[who], REMOVE_ADDRESS, { variables: { input: { addressId: addressGid(address) } } });
      expect(res.data!.removeAddress.userErrors).toEqual([]);
      const [audit] = await auditRowsOf(db.current, res.requestId);
      expect(audit).toMatchObject({ operation: "removeAddress", actorRole: who === "delegate" ? "DELEGATE" : "DESK_AGENT", onBehalfOfMemberId: cast.member.id });
    }
  });

  it("AUT-2: another member, a delegate of another member, an already removed address and a malformed id are refused as not found", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    const removed = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE", removedAt: new Date("2026-11-20T10:00:00Z") });
    const cases: [keyof typeof cast.as, string][] = [
      ["otherMember", addressGid(address)],
      ["member", addressGid(removed)],
      ["member", "not-an-id"],
      ["member", toGlobalId("Member", address.id)],
    ];
    for (const [who, addressId] of cases) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as[who], REMOVE_ADDRESS, { variables: { input: { addressId } } }),
        [cast.member.id, cast.other.id],
        "removeAddress",
      );
      expect(errors).toEqual([["ADDRESS_NOT_FOUND", "AUT-2"]]);
    }
  });

  it.each(SHIELD_REFUSED_ROLES)("AUT-1: %s may not remove an address, and nothing is written", async (who) => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], REMOVE_ADDRESS, { variables: { input: { addressId: addressGid(address) } } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller may not remove an address", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, REMOVE_ADDRESS, { variables: { input: { addressId: addressGid(address) } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });

  it("AUT-3: the desk records Orange's eligibility test for an address; it is audited", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE", fiberEligible: false, adslEligible: false });
    const res = await gql(db.current, cast.as.DESK_AGENT, UPDATE_ELIGIBILITY, {
      variables: { input: { addressId: addressGid(address), fiberEligible: true } },
    });
    expect(res.data!.updateAddressEligibility).toEqual({
      address: { id: addressGid(address), fiberEligible: true, adslEligible: false },
      userErrors: [],
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "updateAddressEligibility", actorRole: "DESK_AGENT", details: { fiberEligible: true } });

    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, UPDATE_ELIGIBILITY, { variables: { input: { addressId: addressGid(address) } } }),
      [cast.member.id],
      "updateAddressEligibility",
    );
    expect(errors).toEqual([["NOTHING_TO_UPDATE", null]]);
  });

  it.each(["member", "delegate", ...SHIELD_REFUSED_ROLES] as const)("AUT-1: %s may not record an eligibility test, and nothing is written", async (who) => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, cast.as[who], UPDATE_ELIGIBILITY, { variables: { input: { addressId: addressGid(address), adslEligible: true } } }),
      [cast.member.id],
    );
  });

  it("AUT-1: an anonymous caller may not record an eligibility test", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, UPDATE_ELIGIBILITY, { variables: { input: { addressId: addressGid(address), adslEligible: true } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });

  it("AUT-2: the desk gets ADDRESS_NOT_FOUND for a removed address", async () => {
    const removed = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE", removedAt: new Date("2026-11-20T10:00:00Z") });
    const res = await gql(db.current, cast.as.DESK_AGENT, UPDATE_ELIGIBILITY, { variables: { input: { addressId: addressGid(removed), adslEligible: true } } });
    expect(refusals(res, "updateAddressEligibility")).toEqual([["ADDRESS_NOT_FOUND", "AUT-2"]]);
  });
});
