import { Field, Int, ObjectType } from "type-graphql";
import { MAILBOX_MIGRATION_STATUSES, MAILBOX_PACK_KINDS, MAILBOX_SUPPORT_KINDS } from "../../../db/schema/mailboxes.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const MailboxPackKind = graphqlEnum(MAILBOX_PACK_KINDS, {
  name: "MailboxPackKind",
  description: "MBX-2: « +1 mailbox » (1 more), « pack 5 » (5 more), « pack 10 » (10 more).",
  valuesConfig: {
    PLUS_1: { description: "MBX-2: « +1 boîte mail »: one more mailbox (tariff MAILBOX_PLUS_1, monthly)." },
    PACK_5: { description: "MBX-2: « pack 5 »: five more mailboxes (tariff MAILBOX_PACK_5, monthly)." },
    PACK_10: { description: "MBX-2: « pack 10 »: ten more mailboxes (tariff MAILBOX_PACK_10, monthly)." },
  },
});

export const MailboxMigrationStatus = graphqlEnum(MAILBOX_MIGRATION_STATUSES, {
  name: "MailboxMigrationStatus",
  description: "MBX-3: INCLUDED up to 5 GB; QUOTE_REQUIRED beyond (a MAIL_MIGRATION quote request is opened in the shared quote workflow).",
  valuesConfig: {
    INCLUDED: { description: "MBX-3: 5 GB or less: the migration is included in the option, nothing to pay." },
    QUOTE_REQUIRED: { description: "MBX-3: more than 5 GB: a MAIL_MIGRATION quote request was opened; the migration waits for the accepted quote." },
  },
});

export const MailboxSupportKind = graphqlEnum(MAILBOX_SUPPORT_KINDS, {
  name: "MailboxSupportKind",
  description: "MBX-5: remote setup, or assistance.",
  valuesConfig: {
    SETUP: { description: "MBX-5: remote setup of the mailbox on the member's devices (service MAILBOX_SETUP)." },
    ASSISTANCE: { description: "MBX-5: remote help with a problem on an existing mailbox (service MAILBOX_ASSISTANCE)." },
  },
});

/** MBX-4: no password field, on purpose: the member alone holds it. A test checks the schema has none. */
@ObjectType({ implements: Node, description: "MBX-1: a « Ma Messagerie Mail » Exchange mailbox (60 GB, antispam)." })
export class Mailbox extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => String, { description: "The full e-mail address, lower case." })
  address!: string;

  @Field(() => String, { description: "MBX-1: the part before the @, lower case." })
  localPart!: string;

  @Field(() => String, { description: "ASCII form (punycode for an internationalised domain)." })
  domain!: string;

  @Field(() => Boolean, { description: "MBX-1: true when the mailbox uses the member's own domain name." })
  customDomain!: boolean;

  @Field(() => String, { nullable: true, description: "The name shown to recipients; null when none was given." })
  displayName!: string | null;

  @Field(() => Int, { description: "MBX-1: storage quota in GB (60)." })
  quotaGb!: number;

  @Field(() => DateTimeScalar, { description: "When the mailbox was created (ISO 8601, UTC)." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set once deleted; deleted mailboxes are not listed." })
  deletedAt!: Date | null;
}

@ObjectType({ implements: Node, description: "MBX-2: a pack of extra mailboxes, billed monthly (§ 10)." })
export class MailboxPack extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => MailboxPackKind, { description: "MBX-2: which pack, hence how many mailboxes it adds and its monthly tariff." })
  pack!: (typeof MAILBOX_PACK_KINDS)[number];

  @Field(() => Int, { description: "Mailboxes this pack adds to the capacity." })
  extraMailboxes!: number;

  @Field(() => DateTimeScalar, { description: "When the pack was subscribed; billing starts from this month (§ 10)." })
  subscribedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the pack was cancelled; null while it is in force." })
  cancelledAt!: Date | null;
}

@ObjectType({ implements: Node, description: "MBX-3: a request to migrate existing mail into a mailbox." })
export class MailboxMigration extends Node {
  rawId!: string;
  memberRawId!: string;
  quoteRequestRawId!: string | null;

  @Field(() => String, { description: "Where the mail comes from (provider or server)." })
  source!: string;

  @Field(() => Int, { description: "Estimated size, in megabytes." })
  sizeMb!: number;

  @Field(() => Int, { description: "MBX-3: the included size, in megabytes (5 GB)." })
  includedMb!: number;

  @Field(() => MailboxMigrationStatus, { description: "MBX-3: included (≤ 5 GB) or waiting for a quote (beyond)." })
  status!: (typeof MAILBOX_MIGRATION_STATUSES)[number];

  @Field(() => DateTimeScalar, { description: "When the migration was asked for." })
  requestedAt!: Date;
}

@ObjectType({ implements: Node, description: "MBX-5: a remote setup or assistance request; nothing to book, it is taken at the next opening." })
export class MailboxSupportRequest extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => MailboxSupportKind, { description: "MBX-5: setup or assistance." })
  kind!: (typeof MAILBOX_SUPPORT_KINDS)[number];

  @Field(() => String, { nullable: true, description: "What the member said it is about; null when left out." })
  note!: string | null;

  @Field(() => Boolean, { description: "MBX-5: setup and assistance are always remote." })
  remote!: boolean;

  @Field(() => DateTimeScalar, { description: "When the request was made." })
  requestedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it can be handled: the request time if the service was open, else its next opening." })
  availableFrom!: Date | null;

  @Field(() => String, { nullable: true, description: "Who handles it then, when not Parnasse (e.g. SUBCONTRACTOR on Saturdays)." })
  providedBy!: string | null;
}
