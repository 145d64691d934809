import { policies } from "../../authz/policies.js";
import { actorRole } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand, runCommand } from "../../shared/mutation.js";
import { idOfType } from "../../shared/relay.js";
import { toDelegate, toPayer, type Delegate, type Payer } from "../members/index.js";
import { membershipErrors, type MembershipErrorCode } from "./membership.errors.js";
import type { DesignateDelegateInput, DesignatePayerInput, RevokeDelegateInput, RevokePayerInput } from "./membership.inputs.js";
import { membershipRepository as repo, type ItemKind } from "./membership.repository.js";
import { actingForThemself, isDelegate } from "./membership.policies.js";
import { ADDRESS_LINE_MAX, PAYER_FIELD_MAX, checkEmail, checkName, checkPhone, checkText } from "./membership.validation.js";
import { accountDataRestricted, restrictionBinds } from "../../shared/processing-restriction.js";

/** GDP-1: staff do not change delegates and payers under the member's restriction of account data. */
const NOT_RESTRICTED = { notRestricted: "PROCESSING_RESTRICTED" } as const;

type R<T> = Promise<Result<T, MembershipErrorCode>>;
type Errors = DomainError<MembershipErrorCode>[];

export interface DelegateDesignation {
  delegate: Delegate;
  replacedDelegate: Delegate | null;
}

/**
 * MEM-4: who notified the Desk. The member acts in the app (APP); the desk records how it was
 * told (EMAIL or PHONE, required).
 */
function notificationChannel(ctx: Context, given: DesignateDelegateInput["notifiedVia"], errors: Errors): "APP" | "EMAIL" | "PHONE" {
  if (ctx.actor.kind === "staff") {
    if (given === "EMAIL" || given === "PHONE") return given;
    errors.push(membershipErrors.error("NOTIFICATION_CHANNEL_REQUIRED", ["input", "notifiedVia"]));
    return "APP";
  }
  if (given != null && given !== "APP") errors.push(membershipErrors.error("NOTIFICATION_CHANNEL_INVALID", ["input", "notifiedVia"]));
  return "APP";
}

/**
 * BIL-6: at most one active payer per item kind. A payer of everything (no kinds) excludes any
 * other active payer, and a kind already taken cannot be taken again.
 */
function payerOverlap(active: { kinds: ItemKind[] }[], wanted: readonly ItemKind[]): DomainError<MembershipErrorCode> | null {
  const field = ["input", "itemKinds"];
  if (active.length === 0) return null;
  if (wanted.length === 0 || active.some((p) => p.kinds.length === 0)) return membershipErrors.error("PAYER_OVERLAPS_ALL", field);
  const taken = wanted.filter((kind) => active.some((p) => p.kinds.includes(kind)));
  return taken.length ? membershipErrors.error("PAYER_KIND_TAKEN", field, { kinds: taken.join(", ") }) : null;
}

/** MEM-4/MEM-5: the member's delegate and third-party payers, designated by the member or the desk only. */
export const delegationService = {
  /** MEM-4: designates a delegate; an active one is replaced (revoked) in the same transaction. */
  async designateDelegate(ctx: Context, input: DesignateDelegateInput): R<DelegateDesignation> {
    if (isDelegate(ctx)) return fail(membershipErrors.error("DELEGATE_NOT_ALLOWED"));
    const errors: Errors = [];
    const lastName = checkName(input.lastName, ["input", "lastName"], errors);
    const firstName = checkName(input.firstName, ["input", "firstName"], errors);
    const postalAddress = checkText(input.postalAddress, ADDRESS_LINE_MAX * 2, () =>
      errors.push(membershipErrors.error("INVALID_ADDRESS_LINE", ["input", "postalAddress"], { max: ADDRESS_LINE_MAX * 2 })),
    );
    const email = input.email?.trim() ? checkEmail(input.email, ["input", "email"], errors) : null;
    const phone = input.phone?.trim() ? checkPhone(input.phone, ["input", "phone"], errors) : null;
    if (!input.email?.trim() && !input.phone?.trim()) errors.push(membershipErrors.error("DELEGATE_CONTACT_REQUIRED", ["input", "email"]));
    const notifiedVia = notificationChannel(ctx, input.notifiedVia, errors);
    if (errors.length) return fail(...errors);

    // The member row lock serialises concurrent designations: each one sees the previous one's delegate.
    return memberCommand(
      ctx,
      { operation: "designateDelegate", errors: membershipErrors, member: actingForThemself(input.memberId), requires: NOT_RESTRICTED },
      async ({ tx, member, audit }) => {
        const now = ctx.clock.now();
        const current = await repo.activeDelegate(tx, member.id);
        const replaced = current ? await repo.revokeDelegate(tx, current.id, now) : null;
        const delegate = await repo.insertDelegate(tx, {
          memberId: member.id,
          lastName,
          firstName,
          postalAddress,
          email,
          phone,
          notifiedVia,
          registeredByRole: actorRole(ctx.actor),
          registeredById: actorId(ctx),
          createdAt: now,
        });
        await audit({ targetIds: [delegate.id, ...(replaced ? [replaced.id] : [])], details: { notifiedVia, replacedDelegateId: replaced?.id ?? null } });
        return ok({ delegate: toDelegate(delegate), replacedDelegate: replaced && toDelegate(replaced) });
      },
    );
  },

  /** MEM-4: ends the designation; the delegate's token stops working at once (principalIsCurrent). */
  async revokeDelegate(ctx: Context, input: RevokeDelegateInput): R<Delegate> {
    if (isDelegate(ctx)) return fail(membershipErrors.error("DELEGATE_NOT_ALLOWED"));
    return memberCommand(
      ctx,
      { operation: "revokeDelegate", errors: membershipErrors, member: actingForThemself(input.memberId), requires: NOT_RESTRICTED },
      async ({ tx, member, audit }) => {
        const current = await repo.activeDelegate(tx, member.id);
        if (!current) return fail(membershipErrors.error("NO_ACTIVE_DELEGATE", ["input", "memberId"]));
        const revoked = await repo.revokeDelegate(tx, current.id, ctx.clock.now());
        await audit({ targetIds: [revoked.id] });
        return ok(toDelegate(revoked));
      },
    );
  },

  /** BIL-6/MEM-5: a third-party payer, designated by the member or the desk (never the delegate). */
  async designatePayer(ctx: Context, input: DesignatePayerInput): R<Payer> {
    if (isDelegate(ctx)) return fail(membershipErrors.error("DELEGATE_NOT_ALLOWED"));
    const errors: Errors = [];
    const tooLong = (field: string) => () => errors.push(membershipErrors.error("INVALID_PAYER_FIELD", ["input", field], { max: PAYER_FIELD_MAX }));
    const displayName = checkText(input.displayName, PAYER_FIELD_MAX, tooLong("displayName"));
    const billingAddress = checkText(input.billingAddress, PAYER_FIELD_MAX, tooLong("billingAddress"));
    const email = checkEmail(input.email, ["input", "email"], errors);
    if (errors.length || !displayName || !billingAddress) return fail(...errors);
    // BIL-6: none or an empty list: the payer of everything. Duplicates in the list count once.
    const itemKinds = [...new Set(input.itemKinds ?? [])].sort();
    // The member row lock serialises designations: two payers can never both take one kind.
    return memberCommand(
      ctx,
      { operation: "designatePayer", errors: membershipErrors, member: actingForThemself(input.memberId), requires: NOT_RESTRICTED },
      async ({ tx, member, audit }) => {
        const overlap = payerOverlap(await repo.activePayersWithKinds(tx, member.id), itemKinds);
        if (overlap) return fail(overlap);
        const payer = await repo.insertPayer(tx, { memberId: member.id, kind: input.kind, displayName, email, billingAddress, createdAt: ctx.clock.now() });
        await repo.insertPayerItemKinds(tx, payer.id, itemKinds);
        await audit({ targetIds: [payer.id], details: { kind: payer.kind, itemKinds: itemKinds.length ? itemKinds : "ALL" } });
        return ok(toPayer(payer));
      },
    );
  },

  /** BIL-6/MEM-5: ends a payer's designation (the member or the desk). */
  async revokePayer(ctx: Context, input: RevokePayerInput): R<Payer> {
    if (isDelegate(ctx)) return fail(membershipErrors.error("DELEGATE_NOT_ALLOWED"));
    const payerId = idOfType(input.payerId, "Payer");
    const notFound = membershipErrors.error("PAYER_NOT_FOUND", ["input", "payerId"]);
    if (!payerId) return fail(notFound);
    // runCommand: the payer row is the lock; its member is only known once the row is read.
    return runCommand(ctx, { operation: "revokePayer" }, async ({ tx, audit }) => {
      const payer = await repo.lockPayer(tx, payerId);
      if (!payer || payer.revokedAt || !policies.actAsMember(ctx.actor, payer.memberId)) return fail(notFound);
      if (restrictionBinds(ctx.actor) && (await accountDataRestricted(tx, payer.memberId))) return fail(membershipErrors.error("PROCESSING_RESTRICTED", ["input", "payerId"]));
      const revoked = await repo.revokePayer(tx, payer.id, ctx.clock.now());
      await audit({ onBehalfOfMemberId: payer.memberId, targetIds: [payer.id] });
      return ok(toPayer(revoked));
    });
  },
};
