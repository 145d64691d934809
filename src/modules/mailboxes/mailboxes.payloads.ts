import { Field, Int, ObjectType } from "type-graphql";
import { userErrorType } from "../../shared/user-errors.js";
import { mailboxErrors } from "./mailboxes.errors.js";
import { Mailbox, MailboxMigration, MailboxPack, MailboxSupportRequest } from "./mailboxes.types.js";

export const { ModuleUserError: MailboxUserError, toUserErrors } = userErrorType("Mailbox", mailboxErrors);
type MailboxUserError = InstanceType<typeof MailboxUserError>;

@ObjectType()
export class MailboxPackPayload {
  @Field(() => MailboxPack, { nullable: true, description: "The pack subscribed or cancelled; null when refused." })
  pack!: MailboxPack | null;

  @Field(() => Int, { nullable: true, description: "MBX-2: the member's mailbox capacity after the change." })
  capacity!: number | null;

  @Field(() => [MailboxUserError])
  userErrors!: MailboxUserError[];
}

@ObjectType()
export class MailboxPayload {
  @Field(() => Mailbox, { nullable: true, description: "The mailbox created or deleted; null when refused." })
  mailbox!: Mailbox | null;

  @Field(() => [MailboxUserError])
  userErrors!: MailboxUserError[];
}

@ObjectType()
export class RequestMailboxMigrationPayload {
  @Field(() => MailboxMigration, { nullable: true })
  migration!: MailboxMigration | null;

  @Field(() => [MailboxUserError])
  userErrors!: MailboxUserError[];
}

@ObjectType()
export class RequestMailboxSupportPayload {
  @Field(() => MailboxSupportRequest, { nullable: true })
  request!: MailboxSupportRequest | null;

  @Field(() => [MailboxUserError])
  userErrors!: MailboxUserError[];
}
