import { asc, isNull, sql } from "drizzle-orm";
import { addresses, internetLines } from "../../../db/schema/premises.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfChildren } from "../../shared/loader.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createPremisesLoaders(db: Queryable) {
  return {
    addressById: loaderById(db, addresses),
    /** Active addresses of many members: the main one first, then extra sites in creation order. */
    activeAddressesByMemberId: loaderOfChildren(db, addresses, "memberId", {
      where: isNull(addresses.removedAt),
      orderBy: [asc(addresses.memberId), sql`${addresses.kind} = 'MAIN' desc`, asc(addresses.createdAt), asc(addresses.id)],
    }),
    lineById: loaderById(db, internetLines),
    /**
     * Active lines of many members, in creation order: an address's lines are its members' lines
     * with its id. Read by member, so that `Member.addresses` can start it with the addresses
     * (one statement for both) when the query selects the lines.
     */
    activeLinesByMemberId: loaderOfChildren(db, internetLines, "memberId", {
      where: isNull(internetLines.removedAt),
      orderBy: [asc(internetLines.createdAt), asc(internetLines.id)],
    }),
  };
}

declare module "../../context.js" {
  interface Loaders {
    premises: ReturnType<typeof createPremisesLoaders>;
  }
}
