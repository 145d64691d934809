import codesPostaux from "codes-postaux";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";

/** Contact-data checks shared by every module that records a person (MEM-1). Pure functions. */

const emailSchema = z.email();

export function normaliseEmail(raw: string): string | null {
  const email = raw.trim();
  if (email.length > 254) return null;
  return emailSchema.safeParse(email).success ? email : null;
}

/** A French number (metropolitan or overseas), returned in E.164; null if not a valid French number. */
export function normaliseFrenchPhone(raw: string): string | null {
  if (raw.length > 40) return null;
  const parsed = parsePhoneNumberFromString(raw.trim(), "FR");
  if (!parsed?.isValid()) return null;
  const french = ["FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF"];
  return parsed.country && french.includes(parsed.country) ? parsed.number : null;
}

/** Folds case, accents, hyphens and "St"/"Ste" abbreviations so "st-ouen" matches "Saint-Ouen". */
export function foldCommune(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim()
    .replace(/^STE /, "SAINTE ")
    .replace(/^ST /, "SAINT ")
    .replace(/ STE /g, " SAINTE ")
    .replace(/ ST /g, " SAINT ");
}

export type PostalCheck = { ok: true; commune: string } | { ok: false; reason: "INVALID_POSTAL_CODE" | "COMMUNE_MISMATCH" };

/**
 * Checks a postal code against the national postal-code base (La Poste / BAN, package codes-postaux)
 * and that the commune belongs to it. Returns the commune's official spelling.
 */
export function checkPostalCode(postalCode: string, commune: string): PostalCheck {
  if (!/^[0-9]{5}$/.test(postalCode)) return { ok: false, reason: "INVALID_POSTAL_CODE" };
  const entries = codesPostaux.find(postalCode);
  if (entries.length === 0) return { ok: false, reason: "INVALID_POSTAL_CODE" };
  const wanted = foldCommune(commune);
  const match = entries.find((e) => foldCommune(e.nomCommune) === wanted || foldCommune(e.libelleAcheminement) === wanted);
  if (!match) return { ok: false, reason: "COMMUNE_MISMATCH" };
  // Arrondissements ("Paris 9e Arrondissement") are matched by their routing name; keep the caller's city name then.
  return { ok: true, commune: foldCommune(match.nomCommune) === wanted ? match.nomCommune : titleCase(match.libelleAcheminement) };
}

function titleCase(upper: string): string {
  return upper.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
