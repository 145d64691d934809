import DataLoader from "dataloader";
import { assistanceRequests, interventions } from "../../../db/schema/interventions.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById } from "../../shared/loader.js";
import { interventionsRepository as repo, type InterventionRow, type PageCursor } from "./interventions.repository.js";

/** Key of one member's page: the member and the page arguments (all parents of a list share them). */
export const pageKey = (memberId: string, limit: number, after: PageCursor | null) => JSON.stringify([memberId, limit, after]);
/** Key of one member's INT-3 count in one contract year (by its start). */
export const yearKey = (memberId: string, contractYearStart: Date) => JSON.stringify([memberId, contractYearStart.toISOString()]);

/** Built per request in the context: one query per batch, whatever the list size. */
export function createInterventionLoaders(db: Queryable) {
  return {
    assistanceRequestById: loaderById(db, assistanceRequests),
    interventionById: loaderById(db, interventions),
    /** Member.interventions: one statement per distinct (limit, after), whatever the number of members. */
    pageByMember: new DataLoader<string, InterventionRow[]>(async (keys) => {
      const parsed = keys.map((k) => JSON.parse(k) as [string, number, PageCursor | null]);
      const groups = new Map<string, { limit: number; after: PageCursor | null; memberIds: string[] }>();
      for (const [memberId, limit, after] of parsed) {
        const args = JSON.stringify([limit, after]);
        const group = groups.get(args) ?? { limit, after, memberIds: [] };
        group.memberIds.push(memberId);
        groups.set(args, group);
      }
      const byKey = new Map<string, InterventionRow[]>();
      for (const group of groups.values()) {
        const rows = await repo.pagesByMemberIds(db, group.memberIds, group.limit, group.after);
        for (const row of rows) {
          const key = pageKey(row.memberId, group.limit, group.after);
          byKey.set(key, [...(byKey.get(key) ?? []), row]);
        }
      }
      return keys.map((k) => byKey.get(k) ?? []);
    }),
    /** INT-3: included interventions (allowance slots held) per (member, contract year), for the quotas view. */
    usedInYear: new DataLoader<string, number>(async (keys) => {
      const years = keys.map((k) => {
        const [memberId, start] = JSON.parse(k) as [string, string];
        return { memberId, contractYearStart: new Date(start) };
      });
      const rows = await repo.includedCounts(db, years);
      // A member has one contract year in force at a time: one count per member.
      const byMember = new Map(rows.map((r) => [r.memberId, r.n]));
      return years.map((y) => byMember.get(y.memberId) ?? 0);
    }),
  };
}

declare module "../../context.js" {
  interface Loaders {
    interventions: ReturnType<typeof createInterventionLoaders>;
  }
}
