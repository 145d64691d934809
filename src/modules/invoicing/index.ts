export { Amounts, BillTo, BillableItemKind, DeliveryChannel, Invoice, InvoiceKind, InvoiceLine, InvoiceStatus } from "./invoicing.types.js";
export { balanceDue, formatInvoiceNumber, toInvoice, toInvoiceLine, type InvoiceLineRow, type InvoiceRow } from "./invoicing.mappers.js";
export { invoicingPolicies } from "./invoicing.policies.js";
export { invoicingPermissions } from "./invoicing.permissions.js";
