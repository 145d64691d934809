import type { Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

/**
 * Who may act on a member's mailboxes: the member, their delegate (on the member's behalf and
 * billed to the member, MEM-4: packs included, no rule reserves them to the member) and the desk.
 */
export const manageMailboxes = (actor: Actor, memberId: string): boolean => policies.readMember(actor, memberId);
