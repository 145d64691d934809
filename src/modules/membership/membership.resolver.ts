import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Connection } from "../../shared/relay.js";
import type { Result } from "../../shared/errors.js";
import { userErrorType } from "../../shared/user-errors.js";
import { candidacyService } from "./candidacy.service.js";
import { membershipErrors, type MembershipErrorCode } from "./membership.errors.js";
import {
  CreateCommitteeMeetingInput,
  DecideCandidacyInput,
  RecordDebtRecoveryOpenedInput,
  RecordEntryFeePaymentInput,
  RejoinMembershipInput,
  SubmitCandidacyInput,
  TerminateMembershipInput,
} from "./membership.inputs.js";
import { membershipService } from "./membership.service.js";
import {
  Candidacy,
  CandidacyReceipt,
  CandidacyStatus,
  CommitteeDecision,
  CommitteeMeeting,
  Membership,
  MembershipEvent,
  type CandidacyStatusValue,
} from "./membership.types.js";

export const { ModuleUserError: MembershipUserError, toUserErrors } = userErrorType("Membership", membershipErrors);
export type MembershipUserError = InstanceType<typeof MembershipUserError>;

export const { ConnectionType: CandidacyConnection } = Connection(Candidacy, "Candidacy");
export const { ConnectionType: CommitteeMeetingConnection } = Connection(CommitteeMeeting, "CommitteeMeeting");

/** `{ value, userErrors }` from a service result: the shape of every payload of this module. */
export function payload<T, P extends object>(
  ctx: Context,
  result: Result<T, MembershipErrorCode>,
  onOk: (value: T) => P,
  onFail: { [K in keyof P]: P[K] | null },
): { [K in keyof P]: P[K] | null } & { userErrors: MembershipUserError[] } {
  return result.ok ? { ...onOk(result.value), userErrors: [] } : { ...onFail, userErrors: toUserErrors(result.errors, ctx.locale) };
}

@ObjectType()
export class SubmitCandidacyPayload {
  @Field(() => CandidacyReceipt, { nullable: true })
  candidacy!: CandidacyReceipt | null;

  @Field(() => [MembershipUserError])
  userErrors!: MembershipUserError[];
}

@ObjectType()
export class CreateCommitteeMeetingPayload {
  @Field(() => CommitteeMeeting, { nullable: true })
  meeting!: CommitteeMeeting | null;

  @Field(() => [MembershipUserError])
  userErrors!: MembershipUserError[];
}

@ObjectType()
export class DecideCandidacyPayload {
  @Field(() => Candidacy, { nullable: true })
  candidacy!: Candidacy | null;

  @Field(() => [MembershipUserError])
  userErrors!: MembershipUserError[];
}

@ObjectType({ description: "The membership after the change; null when refused." })
export class MembershipPayload {
  @Field(() => Membership, { nullable: true })
  membership!: Membership | null;

  @Field(() => [MembershipUserError])
  userErrors!: MembershipUserError[];
}

@ObjectType()
export class TerminateMembershipPayload {
  @Field(() => Membership, { nullable: true })
  membership!: Membership | null;

  @Field(() => Boolean, { description: "OPT-3: the option ended with the membership, in the same transaction." })
  optionEnded!: boolean;

  @Field(() => [MembershipUserError])
  userErrors!: MembershipUserError[];
}

@Resolver()
export class MembershipResolver {
  @Mutation(() => SubmitCandidacyPayload, { description: "MEM-1: apply for membership (anonymous, or the desk on someone's behalf)." })
  async submitCandidacy(@Ctx() ctx: Context, @Arg("input", () => SubmitCandidacyInput) input: SubmitCandidacyInput): Promise<SubmitCandidacyPayload> {
    return payload(ctx, await candidacyService.submit(ctx, input), (candidacy) => ({ candidacy }), { candidacy: null });
  }

  @Query(() => CandidacyConnection, { description: "MEM-2: candidacies, oldest first (COMMITTEE, DESK_AGENT)." })
  candidacies(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "Page size, 1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("status", () => CandidacyStatus, { nullable: true }) status: CandidacyStatusValue | null,
  ) {
    return candidacyService.candidacies(ctx, { first, after, status });
  }

  @Query(() => CommitteeMeetingConnection, { description: "MEM-2: committee meetings, latest first, with their decisions (COMMITTEE, DESK_AGENT)." })
  committeeMeetings(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "Page size, 1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return candidacyService.meetings(ctx, { first, after });
  }

  @Mutation(() => CreateCommitteeMeetingPayload, { description: "MEM-2: record the week's committee meeting (COMMITTEE)." })
  async createCommitteeMeeting(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateCommitteeMeetingInput) input: CreateCommitteeMeetingInput,
  ): Promise<CreateCommitteeMeetingPayload> {
    return payload(ctx, await candidacyService.createMeeting(ctx, input), (meeting) => ({ meeting }), { meeting: null });
  }

  @Mutation(() => DecideCandidacyPayload, { description: "MEM-2: accept or reject a candidacy, with a reason (COMMITTEE)." })
  async decideCandidacy(@Ctx() ctx: Context, @Arg("input", () => DecideCandidacyInput) input: DecideCandidacyInput): Promise<DecideCandidacyPayload> {
    return payload(ctx, await candidacyService.decide(ctx, input), (candidacy) => ({ candidacy }), { candidacy: null });
  }

  @Mutation(() => MembershipPayload, { description: "MEM-2: the entry fee is paid: ACCEPTED → ACTIVE (DESK_AGENT, BILLING)." })
  async recordEntryFeePayment(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordEntryFeePaymentInput) input: RecordEntryFeePaymentInput,
  ): Promise<MembershipPayload> {
    return payload(ctx, await membershipService.recordEntryFeePayment(ctx, input), (membership) => ({ membership }), { membership: null });
  }

  @Mutation(() => TerminateMembershipPayload, { description: "MEM-2/MEM-3: end an active membership (the MEMBER, or the desk); never the delegate (MEM-5)." })
  async terminateMembership(
    @Ctx() ctx: Context,
    @Arg("input", () => TerminateMembershipInput) input: TerminateMembershipInput,
  ): Promise<TerminateMembershipPayload> {
    const result = await membershipService.terminate(ctx, input);
    return { ...payload(ctx, result, (outcome) => outcome, { membership: null, optionEnded: null }), optionEnded: result.ok && result.value.optionEnded };
  }

  @Mutation(() => MembershipPayload, { description: "MEM-3: a debt-recovery procedure was opened: no honorary status (BILLING, DESK_AGENT)." })
  async recordDebtRecoveryOpened(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordDebtRecoveryOpenedInput) input: RecordDebtRecoveryOpenedInput,
  ): Promise<MembershipPayload> {
    return payload(ctx, await membershipService.recordDebtRecoveryOpened(ctx, input), (membership) => ({ membership }), { membership: null });
  }

  @Mutation(() => MembershipPayload, { description: "MEM-3: an honorary member rejoins; two fee-free rejoins (the MEMBER, or the desk)." })
  async rejoinMembership(@Ctx() ctx: Context, @Arg("input", () => RejoinMembershipInput) input: RejoinMembershipInput): Promise<MembershipPayload> {
    return payload(ctx, await membershipService.rejoin(ctx, input), (membership) => ({ membership }), { membership: null });
  }
}

@Resolver(() => CommitteeMeeting)
export class CommitteeMeetingResolver {
  @FieldResolver(() => [CommitteeDecision])
  decisions(@Root() meeting: CommitteeMeeting, @Ctx() ctx: Context): Promise<CommitteeDecision[]> {
    return candidacyService.decisionsOf(ctx, meeting);
  }
}

@Resolver(() => CommitteeDecision)
export class CommitteeDecisionResolver {
  @FieldResolver(() => Candidacy, { nullable: true })
  candidacy(@Root() decision: CommitteeDecision, @Ctx() ctx: Context): Promise<Candidacy | null> {
    return candidacyService.candidacyOf(ctx, decision);
  }
}

@Resolver(() => Membership)
export class MembershipTypeResolver {
  @FieldResolver(() => [MembershipEvent], { description: "The membership's history, oldest first." })
  events(@Root() membership: Membership, @Ctx() ctx: Context): Promise<MembershipEvent[]> {
    return membershipService.events(ctx, membership);
  }
}
