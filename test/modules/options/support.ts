import type { internetLines } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { aLine, anAddress } from "../../support/factories.js";

/** A main address (fiber-eligible unless told otherwise) with one line (an eligible Orange fiber line unless overridden, none if null). */
export async function givePremises(db: Database, memberId: string, options: { fiber?: boolean; line?: Partial<typeof internetLines.$inferInsert> | null } = {}) {
  const address = await anAddress(db, memberId, { fiberEligible: options.fiber ?? true });
  const line = options.line === null ? undefined : await aLine(db, address, options.line ?? {});
  return { address, line };
}
