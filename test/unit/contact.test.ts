import { describe, expect, it } from "vitest";
import { checkPostalCode, foldCommune, normaliseEmail, normaliseFrenchPhone } from "../../src/shared/contact.js";

describe("normaliseEmail", () => {
  it("MEM-1: trims and accepts a valid address", () => {
    expect(normaliseEmail("  marie.curie@example.fr ")).toBe("marie.curie@example.fr");
  });

  it("MEM-1: refuses an address without @ or domain", () => {
    expect(normaliseEmail("marie.curie")).toBeNull();
    expect(normaliseEmail("marie@")).toBeNull();
    expect(normaliseEmail("")).toBeNull();
  });

  it("MEM-1: refuses an address longer than 254 characters", () => {
    const domain = ["b", "c", "d", "e"].map((l) => l.repeat(60)).join(".");
    const email = `${"a".repeat(60)}@${domain}.fr`;
    expect(email.length).toBeGreaterThan(254);
    expect(normaliseEmail(email)).toBeNull();
    const shorter = `${"a".repeat(60)}@${["b", "c", "d"].map((l) => l.repeat(60)).join(".")}.fr`;
    expect(normaliseEmail(shorter)).toBe(shorter);
  });
});

describe("normaliseFrenchPhone", () => {
  it("MEM-1: normalises a spaced mobile number to E.164", () => {
    expect(normaliseFrenchPhone("06 12 34 56 78")).toBe("+33612345678");
  });

  it("MEM-1: accepts an international landline", () => {
    expect(normaliseFrenchPhone("+33 1 42 68 53 00")).toBe("+33142685300");
  });

  it("MEM-1: accepts the 0033 international prefix", () => {
    expect(normaliseFrenchPhone("0033612345678")).toBe("+33612345678");
  });

  it("MEM-1: refuses a UK number", () => {
    expect(normaliseFrenchPhone("+44 20 7946 0958")).toBeNull();
  });

  it("MEM-1: refuses a too short number", () => {
    expect(normaliseFrenchPhone("123")).toBeNull();
  });

  it("MEM-1: refuses an over-long input", () => {
    expect(normaliseFrenchPhone(`06 12 34 56 78${" ".repeat(40)}`)).toBeNull();
  });
});

describe("checkPostalCode", () => {
  it("MEM-1: accepts Paris with an arrondissement postal code", () => {
    expect(checkPostalCode("75009", "Paris")).toEqual({ ok: true, commune: "Paris" });
  });

  it("MEM-1: accepts the official arrondissement name, whatever its case", () => {
    expect(checkPostalCode("75009", "paris 9e arrondissement")).toEqual({ ok: true, commune: "Paris 9e Arrondissement" });
  });

  it("MEM-1: accepts a commune without its hyphen and returns the official spelling", () => {
    expect(checkPostalCode("92100", "boulogne billancourt")).toEqual({ ok: true, commune: "Boulogne-Billancourt" });
  });

  it("MEM-1: accepts the St abbreviation for Saint", () => {
    expect(checkPostalCode("93400", "St-Ouen-sur-Seine")).toEqual({ ok: true, commune: "Saint-Ouen-sur-Seine" });
  });

  it("MEM-1: refuses a commune that does not belong to the postal code", () => {
    expect(checkPostalCode("75009", "Lyon")).toEqual({ ok: false, reason: "COMMUNE_MISMATCH" });
  });

  it("MEM-1: refuses an unknown postal code", () => {
    expect(checkPostalCode("99999", "X")).toEqual({ ok: false, reason: "INVALID_POSTAL_CODE" });
  });

  it("MEM-1: refuses a postal code that is not five digits", () => {
    expect(checkPostalCode("7500", "Paris")).toEqual({ ok: false, reason: "INVALID_POSTAL_CODE" });
    expect(checkPostalCode("75 009", "Paris")).toEqual({ ok: false, reason: "INVALID_POSTAL_CODE" });
  });
});

describe("foldCommune", () => {
  it("MEM-1: folds case, accents, punctuation and Saint/Sainte abbreviations", () => {
    expect(foldCommune("Ste-Geneviève-des-Bois")).toBe("SAINTE GENEVIEVE DES BOIS");
    expect(foldCommune("Villeneuve-St-Georges")).toBe("VILLENEUVE SAINT GEORGES");
  });
});
