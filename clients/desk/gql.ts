/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query MembersSearch($search: String) {\n  members(first: 20, search: $search) {\n    edges {\n      node {\n        id\n        firstName\n        lastName\n        email\n        phone\n        status\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.MembersSearchDocument,
    "query MemberDetail($id: ID!) {\n  node(id: $id) {\n    ... on Member {\n      firstName\n      lastName\n      option {\n        status\n        acceptedAt\n      }\n      delegate {\n        firstName\n        lastName\n        registeredByRole\n      }\n      payers {\n        displayName\n        itemKinds\n      }\n      devices {\n        name\n        state\n      }\n      addresses {\n        id\n        kind\n        commune\n        lines {\n          offer\n          technology\n          eligible\n        }\n      }\n    }\n  }\n}": typeof types.MemberDetailDocument,
    "mutation SubmitCandidacy($input: SubmitCandidacyInput!) {\n  submitCandidacy(input: $input) {\n    candidacy {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.SubmitCandidacyDocument,
    "mutation CreateCommitteeMeeting($input: CreateCommitteeMeetingInput!) {\n  createCommitteeMeeting(input: $input) {\n    meeting {\n      id\n      heldOn\n      weekStart\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.CreateCommitteeMeetingDocument,
    "query PendingCandidacies {\n  candidacies(first: 20, status: PENDING) {\n    edges {\n      node {\n        id\n        lastName\n        firstName\n        age\n        commune\n        submittedAt\n      }\n    }\n  }\n}": typeof types.PendingCandidaciesDocument,
    "mutation DecideCandidacy($input: DecideCandidacyInput!) {\n  decideCandidacy(input: $input) {\n    candidacy {\n      status\n      decision {\n        decision\n        reason\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.DecideCandidacyDocument,
    "mutation RecordEntryFee($input: RecordEntryFeePaymentInput!) {\n  recordEntryFeePayment(input: $input) {\n    membership {\n      status\n      events {\n        kind\n        welcomeGift\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.RecordEntryFeeDocument,
    "mutation AssignCoach($input: AssignCoachInput!) {\n  assignCoach(input: $input) {\n    coaching {\n      coach {\n        displayName\n      }\n      substitute {\n        displayName\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.AssignCoachDocument,
    "query CoachedMembers {\n  coachedMembers(first: 20) {\n    edges {\n      node {\n        lastName\n        firstName\n        devices {\n          id\n          name\n          state\n        }\n      }\n    }\n  }\n}": typeof types.CoachedMembersDocument,
    "mutation ActivateDevice($input: ActivateDeviceInput!) {\n  activateDevice(input: $input) {\n    device {\n      name\n      state\n      activatedAt\n      activatedBy\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.ActivateDeviceDocument,
    "mutation RecordRemoteOutcome($input: RecordRemoteAssistanceOutcomeInput!) {\n  recordRemoteAssistanceOutcome(input: $input) {\n    assistanceRequest {\n      remoteOutcome\n      homeInterventionPossible\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.RecordRemoteOutcomeDocument,
    "mutation BookHomeIntervention($input: BookHomeInterventionInput!) {\n  bookHomeIntervention(input: $input) {\n    intervention {\n      id\n      status\n      startsAt\n      countsInAllowance\n      performerName\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.BookHomeInterventionDocument,
    "query TechnicianInterventions {\n  interventions(first: 20) {\n    edges {\n      node {\n        id\n        kind\n        status\n        startsAt\n        problem\n        site {\n          commune\n        }\n      }\n    }\n  }\n}": typeof types.TechnicianInterventionsDocument,
    "mutation IssueQuote($input: IssueQuoteInput!) {\n  issueQuote(input: $input) {\n    quote {\n      reference\n      status\n      validUntil\n      totals {\n        htCents\n        vatCents\n        ttcCents\n      }\n      lines {\n        label\n        amounts {\n          ttcCents\n        }\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.IssueQuoteDocument,
    "mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n  publishAnnouncement(input: $input) {\n    announcement {\n      id\n      kind\n      effectiveOn\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.PublishAnnouncementDocument,
    "mutation PublishCircleEvent($input: PublishCircleEventInput!) {\n  publishCircleEvent(input: $input) {\n    event {\n      id\n      title\n      remainingPlaces\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.PublishCircleEventDocument,
    "mutation RunMonthlyBilling($input: RunMonthlyBillingInput!) {\n  runMonthlyBilling(input: $input) {\n    summary {\n      month\n      invoicesCreated\n      membersBilled\n      alreadyInvoiced\n      totalTtcCents\n      skipped {\n        memberId\n        code\n        rule\n        message\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.RunMonthlyBillingDocument,
    "query Invoices {\n  invoices(first: 10) {\n    edges {\n      node {\n        id\n        number\n        status\n        memberName\n        billTo {\n          name\n        }\n        totals {\n          htCents\n          vatCents\n          ttcCents\n        }\n        balanceDueCents\n        dueOn\n      }\n    }\n  }\n}": typeof types.InvoicesDocument,
    "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    invoice {\n      status\n      paidCents\n      balanceDueCents\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.RecordPaymentDocument,
    "query MemberBillingStanding($memberId: ID) {\n  billingStanding(memberId: $memberId) {\n    balanceDueCents\n    overdueCents\n    openInvoices {\n      number\n      balanceDueCents\n    }\n    dunning {\n      stage\n    }\n  }\n}": typeof types.MemberBillingStandingDocument,
    "query PrivacyRequestsDueSoon {\n  privacyRequests(first: 20, filter: {dueWithinDays: 31}) {\n    edges {\n      node {\n        id\n        kind\n        purpose\n        dueAt\n        overdue\n        subject {\n          firstName\n          lastName\n          email\n        }\n      }\n    }\n  }\n}": typeof types.PrivacyRequestsDueSoonDocument,
    "mutation AnswerPrivacyRequest($input: AnswerPrivacyRequestInput!) {\n  answerPrivacyRequest(input: $input) {\n    request {\n      status\n      answeredAt\n      answeredLate\n      processingLimits {\n        purpose\n        inForce\n      }\n    }\n    userErrors {\n      code\n      rule\n      message\n    }\n  }\n}": typeof types.AnswerPrivacyRequestDocument,
    "mutation TerminateMembership($input: TerminateMembershipInput!) {\n  terminateMembership(input: $input) {\n    membership {\n      status\n      honorary\n      freeRejoinsRemaining\n    }\n    optionEnded\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.TerminateMembershipDocument,
    "mutation RejoinMembership($input: RejoinMembershipInput!) {\n  rejoinMembership(input: $input) {\n    membership {\n      status\n      honorary\n      freeRejoinsRemaining\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.RejoinMembershipDocument,
};
const documents: Documents = {
    "query MembersSearch($search: String) {\n  members(first: 20, search: $search) {\n    edges {\n      node {\n        id\n        firstName\n        lastName\n        email\n        phone\n        status\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.MembersSearchDocument,
    "query MemberDetail($id: ID!) {\n  node(id: $id) {\n    ... on Member {\n      firstName\n      lastName\n      option {\n        status\n        acceptedAt\n      }\n      delegate {\n        firstName\n        lastName\n        registeredByRole\n      }\n      payers {\n        displayName\n        itemKinds\n      }\n      devices {\n        name\n        state\n      }\n      addresses {\n        id\n        kind\n        commune\n        lines {\n          offer\n          technology\n          eligible\n        }\n      }\n    }\n  }\n}": types.MemberDetailDocument,
    "mutation SubmitCandidacy($input: SubmitCandidacyInput!) {\n  submitCandidacy(input: $input) {\n    candidacy {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.SubmitCandidacyDocument,
    "mutation CreateCommitteeMeeting($input: CreateCommitteeMeetingInput!) {\n  createCommitteeMeeting(input: $input) {\n    meeting {\n      id\n      heldOn\n      weekStart\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.CreateCommitteeMeetingDocument,
    "query PendingCandidacies {\n  candidacies(first: 20, status: PENDING) {\n    edges {\n      node {\n        id\n        lastName\n        firstName\n        age\n        commune\n        submittedAt\n      }\n    }\n  }\n}": types.PendingCandidaciesDocument,
    "mutation DecideCandidacy($input: DecideCandidacyInput!) {\n  decideCandidacy(input: $input) {\n    candidacy {\n      status\n      decision {\n        decision\n        reason\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.DecideCandidacyDocument,
    "mutation RecordEntryFee($input: RecordEntryFeePaymentInput!) {\n  recordEntryFeePayment(input: $input) {\n    membership {\n      status\n      events {\n        kind\n        welcomeGift\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.RecordEntryFeeDocument,
    "mutation AssignCoach($input: AssignCoachInput!) {\n  assignCoach(input: $input) {\n    coaching {\n      coach {\n        displayName\n      }\n      substitute {\n        displayName\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.AssignCoachDocument,
    "query CoachedMembers {\n  coachedMembers(first: 20) {\n    edges {\n      node {\n        lastName\n        firstName\n        devices {\n          id\n          name\n          state\n        }\n      }\n    }\n  }\n}": types.CoachedMembersDocument,
    "mutation ActivateDevice($input: ActivateDeviceInput!) {\n  activateDevice(input: $input) {\n    device {\n      name\n      state\n      activatedAt\n      activatedBy\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.ActivateDeviceDocument,
    "mutation RecordRemoteOutcome($input: RecordRemoteAssistanceOutcomeInput!) {\n  recordRemoteAssistanceOutcome(input: $input) {\n    assistanceRequest {\n      remoteOutcome\n      homeInterventionPossible\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.RecordRemoteOutcomeDocument,
    "mutation BookHomeIntervention($input: BookHomeInterventionInput!) {\n  bookHomeIntervention(input: $input) {\n    intervention {\n      id\n      status\n      startsAt\n      countsInAllowance\n      performerName\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.BookHomeInterventionDocument,
    "query TechnicianInterventions {\n  interventions(first: 20) {\n    edges {\n      node {\n        id\n        kind\n        status\n        startsAt\n        problem\n        site {\n          commune\n        }\n      }\n    }\n  }\n}": types.TechnicianInterventionsDocument,
    "mutation IssueQuote($input: IssueQuoteInput!) {\n  issueQuote(input: $input) {\n    quote {\n      reference\n      status\n      validUntil\n      totals {\n        htCents\n        vatCents\n        ttcCents\n      }\n      lines {\n        label\n        amounts {\n          ttcCents\n        }\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.IssueQuoteDocument,
    "mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n  publishAnnouncement(input: $input) {\n    announcement {\n      id\n      kind\n      effectiveOn\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.PublishAnnouncementDocument,
    "mutation PublishCircleEvent($input: PublishCircleEventInput!) {\n  publishCircleEvent(input: $input) {\n    event {\n      id\n      title\n      remainingPlaces\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.PublishCircleEventDocument,
    "mutation RunMonthlyBilling($input: RunMonthlyBillingInput!) {\n  runMonthlyBilling(input: $input) {\n    summary {\n      month\n      invoicesCreated\n      membersBilled\n      alreadyInvoiced\n      totalTtcCents\n      skipped {\n        memberId\n        code\n        rule\n        message\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.RunMonthlyBillingDocument,
    "query Invoices {\n  invoices(first: 10) {\n    edges {\n      node {\n        id\n        number\n        status\n        memberName\n        billTo {\n          name\n        }\n        totals {\n          htCents\n          vatCents\n          ttcCents\n        }\n        balanceDueCents\n        dueOn\n      }\n    }\n  }\n}": types.InvoicesDocument,
    "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    invoice {\n      status\n      paidCents\n      balanceDueCents\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.RecordPaymentDocument,
    "query MemberBillingStanding($memberId: ID) {\n  billingStanding(memberId: $memberId) {\n    balanceDueCents\n    overdueCents\n    openInvoices {\n      number\n      balanceDueCents\n    }\n    dunning {\n      stage\n    }\n  }\n}": types.MemberBillingStandingDocument,
    "query PrivacyRequestsDueSoon {\n  privacyRequests(first: 20, filter: {dueWithinDays: 31}) {\n    edges {\n      node {\n        id\n        kind\n        purpose\n        dueAt\n        overdue\n        subject {\n          firstName\n          lastName\n          email\n        }\n      }\n    }\n  }\n}": types.PrivacyRequestsDueSoonDocument,
    "mutation AnswerPrivacyRequest($input: AnswerPrivacyRequestInput!) {\n  answerPrivacyRequest(input: $input) {\n    request {\n      status\n      answeredAt\n      answeredLate\n      processingLimits {\n        purpose\n        inForce\n      }\n    }\n    userErrors {\n      code\n      rule\n      message\n    }\n  }\n}": types.AnswerPrivacyRequestDocument,
    "mutation TerminateMembership($input: TerminateMembershipInput!) {\n  terminateMembership(input: $input) {\n    membership {\n      status\n      honorary\n      freeRejoinsRemaining\n    }\n    optionEnded\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.TerminateMembershipDocument,
    "mutation RejoinMembership($input: RejoinMembershipInput!) {\n  rejoinMembership(input: $input) {\n    membership {\n      status\n      honorary\n      freeRejoinsRemaining\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.RejoinMembershipDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembersSearch($search: String) {\n  members(first: 20, search: $search) {\n    edges {\n      node {\n        id\n        firstName\n        lastName\n        email\n        phone\n        status\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query MembersSearch($search: String) {\n  members(first: 20, search: $search) {\n    edges {\n      node {\n        id\n        firstName\n        lastName\n        email\n        phone\n        status\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MemberDetail($id: ID!) {\n  node(id: $id) {\n    ... on Member {\n      firstName\n      lastName\n      option {\n        status\n        acceptedAt\n      }\n      delegate {\n        firstName\n        lastName\n        registeredByRole\n      }\n      payers {\n        displayName\n        itemKinds\n      }\n      devices {\n        name\n        state\n      }\n      addresses {\n        id\n        kind\n        commune\n        lines {\n          offer\n          technology\n          eligible\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MemberDetail($id: ID!) {\n  node(id: $id) {\n    ... on Member {\n      firstName\n      lastName\n      option {\n        status\n        acceptedAt\n      }\n      delegate {\n        firstName\n        lastName\n        registeredByRole\n      }\n      payers {\n        displayName\n        itemKinds\n      }\n      devices {\n        name\n        state\n      }\n      addresses {\n        id\n        kind\n        commune\n        lines {\n          offer\n          technology\n          eligible\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitCandidacy($input: SubmitCandidacyInput!) {\n  submitCandidacy(input: $input) {\n    candidacy {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation SubmitCandidacy($input: SubmitCandidacyInput!) {\n  submitCandidacy(input: $input) {\n    candidacy {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCommitteeMeeting($input: CreateCommitteeMeetingInput!) {\n  createCommitteeMeeting(input: $input) {\n    meeting {\n      id\n      heldOn\n      weekStart\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation CreateCommitteeMeeting($input: CreateCommitteeMeetingInput!) {\n  createCommitteeMeeting(input: $input) {\n    meeting {\n      id\n      heldOn\n      weekStart\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingCandidacies {\n  candidacies(first: 20, status: PENDING) {\n    edges {\n      node {\n        id\n        lastName\n        firstName\n        age\n        commune\n        submittedAt\n      }\n    }\n  }\n}"): (typeof documents)["query PendingCandidacies {\n  candidacies(first: 20, status: PENDING) {\n    edges {\n      node {\n        id\n        lastName\n        firstName\n        age\n        commune\n        submittedAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideCandidacy($input: DecideCandidacyInput!) {\n  decideCandidacy(input: $input) {\n    candidacy {\n      status\n      decision {\n        decision\n        reason\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation DecideCandidacy($input: DecideCandidacyInput!) {\n  decideCandidacy(input: $input) {\n    candidacy {\n      status\n      decision {\n        decision\n        reason\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordEntryFee($input: RecordEntryFeePaymentInput!) {\n  recordEntryFeePayment(input: $input) {\n    membership {\n      status\n      events {\n        kind\n        welcomeGift\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation RecordEntryFee($input: RecordEntryFeePaymentInput!) {\n  recordEntryFeePayment(input: $input) {\n    membership {\n      status\n      events {\n        kind\n        welcomeGift\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignCoach($input: AssignCoachInput!) {\n  assignCoach(input: $input) {\n    coaching {\n      coach {\n        displayName\n      }\n      substitute {\n        displayName\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation AssignCoach($input: AssignCoachInput!) {\n  assignCoach(input: $input) {\n    coaching {\n      coach {\n        displayName\n      }\n      substitute {\n        displayName\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoachedMembers {\n  coachedMembers(first: 20) {\n    edges {\n      node {\n        lastName\n        firstName\n        devices {\n          id\n          name\n          state\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CoachedMembers {\n  coachedMembers(first: 20) {\n    edges {\n      node {\n        lastName\n        firstName\n        devices {\n          id\n          name\n          state\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateDevice($input: ActivateDeviceInput!) {\n  activateDevice(input: $input) {\n    device {\n      name\n      state\n      activatedAt\n      activatedBy\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation ActivateDevice($input: ActivateDeviceInput!) {\n  activateDevice(input: $input) {\n    device {\n      name\n      state\n      activatedAt\n      activatedBy\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRemoteOutcome($input: RecordRemoteAssistanceOutcomeInput!) {\n  recordRemoteAssistanceOutcome(input: $input) {\n    assistanceRequest {\n      remoteOutcome\n      homeInterventionPossible\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation RecordRemoteOutcome($input: RecordRemoteAssistanceOutcomeInput!) {\n  recordRemoteAssistanceOutcome(input: $input) {\n    assistanceRequest {\n      remoteOutcome\n      homeInterventionPossible\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookHomeIntervention($input: BookHomeInterventionInput!) {\n  bookHomeIntervention(input: $input) {\n    intervention {\n      id\n      status\n      startsAt\n      countsInAllowance\n      performerName\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation BookHomeIntervention($input: BookHomeInterventionInput!) {\n  bookHomeIntervention(input: $input) {\n    intervention {\n      id\n      status\n      startsAt\n      countsInAllowance\n      performerName\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnicianInterventions {\n  interventions(first: 20) {\n    edges {\n      node {\n        id\n        kind\n        status\n        startsAt\n        problem\n        site {\n          commune\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query TechnicianInterventions {\n  interventions(first: 20) {\n    edges {\n      node {\n        id\n        kind\n        status\n        startsAt\n        problem\n        site {\n          commune\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueQuote($input: IssueQuoteInput!) {\n  issueQuote(input: $input) {\n    quote {\n      reference\n      status\n      validUntil\n      totals {\n        htCents\n        vatCents\n        ttcCents\n      }\n      lines {\n        label\n        amounts {\n          ttcCents\n        }\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation IssueQuote($input: IssueQuoteInput!) {\n  issueQuote(input: $input) {\n    quote {\n      reference\n      status\n      validUntil\n      totals {\n        htCents\n        vatCents\n        ttcCents\n      }\n      lines {\n        label\n        amounts {\n          ttcCents\n        }\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n  publishAnnouncement(input: $input) {\n    announcement {\n      id\n      kind\n      effectiveOn\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n  publishAnnouncement(input: $input) {\n    announcement {\n      id\n      kind\n      effectiveOn\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishCircleEvent($input: PublishCircleEventInput!) {\n  publishCircleEvent(input: $input) {\n    event {\n      id\n      title\n      remainingPlaces\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation PublishCircleEvent($input: PublishCircleEventInput!) {\n  publishCircleEvent(input: $input) {\n    event {\n      id\n      title\n      remainingPlaces\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunMonthlyBilling($input: RunMonthlyBillingInput!) {\n  runMonthlyBilling(input: $input) {\n    summary {\n      month\n      invoicesCreated\n      membersBilled\n      alreadyInvoiced\n      totalTtcCents\n      skipped {\n        memberId\n        code\n        rule\n        message\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation RunMonthlyBilling($input: RunMonthlyBillingInput!) {\n  runMonthlyBilling(input: $input) {\n    summary {\n      month\n      invoicesCreated\n      membersBilled\n      alreadyInvoiced\n      totalTtcCents\n      skipped {\n        memberId\n        code\n        rule\n        message\n      }\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Invoices {\n  invoices(first: 10) {\n    edges {\n      node {\n        id\n        number\n        status\n        memberName\n        billTo {\n          name\n        }\n        totals {\n          htCents\n          vatCents\n          ttcCents\n        }\n        balanceDueCents\n        dueOn\n      }\n    }\n  }\n}"): (typeof documents)["query Invoices {\n  invoices(first: 10) {\n    edges {\n      node {\n        id\n        number\n        status\n        memberName\n        billTo {\n          name\n        }\n        totals {\n          htCents\n          vatCents\n          ttcCents\n        }\n        balanceDueCents\n        dueOn\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    invoice {\n      status\n      paidCents\n      balanceDueCents\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    invoice {\n      status\n      paidCents\n      balanceDueCents\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MemberBillingStanding($memberId: ID) {\n  billingStanding(memberId: $memberId) {\n    balanceDueCents\n    overdueCents\n    openInvoices {\n      number\n      balanceDueCents\n    }\n    dunning {\n      stage\n    }\n  }\n}"): (typeof documents)["query MemberBillingStanding($memberId: ID) {\n  billingStanding(memberId: $memberId) {\n    balanceDueCents\n    overdueCents\n    openInvoices {\n      number\n      balanceDueCents\n    }\n    dunning {\n      stage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyRequestsDueSoon {\n  privacyRequests(first: 20, filter: {dueWithinDays: 31}) {\n    edges {\n      node {\n        id\n        kind\n        purpose\n        dueAt\n        overdue\n        subject {\n          firstName\n          lastName\n          email\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PrivacyRequestsDueSoon {\n  privacyRequests(first: 20, filter: {dueWithinDays: 31}) {\n    edges {\n      node {\n        id\n        kind\n        purpose\n        dueAt\n        overdue\n        subject {\n          firstName\n          lastName\n          email\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerPrivacyRequest($input: AnswerPrivacyRequestInput!) {\n  answerPrivacyRequest(input: $input) {\n    request {\n      status\n      answeredAt\n      answeredLate\n      processingLimits {\n        purpose\n        inForce\n      }\n    }\n    userErrors {\n      code\n      rule\n      message\n    }\n  }\n}"): (typeof documents)["mutation AnswerPrivacyRequest($input: AnswerPrivacyRequestInput!) {\n  answerPrivacyRequest(input: $input) {\n    request {\n      status\n      answeredAt\n      answeredLate\n      processingLimits {\n        purpose\n        inForce\n      }\n    }\n    userErrors {\n      code\n      rule\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminateMembership($input: TerminateMembershipInput!) {\n  terminateMembership(input: $input) {\n    membership {\n      status\n      honorary\n      freeRejoinsRemaining\n    }\n    optionEnded\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation TerminateMembership($input: TerminateMembershipInput!) {\n  terminateMembership(input: $input) {\n    membership {\n      status\n      honorary\n      freeRejoinsRemaining\n    }\n    optionEnded\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejoinMembership($input: RejoinMembershipInput!) {\n  rejoinMembership(input: $input) {\n    membership {\n      status\n      honorary\n      freeRejoinsRemaining\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation RejoinMembership($input: RejoinMembershipInput!) {\n  rejoinMembership(input: $input) {\n    membership {\n      status\n      honorary\n      freeRejoinsRemaining\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;