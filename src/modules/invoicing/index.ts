import type { ModuleDescriptor } from "../../shared/module.js";
import { createInvoicingLoaders } from "./invoicing.loaders.js";
import { invoicingPermissions } from "./invoicing.permissions.js";
import { invoiceReads } from "./invoicing.reads.js";
import { invoicingResolvers } from "./invoicing.resolver.js";

export const invoicingModule: ModuleDescriptor = {
  name: "invoicing",
  resolvers: invoicingResolvers,
  permissions: invoicingPermissions,
  loaders: (db) => ({ invoicing: createInvoicingLoaders(db) }),
  nodeTypes: { Invoice: (ctx, id) => invoiceReads.node(ctx, id) },
};

export { BillTo, BillableItemKind, Invoice, InvoiceKind, InvoiceLine, InvoiceStatus } from "./invoicing.types.js";
export { balanceDue, formatInvoiceNumber, toInvoice, type InvoiceRow } from "./invoicing.mappers.js";
export { invoicingPolicies } from "./invoicing.policies.js";
export { billingRunService } from "./invoicing.run.service.js";
export { invoiceDocuments } from "./invoicing.document.js";
