import { Field, ID, InputType, Int } from "type-graphql";
import { MemberIdInput } from "../../shared/member-target.js";
import type { MAILBOX_PACK_KINDS, MAILBOX_SUPPORT_KINDS } from "../../../db/schema/mailboxes.js";
import { MailboxPackKind, MailboxSupportKind } from "./mailboxes.types.js";

@InputType({ description: "MBX-2: add mailboxes to the capacity." })
export class SubscribeMailboxPackInput extends MemberIdInput {
  @Field(() => MailboxPackKind, { description: "MBX-2: the pack to subscribe (+1, 5 or 10 mailboxes)." })
  pack!: (typeof MAILBOX_PACK_KINDS)[number];
}

@InputType({ description: "MBX-2: cancel a pack of extra mailboxes." })
export class CancelMailboxPackInput {
  @Field(() => ID, { description: "The global ID of the MailboxPack to cancel." })
  packId!: string;
}

/** MBX-4: no password here: the member sets it in Exchange, never through this API. */
@InputType({ description: "MBX-1: a new mailbox, within the capacity (MBX-2)." })
export class CreateMailboxInput extends MemberIdInput {
  @Field(() => String, { description: "The part before the @." })
  localPart!: string;

  @Field(() => String, { nullable: true, description: "MBX-1: the member's own domain name; the Parnasse domain when left out." })
  customDomain?: string | null;

  @Field(() => String, { nullable: true, description: "The name shown to recipients (100 characters at most)." })
  displayName?: string | null;
}

@InputType({ description: "MBX-2: delete a mailbox, freeing its place in the capacity." })
export class DeleteMailboxInput {
  @Field(() => ID, { description: "The global ID of the Mailbox to delete." })
  mailboxId!: string;
}

@InputType({ description: "MBX-3: migrate existing mail; included up to 5 GB, quoted beyond." })
export class RequestMailboxMigrationInput {
  @Field(() => ID, { description: "The global ID of the Mailbox the mail goes into." })
  mailboxId!: string;

  @Field(() => String, { description: "Where the mail comes from (200 characters at most)." })
  source!: string;

  @Field(() => Int, { description: "Estimated size in megabytes (1 GB = 1024 MB)." })
  sizeMb!: number;
}

@InputType({ description: "MBX-5: ask for remote setup or assistance on a mailbox." })
export class RequestMailboxSupportInput {
  @Field(() => ID, { description: "The global ID of the Mailbox concerned." })
  mailboxId!: string;

  @Field(() => MailboxSupportKind, { description: "MBX-5: setup or assistance." })
  kind!: (typeof MAILBOX_SUPPORT_KINDS)[number];

  @Field(() => String, { nullable: true, description: "What it is about (1000 characters at most)." })
  note?: string | null;
}
