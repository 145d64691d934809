import type { ModuleDescriptor } from "../../shared/module.js";
import { deliveryPermissions } from "./delivery.permissions.js";
import { deliveryResolvers } from "./delivery.resolver.js";

export const deliveryModule: ModuleDescriptor = {
  name: "delivery",
  resolvers: deliveryResolvers,
  permissions: deliveryPermissions,
};

export { invoiceDeliveryFor, postalAddressLine } from "./delivery.rules.js";
export { DeliveryChannel, InvoiceDelivery } from "./delivery.types.js";
