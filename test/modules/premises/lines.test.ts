import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { internetLines } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, refusals } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aLine, aMember, actors, anAddress } from "../../support/factories.js";
import { ADD_LINE, REMOVE_LINE, SHIELD_REFUSED_ROLES, activeLinesAt, addressGid, expectRefusedAsUserError, expectRefusedByShield, holderOf, lineGid } from "./premises.support.js";

describe("addInternetLine", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  const lineInput = (address: { id: string }, member: { lastName: string; firstName: string }, overrides: Record<string, unknown> = {}) => ({
    addressId: addressGid(address),
    operator: "ORANGE",
    offer: "RESIDENTIAL_INTERNET",
    technology: "FIBER",
    holder: holderOf(member),
    ...overrides,
  });

  it("LIN-1: a member records an Orange fiber line at their address; it is eligible and audited", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    const res = await gql(db.current, cast.as.member, ADD_LINE, {
      variables: { input: lineInput(address, cast.member, { offer: "PRO_INTERNET", technology: "VDSL", reference: " 0142685300 " }) },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addInternetLine).toMatchObject({
      line: {
        operator: "ORANGE",
        offer: "PRO_INTERNET",
        technology: "VDSL",
        reference: "0142685300",
        eligible: true,
        ineligibilityReason: null,
        address: { id: addressGid(address) },
      },
      userErrors: [],
    });
    const [row] = await activeLinesAt(db.current, address.id);
    expect(lineGid(row!)).toBe(res.data!.addInternetLine.line.id);
    expect(row!.memberId).toBe(cast.member.id);
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "addInternetLine", actorRole: "MEMBER", onBehalfOfMemberId: cast.member.id, targetIds: [row!.id, address.id] });
  });

  it.each([
    ["ORANGE", "RESIDENTIAL_INTERNET", "ADSL"],
    ["ORANGE", "RESIDENTIAL_INTERNET", "VDSL"],
    ["ORANGE", "PRO_INTERNET", "FIBER"],
  ])("LIN-1: %s %s over %s is eligible", async (operator, offer, technology) => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    const res = await gql(db.current, cast.as.member, ADD_LINE, { variables: { input: lineInput(address, cast.member, { operator, offer, technology }) } });
    expect(res.data!.addInternetLine.line).toMatchObject({ eligible: true, ineligibilityReason: null });
  });

  it.each([
    ["ORANGE", "FIXED_ONLY", "ADSL", "INCOMPATIBLE_OFFER"],
    ["ORANGE", "FIXED_PABX", "FIBER", "INCOMPATIBLE_OFFER"],
    ["ORANGE", "CONNECT_PRO", "FIBER", "INCOMPATIBLE_OFFER"],
    ["ORANGE", "MULTI_LINE", "VDSL", "INCOMPATIBLE_OFFER"],
    ["ORANGE", "PRO_OFFICE", "FIBER", "INCOMPATIBLE_OFFER"],
    ["THIRD_PARTY", "RESIDENTIAL_INTERNET", "FIBER", "THIRD_PARTY_OPERATOR"],
    ["ORANGE", "RESIDENTIAL_INTERNET", "ROUTER_4G", "INELIGIBLE_TECHNOLOGY"],
  ])("LIN-2: %s %s over %s is recorded but not eligible (%s)", async (operator, offer, technology, reason) => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    const res = await gql(db.current, cast.as.member, ADD_LINE, { variables: { input: lineInput(address, cast.member, { operator, offer, technology }) } });
    expect(res.data!.addInternetLine).toMatchObject({ line: { eligible: false, ineligibilityReason: reason }, userErrors: [] });
    expect(await activeLinesAt(db.current, address.id)).toHaveLength(1);
  });

  it("LIN-3: the third line at one address is refused, counting ineligible lines too; another address is unaffected", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    await aLine(db.current, address);
    await aLine(db.current, address, { operator: "THIRD_PARTY" });
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.member, ADD_LINE, { variables: { input: lineInput(address, cast.member) } }),
      [cast.member.id],
      "addInternetLine",
    );
    expect(errors).toEqual([["LINES_PER_ADDRESS_LIMIT", "LIN-3"]]);
    expect(userErrors[0]!.message).toBe("Au plus 2 abonnements internet par adresse : la limite est atteinte pour cette adresse.");

    const second = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    const res = await gql(db.current, cast.as.member, ADD_LINE, { variables: { input: lineInput(second, cast.member) } });
    expect(res.data!.addInternetLine.userErrors).toEqual([]);
  });

  it("LIN-3: a removed line frees its place at the address", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    await aLine(db.current, address);
    await aLine(db.current, address, { removedAt: new Date("2026-11-20T10:00:00Z") });
    const res = await gql(db.current, cast.as.member, ADD_LINE, { variables: { input: lineInput(address, cast.member) } });
    expect(res.data!.addInternetLine.userErrors).toEqual([]);
  });

  it("LIN-3: a line in another person's name is refused, and nothing is written", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () =>
        gql(db.current, cast.as.member, ADD_LINE, {
          variables: { input: lineInput(address, cast.member, { holder: { lastName: cast.member.lastName, firstName: "Marcel" } }) },
          locale: "en",
        }),
      [cast.member.id],
      "addInternetLine",
    );
    expect(errors).toEqual([["HOLDER_NOT_MEMBER", "LIN-3"]]);
    expect(userErrors[0]!.field).toEqual(["input", "holder"]);
    expect(userErrors[0]!.message).toBe(`The line must be in the member's name (${cast.member.firstName} ${cast.member.lastName}).`);
  });

  it("LIN-3: names in other scripts are compared letter by letter, not folded away", async () => {
    const m = await aMember(db.current, { lastName: "Иванов", firstName: "Иван" });
    const address = await anAddress(db.current, m.id);
    for (const holder of [
      { lastName: "Петров", firstName: "Пётр" },
      { lastName: "王", firstName: "—" },
    ]) {
      const res = await gql(db.current, actors.member(m), ADD_LINE, { variables: { input: lineInput(address, holder) } });
      expect(refusals(res, "addInternetLine")).toEqual([["HOLDER_NOT_MEMBER", "LIN-3"]]);
    }
    const same = await gql(db.current, actors.member(m), ADD_LINE, { variables: { input: lineInput(address, { lastName: "иванов", firstName: "ИВАН" }) } });
    expect(same.data!.addInternetLine.userErrors).toEqual([]);
  });

  it("LIN-3: the holder's name is compared without case, accents, hyphens or extra spaces", async () => {
    const m = await aMember(db.current, { lastName: "Lefèvre-Œuvray", firstName: "Jean-Noël" });
    const address = await anAddress(db.current, m.id);
    const res = await gql(db.current, actors.member(m), ADD_LINE, {
      variables: { input: lineInput(address, { lastName: "  LEFEVRE OEUVRAY ", firstName: "jean noel" }) },
    });
    expect(res.data!.addInternetLine.userErrors).toEqual([]);
  });

  it("LIN-3: a line at another member's address, at a removed address, or with a malformed id is refused as not found", async () => {
    const others = await anAddress(db.current, cast.other.id);
    const removed = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE", removedAt: new Date("2026-11-20T10:00:00Z") });
    for (const addressId of [addressGid(others), addressGid(removed), "nope", toGlobalId("InternetLine", others.id)]) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as.member, ADD_LINE, { variables: { input: { ...lineInput(others, cast.member), addressId } } }),
        [cast.member.id, cast.other.id],
        "addInternetLine",
      );
      expect(errors).toEqual([["ADDRESS_NOT_FOUND", "AUT-2"]]);
    }
  });

  it("LIN-1: an empty holder name and a too long reference are reported together", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    const { userErrors } = await expectRefusedAsUserError(
      db.current,
      () =>
        gql(db.current, cast.as.member, ADD_LINE, {
          variables: { input: lineInput(address, cast.member, { reference: "9".repeat(41), holder: { lastName: " ", firstName: "Jeanne" } }) },
        }),
      [cast.member.id],
      "addInternetLine",
    );
    expect(userErrors.map((e) => e.field)).toEqual([
      ["input", "reference"],
      ["input", "holder", "lastName"],
    ]);
  });

  it("MEM-4: a delegate and the desk add a line for the member (the holder is still the member)", async () => {
    for (const who of ["delegate", "DESK_AGENT"] as const) {
      const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
      const res = await gql(db.current, cast.as[who], ADD_LINE, { variables: { input: lineInput(address, cast.member) } });
      expect(res.data!.addInternetLine.userErrors).toEqual([]);
      const [audit] = await auditRowsOf(db.current, res.requestId);
      expect(audit).toMatchObject({ operation: "addInternetLine", onBehalfOfMemberId: cast.member.id, actorRole: who === "delegate" ? "DELEGATE" : "DESK_AGENT" });
    }
  });

  it.each(SHIELD_REFUSED_ROLES)("AUT-1: %s may not add a line, and nothing is written", async (who) => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], ADD_LINE, { variables: { input: lineInput(address, cast.member) } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller may not add a line", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    await expectRefusedByShield(db.current, () => gql(db.current, null, ADD_LINE, { variables: { input: lineInput(address, cast.member) } }), [cast.member.id], "UNAUTHENTICATED");
  });
});

describe("removeInternetLine", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it.each(["member", "delegate", "DESK_AGENT"] as const)("LIN-3: %s removes a line of the member; it is soft-removed and audited", async (who) => {
    const line = await aLine(db.current, await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" }));
    const res = await gql(db.current, cast.as[who], REMOVE_LINE, { variables: { input: { lineId: lineGid(line) } } });
    expect(res.data!.removeInternetLine).toMatchObject({
      line: { id: lineGid(line), removedAt: "2026-11-26T10:00:00.000Z" },
      optionEnded: false,
      userErrors: [],
    });
    const [row] = await db.current.db.select().from(internetLines).where(eq(internetLines.id, line.id));
    expect(row!.removedAt).not.toBeNull();
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "removeInternetLine", onBehalfOfMemberId: cast.member.id, targetIds: [line.id, line.addressId] });
  });

  it("AUT-2: another member's line, a removed line and a malformed id are refused as not found, and nothing is written", async () => {
    const address = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    const line = await aLine(db.current, address);
    const removed = await aLine(db.current, address, { removedAt: new Date("2026-11-20T10:00:00Z") });
    const cases: [keyof typeof cast.as, string][] = [
      ["otherMember", lineGid(line)],
      ["member", lineGid(removed)],
      ["member", "%%%"],
      ["member", addressGid(address)],
    ];
    for (const [who, lineId] of cases) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as[who], REMOVE_LINE, { variables: { input: { lineId } } }),
        [cast.member.id, cast.other.id],
        "removeInternetLine",
      );
      expect(errors).toEqual([["LINE_NOT_FOUND", "AUT-2"]]);
    }
  });

  it.each(SHIELD_REFUSED_ROLES)("AUT-1: %s may not remove a line, and nothing is written", async (who) => {
    const line = await aLine(db.current, await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" }));
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], REMOVE_LINE, { variables: { input: { lineId: lineGid(line) } } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller may not remove a line", async () => {
    const line = await aLine(db.current, await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" }));
    await expectRefusedByShield(db.current, () => gql(db.current, null, REMOVE_LINE, { variables: { input: { lineId: lineGid(line) } } }), [cast.member.id], "UNAUTHENTICATED");
  });
});
