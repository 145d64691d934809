import type { Context } from "../context.js";

/**
 * A valid token is not enough: the person behind it must still hold the role. A revoked delegate,
 * a revoked payer or a disabled staff account is refused even with an unexpired token.
 * Uses the request's loaders, so the check costs one query per request at most.
 */
export async function principalIsCurrent(ctx: Context): Promise<boolean> {
  const { actor } = ctx;
  const members = ctx.loaders.members;
  switch (actor.kind) {
    case "anonymous":
      return false;
    case "member-scoped": {
      if (actor.role === "MEMBER") {
        if (actor.subjectId !== actor.memberId) return false;
        const member = await members.memberById.load(actor.memberId);
        // GDP-3: an anonymised member's token stops working (their delegates and payers are revoked by the erasure).
        return member !== null && member.status !== "REJECTED" && member.anonymisedAt === null;
      }
      if (actor.role === "DELEGATE") {
        const delegate = await members.delegateById.load(actor.subjectId);
        return delegate !== null && delegate.memberId === actor.memberId && delegate.revokedAt === null;
      }
      const payer = await members.payerById.load(actor.subjectId);
      return payer !== null && payer.memberId === actor.memberId && payer.revokedAt === null;
    }
    case "staff": {
      const staff = await members.staffUserById.load(actor.subjectId);
      return staff !== null && staff.role === actor.role && staff.disabledAt === null;
    }
  }
}
