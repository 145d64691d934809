import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import type { Result } from "../../shared/errors.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { Address, premisesService } from "../premises/index.js";
import { QuoteRequest, quotesService } from "../quotes/index.js";
import { bricksService } from "./pro.bricks.service.js";
import { proErrors, type ProErrorCode } from "./pro.errors.js";
import {
  AssignProBrickTechnicianInput,
  AssignProServiceTechnicianInput,
  RecordProBrickPrerequisiteInput,
  RecordProServiceInstallationInput,
  RecordProServiceStudyInput,
  RequestProServiceInput,
  SubscribeProBrickInput,
  TerminateProBrickInput,
} from "./pro.inputs.js";
import { proService } from "./pro.service.js";
import { ProBrick, ProServiceRequest } from "./pro.types.js";

export const { ModuleUserError: ProUserError, toUserErrors } = userErrorType("Pro", proErrors);
type ProUserError = InstanceType<typeof ProUserError>;

@ObjectType()
export class ProServiceRequestPayload {
  @Field(() => ProServiceRequest, { nullable: true, description: "The request after the change; null when refused." })
  request!: ProServiceRequest | null;

  @Field(() => [ProUserError])
  userErrors!: ProUserError[];
}

@ObjectType()
export class ProBrickPayload {
  @Field(() => ProBrick, { nullable: true, description: "The brick after the change; null when refused." })
  brick!: ProBrick | null;

  @Field(() => [ProUserError])
  userErrors!: ProUserError[];
}

const servicePayload = (r: Result<ProServiceRequest, ProErrorCode>, ctx: Context): ProServiceRequestPayload =>
  r.ok ? { request: r.value, userErrors: [] } : { request: null, userErrors: toUserErrors(r.errors, ctx.locale) };
const brickPayload = (r: Result<ProBrick, ProErrorCode>, ctx: Context): ProBrickPayload =>
  r.ok ? { brick: r.value, userErrors: [] } : { brick: null, userErrors: toUserErrors(r.errors, ctx.locale) };

@Resolver()
export class ProResolver {
  @Mutation(() => ProServiceRequestPayload, { description: "PRO-1: ask for a Univers Pro service (legal-entity members); a technical study comes first." })
  async requestProService(@Ctx() ctx: Context, @Arg("input", () => RequestProServiceInput) input: RequestProServiceInput) {
    return servicePayload(await proService.request(ctx, input), ctx);
  }

  @Mutation(() => ProServiceRequestPayload, { description: "AUT-3: the desk assigns the technician who carries out the study (only he, or the desk, records it)." })
  async assignProServiceTechnician(@Ctx() ctx: Context, @Arg("input", () => AssignProServiceTechnicianInput) input: AssignProServiceTechnicianInput) {
    return servicePayload(await proService.assignTechnician(ctx, input), ctx);
  }

  @Mutation(() => ProServiceRequestPayload, { description: "PRO-1: record the technical study (the desk, or the technician assigned to the request)." })
  async recordProServiceStudy(@Ctx() ctx: Context, @Arg("input", () => RecordProServiceStudyInput) input: RecordProServiceStudyInput) {
    return servicePayload(await proService.recordStudy(ctx, input), ctx);
  }

  @Mutation(() => ProServiceRequestPayload, { description: "PRO-3: record the installation date of an accepted service (desk)." })
  async recordProServiceInstallation(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordProServiceInstallationInput) input: RecordProServiceInstallationInput,
  ) {
    return servicePayload(await proService.recordInstallation(ctx, input), ctx);
  }

  @Mutation(() => ProBrickPayload, { description: "PRO-2/PRO-3: subscribe a maintenance brick at a maintenance address." })
  async subscribeProBrick(@Ctx() ctx: Context, @Arg("input", () => SubscribeProBrickInput) input: SubscribeProBrickInput) {
    return brickPayload(await bricksService.subscribe(ctx, input), ctx);
  }

  @Mutation(() => ProBrickPayload, { description: "AUT-3: the desk assigns the technician who carries out the brick's review or study (only he, or the desk, records it)." })
  async assignProBrickTechnician(@Ctx() ctx: Context, @Arg("input", () => AssignProBrickTechnicianInput) input: AssignProBrickTechnicianInput) {
    return brickPayload(await bricksService.assignTechnician(ctx, input), ctx);
  }

  @Mutation(() => ProBrickPayload, { description: "PRO-3: the review or the technical study is done: the brick becomes active (the desk, or the technician assigned to the brick)." })
  async recordProBrickPrerequisite(@Ctx() ctx: Context, @Arg("input", () => RecordProBrickPrerequisiteInput) input: RecordProBrickPrerequisiteInput) {
    return brickPayload(await bricksService.recordPrerequisite(ctx, input), ctx);
  }

  @Mutation(() => ProBrickPayload, { description: "PRO-4: terminate a brick, effective the first day of the following month." })
  async terminateProBrick(@Ctx() ctx: Context, @Arg("input", () => TerminateProBrickInput) input: TerminateProBrickInput) {
    return brickPayload(await bricksService.terminate(ctx, input), ctx);
  }
}

/** Univers Pro fields of Member; guarded by Member's own rule (canReadMember). */
@Resolver(() => Member)
export class MemberProResolver {
  @FieldResolver(() => [ProServiceRequest], { description: "PRO-1: the member's Univers Pro service requests, oldest first." })
  proServiceRequests(@Root() member: Member, @Ctx() ctx: Context): Promise<ProServiceRequest[]> {
    return proService.servicesOf(ctx, member.rawId);
  }

  @FieldResolver(() => [ProBrick], { description: "PRO-2..4: the member's maintenance bricks, ended ones included." })
  proBricks(@Root() member: Member, @Ctx() ctx: Context): Promise<ProBrick[]> {
    return proService.bricksOf(ctx, member.rawId);
  }
}

@Resolver(() => ProServiceRequest)
export class ProServiceRequestResolver {
  @FieldResolver(() => QuoteRequest, { nullable: true, description: "QUO-1: the service's quote request in the shared workflow, opened by the study." })
  quoteRequest(@Root() request: ProServiceRequest, @Ctx() ctx: Context): Promise<QuoteRequest | null> {
    return quotesService.linkedRequest(ctx, request.quoteRequestRawId);
  }
}

@Resolver(() => ProBrick)
export class ProBrickResolver {
  @FieldResolver(() => QuoteRequest, { nullable: true, description: "QUO-1/PRO-3: the maintenance's quote request in the shared workflow." })
  quoteRequest(@Root() brick: ProBrick, @Ctx() ctx: Context): Promise<QuoteRequest | null> {
    return quotesService.linkedRequest(ctx, brick.quoteRequestRawId);
  }

  @FieldResolver(() => Address, { nullable: true, description: "The maintenance address; null for whoever may not read the member's addresses." })
  address(@Root() brick: ProBrick, @Ctx() ctx: Context): Promise<Address | null> {
    return premisesService.addressNode(ctx, brick.addressRawId);
  }
}

export const proResolvers = [ProResolver, MemberProResolver, ProServiceRequestResolver, ProBrickResolver];
