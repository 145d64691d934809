import { Field, ObjectType } from "type-graphql";
import { DELIVERY_CHANNELS } from "../../../db/schema/billing.js";
import type { DeliveryChannelValue } from "./delivery.rules.js";
import { graphqlEnum } from "../../shared/enums.js";

/** BIL-5 is this module's rule; an invoice records the channel it was sent by (invoicing imports it from here). */
export const DeliveryChannel = graphqlEnum(DELIVERY_CHANNELS, {
  name: "DeliveryChannel",
  description: "BIL-5: by email, or by post when the member has no internet access.",
  values: {
    EMAIL: "By email, to the member's (or payer's) email address.",
    POST: "By post, to a valid postal address (the member has no internet access).",
  },
});

@ObjectType({ description: "BIL-5: how the member's invoices are sent: by email, or by post when the member has no internet access." })
export class InvoiceDelivery {
  memberRawId!: string;

  @Field(() => DeliveryChannel, { description: "BIL-5: EMAIL, or POST when the member has no internet access." })
  channel!: DeliveryChannelValue;

  @Field(() => String, { nullable: true, description: "The email address, or the postal address on one line; null when the postal address is not valid (see problemRule)." })
  destination!: string | null;

  @Field(() => Boolean, { description: "True when the member declared having internet access (invoices by email)." })
  hasInternetAccess!: boolean;

  @Field(() => String, { nullable: true, description: "BIL-5 when invoices must go by post but the postal address is incomplete or invalid; null otherwise." })
  problemRule!: string | null;
}
