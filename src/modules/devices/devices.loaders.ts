import { devices, vipLines } from "../../../db/schema/devices.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfGroups } from "../../shared/loader.js";
import { devicesRepository as repo } from "./devices.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createDeviceLoaders(db: Queryable) {
  return {
    deviceById: loaderById(db, devices),
    activeDevicesByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.activeDevicesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    vipLineById: loaderById(db, vipLines),
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
