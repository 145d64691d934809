import type { OFFICE_DEVICE_KINDS, OFFICE_OPERATING_SYSTEMS, OFFICE_SOFTWARE } from "../../../db/schema/office-assistance.js";
import { availabilityAt, type Span } from "../service-hours/index.js";

export type DeviceKind = (typeof OFFICE_DEVICE_KINDS)[number];
export type Software = (typeof OFFICE_SOFTWARE)[number];
export type OperatingSystem = (typeof OFFICE_OPERATING_SYSTEMS)[number];

/**
 * BUR-1 scope, in one place (art. 4.7): PC, Mac, tablet, smartphone, 4G key, peripherals;
 * Windows and macOS, market office suites, browsers, common productivity software, Office 365,
 * Dropbox, Google Drive. Not business-specific software; not defective equipment (the member
 * turns to the manufacturer or supplier). OTHER is what the member cannot place in the list:
 * refused, the desk redirects them.
 */
export const OFFICE_ASSISTANCE_SCOPE = {
  deviceKinds: ["PC", "MAC", "TABLET", "SMARTPHONE", "KEY_4G", "PERIPHERAL"] satisfies DeviceKind[],
  software: ["OPERATING_SYSTEM", "OFFICE_SUITE", "BROWSER", "PRODUCTIVITY", "OFFICE_365", "DROPBOX", "GOOGLE_DRIVE"] satisfies Software[],
} as const;

/**
 * BUR-1 prerequisite: Windows with screen sharing, or macOS. Interpretation: it concerns the
 * member's computer through which the assistant works (remote control), whatever the device the
 * question is about (a smartphone is helped through the same computer).
 */
export function prerequisiteMet(os: OperatingSystem, screenSharingAvailable: boolean): boolean {
  return os === "MACOS" || (os === "WINDOWS" && screenSharingAvailable);
}

export const inScopeDevice = (kind: DeviceKind) => (OFFICE_ASSISTANCE_SCOPE.deviceKinds as readonly string[]).includes(kind);
export const inScopeSoftware = (software: Software) => (OFFICE_ASSISTANCE_SCOPE.software as readonly string[]).includes(software);

export interface Routing {
  availableFrom: Date | null;
  providedBy: string | null;
  /** True when a subcontractor's opening was skipped because the member did not consent. */
  skippedSubcontractor: boolean;
}

/**
 * BUR-2: who handles a request and from when, over the OFFICE_ASSISTANCE hours (data). A span
 * provided by a subcontractor (Saturdays) is used only with the member's consent; without it the
 * request waits for Parnasse's own next opening.
 */
export function routeRequest(spans: Span[], now: Date, subcontractorConsent: boolean): Routing {
  const first = availabilityAt(spans, now);
  const at = (a: ReturnType<typeof availabilityAt>) => (a.openNow ? now : a.nextOpensAt);
  if (first.providedBy === null || subcontractorConsent) return { availableFrom: at(first), providedBy: first.providedBy, skippedSubcontractor: false };
  const own = availabilityAt(
    spans.filter((s) => s.providedBy === null),
    now,
  );
  return { availableFrom: at(own), providedBy: null, skippedSubcontractor: true };
}

/** BUR-3: an on-site visit lasts 30 minutes to 8 hours, booked at most a year ahead. */
export const VISIT_LIMITS = { minMinutes: 30, maxMinutes: 480, horizonDays: 365 } as const;
export const TEXT_MAX = 2000;
