import { Field, ObjectType } from "type-graphql";
import { ANNOUNCEMENT_KINDS, OPTION_END_REASONS } from "../../../db/schema/options.js";
import { Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const OptionEndReason = graphqlEnum(OPTION_END_REASONS, {
  name: "OptionEndReason",
  description: "OPT-3 (no eligible line, membership ended), OPT-4 (member), OPT-5 (Parnasse).",
});

export const OPTION_STATUSES = ["ACTIVE", "TERMINATION_PENDING", "ENDED"] as const;
export const OptionStatus = graphqlEnum(OPTION_STATUSES, { name: "OptionStatus" });

export const AnnouncementKind = graphqlEnum(ANNOUNCEMENT_KINDS, {
  name: "AnnouncementKind",
  description: "OPT-6: price and characteristic changes need 1 month's notice, removals 3.",
});

export const TERMINATION_CHANNELS = ["REGISTERED_LETTER", "EMAIL", "APP"] as const;
export const TerminationChannel = graphqlEnum(TERMINATION_CHANNELS, { name: "TerminationChannel", description: "OPT-4: how the written request reached the Desk." });

export const PARNASSE_TERMINATION_REASONS = ["PARNASSE_BREACH", "PARNASSE_NON_PAYMENT"] as const;
export const ParnasseTerminationReason = graphqlEnum(PARNASSE_TERMINATION_REASONS, { name: "ParnasseTerminationReason", description: "OPT-5." });

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

  @Field(() => OptionEndReason, { nullable: true })
  endReason!: (typeof OPTION_END_REASONS)[number] | null;
}

@ObjectType({ implements: Node, description: "OPT-6: a change announced to option holders." })
export class Announcement extends Node {
  @Field(() => AnnouncementKind)
  kind!: (typeof ANNOUNCEMENT_KINDS)[number];

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => DateTimeScalar)
  announcedAt!: Date;

  @Field(() => DateScalar)
  effectiveOn!: string;

  @Field(() => Boolean, { description: "True when addressed to one member only." })
  personal!: boolean;
}
