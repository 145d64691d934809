import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { PageArgs, type ConnectionShape } from "../../shared/relay.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { RetainedRecord } from "../personal-data/index.js";
import { privacyErrors } from "./privacy.errors.js";
import {
  AnswerPrivacyRequestInput,
  ExtendPrivacyRequestDeadlineInput,
  FilePrivacyRequestInput,
  LiftProcessingLimitInput,
  PrivacyRequestFilter,
  RejectPrivacyRequestInput,
} from "./privacy.inputs.js";
import { privacyReads } from "./privacy.reads.js";
import { privacyService } from "./privacy.service.js";
import { PrivacyRequest, PrivacyRequestConnection, PrivacyRequestSubject, ProcessingLimit } from "./privacy.types.js";

const privacyUserErrors = userErrorType("Privacy", privacyErrors, "Why a GDPR request mutation was refused (GDP-1, MEM-5): `code` names the refusal, `rule` the SPEC rule.");

export const PrivacyRequestPayload = Payload(
  "PrivacyRequest",
  privacyUserErrors,
  {
    request: { type: () => PrivacyRequest, description: "The request after the change; null when refused." },
  },
  "The answer to filePrivacyRequest, extendPrivacyRequestDeadline, answerPrivacyRequest and rejectPrivacyRequest (GDP-1).",
);
export const ProcessingLimitPayload = Payload(
  "ProcessingLimit",
  privacyUserErrors,
  {
    limit: { type: () => ProcessingLimit, description: "The objection or restriction after the change; null when refused." },
  },
  "The answer to liftProcessingLimit (GDP-1).",
);

@Resolver()
export class PrivacyResolver {
  @Query(() => PrivacyRequestConnection, {
    description: "GDP-1: PRIVACY_OFFICER: data-subject requests, soonest due first; `overdue` and `dueWithinDays` list what needs an answer.",
  })
  privacyRequests(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => PrivacyRequestFilter, { nullable: true, description: "Which requests to list; all when left out." }) filter: PrivacyRequestFilter | null,
  ): Promise<ConnectionShape<PrivacyRequest>> {
    return privacyReads.list(ctx, filter, page);
  }

  @Mutation(() => PrivacyRequestPayload, {
    description:
      "GDP-1: file a data-subject request. The member in the app; the desk or the privacy officer for one received by post or email (identity proof: kind and reference). " +
      "Due one month after receipt. OBJECTION and RESTRICTION are in force for their purpose at once. The delegate (MEM-5) and payers (GDP-1) are refused.",
  })
  async filePrivacyRequest(
    @Ctx() ctx: Context,
    @Arg("input", () => FilePrivacyRequestInput, {
      description: "The member (staff only), the right exercised, the channel, and for post or e-mail the identity proof and date of receipt.",
    })
    input: FilePrivacyRequestInput,
  ) {
    return PrivacyRequestPayload.from(ctx, await privacyService.file(ctx, input));
  }

  @Mutation(() => PrivacyRequestPayload, {
    description: "GDP-1 (art. 12(3)): PRIVACY_OFFICER: extend the deadline once, by two months, with a reason, before the first month ends.",
  })
  async extendPrivacyRequestDeadline(
    @Ctx() ctx: Context,
    @Arg("input", () => ExtendPrivacyRequestDeadlineInput, { description: "The open request and why two more months are needed." }) input: ExtendPrivacyRequestDeadlineInput,
  ) {
    return PrivacyRequestPayload.from(ctx, await privacyService.extend(ctx, input));
  }

  @Mutation(() => PrivacyRequestPayload, { description: "GDP-1: PRIVACY_OFFICER: answer a request (an ERASURE is answered by erasePersonalData)." })
  async answerPrivacyRequest(
    @Ctx() ctx: Context,
    @Arg("input", () => AnswerPrivacyRequestInput, { description: "The open request and the answer sent to the member." }) input: AnswerPrivacyRequestInput,
  ) {
    return PrivacyRequestPayload.from(ctx, await privacyService.answer(ctx, input));
  }

  @Mutation(() => PrivacyRequestPayload, { description: "GDP-1: PRIVACY_OFFICER: reject a request with its reason; its objection or restriction is lifted." })
  async rejectPrivacyRequest(
    @Ctx() ctx: Context,
    @Arg("input", () => RejectPrivacyRequestInput, { description: "The open request and the reason told to the member." }) input: RejectPrivacyRequestInput,
  ) {
    return PrivacyRequestPayload.from(ctx, await privacyService.reject(ctx, input));
  }

  @Mutation(() => ProcessingLimitPayload, { description: "GDP-1: the member withdraws an objection or restriction, or the privacy officer lifts it with a reason." })
  async liftProcessingLimit(
    @Ctx() ctx: Context,
    @Arg("input", () => LiftProcessingLimitInput, { description: "The objection or restriction to lift, and why (optional for the member)." }) input: LiftProcessingLimitInput,
  ) {
    return ProcessingLimitPayload.from(ctx, await privacyService.lift(ctx, input));
  }
}

@Resolver(() => PrivacyRequest)
export class PrivacyRequestFieldsResolver {
  @FieldResolver(() => [ProcessingLimit], { description: "The objection or restriction this request put in force (lifted ones included)." })
  processingLimits(@Root() request: PrivacyRequest, @Ctx() ctx: Context): Promise<ProcessingLimit[]> {
    return privacyReads.limitsOfRequest(ctx, request);
  }

  @FieldResolver(() => PrivacyRequestSubject, { nullable: true, description: "Who the request is about: name and contact, for the answer." })
  subject(@Root() request: PrivacyRequest, @Ctx() ctx: Context): Promise<PrivacyRequestSubject | null> {
    return privacyReads.subjectOf(ctx, request);
  }

  @FieldResolver(() => [RetainedRecord], { nullable: true, description: "GDP-3: PRIVACY_OFFICER: for an answered ERASURE, the records kept, their legal basis and purge date." })
  retentionLedger(@Root() request: PrivacyRequest, @Ctx() ctx: Context) {
    return privacyReads.retentionLedgerOf(ctx, request);
  }
}

@Resolver(() => ProcessingLimit)
export class ProcessingLimitFieldsResolver {
  @FieldResolver(() => PrivacyRequest, { nullable: true, description: "The request that asked for it." })
  request(@Root() limit: ProcessingLimit, @Ctx() ctx: Context): Promise<PrivacyRequest | null> {
    return privacyReads.requestOfLimit(ctx, limit);
  }
}

/** Member.privacyRequests and Member.processingLimits: their own rule (the member and the desk; never the delegate, MEM-5). */
@Resolver(() => Member)
export class MemberPrivacyResolver {
  @FieldResolver(() => [PrivacyRequest], { description: "GDP-1: the member's data-subject requests, newest first (the member and the desk)." })
  privacyRequests(@Root() member: Member, @Ctx() ctx: Context): Promise<PrivacyRequest[]> {
    return privacyReads.ofMember(ctx, member.rawId);
  }

  @FieldResolver(() => [ProcessingLimit], { description: "GDP-1: the member's objections and restrictions, per purpose; in force only unless `inForce: false`." })
  processingLimits(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Arg("inForce", () => Boolean, { defaultValue: true, description: "True (the default): only limits in force; false: only lifted ones." }) inForce: boolean,
  ): Promise<ProcessingLimit[]> {
    return privacyReads.limitsOfMember(ctx, member.rawId, inForce);
  }
}

export const privacyResolvers = [PrivacyResolver, PrivacyRequestFieldsResolver, ProcessingLimitFieldsResolver, MemberPrivacyResolver];
