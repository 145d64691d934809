import { eq, inArray, sql } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog, proServiceRequests, quoteLines, quoteRequests, quotes } from "../../../db/schema/index.js";
import { priceLines } from "../../../src/modules/quotes/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, refusals, type GqlResult } from "../../support/api.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";

type Purpose = (typeof quoteRequests.$inferInsert)["purpose"];
type Status = (typeof quotes.$inferInsert)["status"];

export const requestGid = (row: { id: string }) => toGlobalId("QuoteRequest", row.id);

/** The technician serves the member: the desk assigned them the member's Univers Pro study, which they recorded (membersServedBy). */
export async function aServingTechnician(db: Database, technicianId: string, memberId: string) {
  const [request] = await db.db
    .insert(quoteRequests)
    .values({
      memberId,
      purpose: "PRO_SERVICE",
      description: "Réseau du cabinet",
      requestedAt: new Date("2026-11-10T09:00:00Z"),
      requestedByRole: "TECHNICIAN",
      requestedById: technicianId,
    })
    .returning();
  await db.db.insert(proServiceRequests).values({
    memberId,
    service: "NETWORK_SECURITY",
    description: "Réseau du cabinet",
    status: "STUDY_DONE",
    requestedAt: new Date("2026-11-09T09:00:00Z"),
    requestedByRole: "MEMBER",
    studySummary: "Pare-feu",
    studyDoneAt: new Date("2026-11-10T09:00:00Z"),
    studyByRole: "TECHNICIAN",
    studyById: technicianId,
    technicianId,
    quoteRequestId: request!.id,
  });
  return request!;
}
export const quoteGid = (row: { id: string }) => toGlobalId("Quote", row.id);

export const QUOTE_FIELDS = `id reference memberId purpose status validUntil totalTtcCents totalHtCents totalVatCents issuedAt decidedAt decidedByRole replacedAt
  lines { position label quantity unitTtcCents ttcCents htCents vatCents }`;
export const REQUEST_FIELDS = `id memberId purpose description requestedAt requestedByRole status currentQuote { id status } quotes { id status }`;

const mutation = (name: string, input: string, payload: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${payload} userErrors { code message field rule } } }`;
export const REQUEST_QUOTE = mutation("requestQuote", "RequestQuoteInput", `request { ${REQUEST_FIELDS} }`);
export const ISSUE = mutation("issueQuote", "IssueQuoteInput", `quote { ${QUOTE_FIELDS} }`);
export const ACCEPT = mutation("acceptQuote", "DecideQuoteInput", `quote { ${QUOTE_FIELDS} }`);
export const DECLINE = mutation("declineQuote", "DecideQuoteInput", `quote { ${QUOTE_FIELDS} }`);

/** A quote request written directly. */
export async function aQuoteRequest(db: Database, memberId: string, overrides: Partial<typeof quoteRequests.$inferInsert> = {}) {
  const [row] = await db.db
    .insert(quoteRequests)
    .values({
      memberId,
      purpose: "EQUIPMENT_STUDY" as Purpose,
      description: "Étude d'un NAS hors liste",
      requestedAt: new Date("2026-11-20T09:00:00Z"),
      requestedByRole: "MEMBER",
      requestedById: memberId,
      ...overrides,
    })
    .returning();
  return row!;
}

/** A quote written directly (status and dates as given), with its lines priced like the service does. */
export async function aQuote(
  db: Database,
  request: { id: string; memberId: string },
  options: { status?: Status; validUntil?: string; lines?: { label: string; quantity: number; unitTtcCents: number }[]; decidedAt?: Date; issuedAt?: Date } = {},
) {
  const status = options.status ?? "ISSUED";
  const priced = priceLines(options.lines ?? [{ label: "Prestation", quantity: 1, unitTtcCents: 120_000 }]);
  const issuedAt = options.issuedAt ?? new Date("2026-11-21T09:00:00Z");
  const decided = status === "ACCEPTED" || status === "DECLINED";
  const [row] = await db.db
    .insert(quotes)
    .values({
      requestId: request.id,
      memberId: request.memberId,
      status,
      validUntil: options.validUntil ?? "2026-12-31",
      totalTtcCents: priced.totals.ttcCents,
      totalHtCents: priced.totals.htCents,
      totalVatCents: priced.totals.vatCents,
      issuedAt,
      issuedByRole: "DESK_AGENT",
      issuedById: "00000000-0000-0000-0000-000000000001",
      ...(decided ? { decidedAt: options.decidedAt ?? new Date("2026-11-22T09:00:00Z"), decidedByRole: "MEMBER", decidedById: request.memberId } : {}),
      ...(status === "REPLACED" ? { replacedAt: new Date("2026-11-22T09:00:00Z") } : {}),
    })
    .returning();
  await db.db.insert(quoteLines).values(priced.lines.map((l) => ({ ...l, quoteId: row!.id })));
  return row!;
}

/** A request of this purpose with one quote in this status. */
export async function aQuotedRequest(db: Database, memberId: string, purpose: Purpose, options: Parameters<typeof aQuote>[2] = {}) {
  const request = await aQuoteRequest(db, memberId, { purpose });
  const quote = await aQuote(db, request, options);
  return { request, quote };
}

export async function quoteState(db: Database, memberIds: string[]) {
  const [requests, quoteRows, lines, auditCount] = await Promise.all([
    db.db.select().from(quoteRequests).where(inArray(quoteRequests.memberId, memberIds)).orderBy(quoteRequests.id),
    db.db.select().from(quotes).where(inArray(quotes.memberId, memberIds)).orderBy(quotes.id),
    db.db.select({ line: quoteLines }).from(quoteLines).innerJoin(quotes, eq(quotes.id, quoteLines.quoteId)).where(inArray(quotes.memberId, memberIds)).orderBy(quoteLines.id),
    countRows(db, auditLog),
  ]);
  return { requests, quotes: quoteRows, lines, auditCount };
}

export async function expectShieldRefusal(db: Database, run: () => Promise<GqlResult>, memberIds: string[], code = "FORBIDDEN") {
  const before = await quoteState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await quoteState(db, memberIds)).toEqual(before);
}

/** Runs a refused mutation: no error, the database unchanged, no audit row; returns [code, rule] pairs. */
export async function expectUserErrors(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string) {
  const before = await quoteState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(res.data![field].userErrors.length).toBeGreaterThan(0);
  expect(await quoteState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  return refusals(res, field);
}

/** Raw SQL rows on either driver: postgres.js returns the rows, PGlite a result with `rows`. */
export async function rawRows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await db.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
