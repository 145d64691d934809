import { and, count, eq, isNull } from "drizzle-orm";
import { addresses, internetLines } from "../../../db/schema/premises.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, rowById, updateRow } from "../../shared/rows.js";

export type AddressRow = typeof addresses.$inferSelect;
export type LineRow = typeof internetLines.$inferSelect;
export type NewAddress = typeof addresses.$inferInsert;
export type NewLine = typeof internetLines.$inferInsert;

/** Premises data other modules read, through index.ts. ZON-2: an address was checked against the zone when declared. */
export const premisesReads = {
  /** The member's active main address (their declared home), if any. */
  async activeMainAddress(db: Queryable, memberId: string): Promise<{ id: string } | undefined> {
    const [row] = await db
      .select({ id: addresses.id })
      .from(addresses)
      .where(and(eq(addresses.memberId, memberId), eq(addresses.kind, "MAIN"), isNull(addresses.removedAt)));
    return row;
  },

  /** An address not removed, with the member it belongs to. */
  async activeAddress(db: Queryable, addressId: string): Promise<{ id: string; memberId: string } | undefined> {
    const [row] = await db
      .select({ id: addresses.id, memberId: addresses.memberId })
      .from(addresses)
      .where(and(eq(addresses.id, addressId), isNull(addresses.removedAt)));
    return row;
  },

  /** The member holds an Orange fiber line (not removed). */
  async hasOrangeFiberLine(db: Queryable, memberId: string): Promise<boolean> {
    const [row] = await db
      .select({ id: internetLines.id })
      .from(internetLines)
      .where(and(eq(internetLines.memberId, memberId), eq(internetLines.operator, "ORANGE"), eq(internetLines.technology, "FIBER"), isNull(internetLines.removedAt)))
      .limit(1);
    return row !== undefined;
  },
};

/** Drizzle queries only: rules live in the service. */
export const premisesRepository = {
  addressById: (db: Queryable, id: string): Promise<AddressRow | undefined> => rowById(db, addresses, id),

  async countActiveAddresses(tx: Queryable, memberId: string, kind: AddressRow["kind"]): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(addresses)
      .where(and(eq(addresses.memberId, memberId), eq(addresses.kind, kind), isNull(addresses.removedAt)));
    return row?.n ?? 0;
  },

  insertAddress: (tx: Queryable, values: NewAddress): Promise<AddressRow> => insertRow(tx, addresses, values),

  updateAddress: (tx: Queryable, id: string, changes: Partial<Pick<AddressRow, "fiberEligible" | "adslEligible">>): Promise<AddressRow> => updateRow(tx, addresses, id, changes),

  removeAddress: (tx: Queryable, id: string, at: Date): Promise<AddressRow> => updateRow(tx, addresses, id, { removedAt: at }),

  lineById: (db: Queryable, id: string): Promise<LineRow | undefined> => rowById(db, internetLines, id),

  /** LIN-3 counts every active line at the address, eligible or not. */
  async countActiveLines(tx: Queryable, addressId: string): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(internetLines)
      .where(and(eq(internetLines.addressId, addressId), isNull(internetLines.removedAt)));
    return row?.n ?? 0;
  },

  insertLine: (tx: Queryable, values: NewLine): Promise<LineRow> => insertRow(tx, internetLines, values),

  removeLine: (tx: Queryable, id: string, at: Date): Promise<LineRow> => updateRow(tx, internetLines, id, { removedAt: at }),

  removeActiveLinesOfAddress(tx: Queryable, addressId: string, at: Date): Promise<LineRow[]> {
    return tx
      .update(internetLines)
      .set({ removedAt: at })
      .where(and(eq(internetLines.addressId, addressId), isNull(internetLines.removedAt)))
      .returning();
  },
};
