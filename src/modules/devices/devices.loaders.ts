import { devices, vipLines } from "../../../db/schema/devices.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { rowsWhereIn } from "../../shared/rows.js";
import { devicesRepository as repo } from "./devices.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createDeviceLoaders(db: Queryable) {
  return {
    deviceById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, devices, devices.id, ids),
      (row) => row.id,
    ),
    activeDevicesByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.activeDevicesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    vipLineById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, vipLines, vipLines.id, ids),
      (row) => row.id,
    ),
    activeVipLinesByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.activeVipLinesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    devices: ReturnType<typeof createDeviceLoaders>;
  }
}
