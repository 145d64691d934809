import { invoices } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { rowsWhereIn } from "../../shared/rows.js";
import { invoicesRepository as repo } from "./invoicing.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createInvoicingLoaders(db: Queryable) {
  return {
    invoiceById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, invoices, invoices.id, ids),
      (row) => row.id,
    ),
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
