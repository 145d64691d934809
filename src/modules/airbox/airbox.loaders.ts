import { airboxes, airboxIncidents, airboxRepairs } from "../../../db/schema/airbox.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { airboxRepository as repo } from "./airbox.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createAirboxLoaders(db: Queryable) {
  return {
    currentAirboxByMemberId: loaderByKey(
      (ids: readonly string[]) => repo.currentByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    airboxById: loaderById(db, airboxes),
    incidentById: loaderById(db, airboxIncidents),
    repairById: loaderById(db, airboxRepairs),
    incidentsByAirboxId: loaderOfGroups(
      (ids: readonly string[]) => repo.incidentsByAirboxIds(db, ids),
      (row) => row.airboxId,
    ),
    repairsByAirboxId: loaderOfGroups(
      (ids: readonly string[]) => repo.repairsByAirboxIds(db, ids),
      (row) => row.airboxId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    airbox: ReturnType<typeof createAirboxLoaders>;
  }
}
