import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Connection, PageArgs, type ConnectionShape } from "../../shared/relay.js";
import { ConciergeRequest } from "../concierge/index.js";
import { Device } from "../devices/index.js";
import { Delegate, Member } from "../members/index.js";
import { OfficeAssistanceRequest } from "../office-assistance/index.js";
import { PrivacyRequest } from "../privacy/index.js";
import { HistoryFilterInput } from "./audit-trail.inputs.js";
import { auditTrailReads } from "./audit-trail.reads.js";
import { AuditActor, HistoryEntry } from "./audit-trail.types.js";

export const { ConnectionType: HistoryEntryConnection } = Connection(HistoryEntry, "HistoryEntry");

const HISTORY = "AUT-2/AUT-4: the history of changes on the member's account, newest first: when, what, who acted as which role, on behalf of whom.";

@Resolver()
export class AuditTrailResolver {
  @Query(() => HistoryEntryConnection, {
    nullable: true,
    description: `${HISTORY} The member, their delegate (MEM-5: not payers, billing, data-protection requests or the guarantee), the desk and the privacy officer. Null for a member that is unknown or not yours.`,
  })
  memberHistory(
    @Ctx() ctx: Context,
    @Arg("memberId", () => ID, { description: "The Member's global ID." }) memberId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => HistoryFilterInput, { nullable: true, description: "Optional: only some operations or actor roles." }) filter: HistoryFilterInput | null,
  ): Promise<ConnectionShape<HistoryEntry> | null> {
    return auditTrailReads.memberHistory(ctx, memberId, { ...page, filter });
  }
}

/** Member.history: guarded by its own rule (the history's readers are not Member's). */
@Resolver(() => Member)
export class MemberHistoryResolver {
  @FieldResolver(() => HistoryEntryConnection, { description: `${HISTORY} The delegate sees the services part only (MEM-5).` })
  history(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => HistoryFilterInput, { nullable: true, description: "Optional: only some operations or actor roles." }) filter: HistoryFilterInput | null,
  ): Promise<ConnectionShape<HistoryEntry>> {
    return auditTrailReads.history(ctx, member.rawId, { ...page, filter });
  }
}

/* Who created an object, where a person would ask. Each field is read under its object's own rule. */

@Resolver(() => Device)
export class DeviceActorResolver {
  @FieldResolver(() => AuditActor, { description: "DEV-1/AUT-4: who designated the device, e.g. « Luc Bernard, délégué, pour Jeanne Dupont »." })
  designatedBy(@Root() device: Device, @Ctx() ctx: Context): Promise<AuditActor> {
    return auditTrailReads.deviceDesignatedBy(ctx, device);
  }
}

@Resolver(() => ConciergeRequest)
export class ConciergeRequestActorResolver {
  @FieldResolver(() => AuditActor, { description: "MEM-4/AUT-4: who submitted the request (a delegate's request is the member's)." })
  submittedBy(@Root() request: ConciergeRequest, @Ctx() ctx: Context): Promise<AuditActor> {
    return auditTrailReads.conciergeSubmittedBy(ctx, request);
  }
}

@Resolver(() => OfficeAssistanceRequest)
export class OfficeAssistanceRequestActorResolver {
  @FieldResolver(() => AuditActor, { description: "BUR-1/AUT-4: who opened the request." })
  requestedBy(@Root() request: OfficeAssistanceRequest, @Ctx() ctx: Context): Promise<AuditActor> {
    return auditTrailReads.officeAssistanceRequestedBy(ctx, request);
  }
}

@Resolver(() => PrivacyRequest)
export class PrivacyRequestActorResolver {
  @FieldResolver(() => AuditActor, { description: "GDP-1/AUT-4: who filed the request: the member in the app, or the desk or privacy officer who recorded it." })
  filedBy(@Root() request: PrivacyRequest, @Ctx() ctx: Context): Promise<AuditActor> {
    return auditTrailReads.privacyRequestFiledBy(ctx, request);
  }
}

@Resolver(() => Delegate)
export class DelegateActorResolver {
  @FieldResolver(() => AuditActor, { description: "MEM-4/AUT-4: who registered the designation: the member, or the desk for them." })
  registeredBy(@Root() delegate: Delegate, @Ctx() ctx: Context): Promise<AuditActor> {
    return auditTrailReads.delegateRegisteredBy(ctx, delegate);
  }
}

export const auditTrailResolvers = [
  PrivacyRequestActorResolver,
  AuditTrailResolver,
  MemberHistoryResolver,
  DeviceActorResolver,
  ConciergeRequestActorResolver,
  OfficeAssistanceRequestActorResolver,
  DelegateActorResolver,
];
