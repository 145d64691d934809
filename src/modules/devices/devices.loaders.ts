import { asc, isNull } from "drizzle-orm";
import { devices, vipLines } from "../../../db/schema/devices.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfChildren } from "../../shared/loader.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createDeviceLoaders(db: Queryable) {
  return {
    deviceById: loaderById(db, devices),
    /** Devices holding a slot (designated or active), oldest first. */
    activeDevicesByMemberId: loaderOfChildren(db, devices, "memberId", {
      where: isNull(devices.removedAt),
      orderBy: [asc(devices.memberId), asc(devices.designatedAt), asc(devices.id)],
    }),
    vipLineById: loaderById(db, vipLines),
    activeVipLinesByMemberId: loaderOfChildren(db, vipLines, "memberId", {
      where: isNull(vipLines.withdrawnAt),
      orderBy: [asc(vipLines.memberId), asc(vipLines.declaredAt), asc(vipLines.id)],
    }),
  };
}

declare module "../../context.js" {
  interface Loaders {
    devices: ReturnType<typeof createDeviceLoaders>;
  }
}
