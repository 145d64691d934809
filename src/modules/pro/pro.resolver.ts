import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { Address, premisesService } from "../premises/index.js";
import { QuoteRequest, quotesService } from "../quotes/index.js";
import { bricksService } from "./pro.bricks.service.js";
import { proErrors } from "./pro.errors.js";
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

const proUserErrors = userErrorType("Pro", proErrors, "Why a Univers Pro mutation was refused: services and maintenance bricks (PRO-1..4).");

export const ProServiceRequestPayload = Payload(
  "ProServiceRequest",
  proUserErrors,
  {
    request: { type: () => ProServiceRequest, description: "The request after the change; null when refused." },
  },
  "The answer to requestProService, assignProServiceTechnician, recordProServiceStudy and recordProServiceInstallation (PRO-1).",
);
export const ProBrickPayload = Payload(
  "ProBrick",
  proUserErrors,
  {
    brick: { type: () => ProBrick, description: "The brick after the change; null when refused." },
  },
  "The answer to subscribeProBrick, assignProBrickTechnician, recordProBrickPrerequisite and terminateProBrick (PRO-2..4).",
);

@Resolver()
export class ProResolver {
  @Mutation(() => ProServiceRequestPayload, { description: "PRO-1: ask for a Univers Pro service (legal-entity members); a technical study comes first." })
  async requestProService(
    @Ctx() ctx: Context,
    @Arg("input", () => RequestProServiceInput, { description: "The member (desk only), the service and the need." }) input: RequestProServiceInput,
  ) {
    return ProServiceRequestPayload.from(ctx, await proService.request(ctx, input));
  }

  @Mutation(() => ProServiceRequestPayload, { description: "AUT-3: the desk assigns the technician who carries out the study (only he, or the desk, records it)." })
  async assignProServiceTechnician(
    @Ctx() ctx: Context,
    @Arg("input", () => AssignProServiceTechnicianInput, { description: "The service request and the TECHNICIAN who carries out its study." })
    input: AssignProServiceTechnicianInput,
  ) {
    return ProServiceRequestPayload.from(ctx, await proService.assignTechnician(ctx, input));
  }

  @Mutation(() => ProServiceRequestPayload, { description: "PRO-1: record the technical study (the desk, or the technician assigned to the request)." })
  async recordProServiceStudy(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordProServiceStudyInput, { description: "The service request and the study's conclusions." }) input: RecordProServiceStudyInput,
  ) {
    return ProServiceRequestPayload.from(ctx, await proService.recordStudy(ctx, input));
  }

  @Mutation(() => ProServiceRequestPayload, { description: "PRO-3: record the installation date of an accepted service (desk)." })
  async recordProServiceInstallation(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordProServiceInstallationInput, { description: "The service request and the installation date." }) input: RecordProServiceInstallationInput,
  ) {
    return ProServiceRequestPayload.from(ctx, await proService.recordInstallation(ctx, input));
  }

  @Mutation(() => ProBrickPayload, { description: "PRO-2/PRO-3: subscribe a maintenance brick at a maintenance address." })
  async subscribeProBrick(
    @Ctx() ctx: Context,
    @Arg("input", () => SubscribeProBrickInput, {
      description: "The member (desk only), the brick, the maintenance address and, for WIFI and LAN_SECURITY, the equipment covered.",
    })
    input: SubscribeProBrickInput,
  ) {
    return ProBrickPayload.from(ctx, await bricksService.subscribe(ctx, input));
  }

  @Mutation(() => ProBrickPayload, { description: "AUT-3: the desk assigns the technician who carries out the brick's review or study (only he, or the desk, records it)." })
  async assignProBrickTechnician(
    @Ctx() ctx: Context,
    @Arg("input", () => AssignProBrickTechnicianInput, { description: "The brick and the TECHNICIAN who carries out its review or study." }) input: AssignProBrickTechnicianInput,
  ) {
    return ProBrickPayload.from(ctx, await bricksService.assignTechnician(ctx, input));
  }

  @Mutation(() => ProBrickPayload, {
    description: "PRO-3: the review or the technical study is done: the brick becomes active (the desk, or the technician assigned to the brick).",
  })
  async recordProBrickPrerequisite(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordProBrickPrerequisiteInput, { description: "The brick and the conclusions of its review or study." }) input: RecordProBrickPrerequisiteInput,
  ) {
    return ProBrickPayload.from(ctx, await bricksService.recordPrerequisite(ctx, input));
  }

  @Mutation(() => ProBrickPayload, { description: "PRO-4: terminate a brick, effective the first day of the following month." })
  async terminateProBrick(@Ctx() ctx: Context, @Arg("input", () => TerminateProBrickInput, { description: "The brick to terminate." }) input: TerminateProBrickInput) {
    return ProBrickPayload.from(ctx, await bricksService.terminate(ctx, input));
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
