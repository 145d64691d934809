import { actorRole, type Actor } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { constraintName, fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand, textField } from "../../shared/mutation.js";
import { addParisDays } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { privacyErrors as errorsOf, type PrivacyErrorCode } from "./privacy.errors.js";
import type {
  AnswerPrivacyRequestInput,
  ExtendPrivacyRequestDeadlineInput,
  FilePrivacyRequestInput,
  LiftProcessingLimitInput,
  RejectPrivacyRequestInput,
} from "./privacy.inputs.js";
import { toLimit, toRequest } from "./privacy.mappers.js";
import { privacyPolicies as can } from "./privacy.policies.js";
import { privacyRepository as repo, type LimitRow, type RequestRow } from "./privacy.repository.js";
import { RECEIPT_LIMITS, TEXT_LIMITS, dueAtOf, extendedDueAtOf, isLimitKind, looksLikeADocument } from "./privacy.rules.js";
import type { PrivacyRequest, ProcessingLimit, ProofKind } from "./privacy.types.js";

type Code = PrivacyErrorCode;
type Errors = DomainError<Code>[];
const text = textField(errorsOf);
const REQUEST_FIELD = ["input", "requestId"];

/** MEM-5 / GDP-1: the member's rights are the member's; the delegate and payers get the rule, not a bare refusal. */
function notTheMembersOwn(actor: Actor): DomainError<Code> | null {
  if (actor.kind !== "member-scoped") return null;
  if (actor.role === "DELEGATE") return errorsOf.error("DELEGATE_MAY_NOT_EXERCISE");
  if (actor.role === "PAYER") return errorsOf.error("PAYER_MAY_NOT_EXERCISE");
  return null;
}

interface Filing {
  receivedAt: Date;
  proof: { kind: ProofKind; reference: string };
}

/** GDP-1: the channel, the receipt date and the identity proof, as the actor may give them. */
function filingOf(ctx: Context, input: FilePrivacyRequestInput, errors: Errors): Filing | null {
  const now = ctx.clock.now();
  const staff = ctx.actor.kind === "staff";
  if (!staff) {
    if (input.channel !== "APP") errors.push(errorsOf.error("CHANNEL_NOT_ALLOWED", ["input", "channel"]));
    if (input.receivedAt != null) errors.push(errorsOf.error("RECEIVED_AT_INVALID", ["input", "receivedAt"], { days: RECEIPT_LIMITS.maxAgeDays }));
    if (input.identityProof != null) errors.push(errorsOf.error("IDENTITY_PROOF_INVALID", ["input", "identityProof"], { max: TEXT_LIMITS.proofReference }));
    // The app's proof is the member's authenticated session: this HTTP request's id, traceable in the logs.
    return { receivedAt: now, proof: { kind: "APP_AUTHENTICATION", reference: `app-session:${ctx.requestId}` } };
  }
  if (input.channel === "APP") errors.push(errorsOf.error("CHANNEL_NOT_ALLOWED", ["input", "channel"]));
  const receivedAt = input.receivedAt ?? null;
  if (!receivedAt) errors.push(errorsOf.error("RECEIVED_AT_REQUIRED", ["input", "receivedAt"]));
  else if (receivedAt > now || receivedAt < addParisDays(now, -RECEIPT_LIMITS.maxAgeDays)) {
    errors.push(errorsOf.error("RECEIVED_AT_INVALID", ["input", "receivedAt"], { days: RECEIPT_LIMITS.maxAgeDays }));
  }
  const proof = input.identityProof;
  const reference = proof?.reference.trim() ?? "";
  if (!proof) errors.push(errorsOf.error("IDENTITY_PROOF_REQUIRED", ["input", "identityProof"]));
  else if (proof.kind === "APP_AUTHENTICATION" || reference.length === 0 || reference.length > TEXT_LIMITS.proofReference || looksLikeADocument(reference)) {
    errors.push(errorsOf.error("IDENTITY_PROOF_INVALID", ["input", "identityProof", "reference"], { max: TEXT_LIMITS.proofReference }));
  }
  return receivedAt && proof ? { receivedAt, proof: { kind: proof.kind, reference } } : null;
}

async function visibleRequest(ctx: Context, globalId: string): Promise<RequestRow | null> {
  const id = idOfType(globalId, "PrivacyRequest");
  const row = id ? await ctx.loaders.privacy.requestById.load(id) : null;
  return row && can.read(ctx.actor, row.memberId) ? row : null;
}

type Transition = (row: RequestRow, now: Date) => Result<Partial<RequestRow>, Code>;

/** The privacy officer's changes to one request: under the member lock, then the request's own. */
async function handleRequest(ctx: Context, requestGlobalId: string, operation: string, transition: Transition, lift?: string): Promise<Result<PrivacyRequest, Code>> {
  if (!can.handle(ctx.actor)) throw forbidden();
  const found = await visibleRequest(ctx, requestGlobalId);
  if (!found) return fail(errorsOf.error("REQUEST_NOT_FOUND", REQUEST_FIELD));
  return memberCommand(ctx, { operation, errors: errorsOf, member: { id: found.memberId } }, async ({ tx, audit }) => {
    const current = await repo.lockRequest(tx, found.id);
    if (!current) return fail(errorsOf.error("REQUEST_NOT_FOUND", REQUEST_FIELD));
    if (current.status !== "RECEIVED") return fail(errorsOf.error("REQUEST_CLOSED", REQUEST_FIELD, { status: current.status }));
    const now = ctx.clock.now();
    const changes = transition(current, now);
    if (!changes.ok) return changes;
    const row = await repo.updateRequest(tx, current.id, changes.value);
    const lifted = lift ? await repo.limitsInForceOfRequest(tx, current.id) : [];
    for (const limit of lifted) await repo.updateLimit(tx, limit.id, { liftedAt: now, liftedReason: lift, liftedById: actorId(ctx) });
    await audit({ targetIds: [row.id, ...lifted.map((l) => l.id)], details: { kind: row.kind, status: row.status, dueAt: row.dueAt.toISOString() } });
    return ok(toRequest(row, now));
  });
}

export const privacyService = {
  /**
   * GDP-1: a data-subject request. The member files it in the app (proof: their authenticated
   * session); the desk or the privacy officer records one received by post or email, with its date
   * of receipt and the identity proof seen (kind and reference, never the document). Due one
   * month after receipt. An objection or a restriction is in force for its purpose from now on.
   */
  async file(ctx: Context, input: FilePrivacyRequestInput): Promise<Result<PrivacyRequest, Code>> {
    const refused = notTheMembersOwn(ctx.actor);
    if (refused) return fail(refused);
    const errors: Errors = [];
    const filing = filingOf(ctx, input, errors);
    const limited = isLimitKind(input.kind);
    if (limited && !input.purpose) errors.push(errorsOf.error("PURPOSE_REQUIRED", ["input", "purpose"]));
    if (!limited && input.purpose) errors.push(errorsOf.error("PURPOSE_NOT_APPLICABLE", ["input", "purpose"]));
    const details = input.details == null ? null : text(input.details, TEXT_LIMITS.details, ["input", "details"], errors);
    if (errors.length || !filing) return fail(...errors);

    const purpose = input.purpose ?? null;
    const alreadyInForce = (error: unknown) =>
      sqlState(error) === "23505" && constraintName(error) === "processing_limits_one_in_force" ? errorsOf.error("LIMIT_ALREADY_IN_FORCE", ["input", "purpose"]) : null;
    const member = { globalId: input.memberId, mayActFor: can.file };
    return memberCommand(ctx, { operation: "filePrivacyRequest", errors: errorsOf, member, onDatabaseError: alreadyInForce }, async ({ tx, member, audit }) => {
      if (member.anonymisedAt) return fail(errorsOf.error("MEMBER_ERASED", ["input", "memberId"]));
      const now = ctx.clock.now();
      if (limited && purpose && (await repo.limitInForce(tx, member.id, input.kind as LimitRow["kind"], purpose))) {
        return fail(errorsOf.error("LIMIT_ALREADY_IN_FORCE", ["input", "purpose"]));
      }
      const row = await repo.insertRequest(tx, {
        memberId: member.id,
        kind: input.kind,
        channel: input.channel,
        details,
        purpose,
        identityProofKind: filing.proof.kind,
        identityProofReference: filing.proof.reference,
        receivedAt: filing.receivedAt,
        dueAt: dueAtOf(filing.receivedAt),
        filedByRole: actorRole(ctx.actor),
        filedById: actorId(ctx),
        createdAt: now,
      });
      const limit =
        limited && purpose ? await repo.insertLimit(tx, { memberId: member.id, requestId: row.id, kind: input.kind as LimitRow["kind"], purpose, startedAt: now }) : null;
      await audit({
        targetIds: limit ? [row.id, limit.id] : [row.id],
        details: { kind: row.kind, channel: row.channel, purpose, proofKind: row.identityProofKind, dueAt: row.dueAt.toISOString() },
      });
      return ok(toRequest(row, now));
    });
  },

  /** GDP-1 (art. 12(3)): once, before the first month ends, with a reason: due three months after receipt. */
  async extend(ctx: Context, input: ExtendPrivacyRequestDeadlineInput): Promise<Result<PrivacyRequest, Code>> {
    const errors: Errors = [];
    const reason = text(input.reason, TEXT_LIMITS.reason, ["input", "reason"], errors, true);
    if (errors.length || !reason) return fail(...errors);
    return handleRequest(ctx, input.requestId, "extendPrivacyRequestDeadline", (row, now) => {
      if (row.extendedAt) return fail(errorsOf.error("ALREADY_EXTENDED", REQUEST_FIELD));
      if (now >= row.dueAt) return fail(errorsOf.error("EXTENSION_TOO_LATE", REQUEST_FIELD, { dueAt: row.dueAt.toISOString() }));
      return ok({ extendedAt: now, extensionReason: reason, dueAt: extendedDueAtOf(row.receivedAt) });
    });
  },

  /** GDP-1: the privacy officer's answer. An erasure is answered by erasePersonalData (GDP-3), which attaches the retention ledger. */
  async answer(ctx: Context, input: AnswerPrivacyRequestInput): Promise<Result<PrivacyRequest, Code>> {
    const errors: Errors = [];
    const answer = text(input.answer, TEXT_LIMITS.answer, ["input", "answer"], errors, true);
    if (errors.length || !answer) return fail(...errors);
    return handleRequest(ctx, input.requestId, "answerPrivacyRequest", (row, now) => {
      if (row.kind === "ERASURE") return fail(errorsOf.error("ERASURE_ANSWERED_BY_ERASURE", REQUEST_FIELD));
      return ok({ status: "ANSWERED", answeredAt: now, answer, answeredById: actorId(ctx) });
    });
  },

  /** GDP-1 (art. 12(5), 12(6)): a rejection, with its reason; an objection or restriction it asked for is lifted. */
  async reject(ctx: Context, input: RejectPrivacyRequestInput): Promise<Result<PrivacyRequest, Code>> {
    const errors: Errors = [];
    const reason = text(input.reason, TEXT_LIMITS.reason, ["input", "reason"], errors, true);
    if (errors.length || !reason) return fail(...errors);
    const transition: Transition = (_row, now) => ok({ status: "REJECTED", answeredAt: now, answer: reason, answeredById: actorId(ctx) });
    return handleRequest(ctx, input.requestId, "rejectPrivacyRequest", transition, `Demande rejetée / request rejected: ${reason}`);
  },

  /** GDP-1: the member withdraws their objection or restriction, or the privacy officer lifts it (with a reason). */
  async lift(ctx: Context, input: LiftProcessingLimitInput): Promise<Result<ProcessingLimit, Code>> {
    const refused = notTheMembersOwn(ctx.actor);
    if (refused) return fail(refused);
    const field = ["input", "limitId"];
    const errors: Errors = [];
    const byOfficer = can.handle(ctx.actor);
    const reason = input.reason == null && !byOfficer ? null : text(input.reason, TEXT_LIMITS.reason, ["input", "reason"], errors, byOfficer);
    if (errors.length) return fail(...errors);
    const id = idOfType(input.limitId, "ProcessingLimit");
    const found = id ? await ctx.loaders.privacy.limitById.load(id) : null;
    if (!found || !can.lift(ctx.actor, found.memberId)) return fail(errorsOf.error("LIMIT_NOT_FOUND", field));
    return memberCommand(ctx, { operation: "liftProcessingLimit", errors: errorsOf, member: { id: found.memberId } }, async ({ tx, audit }) => {
      const current = await repo.lockLimit(tx, found.id);
      if (!current) return fail(errorsOf.error("LIMIT_NOT_FOUND", field));
      if (current.liftedAt) return fail(errorsOf.error("LIMIT_ALREADY_LIFTED", field));
      const liftedReason = reason ?? "Retirée par le membre / withdrawn by the member";
      const row = await repo.updateLimit(tx, current.id, { liftedAt: ctx.clock.now(), liftedReason, liftedById: actorId(ctx) });
      await audit({ targetIds: [row.id, row.requestId], details: { kind: row.kind, purpose: row.purpose } });
      return ok(toLimit(row));
    });
  },
};
