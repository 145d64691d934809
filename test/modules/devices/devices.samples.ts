import { toGlobalId } from "../../../src/shared/relay.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aCoachedCast, aDevice, aVipLine } from "./devices.support.js";

/** One successful call per device and VIP line mutation (audit test). */
export const samples: MutationSamples = {
  async designateDevice(db) {
    const cast = await aCoachedCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: DesignateDeviceInput!) { designateDevice(input: $input) { userErrors { code rule } } }`,
      variables: { input: { name: "iPhone", kind: "PHONE", os: "IOS", hasInternetConnectivity: true } },
    };
  },
  async activateDevice(db) {
    const cast = await aCoachedCast(db);
    const device = await aDevice(db, cast.member.id);
    return {
      actor: cast.as.COACH,
      query: `mutation($input: ActivateDeviceInput!) { activateDevice(input: $input) { userErrors { code rule } } }`,
      variables: { input: { deviceId: toGlobalId("Device", device.id) } },
    };
  },
  async removeDevice(db) {
    const cast = await aCoachedCast(db);
    const device = await aDevice(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: RemoveDeviceInput!) { removeDevice(input: $input) { userErrors { code rule } } }`,
      variables: { input: { deviceId: toGlobalId("Device", device.id) } },
    };
  },
  async declareVipLine(db) {
    const cast = await aCoachedCast(db);
    return {
      actor: cast.as.COACH,
      query: `mutation($input: DeclareVipLineInput!) { declareVipLine(input: $input) { userErrors { code rule } } }`,
      variables: {
        input: {
          memberId: cast.memberGid,
          phoneNumber: "0612345678",
          operator: "ORANGE",
          planType: "ORANGE_PLAN",
          holder: { lastName: cast.member.lastName, firstName: cast.member.firstName },
        },
      },
    };
  },
  async withdrawVipLine(db) {
    const cast = await aCoachedCast(db);
    const line = await aVipLine(db, cast.member.id, cast.staff.COACH.id);
    return {
      actor: cast.as.COACH,
      query: `mutation($input: WithdrawVipLineInput!) { withdrawVipLine(input: $input) { userErrors { code rule } } }`,
      variables: { input: { vipLineId: toGlobalId("VipLine", line.id) } },
    };
  },
};
