import { actorRole } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { actorId, runCommand, type CommandOptions } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { toGlobalId } from "../../shared/relay.js";
import { TariffBook } from "../tariffs/index.js";
import { listInterventionsToBill } from "../interventions/index.js";
import { listAcceptedQuotesToBill } from "../quotes/index.js";
import { billMember, type DraftInvoice, type MemberSources, type Skip } from "./invoicing.compute.js";
import { billingSkipMessages, invoicingErrors, type InvoicingErrorCode } from "./invoicing.errors.js";
import { BillingRunSkip, type BillingRunSummary } from "./invoicing.payloads.js";
import { billingRunRepository as repo } from "./invoicing.repository.js";
import { billingMonth, issueDates, previousMonth, RUN_SETTINGS, type BillingMonth } from "./invoicing.rules.js";

export interface RunSummary {
  runId: string;
  month: string;
  invoicesCreated: number;
  membersBilled: number;
  /** Bill-to parties that already had their invoice for the month (a re-run): nothing new for them. */
  alreadyInvoiced: number;
  totalTtcCents: number;
  skipped: Skip[];
  /** Member batches processed (one transaction each). */
  batches: number;
}

export interface RunOptions {
  batchSize?: number;
  /** Test seam: called inside each batch transaction after the invoices are written, before commit. */
  beforeCommit?: (batch: number) => Promise<void> | void;
}

function groupBy<T extends { memberId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.memberId);
    if (list) list.push(row);
    else map.set(row.memberId, [row]);
  }
  return map;
}

/**
 * BIL-1: the monthly invoice run, BILLING only (GraphQL `runMonthlyBilling`, or a script with a
 * BILLING context). Members go by batches; each batch is ONE transaction that takes the invoice
 * counter lock, loads every source of the batch with one query per source, computes in memory,
 * bulk-inserts the drafts and lines and issues them with consecutive numbers. A failure rolls the
 * whole batch back: a member has either no invoice for the month or complete ones. Re-running a
 * month creates nothing for bill-to parties that already have their invoice (checked under the lock;
 * the unique index is the last guard). The start, each batch and the completion are separate
 * commands of the one `runMonthlyBilling` operation: a batch commits whole, never the whole run.
 */
export const billingRunService = {
  async run(ctx: Context, monthInput: string, options: RunOptions = {}): Promise<Result<RunSummary, InvoicingErrorCode>> {
    const m = billingMonth(monthInput.trim());
    if (!m) return fail(invoicingErrors.error("INVALID_MONTH", ["input", "month"]));
    const now = ctx.clock.now();
    if (parisDate(now) < m.first) return fail(invoicingErrors.error("MONTH_NOT_STARTED", ["input", "month"], { month: m.month }));

    const months: BillingMonth[] = [];
    for (let k = RUN_SETTINGS.catchUpMonths; k >= 1; k--) months.push(previousMonth(m, k));
    months.push(m);
    const windowStart = months[0]!;
    const staffId = actorId(ctx);
    const role = actorRole(ctx.actor);
    const command: CommandOptions<InvoicingErrorCode> = { operation: "runMonthlyBilling" };

    const started = await runCommand(ctx, command, async ({ tx, audit }) => {
      const id = await repo.startRun(tx, { billingMonth: m.first, startedAt: now, startedByRole: role, startedById: staffId });
      await audit({ onBehalfOfMemberId: null, targetIds: [id], details: { month: m.month, step: "start" } });
      return ok(id);
    });
    if (!started.ok) return started;
    const runId = started.value;
    const tariffs = new TariffBook(await repo.allTariffs(ctx.db));
    const { issuedOn, dueOn } = issueDates(now);
    const summary: RunSummary = { runId, month: m.month, invoicesCreated: 0, membersBilled: 0, alreadyInvoiced: 0, totalTtcCents: 0, skipped: [], batches: 0 };
    const batchSize = options.batchSize ?? RUN_SETTINGS.batchSize;

    let after: string | null = null;
    for (;;) {
      const batch = await repo.memberBatch(ctx.db, after, batchSize);
      if (batch.length === 0) break;
      after = batch.at(-1)!.id;
      const batchNo = ++summary.batches;
      const ids = batch.map((b) => b.id);

      const outcome = await runCommand(ctx, command, async ({ tx, audit }) => {
        await repo.lockSequence(tx);
        const [existing, payers, kinds, options_, sites, packs, privileges, interventions, equipment, billed, quotes, billedQuotes] = await Promise.all([
          repo.existingInvoices(tx, ids, m.first),
          repo.payersOfWindow(tx, ids, windowStart.start),
          repo.payerKinds(tx, ids),
          repo.options(tx, ids, windowStart.start, m.end),
          repo.extraSites(tx, ids, windowStart.start, m.end),
          repo.packs(tx, ids, windowStart.start, m.end),
          repo.privileges(tx, ids, windowStart.start, m.end),
          listInterventionsToBill(tx, { memberIds: ids, doneBefore: m.end }),
          repo.equipment(tx, ids, m.end),
          repo.billedMonthly(tx, ids, windowStart.first),
          listAcceptedQuotesToBill(tx, { memberIds: ids, acceptedBefore: m.end }),
          repo.billedQuoteIds(tx, ids),
        ]);
        const kindsByPayer = new Map<string, Set<string>>();
        for (const k of kinds) kindsByPayer.set(k.payerId, (kindsByPayer.get(k.payerId) ?? new Set()).add(k.itemKind));
        const by = {
          existing: groupBy(existing),
          payers: groupBy(payers),
          options: groupBy(options_),
          sites: groupBy(sites),
          packs: groupBy(packs),
          privileges: groupBy(privileges),
          interventions: groupBy(interventions),
          equipment: groupBy(equipment),
          quotes: groupBy(quotes.filter((q) => !billedQuotes.has(q.quoteId))),
          billed: groupBy(billed),
        };

        const drafts: DraftInvoice[] = [];
        const skipped: Skip[] = [];
        let alreadyInvoiced = 0;
        let membersBilled = 0;
        for (const member of batch) {
          const sources: MemberSources = {
            member,
            payers: (by.payers.get(member.id) ?? []).map((p) => ({ ...p, kinds: kindsByPayer.get(p.id) ?? new Set<string>() })),
            options: by.options.get(member.id) ?? [],
            extraSites: by.sites.get(member.id) ?? [],
            packs: by.packs.get(member.id) ?? [],
            privileges: by.privileges.get(member.id) ?? [],
            interventions: by.interventions.get(member.id) ?? [],
            equipment: by.equipment.get(member.id) ?? [],
            quotes: by.quotes.get(member.id) ?? [],
            billed: new Set((by.billed.get(member.id) ?? []).map((b) => `${b.sourceKind}:${b.sourceId}:${b.periodStart}`)),
            alreadyInvoiced: new Set((by.existing.get(member.id) ?? []).map((e) => e.payerId ?? "")),
          };
          const bill = billMember(sources, months, tariffs);
          drafts.push(...bill.invoices);
          skipped.push(...bill.skips);
          alreadyInvoiced += bill.alreadyInvoiced;
          if (bill.invoices.length) membersBilled++;
        }

        let created: string[] = [];
        if (drafts.length) {
          const firstNumber = await repo.reserveNumbers(tx, drafts.length);
          created = await repo.insertAndIssue(tx, drafts, { month: m.first, runId, now, role, actorId: staffId, issuedOn, dueOn, firstNumber });
          await audit({ onBehalfOfMemberId: null, targetIds: created, details: { runId, month: m.month, batch: batchNo, invoices: created.length } });
        }
        await options.beforeCommit?.(batchNo);
        return ok({ created: created.length, total: drafts.reduce((s, d) => s + d.totalTtcCents, 0), skipped, alreadyInvoiced, membersBilled });
      });
      if (!outcome.ok) return outcome;
      summary.invoicesCreated += outcome.value.created;
      summary.totalTtcCents += outcome.value.total;
      summary.membersBilled += outcome.value.membersBilled;
      summary.alreadyInvoiced += outcome.value.alreadyInvoiced;
      summary.skipped.push(...outcome.value.skipped);
      if (batch.length < batchSize) break;
    }
    const completed = await runCommand(ctx, command, async ({ tx }) => ok(await repo.completeRun(tx, runId, ctx.clock.now(), summary.invoicesCreated)));
    return completed.ok ? ok(summary) : completed;
  },

  /** `runMonthlyBilling`: the run's summary as the API shows it, skips with global ids and messages in the caller's language. */
  async runMonthlyBilling(ctx: Context, month: string): Promise<Result<BillingRunSummary, InvoicingErrorCode>> {
    const result = await billingRunService.run(ctx, month);
    if (!result.ok) return result;
    const skipped = result.value.skipped.map((skip) =>
      Object.assign(new BillingRunSkip(), {
        memberId: toGlobalId("Member", skip.memberId),
        code: skip.code,
        rule: skip.rule,
        message: billingSkipMessages[skip.code][ctx.locale].replace("{detail}", skip.detail),
      }),
    );
    return ok({ ...result.value, skipped });
  },
};
