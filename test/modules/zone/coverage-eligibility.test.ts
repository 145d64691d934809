import { describe, expect, it } from "vitest";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";

const Q = `query($postalCode: String!, $commune: String!) {
  coverageEligibility(postalCode: $postalCode, commune: $commune) { eligible postalCode commune reasons { code rule field message } } }`;

describe("coverageEligibility", () => {
  const db = useTestDatabase();
  const check = async (postalCode: string, commune: string, locale: "fr" | "en" = "fr") => {
    const res = await gql(db.current, null, Q, { variables: { postalCode, commune }, locale });
    expect(res.errors).toBeUndefined();
    return res.data!.coverageEligibility;
  };

  it.each([
    ["75009", "Paris"],
    ["77300", "Fontainebleau"],
    ["78000", "Versailles"],
    ["91300", "Massy"],
    ["92100", "Boulogne-Billancourt"],
    ["93200", "Saint-Denis"],
    ["94300", "Vincennes"],
    ["95000", "Cergy"],
    ["83000", "Toulon"],
    ["84000", "Avignon"],
    ["06250", "Mougins"],
    ["13008", "Marseille"],
    ["13016", "Marseille 16e Arrondissement"],
    ["13100", "Aix-en-Provence"],
    ["13290", "Aix-en-Provence"],
  ])("ZON-1: %s %s is covered", async (postalCode, commune) => {
    const r = await check(postalCode, commune);
    expect(r).toMatchObject({ eligible: true, reasons: [] });
  });

  it.each([
    ["06400", "Cannes"],
    ["13400", "Aubagne"],
    ["13100", "Le Tholonet"],
    ["69001", "Lyon"],
    ["60000", "Beauvais"],
  ])("ZON-1: %s %s is outside the zone", async (postalCode, commune) => {
    const r = await check(postalCode, commune);
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((e: any) => [e.code, e.rule])).toEqual([["OUT_OF_ZONE", "ZON-1"]]);
  });

  it("ZON-1: Monaco is always refused, however it is written", async () => {
    for (const [postalCode, commune] of [
      ["98000", "Monaco"],
      ["98000", "Paris"],
      ["98000", ""],
    ]) {
      const r = await check(postalCode!, commune!);
      expect(r.eligible).toBe(false);
      expect(r.reasons.map((e: any) => e.code)).toEqual(["MONACO_EXCLUDED"]);
    }
    expect((await check("98000", "Monaco", "en")).reasons[0].message).toBe("Monaco is excluded from the coverage zone.");
  });

  it("ZON-1: an unknown postal code or a commune of another code is explained", async () => {
    expect((await check("99999", "Nulle")).reasons.map((e: any) => e.code)).toEqual(["INVALID_POSTAL_CODE"]);
    expect((await check("75009", "Marseille")).reasons.map((e: any) => e.code)).toEqual(["COMMUNE_MISMATCH"]);
    expect((await check("abc", "Paris")).reasons.map((e: any) => e.code)).toEqual(["INVALID_POSTAL_CODE"]);
  });

  it("ZON-1: the zone is data: a rule added to the table takes effect without a release", async () => {
    expect((await check("69001", "Lyon")).eligible).toBe(false);
    const { coverageZoneRules } = await import("../../../db/schema/index.js");
    await db.current.db.insert(coverageZoneRules).values({ postalCodePrefix: "69001", commune: "Lyon", covered: true, label: "test" });
    expect((await check("69001", "Lyon 1er Arrondissement")).eligible).toBe(true);
  });

  it("AUT-1: coverageEligibility is public: every role and anonymous callers may use it", async () => {
    const cast = await aCast(db.current);
    for (const actor of Object.values(cast.as)) {
      const res = await gql(db.current, actor, Q, { variables: { postalCode: "75009", commune: "Paris" } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.coverageEligibility.eligible).toBe(true);
    }
  });
});
