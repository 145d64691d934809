import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { deviceErrors, vipLineErrors } from "./devices.errors.js";
import { Device, VipLine } from "./devices.types.js";

const deviceUserErrors = userErrorType("Device", deviceErrors);
const vipLineUserErrors = userErrorType("VipLine", vipLineErrors);

export const DesignateDevicePayload = Payload("DesignateDevice", deviceUserErrors, {
  device: { type: () => Device, description: "The designated device; null when refused." },
});
export const ActivateDevicePayload = Payload("ActivateDevice", deviceUserErrors, {
  device: { type: () => Device, description: "The device, now ACTIVE; null when refused." },
});
export const RemoveDevicePayload = Payload("RemoveDevice", deviceUserErrors, {
  device: { type: () => Device, description: "The removed device (removedAt set); null when refused." },
});
/** `orangeVip` (SVC-3 hours, for information) is a field resolver: computed only when asked. */
export const DeclareVipLinePayload = Payload("DeclareVipLine", vipLineUserErrors, {
  vipLine: { type: () => VipLine, description: "The declared line; null when refused." },
});
export const WithdrawVipLinePayload = Payload("WithdrawVipLine", vipLineUserErrors, {
  vipLine: { type: () => VipLine, description: "The withdrawn line; null when refused." },
});
