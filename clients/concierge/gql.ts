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
    "query PartnerCategories {\n  conciergeCategories {\n    code\n    label\n    included\n  }\n}": typeof types.PartnerCategoriesDocument,
    "query PartnerQueue($status: ConciergeStatus) {\n  partnerConciergeRequests(first: 20, status: $status) {\n    edges {\n      node {\n        id\n        category {\n          code\n        }\n        content\n        memberFirstName\n        memberLastName\n        callbackPhone\n        preferredLanguage\n        status\n        submittedAt\n      }\n    }\n  }\n}": typeof types.PartnerQueueDocument,
    "mutation AcceptRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.AcceptRequestDocument,
    "mutation ProposeRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n      statusReason\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.ProposeRequestDocument,
    "mutation BookRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.BookRequestDocument,
    "mutation CompleteRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.CompleteRequestDocument,
    "query NextSubmitted {\n  partnerConciergeRequests(first: 20, status: SUBMITTED) {\n    edges {\n      node {\n        id\n        content\n        status\n      }\n    }\n  }\n}": typeof types.NextSubmittedDocument,
    "mutation RejectRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n      statusReason\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": typeof types.RejectRequestDocument,
    "query PartnerRateLimit {\n  rateLimit {\n    consumer\n    maximumQueryCost\n    requestedQueryCost\n    maximumAvailable\n    currentlyAvailable\n    restoreRate\n  }\n}": typeof types.PartnerRateLimitDocument,
};
const documents: Documents = {
    "query PartnerCategories {\n  conciergeCategories {\n    code\n    label\n    included\n  }\n}": types.PartnerCategoriesDocument,
    "query PartnerQueue($status: ConciergeStatus) {\n  partnerConciergeRequests(first: 20, status: $status) {\n    edges {\n      node {\n        id\n        category {\n          code\n        }\n        content\n        memberFirstName\n        memberLastName\n        callbackPhone\n        preferredLanguage\n        status\n        submittedAt\n      }\n    }\n  }\n}": types.PartnerQueueDocument,
    "mutation AcceptRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.AcceptRequestDocument,
    "mutation ProposeRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n      statusReason\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.ProposeRequestDocument,
    "mutation BookRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.BookRequestDocument,
    "mutation CompleteRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.CompleteRequestDocument,
    "query NextSubmitted {\n  partnerConciergeRequests(first: 20, status: SUBMITTED) {\n    edges {\n      node {\n        id\n        content\n        status\n      }\n    }\n  }\n}": types.NextSubmittedDocument,
    "mutation RejectRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n      statusReason\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}": types.RejectRequestDocument,
    "query PartnerRateLimit {\n  rateLimit {\n    consumer\n    maximumQueryCost\n    requestedQueryCost\n    maximumAvailable\n    currentlyAvailable\n    restoreRate\n  }\n}": types.PartnerRateLimitDocument,
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
export function graphql(source: "query PartnerCategories {\n  conciergeCategories {\n    code\n    label\n    included\n  }\n}"): (typeof documents)["query PartnerCategories {\n  conciergeCategories {\n    code\n    label\n    included\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerQueue($status: ConciergeStatus) {\n  partnerConciergeRequests(first: 20, status: $status) {\n    edges {\n      node {\n        id\n        category {\n          code\n        }\n        content\n        memberFirstName\n        memberLastName\n        callbackPhone\n        preferredLanguage\n        status\n        submittedAt\n      }\n    }\n  }\n}"): (typeof documents)["query PartnerQueue($status: ConciergeStatus) {\n  partnerConciergeRequests(first: 20, status: $status) {\n    edges {\n      node {\n        id\n        category {\n          code\n        }\n        content\n        memberFirstName\n        memberLastName\n        callbackPhone\n        preferredLanguage\n        status\n        submittedAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation AcceptRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n      statusReason\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation ProposeRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n      statusReason\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation BookRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation CompleteRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextSubmitted {\n  partnerConciergeRequests(first: 20, status: SUBMITTED) {\n    edges {\n      node {\n        id\n        content\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query NextSubmitted {\n  partnerConciergeRequests(first: 20, status: SUBMITTED) {\n    edges {\n      node {\n        id\n        content\n        status\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n      statusReason\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"): (typeof documents)["mutation RejectRequest($input: UpdateConciergeRequestStatusInput!) {\n  updateConciergeRequestStatus(input: $input) {\n    request {\n      id\n      status\n      statusReason\n    }\n    userErrors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerRateLimit {\n  rateLimit {\n    consumer\n    maximumQueryCost\n    requestedQueryCost\n    maximumAvailable\n    currentlyAvailable\n    restoreRate\n  }\n}"): (typeof documents)["query PartnerRateLimit {\n  rateLimit {\n    consumer\n    maximumQueryCost\n    requestedQueryCost\n    maximumAvailable\n    currentlyAvailable\n    restoreRate\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;