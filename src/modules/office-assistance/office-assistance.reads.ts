import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { toRequest, toSession, toVisit } from "./office-assistance.mappers.js";
import { officeAssistancePolicies as can } from "./office-assistance.policies.js";
import type { RequestRow } from "./office-assistance.repository.js";
import type { OfficeAssistanceRequest, OfficeAssistanceSession, OfficeAssistanceVisit } from "./office-assistance.types.js";

const cursorOf = (row: RequestRow) => encodeCursor([row.requestedAt.toISOString(), row.id]);

export const officeAssistanceReads = {
  /** Member.officeAssistanceRequests: newest first, one statement for a whole list of members. */
  async memberRequests(ctx: Context, memberId: string, args: { first: number; after?: string | null }): Promise<ConnectionShape<OfficeAssistanceRequest>> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    if (!can.actForMember(ctx.actor, memberId)) return toConnection([], first, toRequest, cursorOf);
    const rows = await ctx.loaders.officeAssistance.requestPages.load({ memberId, filter: { after, limit: first + 1 } });
    return toConnection(rows, first, toRequest, cursorOf);
  },

  async sessionsOf(ctx: Context, request: OfficeAssistanceRequest): Promise<OfficeAssistanceSession[]> {
    return (await ctx.loaders.officeAssistance.sessionsByRequestId.load(request.rawId)).map(toSession);
  },

  async visitsOf(ctx: Context, request: OfficeAssistanceRequest): Promise<OfficeAssistanceVisit[]> {
    return (await ctx.loaders.officeAssistance.visitsByRequestId.load(request.rawId)).map(toVisit);
  },

  async requestNode(ctx: Context, id: string): Promise<OfficeAssistanceRequest | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.officeAssistance.requestById.load(id);
    return row && can.actForMember(ctx.actor, row.memberId) ? toRequest(row) : null;
  },

  async sessionNode(ctx: Context, id: string): Promise<OfficeAssistanceSession | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.officeAssistance.sessionById.load(id);
    return row && can.actForMember(ctx.actor, row.memberId) ? toSession(row) : null;
  },

  async visitNode(ctx: Context, id: string): Promise<OfficeAssistanceVisit | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.officeAssistance.visitById.load(id);
    return row && can.actForMember(ctx.actor, row.memberId) ? toVisit(row) : null;
  },
};
