import { invoices } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfGroups } from "../../shared/loader.js";
import { invoicesRepository as repo } from "./invoicing.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createInvoicingLoaders(db: Queryable) {
  return {
    invoiceById: loaderById(db, invoices),
    linesByInvoiceId: loaderOfGroups(
      (ids: readonly string[]) => repo.linesByInvoiceIds(db, ids),
      (row) => row.invoiceId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    invoicing: ReturnType<typeof createInvoicingLoaders>;
  }
}
