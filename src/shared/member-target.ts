import { Field, ID, InputType } from "type-graphql";
import { ownMemberId, type Actor } from "../authz/actor.js";
import { idOfType } from "./relay.js";

export type MemberTarget = { ok: true; memberId: string } | { ok: false; problem: "MEMBER_ID_REQUIRED" | "MEMBER_NOT_FOUND" };

/**
 * Which member a mutation acts on. MEMBER and DELEGATE act on their own member (naming another
 * is "not found", never a leak); staff must name one, and `allowed` says whether they may.
 */
export function resolveMemberTarget(actor: Actor, memberGlobalId: string | null | undefined, allowed: (actor: Actor, memberId: string) => boolean): MemberTarget {
  const own = ownMemberId(actor);
  if (memberGlobalId == null) return own ? { ok: true, memberId: own } : { ok: false, problem: "MEMBER_ID_REQUIRED" };
  const id = idOfType(memberGlobalId, "Member");
  if (!id || !allowed(actor, id)) return { ok: false, problem: "MEMBER_NOT_FOUND" };
  return { ok: true, memberId: id };
}

/** The `memberId` that resolveMemberTarget reads, inherited by inputs (`extends MemberTargetInput`); no SDL type of its own. */
@InputType()
export class MemberTargetInput {
  @Field(() => ID, { nullable: true, description: "Required for the desk; MEMBER and DELEGATE act for their own member." })
  memberId?: string | null;
}

/** The same `memberId`, in the wording the premises, devices, mailboxes, Airbox and delivery inputs publish. */
@InputType()
export class MemberIdInput {
  @Field(() => ID, { nullable: true, description: "The member. Optional for MEMBER and DELEGATE (their own member); required for the desk." })
  memberId?: string | null;
}
