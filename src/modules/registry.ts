import type { NonEmptyArray } from "type-graphql";
import type { ModulePermissions } from "../authz/compose.js";
import { MembersResolver } from "./members/index.js";
import { membersPermissions } from "./members/members.permissions.js";
import { NodeResolver } from "./node/node.resolver.js";
import { nodePermissions } from "./node/node.permissions.js";
import { OptionsResolver, optionsPermissions } from "./options/index.js";
import { premisesPermissions, premisesResolvers } from "./premises/index.js";
import { CoachingResolver, MemberCoachingResolver, coachingPermissions } from "./coaching/index.js";
import { ServiceHoursResolver, serviceHoursPermissions } from "./service-hours/index.js";
import { ZoneResolver, zonePermissions } from "./zone/index.js";
import { devicesPermissions, devicesResolvers } from "./devices/index.js";
import { interventionsPermissions, interventionsResolvers } from "./interventions/index.js";
import { mailboxesPermissions, mailboxesResolvers } from "./mailboxes/index.js";
import { airboxPermissions, airboxResolvers } from "./airbox/index.js";
import { conciergePermissions, conciergeResolvers } from "./concierge/index.js";
import { proPermissions, proResolvers } from "./pro/index.js";
import { salonPermissions, salonResolvers } from "./salon/index.js";
import { invoicingPermissions, invoicingResolvers } from "./invoicing/index.js";
import { tariffsPermissions, tariffsResolvers } from "./tariffs/index.js";
import { equipmentPermissions, equipmentResolvers } from "./equipment/index.js";
import { deliveryPermissions, deliveryResolvers } from "./delivery/index.js";
import { collectionsPermissions, collectionsResolvers } from "./collections/index.js";
import { quotesPermissions, quotesResolvers } from "./quotes/index.js";
import { officeAssistancePermissions, officeAssistanceResolvers } from "./office-assistance/index.js";
import {
  CommitteeDecisionResolver,
  CommitteeMeetingResolver,
  DelegationResolver,
  PayerItemKindsResolver,
  MembershipResolver,
  MembershipTypeResolver,
  membershipPermissions,
} from "./membership/index.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ResolverClass = Function;

interface ModuleEntry {
  name: string;
  resolvers: ResolverClass[];
  permissions: ModulePermissions;
}

/** Every module of the API: its resolvers and its part of the permission map. */
export const modules: ModuleEntry[] = [
  { name: "node", resolvers: [NodeResolver], permissions: nodePermissions },
  { name: "members", resolvers: [MembersResolver], permissions: membersPermissions },
  { name: "zone", resolvers: [ZoneResolver], permissions: zonePermissions },
  { name: "service-hours", resolvers: [ServiceHoursResolver], permissions: serviceHoursPermissions },
  { name: "coaching", resolvers: [MemberCoachingResolver, CoachingResolver], permissions: coachingPermissions },
  { name: "options", resolvers: [OptionsResolver], permissions: optionsPermissions },
  { name: "premises", resolvers: premisesResolvers, permissions: premisesPermissions },
  {
    name: "membership",
    resolvers: [MembershipResolver, CommitteeMeetingResolver, CommitteeDecisionResolver, MembershipTypeResolver, DelegationResolver, PayerItemKindsResolver],
    permissions: membershipPermissions,
  },
  { name: "devices", resolvers: devicesResolvers, permissions: devicesPermissions },
  { name: "interventions", resolvers: interventionsResolvers, permissions: interventionsPermissions },
  { name: "mailboxes", resolvers: mailboxesResolvers, permissions: mailboxesPermissions },
  { name: "airbox", resolvers: airboxResolvers, permissions: airboxPermissions },
  { name: "concierge", resolvers: conciergeResolvers, permissions: conciergePermissions },
  { name: "pro", resolvers: proResolvers, permissions: proPermissions },
  { name: "salon", resolvers: salonResolvers, permissions: salonPermissions },
  { name: "invoicing", resolvers: invoicingResolvers, permissions: invoicingPermissions },
  { name: "tariffs", resolvers: tariffsResolvers, permissions: tariffsPermissions },
  { name: "equipment", resolvers: equipmentResolvers, permissions: equipmentPermissions },
  { name: "delivery", resolvers: deliveryResolvers, permissions: deliveryPermissions },
  { name: "collections", resolvers: collectionsResolvers, permissions: collectionsPermissions },
  { name: "quotes", resolvers: quotesResolvers, permissions: quotesPermissions },
  { name: "office-assistance", resolvers: officeAssistanceResolvers, permissions: officeAssistancePermissions },
];

export const resolvers = modules.flatMap((m) => m.resolvers) as unknown as NonEmptyArray<ResolverClass>;
