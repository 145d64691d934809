import type { ASSISTANCE_TOPICS } from "../../../db/schema/interventions.js";

type Topic = (typeof ASSISTANCE_TOPICS)[number];

/** INT-5: equipment covered only when Parnasse installed it. */
export const PARNASSE_INSTALLED_ONLY: readonly Topic[] = ["ETHERNET_CABLING", "WIFI_ACCESS_POINT", "MULTIMEDIA_EQUIPMENT"];

/** INT-5: TV bouquets / VOD issues are handled remotely only, within the TV_VOD_SUPPORT hours. */
export const REMOTE_ONLY: readonly Topic[] = ["TV_VOD"];

export function isInScope(topic: Topic, installedByParnasse: boolean): boolean {
  return !PARNASSE_INSTALLED_ONLY.includes(topic) || installedByParnasse;
}

export function isHomeTopicInScope(topic: Topic): boolean {
  return !REMOTE_ONLY.includes(topic);
}
