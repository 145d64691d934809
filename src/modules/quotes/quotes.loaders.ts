import DataLoader from "dataloader";
import { asc } from "drizzle-orm";
import { quoteLines, quoteRequests, quotes } from "../../../db/schema/quotes.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfChildren } from "../../shared/loader.js";
import { loaderOfMemberPages } from "../../shared/member-pages.js";
import { quotesRepository as repo } from "./quotes.repository.js";

/** Built per request in the context. */
export function createQuoteLoaders(db: Queryable) {
  return {
    requestById: loaderById(db, quoteRequests),
    quoteById: loaderById(db, quotes),
    /** Every quote of each request, oldest first (the last one is the request's current quote). */
    quotesByRequestId: loaderOfChildren(db, quotes, "requestId", { orderBy: [asc(quotes.requestId), asc(quotes.issuedAt), asc(quotes.number)] }),
    linesByQuoteId: loaderOfChildren(db, quoteLines, "quoteId", { orderBy: [asc(quoteLines.quoteId), asc(quoteLines.position)] }),
    quotePages: loaderOfMemberPages((memberIds, filter: Parameters<typeof repo.quotePagesByMemberIds>[2]) => repo.quotePagesByMemberIds(db, memberIds, filter)),
    /** Key `${technicianId}|${memberId}`: does the technician serve the member (one statement per technician). */
    servedByTechnician: new DataLoader<string, boolean>(async (keys) => {
      const byTechnician = new Map<string, string[]>();
      for (const key of keys) {
        const [technicianId, memberId] = key.split("|") as [string, string];
        byTechnician.set(technicianId, [...(byTechnician.get(technicianId) ?? []), memberId]);
      }
      const served = new Set<string>();
      for (const [technicianId, memberIds] of byTechnician) {
        for (const id of await repo.servedByTechnician(db, technicianId, memberIds)) served.add(`${technicianId}|${id}`);
      }
      return keys.map((key) => served.has(key));
    }),
    requestPages: loaderOfMemberPages((memberIds, filter: Parameters<typeof repo.requestPagesByMemberIds>[2]) => repo.requestPagesByMemberIds(db, memberIds, filter)),
  };
}

declare module "../../context.js" {
  interface Loaders {
    quotes: ReturnType<typeof createQuoteLoaders>;
  }
}
