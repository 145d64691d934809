import type { Actor } from "../authz/actor.js";
import type { Context } from "../context.js";
import { recordAudit, type AuditEntry } from "./audit.js";
import type { Tx } from "./db.js";
import { fail, type DomainError, type Result } from "./errors.js";
import { clearLoaders } from "./loader.js";
import { lockMemberRow, type LockedMemberRow } from "./member-lock.js";
import { optionInForce } from "./prerequisites.js";
import { resolveMemberTarget } from "./member-target.js";
import { accountDataRestricted, answersOpenRequest, restrictionBinds } from "./processing-restriction.js";
import { isServiceSuspended } from "./service-suspension.js";
import { transact } from "./transaction.js";

/**
 * The mutation kernel: every write of every module runs through `runCommand` (or `memberCommand`,
 * which is `runCommand` for a change to one member's services). One transaction; a refusal rolls
 * back everything; the audit row commits with the change; the request's loaders are cleared after
 * a commit, so a payload never shows what was read before the change.
 *
 * Work that must commit with every change (idempotency records, outbox events) plugs in here, in
 * `beforeCommit`, not in the mutations.
 */

/** A module's error catalogue (what `defineErrors` returns), as far as the kernel needs it. */
export interface CommandErrors<Code extends string> {
  error(code: Code, field?: string[] | null, params?: Record<string, string | number>): DomainError<Code>;
}

/** What the work of a command gets: the transaction and the audit writer of this operation. */
export interface Command {
  tx: Tx;
  ctx: Context;
  /** AUT-4: the audit row of the change, in the change's transaction (operation filled in). */
  audit(entry: Omit<AuditEntry, "operation">): Promise<void>;
}

export interface CommandOptions<Code extends string> {
  /** The GraphQL operation, e.g. `designateDevice`: the audit row's and, later, the event's name. */
  operation: string;
  /** Turns a constraint violation into a refusal; anything else is thrown (a 500, masked). */
  onDatabaseError?: (error: unknown) => DomainError<Code> | null;
}

/** Written inside every successful command's transaction, just before it commits. */
export type CommitHook = (command: Command, operation: string, value: unknown) => Promise<void>;
const beforeCommit: CommitHook[] = [];

/** Registers work that commits with every change (the seam for idempotency keys and outbox events); returns its removal. */
export function onEveryCommit(hook: CommitHook): () => void {
  beforeCommit.push(hook);
  return () => void beforeCommit.splice(beforeCommit.indexOf(hook), 1);
}

export async function runCommand<T, Code extends string>(
  ctx: Context,
  options: CommandOptions<Code>,
  work: (command: Command) => Promise<Result<T, Code>>,
): Promise<Result<T, Code>> {
  const result = await transact(
    ctx,
    async (tx) => {
      const command: Command = { tx, ctx, audit: (entry) => recordAudit(tx, ctx, { operation: options.operation, ...entry }) };
      const outcome = await work(command);
      if (outcome.ok) for (const hook of beforeCommit) await hook(command, options.operation, outcome.value);
      return outcome;
    },
    options.onDatabaseError,
  );
  if (result.ok) clearLoaders(ctx.loaders);
  return result;
}

/** Prerequisites a member command may declare, checked in this order under the member lock. */
export type Prerequisite = "open" | "active" | "optionInForce" | "notSuspended" | "notRestricted";
const CHECK_ORDER: Prerequisite[] = ["open", "active", "optionInForce", "notSuspended", "notRestricted"];

export type TargetCode = "MEMBER_NOT_FOUND" | "MEMBER_ID_REQUIRED";

export interface MemberCommandOptions<Code extends string> extends CommandOptions<Code> {
  errors: CommandErrors<Code | TargetCode>;
  /**
   * The member acted on: MEMBER and DELEGATE act on their own (naming another is "not found",
   * never a leak); staff name one as a global id, or the command already knows the raw id.
   */
  member: { globalId: string | null | undefined; mayActFor: (actor: Actor, memberId: string) => boolean } | { id: string };
  /**
   * What must hold, and the code that refuses when it does not: `open` (not REJECTED/TERMINATED,
   * MEM-2), `active` (ACTIVE), `optionInForce` (OPT-2), `notSuspended` (BIL-9), `notRestricted`
   * (GDP-1: staff do not change account data under the member's restriction, see
   * processing-restriction.ts).
   */
  requires?: Partial<Record<Prerequisite, Code>>;
  /** `notRestricted`: the raw id of the member's open RECTIFICATION or RESTRICTION request this change answers (then allowed). */
  answersPrivacyRequest?: string | null;
  /** Where prerequisite refusals point; default `["input"]`. */
  field?: string[];
}

export interface MemberCommand extends Command {
  member: LockedMemberRow;
  /** The audit row, on behalf of the member unless said otherwise. */
  audit(entry: Omit<AuditEntry, "operation" | "onBehalfOfMemberId"> & { onBehalfOfMemberId?: string | null }): Promise<void>;
}

const MEMBER_FIELD = ["input", "memberId"];

/**
 * A change to one member's services: resolves the member, locks the member row first (one lock
 * order, so "at most N per member" rules hold under concurrency), checks the declared
 * prerequisites, runs the work, writes the audit row with it.
 */
export async function memberCommand<T, Code extends string>(
  ctx: Context,
  options: MemberCommandOptions<Code>,
  work: (command: MemberCommand) => Promise<Result<T, Code>>,
): Promise<Result<T, Code>> {
  const errors = options.errors as CommandErrors<Code>;
  const target = "id" in options.member ? { ok: true as const, memberId: options.member.id } : resolveMemberTarget(ctx.actor, options.member.globalId, options.member.mayActFor);
  if (!target.ok) return fail(errors.error(target.problem as Code, MEMBER_FIELD));
  const memberId = target.memberId;
  return runCommand(ctx, options, async (command) => {
    const member = await lockMemberRow(command.tx, memberId);
    if (!member) return fail(errors.error("MEMBER_NOT_FOUND" as Code, MEMBER_FIELD));
    const refusal = await firstUnmet(command.tx, member, { now: ctx.clock.now(), actor: ctx.actor, answers: options.answersPrivacyRequest ?? null }, options.requires ?? {});
    if (refusal) return fail(errors.error(refusal, options.field ?? ["input"]));
    return work({ ...command, member, audit: (entry) => command.audit({ onBehalfOfMemberId: member.id, ...entry }) });
  });
}

/** What the prerequisites are checked against, besides the locked member row. */
interface CheckContext {
  now: Date;
  actor: Actor;
  answers: string | null;
}

async function firstUnmet<Code extends string>(tx: Tx, member: LockedMemberRow, at: CheckContext, requires: Partial<Record<Prerequisite, Code>>): Promise<Code | null> {
  for (const prerequisite of CHECK_ORDER) {
    const code = requires[prerequisite];
    if (code && !(await holds(tx, member, at, prerequisite))) return code;
  }
  return null;
}

async function holds(tx: Tx, member: LockedMemberRow, { now, actor, answers }: CheckContext, prerequisite: Prerequisite): Promise<boolean> {
  switch (prerequisite) {
    case "open":
      return member.status !== "REJECTED" && member.status !== "TERMINATED";
    case "active":
      return member.status === "ACTIVE";
    case "optionInForce":
      return (await optionInForce(tx, member.id, now)) !== undefined;
    case "notSuspended":
      return !(await isServiceSuspended(tx, member.id));
    case "notRestricted":
      if (!restrictionBinds(actor) || !(await accountDataRestricted(tx, member.id))) return true;
      return answers !== null && (await answersOpenRequest(tx, member.id, answers));
  }
}

/** The actor's subject id, for "done by" columns; a write never runs anonymously (shield denies it). */
export function actorId(ctx: Pick<Context, "actor">): string {
  if (ctx.actor.kind === "anonymous") throw new Error("an anonymous caller reached a write");
  return ctx.actor.subjectId;
}

/**
 * The module's text check: trimmed text within `max` characters, or null after pushing INVALID_TEXT
 * for `field`. Empty is refused when `required`, otherwise it reads as null.
 *   const text = textField(airboxErrors);  …  const note = text(input.note, 500, ["input", "note"], problems);
 */
export function textField<Code extends string>(errors: CommandErrors<Code>) {
  return (raw: string | null | undefined, max: number, field: string[], problems: DomainError<Code>[], required = false): string | null => {
    const value = raw?.trim() ?? "";
    if ((required && value.length === 0) || value.length > max) {
      problems.push(errors.error("INVALID_TEXT" as Code, field, { max }));
      return null;
    }
    return value.length > 0 ? value : null;
  };
}
