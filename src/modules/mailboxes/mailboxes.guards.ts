import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { idOfType } from "../../shared/relay.js";
import { mailboxErrors, type MailboxErrorCode } from "./mailboxes.errors.js";
import { mailboxesRepository as repo, type MailboxRow } from "./mailboxes.repository.js";

/**
 * Who may act on a member's mailboxes: the member, their delegate (on the member's behalf and
 * billed to the member, MEM-4: packs included, no rule reserves them to the member) and the desk.
 */
export const manageMailboxes = (actor: Context["actor"], memberId: string): boolean => policies.readMember(actor, memberId);

export function targetMember(ctx: Context, memberGlobalId: string | null | undefined): Result<string, MailboxErrorCode> {
  const t = resolveMemberTarget(ctx.actor, memberGlobalId, manageMailboxes);
  return t.ok ? ok(t.memberId) : fail(mailboxErrors.error(t.problem, ["input", "memberId"]));
}

/** A live mailbox the actor may manage, by global id (read outside the transaction only to learn its member). */
export async function findManageableMailbox(ctx: Context, globalId: string, field: string[]): Promise<Result<MailboxRow, MailboxErrorCode>> {
  const id = idOfType(globalId, "Mailbox");
  const row = id ? await repo.mailboxById(ctx.db, id) : undefined;
  if (!row || row.deletedAt || !manageMailboxes(ctx.actor, row.memberId)) return fail(mailboxErrors.error("MAILBOX_NOT_FOUND", field));
  return ok(row);
}

/** The person acting, recorded on the rows they write. Shield lets no anonymous caller this far. */
export function actorId(ctx: Context): string {
  if (ctx.actor.kind === "anonymous") throw forbidden();
  return ctx.actor.subjectId;
}

/** Trims a free-text field; an error when it is empty (if required) or too long. */
export function text(raw: string | null | undefined, max: number, field: string[], errors: DomainError<MailboxErrorCode>[], required = false): string | null {
  const value = raw?.trim() ?? "";
  if ((required && value.length === 0) || value.length > max) {
    errors.push(mailboxErrors.error("INVALID_TEXT", field, { max }));
    return null;
  }
  return value.length ? value : null;
}
