import { count } from "drizzle-orm";
import { expect } from "vitest";
import { announcements, auditLog, tariffs } from "../../../db/schema/index.js";
import type { Actor } from "../../../src/authz/actor.js";
import { ManualClock } from "../../../src/shared/clock.js";
import type { Database } from "../../../src/shared/db.js";
import { errorCodes, gql, type GqlResult } from "../../support/api.js";

export const TARIFF = `code ttcCents htCents vatCents effectiveOn announcedAt`;
const ERRORS = `userErrors { code message field rule }`;
export const TARIFFS = `query($on: LocalDate) { tariffs(on: $on) { ${TARIFF} } }`;
export const HISTORY = `query($code: TariffCode!) { tariffHistory(code: $code) { ${TARIFF} } }`;
export const SCHEDULE = `mutation($input: ScheduleTariffChangeInput!) { scheduleTariffChange(input: $input) { tariff { ${TARIFF} } ${ERRORS} } }`;

export const at = (iso: string) => new ManualClock(iso);
/** Thursday 26 November 2026, 11:00 Paris: the tests' "now". */
export const NOW = "2026-11-26T10:00:00Z";

export function schedule(db: Database, actor: Actor | null, input: { code: string; ttcCents: number; effectiveOn: string }, clock = at(NOW)): Promise<GqlResult> {
  return gql(db, actor, SCHEDULE, { variables: { input }, clock });
}

/** What a refusal must leave untouched: tariffs, announcements, audit rows. */
export async function tariffState(db: Database) {
  const [t] = await db.db.select({ n: count() }).from(tariffs);
  const [a] = await db.db.select({ n: count() }).from(announcements);
  const [l] = await db.db.select({ n: count() }).from(auditLog);
  return { tariffs: t!.n, announcements: a!.n, audit: l!.n };
}

export async function expectShieldRefusal(db: Database, run: () => Promise<GqlResult>, code = "FORBIDDEN") {
  const before = await tariffState(db);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await tariffState(db)).toEqual(before);
}

/** A refusal as userErrors: nothing written; returns `code/rule` strings. */
export async function expectUserErrors(db: Database, run: () => Promise<GqlResult>): Promise<string[]> {
  const before = await tariffState(db);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(res.data!.scheduleTariffChange.tariff).toBeNull();
  expect(await tariffState(db)).toEqual(before);
  return res.data!.scheduleTariffChange.userErrors.map((e: { code: string; rule: string }) => `${e.code}/${e.rule}`);
}
