import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { loaderOfMemberPages } from "../../shared/member-pages.js";
import { quotesRepository as repo } from "./quotes.repository.js";

/** Built per request in the context. */
export function createQuoteLoaders(db: Queryable) {
  return {
    requestById: loaderByKey((ids: readonly string[]) => repo.requestsByIds(db, ids), (row) => row.id),
    quoteById: loaderByKey((ids: readonly string[]) => repo.quotesByIds(db, ids), (row) => row.id),
    quotesByRequestId: loaderOfGroups((ids: readonly string[]) => repo.quotesByRequestIds(db, ids), (row) => row.requestId),
    linesByQuoteId: loaderOfGroups((ids: readonly string[]) => repo.linesByQuoteIds(db, ids), (row) => row.quoteId),
    quotePages: loaderOfMemberPages((memberIds, filter: Parameters<typeof repo.quotePagesByMemberIds>[2]) => repo.quotePagesByMemberIds(db, memberIds, filter)),
    requestPages: loaderOfMemberPages((memberIds, filter: Parameters<typeof repo.requestPagesByMemberIds>[2]) => repo.requestPagesByMemberIds(db, memberIds, filter)),
  };
}

export type QuoteLoaders = ReturnType<typeof createQuoteLoaders>;
