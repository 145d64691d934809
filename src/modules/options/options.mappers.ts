import { memberNodeIds, toGlobalId } from "../../shared/relay.js";
import type { AnnouncementRow, OptionRow } from "./options.repository.js";
import { Announcement, OptionSubscription, type OPTION_STATUSES } from "./options.types.js";

export function optionStatus(row: OptionRow, now: Date): (typeof OPTION_STATUSES)[number] {
  if (!row.endsAt) return "ACTIVE";
  return row.endsAt > now ? "TERMINATION_PENDING" : "ENDED";
}

export function toOption(row: OptionRow, now: Date): OptionSubscription {
  return Object.assign(new OptionSubscription(), {
    ...memberNodeIds("OptionSubscription", row),
    status: optionStatus(row, now),
    acceptedAt: row.acceptedAt,
    terminationReceivedAt: row.terminationReceivedAt,
    endsAt: row.endsAt,
    endReason: row.endReason,
  });
}

export function toAnnouncement(row: AnnouncementRow): Announcement {
  return Object.assign(new Announcement(), {
    id: toGlobalId("Announcement", row.id),
    kind: row.kind,
    title: row.title,
    body: row.body,
    announcedAt: row.announcedAt,
    effectiveOn: row.effectiveOn,
    personal: row.memberId !== null,
  });
}
