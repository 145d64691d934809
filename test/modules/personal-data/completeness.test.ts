import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { CATALOGUE, CATEGORIES } from "../../../src/modules/personal-data/index.js";
import { useTestDatabase } from "../../support/db.js";
import type { Database } from "../../../src/shared/db.js";
import { rows } from "./personal-data.support.js";

interface Reference {
  table: string;
  column: string;
  /** The table referred to (`members`, or a table that refers to a member); null for a *member_id* column without a foreign key. */
  parent: string | null;
}

/**
 * Walks the database schema: every table whose foreign keys lead, transitively, to `members`, and
 * every table with a uuid column named like *member_id* that no foreign key declares.
 */
async function tablesReferringToMembers(db: Database): Promise<Map<string, Reference[]>> {
  const foreignKeys = await rows<{ child: string; parent: string; column: string }>(
    db,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent, a.attname::text as column
        from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = 'public'::regnamespace`,
  );
  const found = new Map<string, Reference[]>();
  const add = (reference: Reference) => found.set(reference.table, [...(found.get(reference.table) ?? []), reference]);
  let frontier = new Set(["members"]);
  const reached = new Set(["members"]);
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const fk of foreignKeys) {
      if (!frontier.has(fk.parent) || fk.child === fk.parent) continue;
      add({ table: fk.child, column: fk.column, parent: fk.parent });
      if (!reached.has(fk.child)) next.add(fk.child);
      reached.add(fk.child);
    }
    frontier = next;
  }
  const memberIdColumns = await rows<{ table: string; column: string }>(
    db,
    sql`select c.table_name::text as table, c.column_name::text as column from information_schema.columns c
        where c.table_schema = 'public' and c.data_type = 'uuid' and c.column_name like '%member_id%'`,
  );
  for (const column of memberIdColumns) {
    if (!(found.get(column.table) ?? []).some((r) => r.column === column.column)) add({ table: column.table, column: column.column, parent: null });
  }
  return found;
}

/** The tables the walk finds that the catalogue (and so the export and the erasure) misses. */
async function missingFromCatalogue(db: Database): Promise<string[]> {
  const catalogued = new Set(CATALOGUE.map((entry) => entry.table));
  return [...(await tablesReferringToMembers(db)).keys()].filter((table) => !catalogued.has(table)).sort();
}

async function columnsOf(db: Database): Promise<Map<string, string[]>> {
  const list = await rows<{ table: string; column: string }>(
    db,
    sql`select table_name::text as table, column_name::text as column from information_schema.columns where table_schema = 'public' order by ordinal_position`,
  );
  const map = new Map<string, string[]>();
  for (const { table, column } of list) map.set(table, [...(map.get(table) ?? []), column]);
  return map;
}

describe("personal-data catalogue completeness", () => {
  const db = useTestDatabase();

  it("GDP-2: every table that refers to a member, directly or through a parent row, is in the catalogue (walked from the schema's foreign keys)", async () => {
    const walked = await tablesReferringToMembers(db.current);
    // The walk is not trivially empty: direct, parent-reached and key-less references are all found.
    expect(walked.get("devices")).toContainEqual({ table: "devices", column: "member_id", parent: "members" });
    expect(walked.get("invoice_lines")).toContainEqual({ table: "invoice_lines", column: "invoice_id", parent: "invoices" });
    expect(walked.get("audit_log")).toEqual([{ table: "audit_log", column: "on_behalf_of_member_id", parent: null }]);
    expect(walked.size).toBeGreaterThanOrEqual(44);
    expect(await missingFromCatalogue(db.current)).toEqual([]);
  });

  it("GDP-2: each catalogued table reaches the member the way the schema does (its member column, or the foreign key to its parent)", async () => {
    const walked = await tablesReferringToMembers(db.current);
    for (const entry of CATALOGUE) {
      if (entry.table === "members") continue;
      const references = walked.get(entry.table) ?? [];
      expect(references, entry.table).toContainEqual({
        table: entry.table,
        column: entry.reach.column,
        parent: entry.reach.parent ?? (entry.table === "audit_log" ? null : "members"),
      });
    }
  });

  it("GDP-4: every column of every catalogued table carries exactly one category, and only columns that exist are listed", async () => {
    const columns = await columnsOf(db.current);
    const problems: string[] = [];
    for (const entry of CATALOGUE) {
      const actual = columns.get(entry.table);
      if (!actual) {
        problems.push(`${entry.table}: no such table`);
        continue;
      }
      const listed = Object.entries(entry.columns).flatMap(([category, names]) => {
        if (!(category in CATEGORIES)) problems.push(`${entry.table}: unknown category ${category}`);
        return names ?? [];
      });
      for (const column of actual) {
        const count = listed.filter((name) => name === column).length;
        if (count !== 1) problems.push(`${entry.table}.${column}: ${count} categories`);
      }
      for (const name of listed) if (!actual.includes(name)) problems.push(`${entry.table}.${name}: no such column`);
      if (entry.erasure.treatment !== "keep")
        for (const column of Object.keys(entry.erasure.set)) if (!actual.includes(column)) problems.push(`${entry.table}.${column}: erased but absent`);
    }
    expect(problems).toEqual([]);
  });

  it("GDP-2: the check fails for a table added without being catalogued (a member_id with a foreign key, one through a parent row, one without a key)", async () => {
    await db.current.db.execute(sql`create table gdp_probe_notes (id uuid primary key, member_id uuid not null references members(id), body text)`);
    await db.current.db.execute(sql`create table gdp_probe_note_replies (id uuid primary key, note_id uuid not null references gdp_probe_notes(id), body text)`);
    await db.current.db.execute(sql`create table gdp_probe_loose (id uuid primary key, referrer_member_id uuid)`);
    await db.current.db.execute(sql`alter table devices add column gdp_probe_nickname text`);
    try {
      expect(await missingFromCatalogue(db.current)).toEqual(["gdp_probe_loose", "gdp_probe_note_replies", "gdp_probe_notes"]);
      const devices = (await columnsOf(db.current)).get("devices") ?? [];
      const entry = CATALOGUE.find((e) => e.table === "devices")!;
      const uncategorised = devices.filter((column) => !Object.values(entry.columns).some((names) => names?.includes(column)));
      expect(uncategorised).toEqual(["gdp_probe_nickname"]);
    } finally {
      await db.current.db.execute(sql`alter table devices drop column gdp_probe_nickname`);
      await db.current.db.execute(sql`drop table gdp_probe_note_replies, gdp_probe_notes, gdp_probe_loose`);
    }
    expect(await missingFromCatalogue(db.current)).toEqual([]);
  });
});
