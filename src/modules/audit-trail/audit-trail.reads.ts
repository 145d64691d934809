import type { Context } from "../../context.js";
import { badUserInput } from "../../shared/errors.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import type { ConciergeRequest } from "../concierge/index.js";
import type { Device } from "../devices/index.js";
import type { Delegate } from "../members/index.js";
import type { OfficeAssistanceRequest } from "../office-assistance/index.js";
import type { PrivacyRequest } from "../privacy/index.js";
import type { HistoryFilterInput } from "./audit-trail.inputs.js";
import { toActor, toHistoryEntry } from "./audit-trail.mappers.js";
import { auditTrailPolicies } from "./audit-trail.policies.js";
import type { HistoryFilter } from "./audit-trail.repository.js";
import { DELEGATE_VISIBLE_OPERATIONS } from "./audit-trail.rules.js";
import type { AuditActor, HistoryEntry } from "./audit-trail.types.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPERATION_NAME = /^[A-Za-z][A-Za-z0-9]{0,79}$/;
const MAX_OPERATIONS = 100;

/** Who acted: the role they acted as, their id for that role (a member, delegate, payer or staff id), and the member acted for. */
export interface ActedBy {
  role: string;
  id: string | null;
  memberId: string | null;
}

const fullName = (person: { firstName: string; lastName: string } | null | undefined) => (person ? `${person.firstName} ${person.lastName}` : null);

/**
 * Reads: every name comes through the request's DataLoaders (members, delegates, payers, staff
 * users), so a page of entries or a list of devices costs one query per kind of person, never one
 * per row.
 */
export const auditTrailReads = {
  /** AUT-4: the actor of a change, with names resolved. */
  async actor(ctx: Context, by: ActedBy): Promise<AuditActor> {
    const loaders = ctx.loaders.members;
    // Rows older than the *_by_id columns say only MEMBER: the member themself.
    const id = by.id ?? (by.role === "MEMBER" ? by.memberId : null);
    const [name, forMember] = await Promise.all([
      id && UUID.test(id) ? nameOf(ctx, by.role, id) : null,
      by.memberId && !(by.role === "MEMBER" && id === by.memberId) ? loaders.memberById.load(by.memberId).then(fullName) : null,
    ]);
    return toActor(by.role, name, forMember, ctx.locale);
  },

  /**
   * AUT-2/AUT-4: a member's history, newest first. The delegate's page holds only the operations
   * of DELEGATE_VISIBLE_OPERATIONS (MEM-5), filtered in SQL so pages stay full; whoever may not
   * read the history gets an empty page (the shield refused it already).
   */
  async history(ctx: Context, memberId: string, args: { first: number; after?: string | null; filter?: HistoryFilterInput | null }): Promise<ConnectionShape<HistoryEntry>> {
    const first = pageSize(args.first);
    const after = args.after ? decodeHistoryCursor(args.after) : null;
    if (!auditTrailPolicies.readHistory(ctx.actor, memberId))
      return toConnection<never, HistoryEntry>(
        [],
        first,
        (row) => row,
        () => "",
      );
    const filter: HistoryFilter = { after, limit: first + 1, operations: operationsFor(ctx, args.filter?.operations), actorRoles: args.filter?.actorRoles ?? null };
    const rows = await ctx.loaders.auditTrail.historyPages.load({ memberId, filter });
    const page = rows.slice(0, first);
    const actors = await Promise.all(page.map((row) => auditTrailReads.actor(ctx, { role: row.actorRole, id: row.actorId, memberId: row.memberId })));
    const byId = new Map(page.map((row, i) => [row.id, toHistoryEntry(row, actors[i]!, ctx.locale)]));
    return toConnection(
      rows,
      first,
      (row) => byId.get(row.id)!,
      (row) => encodeCursor([row.at.toISOString(), String(row.id)]),
    );
  },

  /** Query.memberHistory: by the member's global id; null when it is unknown or not the caller's (no existence leak). */
  async memberHistory(
    ctx: Context,
    memberGlobalId: string,
    args: { first: number; after?: string | null; filter?: HistoryFilterInput | null },
  ): Promise<ConnectionShape<HistoryEntry> | null> {
    pageSize(args.first);
    const memberId = idOfType(memberGlobalId, "Member");
    if (!memberId || !auditTrailPolicies.readHistory(ctx.actor, memberId)) return null;
    if (!(await ctx.loaders.members.memberById.load(memberId))) return null;
    return auditTrailReads.history(ctx, memberId, args);
  },

  /** DEV-1/AUT-4: who designated the device. */
  deviceDesignatedBy: (ctx: Context, device: Device) => auditTrailReads.actor(ctx, { role: device.designatedByRole, id: device.designatedByRawId, memberId: device.memberRawId }),

  /** CON-1/MEM-4: who submitted the request (a delegate's request is the member's). */
  conciergeSubmittedBy: (ctx: Context, request: ConciergeRequest) =>
    auditTrailReads.actor(ctx, { role: request.submittedByRole, id: request.submittedByRawId, memberId: request.memberRawId }),

  /** BUR-1/AUT-4: who opened the office-assistance request. */
  officeAssistanceRequestedBy: (ctx: Context, request: OfficeAssistanceRequest) =>
    auditTrailReads.actor(ctx, { role: request.requestedByRole, id: request.requestedByRawId, memberId: request.memberRawId }),

  /** MEM-4: who registered the delegate's designation (the member, or the desk for them). */
  delegateRegisteredBy: (ctx: Context, delegate: Delegate) =>
    auditTrailReads.actor(ctx, { role: delegate.registeredByRole, id: delegate.registeredByRawId, memberId: delegate.memberRawId }),

  /** GDP-1: who filed a data-subject request. */
  privacyRequestFiledBy: (ctx: Context, request: PrivacyRequest) =>
    auditTrailReads.actor(ctx, { role: request.filedByRole, id: request.filedByRawId, memberId: request.memberRawId }),
};

/** The person's name for the role they acted as; null when the row is gone. */
async function nameOf(ctx: Context, role: string, id: string): Promise<string | null> {
  const loaders = ctx.loaders.members;
  switch (role) {
    case "MEMBER":
      return fullName(await loaders.memberById.load(id));
    case "DELEGATE":
      return fullName(await loaders.delegateById.load(id));
    case "PAYER":
      return (await loaders.payerById.load(id))?.displayName ?? null;
    default:
      return (await loaders.staffUserById.load(id))?.displayName ?? null;
  }
}

/** The operations to keep: the caller's filter (well-formed names, at most 100), within the delegate's allowlist for a delegate. */
function operationsFor(ctx: Context, requested: string[] | null | undefined): string[] | null {
  const asked = requested ? [...new Set(requested.filter((name) => OPERATION_NAME.test(name)))].slice(0, MAX_OPERATIONS) : null;
  if (!auditTrailPolicies.isDelegate(ctx.actor)) return asked;
  return asked ? asked.filter((name) => DELEGATE_VISIBLE_OPERATIONS.includes(name)) : [...DELEGATE_VISIBLE_OPERATIONS];
}

/** The cursor is (at, id) of the last entry; id is the audit row's bigserial. */
function decodeHistoryCursor(cursor: string): [string, string] {
  const [at, id] = decodeCursor(cursor, ["instant", "text"]);
  if (!/^[1-9][0-9]{0,17}$/.test(id)) throw badUserInput("INVALID_CURSOR", "after");
  return [at, id];
}
