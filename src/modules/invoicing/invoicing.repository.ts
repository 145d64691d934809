import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, notExists, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { members } from "../../../db/schema/members.js";
import { payers } from "../../../db/schema/people.js";
import { addresses } from "../../../db/schema/premises.js";
import { optionSubscriptions } from "../../../db/schema/options.js";
import { mailboxPacks } from "../../../db/schema/mailboxes.js";
import { conciergePrivileges } from "../../../db/schema/concierge.js";
import { billingRuns, equipmentPurchases, invoiceLines, invoices, invoiceSequences, payerItemKinds, tariffs } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import type { DraftInvoice } from "./invoicing.compute.js";
import type { InvoiceRow } from "./invoicing.mappers.js";

/** Rows per multi-row INSERT: far below PostgreSQL's 65 535 bind parameters. */
const INSERT_CHUNK = 1000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * `column IN (ids)` plus the ids' range. A batch's members are consecutive in id order (keyset by
 * id), so the range is narrow and exact enough for the planner to read the batch's rows through
 * the member index. The IN list alone it estimates badly on tables the run itself is filling
 * (invoices, invoice_lines: not yet analysed), and it then scanned them whole at every batch: the
 * 100,000-member run took 17 times the 10,000 one (issue 15). Lower-case uuid text sorts as
 * PostgreSQL sorts uuids.
 */
function ofBatch(column: AnyPgColumn, ids: string[]): SQL {
  if (ids.length === 0) return inArray(column, ids);
  const sorted = ids.map((id) => id.toLowerCase()).sort();
  return and(inArray(column, ids), gte(column, sorted[0]!), lte(column, sorted.at(-1)!))!;
}

/**
 * The predicate of the partial index invoice_lines_source_once_key, so that a look-up by source is
 * an index probe, not a scan of every line (issue 15). It changes no answer: a line with a source is
 * never a CREDIT line (credit notes write theirs without one: collections.credit-notes.service.ts).
 */
const SOURCED_LINE = [isNotNull(invoiceLines.sourceId), ne(invoiceLines.itemKind, "CREDIT")];

const uuidArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

/** The invoice run's queries: each loads one source for a whole batch of members (never one query per member). */
export const billingRunRepository = {
  allTariffs: (db: Queryable) => db.select().from(tariffs),

  async startRun(db: Queryable, values: typeof billingRuns.$inferInsert): Promise<string> {
    const [row] = await db.insert(billingRuns).values(values).returning({ id: billingRuns.id });
    return row!.id;
  },

  async completeRun(db: Queryable, id: string, at: Date, invoicesCreated: number): Promise<void> {
    await db.update(billingRuns).set({ completedAt: at, invoicesCreated }).where(eq(billingRuns.id, id));
  },

  /** Members that may owe something (active, or terminated: the last month is due), keyset by id. */
  memberBatch(db: Queryable, afterId: string | null, limit: number) {
    return db
      .select({
        id: members.id,
        firstName: members.firstName,
        lastName: members.lastName,
        email: members.email,
        addressLine1: members.addressLine1,
        addressLine2: members.addressLine2,
        postalCode: members.postalCode,
        commune: members.commune,
        hasInternetAccess: members.hasInternetAccess,
      })
      .from(members)
      .where(and(inArray(members.status, ["ACTIVE", "TERMINATED"]), afterId ? gt(members.id, afterId) : undefined))
      .orderBy(asc(members.id))
      .limit(limit);
  },

  /** Gapless numbering: the counter row is locked first, so concurrent issuers queue here and never leave a gap. */
  async lockSequence(tx: Queryable): Promise<number> {
    const [row] = await tx.select({ last: invoiceSequences.lastNumber }).from(invoiceSequences).where(eq(invoiceSequences.series, "INVOICE")).for("update");
    if (!row) throw new Error("invoice_sequences has no INVOICE row (migration 0015)");
    return row.last;
  },

  /** Reserves `n` numbers in the transaction that issues them: the first of them is returned. */
  async reserveNumbers(tx: Queryable, n: number): Promise<number> {
    const [row] = await tx
      .update(invoiceSequences)
      .set({ lastNumber: sql`${invoiceSequences.lastNumber} + ${n}` })
      .where(eq(invoiceSequences.series, "INVOICE"))
      .returning({ last: invoiceSequences.lastNumber });
    return row!.last - n + 1;
  },

  existingInvoices: (tx: Queryable, memberIds: string[], month: string) =>
    tx
      .select({ memberId: invoices.memberId, payerId: invoices.payerId })
      .from(invoices)
      .where(and(ofBatch(invoices.memberId, memberIds), eq(invoices.billingMonth, month), eq(invoices.kind, "INVOICE"))),

  /** BIL-6: payers not revoked before `from` (the start of the billing window), oldest first. */
  payersOfWindow: (tx: Queryable, memberIds: string[], from: Date) =>
    tx
      .select()
      .from(payers)
      .where(and(ofBatch(payers.memberId, memberIds), or(isNull(payers.revokedAt), gt(payers.revokedAt, from))))
      .orderBy(asc(payers.createdAt), asc(payers.id)),

  payerKinds: (tx: Queryable, memberIds: string[]) =>
    tx
      .select({ payerId: payerItemKinds.payerId, itemKind: payerItemKinds.itemKind })
      .from(payerItemKinds)
      .innerJoin(payers, eq(payers.id, payerItemKinds.payerId))
      .where(and(ofBatch(payers.memberId, memberIds), isNull(payers.revokedAt))),

  /** Monthly sources live at some time in [from, to). */
  options: (tx: Queryable, memberIds: string[], from: Date, to: Date) =>
    tx
      .select({ id: optionSubscriptions.id, memberId: optionSubscriptions.memberId, acceptedAt: optionSubscriptions.acceptedAt, endsAt: optionSubscriptions.endsAt })
      .from(optionSubscriptions)
      .where(
        and(ofBatch(optionSubscriptions.memberId, memberIds), lt(optionSubscriptions.acceptedAt, to), or(isNull(optionSubscriptions.endsAt), gt(optionSubscriptions.endsAt, from))),
      ),

  extraSites: (tx: Queryable, memberIds: string[], from: Date, to: Date) =>
    tx
      .select({
        id: addresses.id,
        memberId: addresses.memberId,
        line1: addresses.line1,
        postalCode: addresses.postalCode,
        commune: addresses.commune,
        createdAt: addresses.createdAt,
        removedAt: addresses.removedAt,
      })
      .from(addresses)
      .where(
        and(ofBatch(addresses.memberId, memberIds), eq(addresses.kind, "EXTRA_SITE"), lt(addresses.createdAt, to), or(isNull(addresses.removedAt), gt(addresses.removedAt, from))),
      ),

  packs: (tx: Queryable, memberIds: string[], from: Date, to: Date) =>
    tx
      .select({ id: mailboxPacks.id, memberId: mailboxPacks.memberId, pack: mailboxPacks.pack, subscribedAt: mailboxPacks.subscribedAt, cancelledAt: mailboxPacks.cancelledAt })
      .from(mailboxPacks)
      .where(and(ofBatch(mailboxPacks.memberId, memberIds), lt(mailboxPacks.subscribedAt, to), or(isNull(mailboxPacks.cancelledAt), gt(mailboxPacks.cancelledAt, from)))),

  privileges: (tx: Queryable, memberIds: string[], from: Date, to: Date) =>
    tx
      .select({ id: conciergePrivileges.id, memberId: conciergePrivileges.memberId, startedAt: conciergePrivileges.startedAt, endsAt: conciergePrivileges.endsAt })
      .from(conciergePrivileges)
      .where(
        and(ofBatch(conciergePrivileges.memberId, memberIds), lt(conciergePrivileges.startedAt, to), or(isNull(conciergePrivileges.endsAt), gt(conciergePrivileges.endsAt, from))),
      ),

  equipment: (tx: Queryable, memberIds: string[], to: Date) =>
    tx
      .select()
      .from(equipmentPurchases)
      .where(
        and(
          ofBatch(equipmentPurchases.memberId, memberIds),
          lt(equipmentPurchases.orderedAt, to),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(invoiceLines)
              .where(and(eq(invoiceLines.sourceKind, "EQUIPMENT_PURCHASE"), eq(invoiceLines.sourceId, equipmentPurchases.id), ...SOURCED_LINE)),
          ),
        ),
      ),

  /** QUO-3: ids of the quotes of these members already on an invoice line. */
  billedQuoteIds: async (tx: Queryable, memberIds: string[]): Promise<Set<string>> => {
    const rows = await tx
      .select({ sourceId: invoiceLines.sourceId })
      .from(invoiceLines)
      .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
      .where(and(ofBatch(invoices.memberId, memberIds), eq(invoiceLines.sourceKind, "QUOTE"), ...SOURCED_LINE));
    return new Set(rows.map((r) => r.sourceId!));
  },

  /** Monthly lines already billed to these members from `fromDate` on (the catch-up window). */
  billedMonthly: (tx: Queryable, memberIds: string[], fromDate: string) =>
    tx
      .select({ memberId: invoices.memberId, sourceKind: invoiceLines.sourceKind, sourceId: invoiceLines.sourceId, periodStart: invoiceLines.periodStart })
      .from(invoiceLines)
      .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
      .where(and(ofBatch(invoices.memberId, memberIds), gte(invoiceLines.periodStart, fromDate), ne(invoiceLines.itemKind, "CREDIT"))),

  /** Inserts drafts and their lines (bulk), then issues them with consecutive numbers from `firstNumber`. */
  async insertAndIssue(
    tx: Queryable,
    drafts: DraftInvoice[],
    meta: { month: string; runId: string; now: Date; role: string; actorId: string | null; issuedOn: string; dueOn: string; firstNumber: number },
  ): Promise<string[]> {
    // Ids are chosen here, not read back from RETURNING (whose order PostgreSQL does not promise),
    // so each line goes to its own draft whatever order the rows come back in.
    const ids = drafts.map(() => randomUUID());
    let next = 0;
    for (const chunk of chunks(drafts, INSERT_CHUNK)) {
      await tx.insert(invoices).values(
        chunk.map((d) => ({
          id: ids[next++]!,
          kind: "INVOICE" as const,
          memberId: d.memberId,
          payerId: d.payerId,
          billingMonth: meta.month,
          runId: meta.runId,
          status: "DRAFT" as const,
          memberName: d.memberName,
          memberAddress: d.memberAddress,
          billToName: d.billToName,
          billToAddress: d.billToAddress,
          billToEmail: d.billToEmail,
          deliveryChannel: d.deliveryChannel,
          totalHtCents: d.totalHtCents,
          totalVatCents: d.totalVatCents,
          totalTtcCents: d.totalTtcCents,
          createdAt: meta.now,
          createdByRole: meta.role,
          createdById: meta.actorId,
        })),
      );
    }
    const lines = drafts.flatMap((d, i) => d.lines.map(({ billedOn: _billedOn, ...l }, position) => ({ ...l, invoiceId: ids[i]!, position: position + 1 })));
    for (const chunk of chunks(lines, INSERT_CHUNK)) await tx.insert(invoiceLines).values(chunk);
    for (const chunk of chunks(ids, INSERT_CHUNK)) {
      const offset = ids.indexOf(chunk[0]!);
      await tx
        .update(invoices)
        .set({
          status: "ISSUED",
          number: sql`${meta.firstNumber + offset - 1}::int + array_position(${uuidArray(chunk)}, ${invoices.id})`,
          issuedOn: meta.issuedOn,
          dueOn: meta.dueOn,
          issuedAt: meta.now,
        })
        .where(inArray(invoices.id, chunk));
    }
    return ids;
  },
};

export interface InvoiceListFilter {
  memberId?: string | null;
  payerId?: string | null;
  status?: InvoiceRow["status"] | null;
  month?: string | null;
  /** Members and payers never see drafts. */
  issuedOnly: boolean;
}

export const invoicesRepository = {
  /** Newest first, keyset on (createdAt, id). */
  page(db: Queryable, filter: InvoiceListFilter, after: [string, string] | null, limit: number): Promise<InvoiceRow[]> {
    const conditions: SQL[] = [];
    if (filter.memberId) conditions.push(eq(invoices.memberId, filter.memberId));
    if (filter.payerId) conditions.push(eq(invoices.payerId, filter.payerId));
    if (filter.status) conditions.push(eq(invoices.status, filter.status));
    if (filter.month) conditions.push(eq(invoices.billingMonth, filter.month));
    if (filter.issuedOnly) conditions.push(ne(invoices.status, "DRAFT"));
    if (after) conditions.push(sql`(${invoices.createdAt}, ${invoices.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    return db
      .select()
      .from(invoices)
      .where(and(...conditions))
      .orderBy(desc(invoices.createdAt), desc(invoices.id))
      .limit(limit);
  },
};
