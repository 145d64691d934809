import { toGlobalId } from "../../shared/relay.js";

/** An event as stored, as far as its public view needs it (a feed row, a webhook's event). */
export interface StoredEvent {
  id: string;
  type: string;
  memberSequence: number | null;
  objectType: string;
  objectId: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/** What a consumer sees of an event: the `Event` of the `events` query and the body of a webhook. */
export interface EventView {
  /** `toGlobalId("Event", uuid)`: also the `webhook-id` header, so push and pull can be matched. */
  id: string;
  type: string;
  occurredAt: Date;
  sequence: number | null;
  objectType: string;
  objectId: string;
  data: Record<string, unknown>;
}

/** The one mapping from a stored event to its public view: the feed and the webhooks both use it, so they cannot drift. */
export function eventView(row: StoredEvent): EventView {
  return {
    id: toGlobalId("Event", row.id),
    type: row.type,
    occurredAt: row.occurredAt,
    sequence: row.memberSequence,
    objectType: row.objectType,
    objectId: toGlobalId(row.objectType, row.objectId),
    data: row.data,
  };
}

/** The webhook body: the view as JSON, `occurredAt` as the ISO string the GraphQL DateTime gives. */
export function eventBody(row: StoredEvent): string {
  const view = eventView(row);
  return JSON.stringify({ ...view, occurredAt: view.occurredAt.toISOString() });
}
