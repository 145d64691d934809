import { asc } from "drizzle-orm";
import { invoiceLines, invoices } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfChildren } from "../../shared/loader.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createInvoicingLoaders(db: Queryable) {
  return {
    invoiceById: loaderById(db, invoices),
    linesByInvoiceId: loaderOfChildren(db, invoiceLines, "invoiceId", { orderBy: [asc(invoiceLines.invoiceId), asc(invoiceLines.position)] }),
  };
}

declare module "../../context.js" {
  interface Loaders {
    invoicing: ReturnType<typeof createInvoicingLoaders>;
  }
}
