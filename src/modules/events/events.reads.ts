import type { Context } from "../../context.js";
import { isEventType, typesReadableBy } from "../../platform/events/catalogue.js";
import { readFeed, type EventRow } from "../../platform/events/feed.js";
import { badUserInput, forbidden } from "../../shared/errors.js";
import { eventView } from "../../platform/events/view.js";
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { Event } from "./events.types.js";

export function toEvent(row: EventRow): Event {
  return Object.assign(new Event(), { ...eventView(row), memberRawId: row.memberId });
}

const cursorOf = (row: EventRow) => encodeCursor([row.txid, row.position]);

export const eventsReads = {
  /** The caller's feed, oldest first, after `after`: never skips an event that committed late (src/platform/events/feed.ts). */
  async feed(ctx: Context, args: { first: number; after?: string | null; types?: string[] | null }): Promise<ConnectionShape<Event>> {
    if (ctx.actor.kind === "anonymous") throw forbidden();
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["count", "count"]) : null;
    const types = args.types ?? null;
    if (types) {
      const readable: readonly string[] = typesReadableBy(ctx.actor.role);
      const unknown = types.find((type) => !isEventType(type) || !readable.includes(type));
      if (unknown !== undefined || types.length === 0) throw badUserInput("INVALID_EVENT_TYPE", "types", { type: unknown ?? "" });
    }
    const rows = await readFeed(ctx.db, ctx.actor, { after: after ? { txid: after[0], position: after[1] } : null, limit: first + 1, types });
    return toConnection(rows, first, toEvent, cursorOf);
  },
};
