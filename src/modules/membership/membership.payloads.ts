import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Delegate, Payer } from "../members/index.js";
import { membershipErrors } from "./membership.errors.js";
import { Candidacy, CandidacyReceipt, CommitteeMeeting, Membership } from "./membership.types.js";

const membershipUserErrors = userErrorType(
  "Membership",
  membershipErrors,
  "Why a membership mutation was refused: candidacy, committee, entry fee, termination, rejoining, delegate or payer (MEM-1..5, BIL-6).",
);

export const SubmitCandidacyPayload = Payload(
  "SubmitCandidacy",
  membershipUserErrors,
  { candidacy: { type: () => CandidacyReceipt, description: "The receipt of the candidacy; null when refused." } },
  "The answer to submitCandidacy (MEM-1, MEM-2).",
);
export const CreateCommitteeMeetingPayload = Payload(
  "CreateCommitteeMeeting",
  membershipUserErrors,
  { meeting: { type: () => CommitteeMeeting, description: "The meeting created; null when refused." } },
  "The answer to createCommitteeMeeting (MEM-2).",
);
export const DecideCandidacyPayload = Payload(
  "DecideCandidacy",
  membershipUserErrors,
  { candidacy: { type: () => Candidacy, description: "The candidacy with its decision; null when refused." } },
  "The answer to decideCandidacy (MEM-2).",
);
export const MembershipPayload = Payload(
  "Membership",
  membershipUserErrors,
  { membership: { type: () => Membership, description: "The membership after the change; null when refused." } },
  "The membership after the change; null when refused.",
);
export const TerminateMembershipPayload = Payload(
  "TerminateMembership",
  membershipUserErrors,
  {
    membership: { type: () => Membership, description: "The terminated membership; null when refused." },
    optionEnded: {
      type: () => Boolean,
      nullable: false,
      whenRefused: false,
      description: "OPT-3: the option ended with the membership, in the same transaction.",
    },
  },
  "The answer to terminateMembership (MEM-2, OPT-3).",
);

export const DesignateDelegatePayload = Payload(
  "DesignateDelegate",
  membershipUserErrors,
  {
    delegate: { type: () => Delegate, description: "The delegate now in force; null when refused." },
    replacedDelegate: { type: () => Delegate, description: "MEM-4: the delegate this designation replaced (now revoked), if any." },
  },
  "The answer to designateDelegate (MEM-4).",
);
export const RevokeDelegatePayload = Payload(
  "RevokeDelegate",
  membershipUserErrors,
  { delegate: { type: () => Delegate, description: "The revoked delegate." } },
  "The answer to revokeDelegate (MEM-4).",
);
export const PayerPayload = Payload(
  "Payer",
  membershipUserErrors,
  { payer: { type: () => Payer, description: "The payer designated or revoked; null when refused." } },
  "The answer to designatePayer and revokePayer (BIL-6).",
);
