import { asc, desc, isNull } from "drizzle-orm";
import { airboxes, airboxIncidents, airboxRepairs } from "../../../db/schema/airbox.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByColumn, loaderById, loaderOfChildren } from "../../shared/loader.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createAirboxLoaders(db: Queryable) {
  return {
    currentAirboxByMemberId: loaderByColumn(db, airboxes, "memberId", { where: isNull(airboxes.replacedAt) }),
    airboxById: loaderById(db, airboxes),
    incidentById: loaderById(db, airboxIncidents),
    repairById: loaderById(db, airboxRepairs),
    incidentsByAirboxId: loaderOfChildren(db, airboxIncidents, "airboxId", { orderBy: [desc(airboxIncidents.declaredAt), asc(airboxIncidents.id)] }),
    repairsByAirboxId: loaderOfChildren(db, airboxRepairs, "airboxId", { orderBy: [desc(airboxRepairs.reportedAt), asc(airboxRepairs.id)] }),
  };
}

declare module "../../context.js" {
  interface Loaders {
    airbox: ReturnType<typeof createAirboxLoaders>;
  }
}
