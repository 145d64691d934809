import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { fromGlobalId, Node } from "../../shared/relay.js";
import { membersService } from "../members/index.js";
import { candidacyService } from "../membership/index.js";
import { optionsService } from "../options/index.js";
import { premisesService } from "../premises/index.js";
import { devicesReads } from "../devices/index.js";
import { interventionReads } from "../interventions/index.js";
import { MAILBOX_NODE_TYPES, mailboxReads } from "../mailboxes/index.js";
import { AIRBOX_NODE_TYPES, airboxReads } from "../airbox/index.js";
import { conciergeService, privilegeService } from "../concierge/index.js";
import { proService } from "../pro/index.js";
import { circleEventsService, salonAppointmentsService } from "../salon/index.js";
import { invoiceReads } from "../invoicing/index.js";
import { equipmentService } from "../equipment/index.js";
import { quotesService } from "../quotes/index.js";
import { officeAssistanceReads } from "../office-assistance/index.js";

/**
 * Per-type fetchers, by global-id type: each returns null for an object the actor may not see.
 * Types not listed here (Member, Delegate, Payer, StaffUser) are resolved by the members module.
 */
const fetchers: Record<string, (ctx: Context, rawId: string) => Promise<Node | null>> = {
  Address: (ctx, id) => premisesService.addressNode(ctx, id),
  InternetLine: (ctx, id) => premisesService.lineNode(ctx, id),
  OptionSubscription: (ctx, id) => optionsService.node(ctx, id),
  Candidacy: (ctx, id) => candidacyService.candidacyNode(ctx, id),
  CommitteeMeeting: (ctx, id) => candidacyService.meetingNode(ctx, id),
  Device: (ctx, id) => devicesReads.deviceNode(ctx, id),
  VipLine: (ctx, id) => devicesReads.vipLineNode(ctx, id),
  Intervention: (ctx, id) => interventionReads.interventionNode(ctx, id),
  AssistanceRequest: (ctx, id) => interventionReads.assistanceRequestNode(ctx, id),
  ...Object.fromEntries(MAILBOX_NODE_TYPES.map((type) => [type, (ctx: Context, id: string) => mailboxReads.node(ctx, type, id)])),
  ...Object.fromEntries(AIRBOX_NODE_TYPES.map((type) => [type, (ctx: Context, id: string) => airboxReads.node(ctx, type, id)])),
  ConciergeRequest: (ctx, id) => conciergeService.requestNode(ctx, id),
  ConciergePrivilege: (ctx, id) => privilegeService.node(ctx, id),
  ProServiceRequest: (ctx, id) => proService.serviceRequestNode(ctx, id),
  ProBrick: (ctx, id) => proService.brickNode(ctx, id),
  SalonAppointment: (ctx, id) => salonAppointmentsService.node(ctx, id),
  CircleEvent: (ctx, id) => circleEventsService.eventNode(ctx, id),
  CircleEventRegistration: (ctx, id) => circleEventsService.registrationNode(ctx, id),
  Invoice: (ctx, id) => invoiceReads.node(ctx, id),
  EquipmentPurchase: (ctx, id) => equipmentService.node(ctx, id),
  Quote: (ctx, id) => quotesService.quoteNode(ctx, id),
  QuoteRequest: (ctx, id) => quotesService.requestNode(ctx, id),
  OfficeAssistanceRequest: (ctx, id) => officeAssistanceReads.requestNode(ctx, id),
  OfficeAssistanceSession: (ctx, id) => officeAssistanceReads.sessionNode(ctx, id),
  OfficeAssistanceVisit: (ctx, id) => officeAssistanceReads.visitNode(ctx, id),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID; null if unknown or not visible to you." })
  node(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    const fetch = parsed && Object.hasOwn(fetchers, parsed.type) ? fetchers[parsed.type] : undefined;
    return parsed && fetch ? fetch(ctx, parsed.id) : membersService.node(ctx, id);
  }
}
