import type { Role } from "../../authz/actor.js";

/**
 * The domain events (issue 13), named `area.verb`, and the changes that emit them. An event is
 * derived from the audit row of its change (src/shared/audit.ts), so it is written by the same
 * statement sequence in the same transaction: a change never commits without its event, and an
 * event never exists for a change that rolled back. docs/events.md is the consumers' reference.
 */
export const EVENT_AREAS = ["concierge_request", "intervention", "quote", "invoice", "device", "option", "membership"] as const;
export type EventArea = (typeof EVENT_AREAS)[number];

export const EVENT_TYPES = [
  "concierge_request.submitted",
  "concierge_request.callback_requested",
  "concierge_request.cancelled",
  "concierge_request.status_changed",
  "intervention.booked",
  "intervention.cancelled",
  "intervention.completed",
  "quote.issued",
  "quote.accepted",
  "quote.declined",
  "quote.expired",
  "invoice.issued",
  "invoice.paid",
  "invoice.disputed",
  "device.activated",
  "option.ending_scheduled",
  "option.ended",
  "membership.decided",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function areaOf(type: string): EventArea {
  return type.slice(0, type.indexOf(".")) as EventArea;
}

export function isEventType(type: string): type is EventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}

/** How one audited operation becomes one event. */
export interface EventRule {
  type: EventType;
  /** The GraphQL type of the object, for its global id (`node(id:)`). */
  objectType: string;
  /** Which of the audit row's targetIds is the object (default 0); `all`: each one is (the invoice run's batch). */
  target?: number | "all";
  /** Emitted only when the change's details say so (a callback asked, an invoice now fully paid). */
  when?: (details: Record<string, unknown>) => boolean;
  /** The thin payload: only state every reader of the event may read (never names, amounts, addresses). */
  data?: (details: Record<string, unknown>) => Record<string, unknown>;
}

const pick =
  (...keys: string[]) =>
  (details: Record<string, unknown>) =>
    Object.fromEntries(keys.filter((k) => details[k] !== undefined).map((k) => [k, details[k] instanceof Date ? (details[k] as Date).toISOString() : details[k]]));

export const EVENT_RULES: Readonly<Record<string, readonly EventRule[]>> = {
  submitConciergeRequest: [
    { type: "concierge_request.submitted", objectType: "ConciergeRequest", data: pick("category") },
    { type: "concierge_request.callback_requested", objectType: "ConciergeRequest", when: (d) => d.callback === true },
  ],
  cancelConciergeRequest: [{ type: "concierge_request.cancelled", objectType: "ConciergeRequest", data: pick("from", "to") }],
  updateConciergeRequestStatus: [{ type: "concierge_request.status_changed", objectType: "ConciergeRequest", data: pick("from", "to") }],
  bookHomeIntervention: [{ type: "intervention.booked", objectType: "Intervention" }],
  cancelIntervention: [{ type: "intervention.cancelled", objectType: "Intervention" }],
  completeIntervention: [{ type: "intervention.completed", objectType: "Intervention", data: pick("from", "to") }],
  issueQuote: [{ type: "quote.issued", objectType: "Quote", data: pick("validUntil") }],
  acceptQuote: [{ type: "quote.accepted", objectType: "Quote" }],
  declineQuote: [{ type: "quote.declined", objectType: "Quote" }],
  runMonthlyBilling: [{ type: "invoice.issued", objectType: "Invoice", target: "all", when: (d) => d.step !== "start" && d.batch !== undefined }],
  recordPayment: [{ type: "invoice.paid", objectType: "Invoice", target: 1, when: (d) => d.status === "PAID", data: pick("status") }],
  disputeInvoice: [{ type: "invoice.disputed", objectType: "Invoice", target: 1 }],
  activateDevice: [{ type: "device.activated", objectType: "Device" }],
  requestOptionTermination: [{ type: "option.ending_scheduled", objectType: "OptionSubscription", data: pick("endsAt") }],
  terminateOptionForParnasse: [{ type: "option.ending_scheduled", objectType: "OptionSubscription", data: pick("reason") }],
  optionEndedAutomatically: [{ type: "option.ended", objectType: "OptionSubscription", data: pick("reason") }],
  decideCandidacy: [{ type: "membership.decided", objectType: "Candidacy", data: pick("decision") }],
};

/**
 * Who reads the events of an area: the same readers as the objects (AUT-2, AUT-3, CON-5).
 * `member`: the member themself, and the delegate unless `delegate: false` (MEM-5/AUT-2: invoices
 * are the member's); `payer`: the payer the invoice is assigned to; `staff`: the roles that read
 * every member's objects of the area. A role not listed reads nothing (deny by default).
 */
export const AREA_READERS: Readonly<Record<EventArea, { delegate: boolean; payer: boolean; staff: readonly Role[] }>> = {
  concierge_request: { delegate: true, payer: false, staff: ["DESK_AGENT", "CONCIERGE_PARTNER"] },
  intervention: { delegate: true, payer: false, staff: ["DESK_AGENT"] },
  quote: { delegate: true, payer: false, staff: ["DESK_AGENT", "BILLING"] },
  invoice: { delegate: false, payer: true, staff: ["BILLING"] },
  device: { delegate: true, payer: false, staff: ["DESK_AGENT"] },
  option: { delegate: true, payer: false, staff: ["DESK_AGENT"] },
  membership: { delegate: true, payer: false, staff: ["DESK_AGENT", "COMMITTEE"] },
};

/** The areas a staff role (or partner) reads for every member: what its feed and its webhooks carry. */
export function staffAreas(role: Role): EventArea[] {
  return EVENT_AREAS.filter((area) => AREA_READERS[area].staff.includes(role));
}

/** The event types a role may read at all (a webhook endpoint's choice, a feed's `types` filter). */
export function typesReadableBy(role: Role): EventType[] {
  return EVENT_TYPES.filter((type) => {
    const readers = AREA_READERS[areaOf(type)];
    return role === "MEMBER" || (role === "DELEGATE" && readers.delegate) || (role === "PAYER" && readers.payer) || readers.staff.includes(role);
  });
}
