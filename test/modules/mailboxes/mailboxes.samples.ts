import { toGlobalId } from "../../../src/shared/relay.js";
import { actors } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aMailbox, aMailboxMember, aPack } from "./mailboxes.support.js";

/** One successful call per mailbox mutation (audit test). */
export const samples: MutationSamples = {
  async subscribeMailboxPack(db) {
    const member = await aMailboxMember(db);
    return {
      actor: actors.member(member),
      query: `mutation($input: SubscribeMailboxPackInput!) { subscribeMailboxPack(input: $input) { userErrors { code rule } } }`,
      variables: { input: { pack: "PACK_5" } },
    };
  },
  async cancelMailboxPack(db) {
    const member = await aMailboxMember(db);
    const pack = await aPack(db, member.id, "PLUS_1");
    return {
      actor: actors.member(member),
      query: `mutation($input: CancelMailboxPackInput!) { cancelMailboxPack(input: $input) { userErrors { code rule } } }`,
      variables: { input: { packId: toGlobalId("MailboxPack", pack.id) } },
    };
  },
  async createMailbox(db) {
    const member = await aMailboxMember(db);
    return {
      actor: actors.member(member),
      query: `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { userErrors { code rule } } }`,
      variables: { input: { localPart: `audit.${member.id.slice(0, 8)}` } },
    };
  },
  async deleteMailbox(db) {
    const member = await aMailboxMember(db);
    const box = await aMailbox(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: DeleteMailboxInput!) { deleteMailbox(input: $input) { userErrors { code rule } } }`,
      variables: { input: { mailboxId: toGlobalId("Mailbox", box.id) } },
    };
  },
  async requestMailboxMigration(db) {
    const member = await aMailboxMember(db);
    const box = await aMailbox(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: RequestMailboxMigrationInput!) { requestMailboxMigration(input: $input) { userErrors { code rule } } }`,
      variables: { input: { mailboxId: toGlobalId("Mailbox", box.id), source: "Gmail", sizeMb: 2048 } },
    };
  },
  async requestMailboxSupport(db) {
    const member = await aMailboxMember(db);
    const box = await aMailbox(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: RequestMailboxSupportInput!) { requestMailboxSupport(input: $input) { userErrors { code rule } } }`,
      variables: { input: { mailboxId: toGlobalId("Mailbox", box.id), kind: "SETUP" } },
    };
  },
};
