import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Connection, PageArgs } from "../../shared/relay.js";
import { candidacyService } from "./candidacy.service.js";
import {
  CreateCommitteeMeetingInput,
  DecideCandidacyInput,
  RecordDebtRecoveryOpenedInput,
  RecordEntryFeePaymentInput,
  RejoinMembershipInput,
  SubmitCandidacyInput,
  TerminateMembershipInput,
} from "./membership.inputs.js";
import { CreateCommitteeMeetingPayload, DecideCandidacyPayload, MembershipPayload, SubmitCandidacyPayload, TerminateMembershipPayload } from "./membership.payloads.js";
import { membershipService } from "./membership.service.js";
import { Candidacy, CandidacyStatus, CommitteeDecision, CommitteeMeeting, Membership, MembershipEvent, type CandidacyStatusValue } from "./membership.types.js";

export const { ConnectionType: CandidacyConnection } = Connection(Candidacy, "Candidacy");
export const { ConnectionType: CommitteeMeetingConnection } = Connection(CommitteeMeeting, "CommitteeMeeting");

@Resolver()
export class MembershipResolver {
  @Mutation(() => SubmitCandidacyPayload, { description: "MEM-1: apply for membership (anonymous, or the desk on someone's behalf)." })
  async submitCandidacy(
    @Ctx() ctx: Context,
    @Arg("input", () => SubmitCandidacyInput, {
      description: "The candidate's identity, contact, domicile (inside the zone) and optional legal entity. Public: no sign-in needed.",
    })
    input: SubmitCandidacyInput,
  ) {
    return SubmitCandidacyPayload.from(ctx, await candidacyService.submit(ctx, input));
  }

  @Query(() => CandidacyConnection, { description: "MEM-2: candidacies, oldest first (COMMITTEE, DESK_AGENT)." })
  candidacies(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("status", () => CandidacyStatus, { nullable: true, description: "Only candidacies in this state; all when left out." }) status: CandidacyStatusValue | null,
  ) {
    return candidacyService.candidacies(ctx, { ...page, status });
  }

  @Query(() => CommitteeMeetingConnection, { description: "MEM-2: committee meetings, latest first, with their decisions (COMMITTEE, DESK_AGENT)." })
  committeeMeetings(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return candidacyService.meetings(ctx, page);
  }

  @Mutation(() => CreateCommitteeMeetingPayload, { description: "MEM-2: record the week's committee meeting (COMMITTEE)." })
  async createCommitteeMeeting(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateCommitteeMeetingInput, { description: "The day of the meeting; one per ISO week." }) input: CreateCommitteeMeetingInput,
  ) {
    return CreateCommitteeMeetingPayload.from(ctx, await candidacyService.createMeeting(ctx, input));
  }

  @Mutation(() => DecideCandidacyPayload, { description: "MEM-2: accept or reject a candidacy, with a reason (COMMITTEE)." })
  async decideCandidacy(
    @Ctx() ctx: Context,
    @Arg("input", () => DecideCandidacyInput, { description: "The meeting, the candidacy, accept or reject, and the reason." }) input: DecideCandidacyInput,
  ) {
    return DecideCandidacyPayload.from(ctx, await candidacyService.decide(ctx, input));
  }

  @Mutation(() => MembershipPayload, { description: "MEM-2: the entry fee is paid: ACCEPTED → ACTIVE (DESK_AGENT, BILLING)." })
  async recordEntryFeePayment(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordEntryFeePaymentInput, { description: "The accepted member and the amount paid (must equal the configured entry fee)." })
    input: RecordEntryFeePaymentInput,
  ) {
    return MembershipPayload.from(ctx, await membershipService.recordEntryFeePayment(ctx, input));
  }

  @Mutation(() => TerminateMembershipPayload, { description: "MEM-2/MEM-3: end an active membership (the MEMBER, or the desk); never the delegate (MEM-5)." })
  async terminateMembership(
    @Ctx() ctx: Context,
    @Arg("input", () => TerminateMembershipInput, { description: "The member (desk only) and, for the desk, the reason." }) input: TerminateMembershipInput,
  ) {
    return TerminateMembershipPayload.from(ctx, await membershipService.terminate(ctx, input));
  }

  @Mutation(() => MembershipPayload, { description: "MEM-3: a debt-recovery procedure was opened: no honorary status (BILLING, DESK_AGENT)." })
  async recordDebtRecoveryOpened(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordDebtRecoveryOpenedInput, { description: "The member against whom the procedure was opened." }) input: RecordDebtRecoveryOpenedInput,
  ) {
    return MembershipPayload.from(ctx, await membershipService.recordDebtRecoveryOpened(ctx, input));
  }

  @Mutation(() => MembershipPayload, { description: "MEM-3: an honorary member rejoins; two fee-free rejoins (the MEMBER, or the desk)." })
  async rejoinMembership(
    @Ctx() ctx: Context,
    @Arg("input", () => RejoinMembershipInput, { description: "The honorary member (desk only; a member rejoins themselves)." }) input: RejoinMembershipInput,
  ) {
    return MembershipPayload.from(ctx, await membershipService.rejoin(ctx, input));
  }
}

@Resolver(() => CommitteeMeeting)
export class CommitteeMeetingResolver {
  @FieldResolver(() => [CommitteeDecision], { description: "MEM-2: the decisions taken at this meeting." })
  decisions(@Root() meeting: CommitteeMeeting, @Ctx() ctx: Context): Promise<CommitteeDecision[]> {
    return candidacyService.decisionsOf(ctx, meeting);
  }
}

@Resolver(() => CommitteeDecision)
export class CommitteeDecisionResolver {
  @FieldResolver(() => Candidacy, { nullable: true, description: "The candidacy decided, as the committee sees it (AUT-3)." })
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
