import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Delegate, Payer } from "../members/index.js";
import { membershipErrors } from "./membership.errors.js";
import { Candidacy, CandidacyReceipt, CommitteeMeeting, Membership } from "./membership.types.js";

const membershipUserErrors = userErrorType("Membership", membershipErrors);

export const SubmitCandidacyPayload = Payload("SubmitCandidacy", membershipUserErrors, { candidacy: () => CandidacyReceipt });
export const CreateCommitteeMeetingPayload = Payload("CreateCommitteeMeeting", membershipUserErrors, { meeting: () => CommitteeMeeting });
export const DecideCandidacyPayload = Payload("DecideCandidacy", membershipUserErrors, { candidacy: () => Candidacy });
export const MembershipPayload = Payload("Membership", membershipUserErrors, { membership: () => Membership }, "The membership after the change; null when refused.");
export const TerminateMembershipPayload = Payload("TerminateMembership", membershipUserErrors, {
  membership: () => Membership,
  optionEnded: {
    type: () => Boolean,
    nullable: false,
    whenRefused: false,
    description: "OPT-3: the option ended with the membership, in the same transaction.",
  },
});

export const DesignateDelegatePayload = Payload("DesignateDelegate", membershipUserErrors, {
  delegate: () => Delegate,
  replacedDelegate: { type: () => Delegate, description: "MEM-4: the delegate this designation replaced (now revoked), if any." },
});
export const RevokeDelegatePayload = Payload("RevokeDelegate", membershipUserErrors, { delegate: { type: () => Delegate, description: "The revoked delegate." } });
export const PayerPayload = Payload("Payer", membershipUserErrors, { payer: () => Payer });
