import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import type { Result } from "../../shared/errors.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { Address, premisesService } from "../premises/index.js";
import { Quote, quotesService } from "../quotes/index.js";
import { officeAssistanceErrors, type OfficeAssistanceErrorCode } from "./office-assistance.errors.js";
import { BookOfficeAssistanceVisitInput, OfficeAssistanceRequestRefInput, RequestOfficeAssistanceInput, StopScreenSharingInput } from "./office-assistance.inputs.js";
import { officeAssistanceReads } from "./office-assistance.reads.js";
import { officeAssistanceService } from "./office-assistance.service.js";
import { OfficeAssistanceRequest, OfficeAssistanceRequestConnection, OfficeAssistanceSession, OfficeAssistanceVisit } from "./office-assistance.types.js";

export const { ModuleUserError: OfficeAssistanceUserError, toUserErrors } = userErrorType("OfficeAssistance", officeAssistanceErrors);
type OfficeAssistanceUserError = InstanceType<typeof OfficeAssistanceUserError>;

@ObjectType()
export class OfficeAssistanceRequestPayload {
  @Field(() => OfficeAssistanceRequest, { nullable: true, description: "The request after the change; null when refused." })
  request!: OfficeAssistanceRequest | null;

  @Field(() => [OfficeAssistanceUserError])
  userErrors!: OfficeAssistanceUserError[];
}

@ObjectType()
export class OfficeAssistanceSessionPayload {
  @Field(() => OfficeAssistanceSession, { nullable: true, description: "The session after the change; null when refused." })
  session!: OfficeAssistanceSession | null;

  @Field(() => [OfficeAssistanceUserError])
  userErrors!: OfficeAssistanceUserError[];
}

@ObjectType()
export class OfficeAssistanceVisitPayload {
  @Field(() => OfficeAssistanceVisit, { nullable: true, description: "The visit booked; null when refused." })
  visit!: OfficeAssistanceVisit | null;

  @Field(() => [OfficeAssistanceUserError])
  userErrors!: OfficeAssistanceUserError[];
}

type R<T> = Result<T, OfficeAssistanceErrorCode>;
const errorsOf = (r: R<unknown>, ctx: Context) => (r.ok ? [] : toUserErrors(r.errors, ctx.locale));

@Resolver()
export class OfficeAssistanceResolver {
  @Mutation(() => OfficeAssistanceRequestPayload, { description: "BUR-1/BUR-2: ask for office assistance by phone or email (prerequisite and scope checked)." })
  async requestOfficeAssistance(@Ctx() ctx: Context, @Arg("input", () => RequestOfficeAssistanceInput) input: RequestOfficeAssistanceInput) {
    const r = await officeAssistanceService.request(ctx, input);
    return { request: r.ok ? r.value : null, userErrors: errorsOf(r, ctx) };
  }

  @Mutation(() => OfficeAssistanceRequestPayload, { description: "BUR-4: the member confirms their data is backed up (before any intervention)." })
  async confirmOfficeAssistanceBackup(@Ctx() ctx: Context, @Arg("input", () => OfficeAssistanceRequestRefInput) input: OfficeAssistanceRequestRefInput) {
    const r = await officeAssistanceService.confirmBackup(ctx, input);
    return { request: r.ok ? r.value : null, userErrors: errorsOf(r, ctx) };
  }

  @Mutation(() => OfficeAssistanceSessionPayload, { description: "BUR-4: the member consents to screen sharing for one session (member or delegate)." })
  async consentToScreenSharing(@Ctx() ctx: Context, @Arg("input", () => OfficeAssistanceRequestRefInput) input: OfficeAssistanceRequestRefInput) {
    const r = await officeAssistanceService.consentToScreenSharing(ctx, input);
    return { session: r.ok ? r.value : null, userErrors: errorsOf(r, ctx) };
  }

  @Mutation(() => OfficeAssistanceSessionPayload, { description: "BUR-4: stop screen sharing at any time (withdraws the session's consent)." })
  async stopScreenSharing(@Ctx() ctx: Context, @Arg("input", () => StopScreenSharingInput) input: StopScreenSharingInput) {
    const r = await officeAssistanceService.stopScreenSharing(ctx, input);
    return { session: r.ok ? r.value : null, userErrors: errorsOf(r, ctx) };
  }

  @Mutation(() => OfficeAssistanceVisitPayload, { description: "BUR-3: book an on-site visit (desk): one included per contract year, others on an accepted quote." })
  async bookOfficeAssistanceVisit(@Ctx() ctx: Context, @Arg("input", () => BookOfficeAssistanceVisitInput) input: BookOfficeAssistanceVisitInput) {
    const r = await officeAssistanceService.bookVisit(ctx, input);
    return { visit: r.ok ? r.value : null, userErrors: errorsOf(r, ctx) };
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
  officeAssistanceRequests(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "Page size, 1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return officeAssistanceReads.memberRequests(ctx, member.rawId, { first, after });
  }
}

export const officeAssistanceResolvers = [
  OfficeAssistanceResolver,
  OfficeAssistanceRequestFieldsResolver,
  OfficeAssistanceVisitFieldsResolver,
  MemberOfficeAssistanceResolver,
];
