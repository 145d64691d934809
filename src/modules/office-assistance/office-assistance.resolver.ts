import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../shared/relay.js";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { Address, premisesService } from "../premises/index.js";
import { Quote, quotesService } from "../quotes/index.js";
import { officeAssistanceErrors } from "./office-assistance.errors.js";
import { BookOfficeAssistanceVisitInput, OfficeAssistanceRequestRefInput, RequestOfficeAssistanceInput, StopScreenSharingInput } from "./office-assistance.inputs.js";
import { officeAssistanceReads } from "./office-assistance.reads.js";
import { officeAssistanceService } from "./office-assistance.service.js";
import { OfficeAssistanceRequest, OfficeAssistanceRequestConnection, OfficeAssistanceSession, OfficeAssistanceVisit } from "./office-assistance.types.js";

const officeAssistanceUserErrors = userErrorType(
  "OfficeAssistance",
  officeAssistanceErrors,
  "Why an office-assistance mutation was refused (BUR-1..4): `code` names the refusal, `rule` the SPEC rule.",
);

export const OfficeAssistanceRequestPayload = Payload(
  "OfficeAssistanceRequest",
  officeAssistanceUserErrors,
  {
    request: { type: () => OfficeAssistanceRequest, description: "The request after the change; null when refused." },
  },
  "The answer to requestOfficeAssistance and confirmOfficeAssistanceBackup (BUR-1, BUR-2, BUR-4).",
);
export const OfficeAssistanceSessionPayload = Payload(
  "OfficeAssistanceSession",
  officeAssistanceUserErrors,
  {
    session: { type: () => OfficeAssistanceSession, description: "The session after the change; null when refused." },
  },
  "The answer to consentToScreenSharing and stopScreenSharing (BUR-4).",
);
export const OfficeAssistanceVisitPayload = Payload(
  "OfficeAssistanceVisit",
  officeAssistanceUserErrors,
  {
    visit: { type: () => OfficeAssistanceVisit, description: "The visit booked; null when refused." },
  },
  "The answer to bookOfficeAssistanceVisit (BUR-3).",
);

@Resolver()
export class OfficeAssistanceResolver {
  @Mutation(() => OfficeAssistanceRequestPayload, { description: "BUR-1/BUR-2: ask for office assistance by phone or email (prerequisite and scope checked)." })
  async requestOfficeAssistance(
    @Ctx() ctx: Context,
    @Arg("input", () => RequestOfficeAssistanceInput, { description: "The member (desk only), the channel, the equipment, software and computer, and the problem." })
    input: RequestOfficeAssistanceInput,
  ) {
    return OfficeAssistanceRequestPayload.from(ctx, await officeAssistanceService.request(ctx, input));
  }

  @Mutation(() => OfficeAssistanceRequestPayload, { description: "BUR-4: the member confirms their data is backed up (before any intervention)." })
  async confirmOfficeAssistanceBackup(
    @Ctx() ctx: Context,
    @Arg("input", () => OfficeAssistanceRequestRefInput, { description: "The request for which the member confirms their data is backed up (BUR-4)." })
    input: OfficeAssistanceRequestRefInput,
  ) {
    return OfficeAssistanceRequestPayload.from(ctx, await officeAssistanceService.confirmBackup(ctx, input));
  }

  @Mutation(() => OfficeAssistanceSessionPayload, { description: "BUR-4: the member consents to screen sharing for one session (member or delegate)." })
  async consentToScreenSharing(
    @Ctx() ctx: Context,
    @Arg("input", () => OfficeAssistanceRequestRefInput, { description: "The request the screen-sharing session is for; the consent covers that one session (BUR-4)." })
    input: OfficeAssistanceRequestRefInput,
  ) {
    return OfficeAssistanceSessionPayload.from(ctx, await officeAssistanceService.consentToScreenSharing(ctx, input));
  }

  @Mutation(() => OfficeAssistanceSessionPayload, { description: "BUR-4: stop screen sharing at any time (withdraws the session's consent)." })
  async stopScreenSharing(
    @Ctx() ctx: Context,
    @Arg("input", () => StopScreenSharingInput, { description: "The session to stop; the member may stop it at any time (BUR-4)." }) input: StopScreenSharingInput,
  ) {
    return OfficeAssistanceSessionPayload.from(ctx, await officeAssistanceService.stopScreenSharing(ctx, input));
  }

  @Mutation(() => OfficeAssistanceVisitPayload, { description: "BUR-3: book an on-site visit (desk): one included per contract year, others on an accepted quote." })
  async bookOfficeAssistanceVisit(
    @Ctx() ctx: Context,
    @Arg("input", () => BookOfficeAssistanceVisitInput, {
      description: "The request, the address, the start and length, and the accepted quote once the year's included visit is used.",
    })
    input: BookOfficeAssistanceVisitInput,
  ) {
    return OfficeAssistanceVisitPayload.from(ctx, await officeAssistanceService.bookVisit(ctx, input));
  }
}

@Resolver(() => OfficeAssistanceRequest)
export class OfficeAssistanceRequestFieldsResolver {
  @FieldResolver(() => [OfficeAssistanceSession], { description: "BUR-4: screen-sharing sessions, oldest first." })
  sessions(@Root() request: OfficeAssistanceRequest, @Ctx() ctx: Context): Promise<OfficeAssistanceSession[]> {
    return officeAssistanceReads.sessionsOf(ctx, request);
  }

  @FieldResolver(() => [OfficeAssistanceVisit], { description: "BUR-3: on-site visits booked for this request." })
  visits(@Root() request: OfficeAssistanceRequest, @Ctx() ctx: Context): Promise<OfficeAssistanceVisit[]> {
    return officeAssistanceReads.visitsOf(ctx, request);
  }
}

@Resolver(() => OfficeAssistanceVisit)
export class OfficeAssistanceVisitFieldsResolver {
  @FieldResolver(() => Address, { nullable: true, description: "Where the visit takes place; null for whoever may not read the member's addresses." })
  address(@Root() visit: OfficeAssistanceVisit, @Ctx() ctx: Context): Promise<Address | null> {
    return premisesService.addressNode(ctx, visit.addressRawId);
  }

  @FieldResolver(() => Quote, { nullable: true, description: "BUR-3: the accepted quote of a visit beyond the included one." })
  quote(@Root() visit: OfficeAssistanceVisit, @Ctx() ctx: Context): Promise<Quote | null> {
    return visit.quoteRawId ? quotesService.quoteNode(ctx, visit.quoteRawId) : Promise.resolve(null);
  }
}

/** Office-assistance fields of Member; guarded by Member's own rule (canReadMember). */
@Resolver(() => Member)
export class MemberOfficeAssistanceResolver {
  @FieldResolver(() => OfficeAssistanceRequestConnection, { description: "BUR-1..4: the member's office-assistance requests, newest first." })
  officeAssistanceRequests(@Root() member: Member, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return officeAssistanceReads.memberRequests(ctx, member.rawId, page);
  }
}

export const officeAssistanceResolvers = [OfficeAssistanceResolver, OfficeAssistanceRequestFieldsResolver, OfficeAssistanceVisitFieldsResolver, MemberOfficeAssistanceResolver];
