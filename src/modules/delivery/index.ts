export { invoiceDeliveryFor, postalAddressIsValid, postalAddressLine, type DeliveryMember, type InvoiceDeliveryChoice } from "./delivery.rules.js";
export { deliveryResolvers } from "./delivery.resolver.js";
export { deliveryPermissions } from "./delivery.permissions.js";
export { InvoiceDelivery } from "./delivery.types.js";
