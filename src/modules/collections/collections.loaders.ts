import DataLoader from "dataloader";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { collectionsRepository as repo } from "./collections.repository.js";

/** Built per request in the context: every Invoice/Member → collections edge is one statement per level. */
export function createCollectionsLoaders(db: Queryable) {
  return {
    invoiceById: loaderByKey(
      (ids: readonly string[]) => repo.invoicesByIds(db, ids),
      (row) => row.id,
    ),
    paymentsByInvoiceId: loaderOfGroups(
      (ids: readonly string[]) => repo.paymentsByInvoiceIds(db, ids),
      (row) => row.invoiceId,
    ),
    disputesByInvoiceId: loaderOfGroups(
      (ids: readonly string[]) => repo.disputesByInvoiceIds(db, ids),
      (row) => row.invoiceId,
    ),
    creditNotesByInvoiceId: loaderOfGroups(
      (ids: readonly string[]) => repo.creditNotesByInvoiceIds(db, ids),
      (row) => row.correctsInvoiceId!,
    ),
    openInvoicesByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.openInvoicesOfMembers(db, ids),
      (row) => row.memberId,
    ),
    openInvoicesByPayerId: loaderOfGroups(
      (ids: readonly string[]) => repo.openInvoicesOfPayers(db, ids),
      (row) => row.payerId!,
    ),
    rejectedPaymentsByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.rejectedPaymentsOfMembers(db, ids),
      (row) => row.memberId,
    ),
    rejectedPaymentsByPayerId: loaderOfGroups(
      (ids: readonly string[]) => repo.rejectedPaymentsOfPayers(db, ids),
      (row) => row.payerId!,
    ),
    latestCaseByMemberId: loaderByKey(
      (ids: readonly string[]) => repo.latestCasesOfMembers(db, ids),
      (row) => row.memberId,
    ),
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
