import { invoiceDeliveryFor, type DeliveryMember } from "./delivery.rules.js";
import { InvoiceDelivery } from "./delivery.types.js";

export function toInvoiceDelivery(member: DeliveryMember & { id: string }): InvoiceDelivery {
  const choice = invoiceDeliveryFor(member);
  return Object.assign(new InvoiceDelivery(), {
    memberRawId: member.id,
    channel: choice.channel,
    destination: choice.ok ? choice.destination : null,
    hasInternetAccess: member.hasInternetAccess,
    problemRule: choice.ok ? null : choice.rule,
  });
}
