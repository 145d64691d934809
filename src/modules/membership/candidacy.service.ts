import { membershipPolicies as policies } from "./membership.policies.js";
import type { Context } from "../../context.js";
import { constraintName, fail, forbidden, ok, sqlState, type Result } from "../../shared/errors.js";
import { runCommand } from "../../shared/mutation.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { zoneService } from "../zone/index.js";
import { addCalendarDays, isoWeekStart, parisDate } from "./membership.dates.js";

/** MEM-2: decisions are filed at a meeting within this many days after it was held. */
const DECISION_RECORDING_DAYS = 7;
import { membershipErrors, type MembershipErrorCode } from "./membership.errors.js";
import type { CreateCommitteeMeetingInput, DecideCandidacyInput, SubmitCandidacyInput } from "./membership.inputs.js";
import { toCandidacy, toCandidacyReceipt, toDecision, toMeeting } from "./membership.mappers.js";
import { membershipRepository as repo } from "./membership.repository.js";
import { eventActor } from "./membership.transaction.js";
import type { Candidacy, CandidacyReceipt, CandidacyStatusValue, CommitteeDecision, CommitteeMeeting } from "./membership.types.js";
import { REASON_MAX, checkText, validateCandidate } from "./membership.validation.js";

type R<T> = Promise<Result<T, MembershipErrorCode>>;

/** MEM-1/MEM-2: applying, and the weekly selection committee. */
export const candidacyService = {
  /** MEM-1: a candidate applies (anonymously, or through the desk); the member row starts as CANDIDATE. */
  async submit(ctx: Context, input: SubmitCandidacyInput): R<CandidacyReceipt> {
    if (!policies.submitCandidacy(ctx.actor)) throw forbidden();
    const today = parisDate(ctx.clock.now());
    const data = validateCandidate(input, today);
    const zone = await zoneService.check(ctx.db, input.postalAddress.postalCode, input.postalAddress.commune, ["input", "postalAddress"]);
    if (!data.ok || !zone.ok) return fail(...(data.ok ? [] : data.errors), ...(zone.ok ? [] : zone.errors));
    const now = ctx.clock.now();
    const emailTaken = (error: unknown) =>
      sqlState(error) === "23505" && constraintName(error) === "members_email_key" ? membershipErrors.error("EMAIL_TAKEN", ["input", "email"]) : null;
    return runCommand(ctx, { operation: "submitCandidacy", onDatabaseError: emailTaken }, async ({ tx, audit }) => {
      const member = await repo.insertMember(tx, {
        ...data.value,
        postalCode: zone.value.postalCode,
        commune: zone.value.commune,
        status: "CANDIDATE",
        createdAt: now,
        updatedAt: now,
      });
      await repo.insertEvents(tx, [{ memberId: member.id, kind: "APPLIED", at: now, ...eventActor(ctx) }]);
      await audit({ onBehalfOfMemberId: member.id, targetIds: [member.id] });
      return ok(toCandidacyReceipt(member));
    });
  },

  async candidacies(ctx: Context, args: { first: number; after?: string | null; status?: CandidacyStatusValue | null }): Promise<ConnectionShape<Candidacy>> {
    if (!policies.readCandidacies(ctx.actor)) throw forbidden();
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const rows = await repo.candidacies(ctx.db, { status: args.status ?? null, after, limit: first + 1 });
    const today = parisDate(ctx.clock.now());
    return toConnection(
      rows,
      first,
      (row) => toCandidacy(row.member, row.decision && toDecision(row.decision), today),
      (row) => encodeCursor([row.member.createdAt.toISOString(), row.member.id]),
    );
  },

  /** `node(id:)` for a Candidacy: the committee and the desk only; a member never decided on and not CANDIDATE is not one. */
  async candidacyNode(ctx: Context, memberId: string): Promise<Candidacy | null> {
    if (!policies.readCandidacies(ctx.actor)) return null;
    const member = await ctx.loaders.members.memberById.load(memberId);
    if (!member) return null;
    const decision = await repo.decisionOfMember(ctx.db, memberId);
    if (!decision && member.status !== "CANDIDATE") return null;
    return toCandidacy(member, decision ? toDecision(decision) : null, parisDate(ctx.clock.now()));
  },

  async meetingNode(ctx: Context, meetingId: string): Promise<CommitteeMeeting | null> {
    if (!policies.readCandidacies(ctx.actor)) return null;
    const row = await repo.meetingById(ctx.db, meetingId);
    return row ? toMeeting(row) : null;
  },

  /** MEM-2: the committee meets once a week (ISO week, Europe/Paris): a second meeting that week is refused. */
  async createMeeting(ctx: Context, input: CreateCommitteeMeetingInput): R<CommitteeMeeting> {
    if (!policies.decideCandidacies(ctx.actor) || ctx.actor.kind !== "staff") throw forbidden();
    const createdBy = ctx.actor.subjectId;
    const today = parisDate(ctx.clock.now());
    // A meeting is recorded in its week or the week after, or planned up to 4 weeks ahead: never
    // years back, which would let decisions be filed under a past week (MEM-2: once a week).
    const earliest = addCalendarDays(isoWeekStart(today), -7);
    const latest = addCalendarDays(today, 28);
    if (input.heldOn < earliest || input.heldOn > latest) {
      return fail(membershipErrors.error("MEETING_DATE_OUT_OF_RANGE", ["input", "heldOn"], { earliest, latest }));
    }
    const weekStart = isoWeekStart(input.heldOn);
    const weekTaken = membershipErrors.error("MEETING_WEEK_TAKEN", ["input", "heldOn"], { weekStart });
    // Two meetings created at once for one week: the unique index decides.
    const onDatabaseError = (error: unknown) => (sqlState(error) === "23505" && constraintName(error) === "committee_meetings_one_per_week" ? weekTaken : null);
    return runCommand(ctx, { operation: "createCommitteeMeeting", onDatabaseError }, async ({ tx, audit }) => {
      if (await repo.meetingOfWeek(tx, weekStart)) return fail(weekTaken);
      const meeting = await repo.insertMeeting(tx, { weekStart, heldOn: input.heldOn, createdBy, createdAt: ctx.clock.now() });
      await audit({ onBehalfOfMemberId: null, targetIds: [meeting.id], details: { heldOn: meeting.heldOn, weekStart } });
      return ok(toMeeting(meeting));
    });
  },

  /** MEM-2: CANDIDATE → ACCEPTED or REJECTED, once, with a reason, at a meeting that has taken place. */
  async decide(ctx: Context, input: DecideCandidacyInput): R<Candidacy> {
    if (!policies.decideCandidacies(ctx.actor) || ctx.actor.kind !== "staff") throw forbidden();
    const decidedBy = ctx.actor.subjectId;
    const meetingId = idOfType(input.meetingId, "CommitteeMeeting");
    const memberId = idOfType(input.candidacyId, "Candidacy");
    const reason = checkText(input.reason, REASON_MAX, () => undefined);
    const errors = [
      ...(meetingId ? [] : [membershipErrors.error("MEETING_NOT_FOUND", ["input", "meetingId"])]),
      ...(memberId ? [] : [membershipErrors.error("CANDIDACY_NOT_FOUND", ["input", "candidacyId"])]),
      ...(reason ? [] : [membershipErrors.error("REASON_REQUIRED", ["input", "reason"], { max: REASON_MAX })]),
    ];
    if (errors.length || !meetingId || !memberId || !reason) return fail(...errors);
    const now = ctx.clock.now();
    const today = parisDate(now);
    const alreadyDecided = membershipErrors.error("ALREADY_DECIDED", ["input", "candidacyId"]);
    const onDatabaseError = (error: unknown) => (sqlState(error) === "23505" && constraintName(error) === "committee_decisions_one_per_candidacy" ? alreadyDecided : null);
    // runCommand, not memberCommand: the meeting is checked first, and a missing member is CANDIDACY_NOT_FOUND.
    return runCommand(ctx, { operation: "decideCandidacy", onDatabaseError }, async ({ tx, audit }) => {
      const meeting = await repo.meetingById(tx, meetingId);
      if (!meeting) return fail(membershipErrors.error("MEETING_NOT_FOUND", ["input", "meetingId"]));
      if (meeting.heldOn > today) return fail(membershipErrors.error("MEETING_NOT_HELD_YET", ["input", "meetingId"], { heldOn: meeting.heldOn }));
      if (meeting.heldOn < addCalendarDays(today, -DECISION_RECORDING_DAYS)) {
        return fail(membershipErrors.error("MEETING_TOO_OLD", ["input", "meetingId"], { heldOn: meeting.heldOn, days: DECISION_RECORDING_DAYS }));
      }
      const member = await repo.lockMember(tx, memberId);
      if (!member) return fail(membershipErrors.error("CANDIDACY_NOT_FOUND", ["input", "candidacyId"]));
      if (member.status !== "CANDIDATE") {
        return fail((await repo.decisionOfMember(tx, memberId)) ? alreadyDecided : membershipErrors.error("CANDIDACY_NOT_FOUND", ["input", "candidacyId"]));
      }
      const decision = await repo.insertDecision(tx, { meetingId, memberId, decision: input.decision, reason, decidedBy, decidedAt: now });
      const status = input.decision === "ACCEPT" ? ("ACCEPTED" as const) : ("REJECTED" as const);
      const updated = await repo.updateMember(tx, memberId, { status, updatedAt: now });
      await repo.insertEvents(tx, [{ memberId, kind: status, at: now, reason, ...eventActor(ctx) }]);
      await audit({ onBehalfOfMemberId: memberId, targetIds: [memberId, decision.id, meetingId], details: { decision: input.decision } });
      return ok(toCandidacy(updated, toDecision(decision), today));
    });
  },

  async meetings(ctx: Context, args: { first: number; after?: string | null }): Promise<ConnectionShape<CommitteeMeeting>> {
    if (!policies.readCandidacies(ctx.actor)) throw forbidden();
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["date", "uuid"]) : null;
    const rows = await repo.meetings(ctx.db, { after, limit: first + 1 });
    return toConnection(rows, first, toMeeting, (row) => encodeCursor([row.heldOn, row.id]));
  },

  /** A meeting's decisions: batched over every meeting of the page (DataLoader). */
  async decisionsOf(ctx: Context, meeting: CommitteeMeeting): Promise<CommitteeDecision[]> {
    const rows = await ctx.loaders.membership.decisionsByMeetingId.load(meeting.rawId);
    return rows.map(toDecision);
  },

  /** The candidacy a decision is about: batched over every decision (DataLoader). */
  async candidacyOf(ctx: Context, decision: CommitteeDecision): Promise<Candidacy | null> {
    const member = await ctx.loaders.members.memberById.load(decision.memberRawId);
    if (!member) return null;
    return toCandidacy(member, decision, parisDate(ctx.clock.now()));
  },
};
