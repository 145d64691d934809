import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { addresses, internetLines } from "../../../db/schema/premises.js";
import type { Queryable } from "../../shared/db.js";
import { lockMemberRow } from "../../shared/member-lock.js";

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
  /**
   * Locks the member row until the transaction ends. Every premises change takes this lock first
   * (one lock order, no deadlocks), which is what holds "at most N" under concurrency.
   */
  lockMember: lockMemberRow,

  addressesByIds(db: Queryable, ids: readonly string[]): Promise<AddressRow[]> {
    return db
      .select()
      .from(addresses)
      .where(inArray(addresses.id, [...ids]));
  },

  async addressById(db: Queryable, id: string): Promise<AddressRow | undefined> {
    const [row] = await db.select().from(addresses).where(eq(addresses.id, id));
    return row;
  },

  /** Active addresses of many members: the main one first, then extra sites in creation order. */
  activeAddressesByMemberIds(db: Queryable, memberIds: readonly string[]): Promise<AddressRow[]> {
    return db
      .select()
      .from(addresses)
      .where(and(inArray(addresses.memberId, [...memberIds]), isNull(addresses.removedAt)))
      .orderBy(asc(addresses.memberId), sql`${addresses.kind} = 'MAIN' desc`, asc(addresses.createdAt), asc(addresses.id));
  },

  async countActiveAddresses(tx: Queryable, memberId: string, kind: AddressRow["kind"]): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(addresses)
      .where(and(eq(addresses.memberId, memberId), eq(addresses.kind, kind), isNull(addresses.removedAt)));
    return row?.n ?? 0;
  },

  async insertAddress(tx: Queryable, values: NewAddress): Promise<AddressRow> {
    const [row] = await tx.insert(addresses).values(values).returning();
    return row!;
  },

  async updateAddress(tx: Queryable, id: string, changes: Partial<Pick<AddressRow, "fiberEligible" | "adslEligible">>): Promise<AddressRow> {
    const [row] = await tx.update(addresses).set(changes).where(eq(addresses.id, id)).returning();
    return row!;
  },

  async removeAddress(tx: Queryable, id: string, at: Date): Promise<AddressRow> {
    const [row] = await tx.update(addresses).set({ removedAt: at }).where(eq(addresses.id, id)).returning();
    return row!;
  },

  linesByIds(db: Queryable, ids: readonly string[]): Promise<LineRow[]> {
    return db
      .select()
      .from(internetLines)
      .where(inArray(internetLines.id, [...ids]));
  },

  async lineById(db: Queryable, id: string): Promise<LineRow | undefined> {
    const [row] = await db.select().from(internetLines).where(eq(internetLines.id, id));
    return row;
  },

  activeLinesByAddressIds(db: Queryable, addressIds: readonly string[]): Promise<LineRow[]> {
    return db
      .select()
      .from(internetLines)
      .where(and(inArray(internetLines.addressId, [...addressIds]), isNull(internetLines.removedAt)))
      .orderBy(asc(internetLines.createdAt), asc(internetLines.id));
  },

  /** LIN-3 counts every active line at the address, eligible or not. */
  async countActiveLines(tx: Queryable, addressId: string): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(internetLines)
      .where(and(eq(internetLines.addressId, addressId), isNull(internetLines.removedAt)));
    return row?.n ?? 0;
  },

  async insertLine(tx: Queryable, values: NewLine): Promise<LineRow> {
    const [row] = await tx.insert(internetLines).values(values).returning();
    return row!;
  },

  async removeLine(tx: Queryable, id: string, at: Date): Promise<LineRow> {
    const [row] = await tx.update(internetLines).set({ removedAt: at }).where(eq(internetLines.id, id)).returning();
    return row!;
  },

  removeActiveLinesOfAddress(tx: Queryable, addressId: string, at: Date): Promise<LineRow[]> {
    return tx
      .update(internetLines)
      .set({ removedAt: at })
      .where(and(eq(internetLines.addressId, addressId), isNull(internetLines.removedAt)))
      .returning();
  },
};
