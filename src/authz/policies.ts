import type { Actor } from "./actor.js";

/**
 * Object-level access, as pure functions of the actor and the object's owner ids.
 * Used by the shield rules (first barrier) and by the services and repositories (second barrier),
 * so that the two can never disagree.
 */
export const policies = {
  /** AUT-2/AUT-3: a member's own data: the member, their delegate, and the desk. */
  readMember(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT";
    return actor.kind === "member-scoped" && (actor.role === "MEMBER" || actor.role === "DELEGATE") && actor.memberId === memberId;
  },

  /** Contact changes: the member, their delegate (on the member's behalf, MEM-4) and the desk. */
  updateMemberContact(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },

  /** A delegate's designation: the delegate, their member, the desk. */
  readDelegate(actor: Actor, delegate: { id: string; memberId: string }): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT";
    if (actor.kind !== "member-scoped" || actor.memberId !== delegate.memberId) return false;
    return actor.role === "MEMBER" || (actor.role === "DELEGATE" && actor.subjectId === delegate.id);
  },

  /** Payers are billing matters: the payer themself, the member (never the delegate, MEM-5), desk and billing. */
  readPayer(actor: Actor, payer: { id: string; memberId: string }): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT" || actor.role === "BILLING";
    if (actor.kind !== "member-scoped" || actor.memberId !== payer.memberId) return false;
    return actor.role === "MEMBER" || (actor.role === "PAYER" && actor.subjectId === payer.id);
  },

  /** The list of a member's payers. */
  listMemberPayers(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT" || actor.role === "BILLING";
    return actor.kind === "member-scoped" && actor.role === "MEMBER" && actor.memberId === memberId;
  },

  /** Staff profiles: the person themself and the desk. */
  readStaffUser(actor: Actor, staffUserId: string): boolean {
    if (actor.kind !== "staff") return false;
    return actor.role === "DESK_AGENT" || actor.subjectId === staffUserId;
  },

  /** The desk's member directory. */
  searchMembers(actor: Actor): boolean {
    return actor.kind === "staff" && actor.role === "DESK_AGENT";
  },

  /** Addresses and internet lines (ADR, LIN): the member, their delegate (on the member's behalf, MEM-4) and the desk. */
  managePremises(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },

  /** OPT-1: Orange's fiber/ADSL eligibility test result is recorded by the desk. */
  recordEligibilityTest(actor: Actor): boolean {
    return actor.kind === "staff" && actor.role === "DESK_AGENT";
  },

  // --- membership (MEM-1..MEM-5) ---

  /** MEM-1: anyone may apply without an account; the desk may file a candidacy on someone's behalf. */
  submitCandidacy(actor: Actor): boolean {
    return actor.kind === "anonymous" || (actor.kind === "staff" && actor.role === "DESK_AGENT");
  },

  /** AUT-3: the committee sees candidacies and its decisions; the desk reads them. */
  readCandidacies(actor: Actor): boolean {
    return actor.kind === "staff" && (actor.role === "COMMITTEE" || actor.role === "DESK_AGENT");
  },

  /** MEM-2: meetings and decisions are recorded by the committee only. */
  decideCandidacies(actor: Actor): boolean {
    return actor.kind === "staff" && actor.role === "COMMITTEE";
  },

  /** MEM-2/MEM-3: money matters of a membership: the desk and billing. */
  recordMembershipPayments(actor: Actor): boolean {
    return actor.kind === "staff" && (actor.role === "DESK_AGENT" || actor.role === "BILLING");
  },

  /** A member's membership state: whoever reads the member, plus billing. */
  readMembership(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId) || (actor.kind === "staff" && actor.role === "BILLING");
  },

  /**
   * Acts that only the member themself (or the desk for them) may take: terminating, rejoining,
   * designating or revoking a delegate or a payer (MEM-5 keeps the delegate out).
   */
  actAsMember(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT";
    return actor.kind === "member-scoped" && actor.role === "MEMBER" && actor.memberId === memberId;
  },
};

/** The « Option Intérieur » (OPT-1..6). */
export const optionPolicies = {
  /** Subscribing: the member, their delegate (on the member's behalf), the desk recording a written acceptance. */
  subscribe(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** Terminating at the member's request: the member, or the desk recording their letter or email. Never the delegate (MEM-5). */
  requestTermination(actor: Actor, memberId: string): boolean {
    return policies.actAsMember(actor, memberId);
  },
  /** OPT-5 and OPT-6: Parnasse's own decisions, taken by desk staff. */
  actForParnasse(actor: Actor): boolean {
    return actor.kind === "staff" && actor.role === "DESK_AGENT";
  },
};
