import { memberNodeIds, toGlobalId } from "../../shared/relay.js";
import type { CoachedMemberRow, DeviceRow, VipLineRow } from "./devices.repository.js";
import { CoachedMember, Device, VipLine } from "./devices.types.js";

/** The one place rows become GraphQL objects (who designated or removed a device stays internal: Device.designatedBy shows it as an Actor). */
export function toDevice(row: DeviceRow): Device {
  return Object.assign(new Device(), {
    ...memberNodeIds("Device", row),
    activatedByRawId: row.activatedById,
    designatedByRole: row.designatedByRole,
    designatedByRawId: row.designatedById,
    name: row.name,
    kind: row.kind,
    os: row.os,
    state: row.state,
    hasInternetConnectivity: row.hasInternetConnectivity,
    designatedAt: row.designatedAt,
    activatedAt: row.activatedAt,
    removedAt: row.removedAt,
  });
}

export function toVipLine(row: VipLineRow): VipLine {
  return Object.assign(new VipLine(), {
    ...memberNodeIds("VipLine", row),
    phoneNumber: row.phoneNumber,
    planType: row.planType,
    declaredAt: row.declaredAt,
    withdrawnAt: row.withdrawnAt,
  });
}

export function toCoachedMember(row: CoachedMemberRow, coachId: string): CoachedMember {
  return Object.assign(new CoachedMember(), {
    memberRawId: row.member.id,
    memberId: toGlobalId("Member", row.member.id),
    lastName: row.member.lastName,
    firstName: row.member.firstName,
    status: row.member.status,
    asSubstitute: row.assignment.coachId !== coachId,
  });
}
