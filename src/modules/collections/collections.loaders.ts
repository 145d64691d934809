import { asc, desc, eq, sql } from "drizzle-orm";
import DataLoader from "dataloader";
import { dunningCases, financialGuarantees, invoiceDisputes, invoices, payments } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByColumn, loaderOfChildren, loaderOfGroups } from "../../shared/loader.js";
import { openInvoicesFirstDue, collectionsRepository as repo } from "./collections.repository.js";

/** Built per request in the context: every Invoice/Member → collections edge is one statement per level. */
export function createCollectionsLoaders(db: Queryable) {
  return {
    paymentsByInvoiceId: loaderOfChildren(db, payments, "invoiceId", { orderBy: [asc(payments.receivedOn), asc(payments.recordedAt), asc(payments.id)] }),
    disputesByInvoiceId: loaderOfChildren(db, invoiceDisputes, "invoiceId", { orderBy: [asc(invoiceDisputes.openedAt), asc(invoiceDisputes.id)] }),
    creditNotesByInvoiceId: loaderOfChildren(db, invoices, "correctsInvoiceId", { where: eq(invoices.kind, "CREDIT_NOTE"), orderBy: [asc(invoices.number)] }),
    openInvoicesByMemberId: loaderOfChildren(db, invoices, "memberId", openInvoicesFirstDue),
    openInvoicesByPayerId: loaderOfChildren(db, invoices, "payerId", openInvoicesFirstDue),
    rejectedPaymentsByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.rejectedPaymentsOf(db, "memberId", ids),
      (row) => row.memberId,
    ),
    rejectedPaymentsByPayerId: loaderOfGroups(
      (ids: readonly string[]) => repo.rejectedPaymentsOf(db, "payerId", ids),
      (row) => row.payerId!,
    ),
    /** BIL-4: Member.financialGuarantees, newest request first. */
    guaranteesByMemberId: loaderOfChildren(db, financialGuarantees, "memberId", { orderBy: [desc(financialGuarantees.requestedAt), desc(financialGuarantees.id)] }),
    /** The latest case of each member (open first), for Member.dunning. */
    latestCaseByMemberId: loaderByColumn(db, dunningCases, "memberId", {
      firstOfEach: true,
      orderBy: [sql`${dunningCases.closedAt} is null desc`, desc(dunningCases.firstNoticeAt)],
    }),
    /** The legal rate table is small: loaded once per request, whatever the number of invoices. */
    rates: new DataLoader<"all", Awaited<ReturnType<typeof repo.allRates>>>(async (keys) => {
      const rows = await repo.allRates(db);
      return keys.map(() => rows);
    }),
  };
}

declare module "../../context.js" {
  interface Loaders {
    collections: ReturnType<typeof createCollectionsLoaders>;
  }
}
