import { Field, ObjectType } from "type-graphql";
import { ANNOUNCEMENT_KINDS, OPTION_END_REASONS } from "../../../db/schema/options.js";
import { Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const OptionEndReason = graphqlEnum(OPTION_END_REASONS, {
  name: "OptionEndReason",
  description: "OPT-3 (no eligible line, membership ended), OPT-4 (member), OPT-5 (Parnasse).",
  valuesConfig: {
    MEMBER_REQUEST: { description: "OPT-4: the member's written request (effective 10 days after receipt)." },
    PARNASSE_BREACH: { description: "OPT-5: Parnasse terminated it for breach of contractual obligations." },
    PARNASSE_NON_PAYMENT: { description: "OPT-5: Parnasse terminated it for non-payment." },
    NO_ELIGIBLE_LINE: { description: "OPT-3: ended by itself: no eligible Orange internet line left." },
    MEMBERSHIP_ENDED: { description: "OPT-3: ended by itself with the membership." },
  },
});

export const OPTION_STATUSES = ["ACTIVE", "TERMINATION_PENDING", "ENDED"] as const;
export const OptionStatus = graphqlEnum(OPTION_STATUSES, {
  name: "OptionStatus",
  description: "Where the « Option Intérieur » stands (OPT-2..5).",
  valuesConfig: {
    ACTIVE: { description: "OPT-2: in force, from the member's written acceptance." },
    TERMINATION_PENDING: { description: "OPT-4: a termination was received; the option ends at endsAt." },
    ENDED: { description: "The option has ended (see endReason)." },
  },
});

export const AnnouncementKind = graphqlEnum(ANNOUNCEMENT_KINDS, {
  name: "AnnouncementKind",
  description: "OPT-6: price and characteristic changes need 1 month's notice, removals 3.",
  valuesConfig: {
    PRICE_CHANGE: { description: "OPT-6: a price change; at least one month's notice." },
    CHARACTERISTIC_CHANGE: { description: "OPT-6: a change of characteristics; at least one month's notice." },
    SERVICE_REMOVAL: { description: "OPT-6: a service or option removed; at least three months' notice." },
  },
});

export const TERMINATION_CHANNELS = ["REGISTERED_LETTER", "EMAIL", "APP"] as const;
export const TerminationChannel = graphqlEnum(TERMINATION_CHANNELS, {
  name: "TerminationChannel",
  description: "OPT-4: how the written request reached the Desk.",
  valuesConfig: {
    REGISTERED_LETTER: { description: "OPT-4: a registered letter to the Desk." },
    EMAIL: { description: "OPT-4: an e-mail to the Desk." },
    APP: { description: "The member's own request in the app." },
  },
});

export const PARNASSE_TERMINATION_REASONS = ["PARNASSE_BREACH", "PARNASSE_NON_PAYMENT"] as const;
export const ParnasseTerminationReason = graphqlEnum(PARNASSE_TERMINATION_REASONS, {
  name: "ParnasseTerminationReason",
  description: "OPT-5.",
  valuesConfig: {
    PARNASSE_BREACH: { description: "OPT-5: breach of contractual obligations." },
    PARNASSE_NON_PAYMENT: { description: "OPT-5: the member no longer pays the subscription (art. 3.2)." },
  },
});

@ObjectType({ implements: Node, description: "The « Option Intérieur » subscription." })
export class OptionSubscription extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => OptionStatus, { description: "At the time of the request." })
  status!: (typeof OPTION_STATUSES)[number];

  @Field(() => DateTimeScalar, { description: "OPT-2: effective from the member's written acceptance." })
  acceptedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "OPT-4: when the member's written termination request was received." })
  terminationReceivedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the option ends or ended." })
  endsAt!: Date | null;

  @Field(() => OptionEndReason, { nullable: true, description: "Why the option ends or ended; null while it runs." })
  endReason!: (typeof OPTION_END_REASONS)[number] | null;
}

@ObjectType({ implements: Node, description: "OPT-6: a change announced to option holders." })
export class Announcement extends Node {
  @Field(() => AnnouncementKind, { description: "OPT-6: what changes, which sets the notice required." })
  kind!: (typeof ANNOUNCEMENT_KINDS)[number];

  @Field(() => String, { description: "The announcement's title, as shown to members." })
  title!: string;

  @Field(() => String, { description: "The announcement's text, as shown to members." })
  body!: string;

  @Field(() => DateTimeScalar, { description: "When it was published: the notice runs from here." })
  announcedAt!: Date;

  @Field(() => DateScalar, { description: "OPT-6: the Paris calendar day the change applies (at least 1 month after announcedAt, 3 for SERVICE_REMOVAL)." })
  effectiveOn!: string;

  @Field(() => Boolean, { description: "True when addressed to one member only." })
  personal!: boolean;
}
