/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a Concierge mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type ConciergeErrorCode =
  /** A request cannot go from {from} to {to}. (rule CON-6) */
  | 'ILLEGAL_TRANSITION'
  /** Invalid callback number: give a French or an international (+…) number. (rule CON-4) */
  | 'INVALID_CALLBACK_PHONE'
  /** The request must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_CONTENT'
  /** The concierge is for members with an active membership only. (rule CON-1) */
  | 'MEMBERSHIP_NOT_ACTIVE'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** The note cannot be longer than {max} characters. (input check, no SPEC rule) */
  | 'NOTE_TOO_LONG'
  /** No Privilège option in force, or its cancellation was already requested. (rule CON-2) */
  | 'NO_PRIVILEGE_IN_FORCE'
  /** The concierge is a service of the Option Intérieur: the option must be in force. (rule CON-1) */
  | 'OPTION_NOT_IN_FORCE'
  /** The Privilège option is already subscribed for this member. (rule CON-2) */
  | 'PRIVILEGE_ALREADY_SUBSCRIBED'
  /** The category "{category}" requires the Privilège option. (rule CON-2) */
  | 'PRIVILEGE_REQUIRED'
  /** Give the reason (between 1 and {max} characters). (rule CON-6) */
  | 'REASON_REQUIRED'
  /** Concierge request not found, or you do not have access to it. (rule AUT-2) */
  | 'REQUEST_NOT_FOUND'
  /** Services are suspended for non-payment: settle the overdue amount to restore them. (rule BIL-9) */
  | 'SERVICE_SUSPENDED'
  /** Unknown category: choose one from the concierge's list of services. (rule CON-1) */
  | 'UNKNOWN_CATEGORY';

/** CON-5: the language the member prefers to be contacted in. */
export type ConciergeLanguage =
  /** English. */
  | 'en'
  /** French. */
  | 'fr';

/** CON-6: the statuses the concierge partner sets. */
export type ConciergePartnerStatus =
  /** Take on a SUBMITTED request. */
  | 'ACCEPTED'
  /** Booked with the provider, from PROPOSED. */
  | 'BOOKED'
  /** Done, from BOOKED. */
  | 'COMPLETED'
  /** Propose to the member, from ACCEPTED. */
  | 'PROPOSED'
  /** Reject, before BOOKED; the note (the reason) is required. */
  | 'REJECTED';

/** CON-6: SUBMITTED → ACCEPTED → PROPOSED → BOOKED → COMPLETED; CANCELLED (member side, before BOOKED) and REJECTED (partner) carry a reason. */
export type ConciergeStatus =
  /** The concierge partner took the request on. */
  | 'ACCEPTED'
  /** Booked with the provider; the member pays the provider directly (CON-3) and can no longer cancel. */
  | 'BOOKED'
  /** Cancelled by the member's side before BOOKED, with a reason (final). */
  | 'CANCELLED'
  /** Done (final). */
  | 'COMPLETED'
  /** The partner proposed a provider or an option to the member. */
  | 'PROPOSED'
  /** Rejected by the partner before BOOKED, with a reason (final). */
  | 'REJECTED'
  /** Submitted by the member's side; the partner has not answered yet. */
  | 'SUBMITTED';

/** Issue 14: who a query budget belongs to. */
export type RateLimitConsumer =
  /** A caller without a token: one budget per network address. */
  | 'ANONYMOUS'
  /** An app user (MEMBER, DELEGATE or PAYER): one budget per person signed in to the app. */
  | 'APP'
  /** An Orange desk person (agent, coach, technician, committee, billing, privacy officer): one budget each. */
  | 'DESK'
  /** The concierge partner: one budget per partner account. */
  | 'PARTNER';

/** CON-6: the concierge partner moves a request to its next status. */
export type UpdateConciergeRequestStatusInput = {
  /** Required for REJECTED (the reason); otherwise an optional note for the member. */
  note?: string | null | undefined;
  /** The request's ID (PartnerConciergeRequest.id). */
  requestId: string;
  /** The new status; it must follow the lifecycle (CON-6), REJECTED only before BOOKED. */
  status: ConciergePartnerStatus;
};

export type PartnerCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCategoriesQuery = { conciergeCategories: Array<{ code: string, label: string, included: boolean }> };

export type PartnerQueueQueryVariables = Exact<{
  status?: ConciergeStatus | null | undefined;
}>;


export type PartnerQueueQuery = { partnerConciergeRequests: { edges: Array<{ node: { id: string, content: string, memberFirstName: string, memberLastName: string, callbackPhone: string | null, preferredLanguage: ConciergeLanguage, status: ConciergeStatus, submittedAt: string, category: { code: string } } }> } };

export type AcceptRequestMutationVariables = Exact<{
  input: UpdateConciergeRequestStatusInput;
}>;


export type AcceptRequestMutation = { updateConciergeRequestStatus: { request: { id: string, status: ConciergeStatus } | null, userErrors: Array<{ code: ConciergeErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type ProposeRequestMutationVariables = Exact<{
  input: UpdateConciergeRequestStatusInput;
}>;


export type ProposeRequestMutation = { updateConciergeRequestStatus: { request: { id: string, status: ConciergeStatus, statusReason: string | null } | null, userErrors: Array<{ code: ConciergeErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type BookRequestMutationVariables = Exact<{
  input: UpdateConciergeRequestStatusInput;
}>;


export type BookRequestMutation = { updateConciergeRequestStatus: { request: { id: string, status: ConciergeStatus } | null, userErrors: Array<{ code: ConciergeErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type CompleteRequestMutationVariables = Exact<{
  input: UpdateConciergeRequestStatusInput;
}>;


export type CompleteRequestMutation = { updateConciergeRequestStatus: { request: { id: string, status: ConciergeStatus } | null, userErrors: Array<{ code: ConciergeErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type NextSubmittedQueryVariables = Exact<{ [key: string]: never; }>;


export type NextSubmittedQuery = { partnerConciergeRequests: { edges: Array<{ node: { id: string, content: string, status: ConciergeStatus } }> } };

export type RejectRequestMutationVariables = Exact<{
  input: UpdateConciergeRequestStatusInput;
}>;


export type RejectRequestMutation = { updateConciergeRequestStatus: { request: { id: string, status: ConciergeStatus, statusReason: string | null } | null, userErrors: Array<{ code: ConciergeErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type PartnerRateLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerRateLimitQuery = { rateLimit: { consumer: RateLimitConsumer, maximumQueryCost: number, requestedQueryCost: number, maximumAvailable: number | null, currentlyAvailable: number | null, restoreRate: number | null } | null };


export const PartnerCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciergeCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"included"}}]}}]}}]} as unknown as DocumentNode<PartnerCategoriesQuery, PartnerCategoriesQueryVariables>;
export const PartnerQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciergeStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerConciergeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"memberFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"memberLastName"}},{"kind":"Field","name":{"kind":"Name","value":"callbackPhone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerQueueQuery, PartnerQueueQueryVariables>;
export const AcceptRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConciergeRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConciergeRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptRequestMutation, AcceptRequestMutationVariables>;
export const ProposeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConciergeRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConciergeRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeRequestMutation, ProposeRequestMutationVariables>;
export const BookRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConciergeRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConciergeRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<BookRequestMutation, BookRequestMutationVariables>;
export const CompleteRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConciergeRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConciergeRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteRequestMutation, CompleteRequestMutationVariables>;
export const NextSubmittedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextSubmitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerConciergeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NextSubmittedQuery, NextSubmittedQueryVariables>;
export const RejectRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConciergeRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConciergeRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<RejectRequestMutation, RejectRequestMutationVariables>;
export const PartnerRateLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerRateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"maximumQueryCost"}},{"kind":"Field","name":{"kind":"Name","value":"requestedQueryCost"}},{"kind":"Field","name":{"kind":"Name","value":"maximumAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"currentlyAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"restoreRate"}}]}}]}}]} as unknown as DocumentNode<PartnerRateLimitQuery, PartnerRateLimitQueryVariables>;