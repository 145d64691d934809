import { getTableColumns, sql } from "drizzle-orm";
import { isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { mailboxMigrations, mailboxPacks, mailboxSupportRequests, mailboxes } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { buildBareSchema } from "../../../src/schema.js";
import { errorCodes, gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, actors, anOption } from "../../support/factories.js";
import {
  CREATE_MAILBOX,
  REQUEST_MIGRATION,
  REQUEST_SUPPORT,
  SHIELD_REFUSED_ROLES,
  aMailbox,
  aMailboxMember,
  expectRefusedAsUserError,
  expectRefusedByShield,
  mailboxGid,
  mailboxState,
  type MailboxRow,
} from "./mailboxes.support.js";

describe("requestMailboxMigration (MBX-3)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let box: MailboxRow;
  beforeAll(async () => {
    cast = await aCast(db.current);
    await anOption(db.current, cast.member.id);
    box = await aMailbox(db.current, cast.member.id);
  });

  it("MBX-3: a migration up to 5 GB (5120 MB) is included, audited", async () => {
    const res = await gql(db.current, cast.as.member, REQUEST_MIGRATION, { variables: { input: { mailboxId: mailboxGid(box), source: " Gmail ", sizeMb: 5120 } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.requestMailboxMigration).toMatchObject({
      migration: { source: "Gmail", sizeMb: 5120, includedMb: 5120, status: "INCLUDED", requestedAt: "2026-11-26T10:00:00.000Z" },
      userErrors: [],
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "requestMailboxMigration", onBehalfOfMemberId: cast.member.id, details: { sizeMb: 5120, status: "INCLUDED" } });
  });

  it("MBX-3: a migration above 5 GB is recorded as needing a quote (QUOTE_REQUIRED), by the delegate or the desk", async () => {
    for (const who of ["delegate", "DESK_AGENT"] as const) {
      const res = await gql(db.current, cast.as[who], REQUEST_MIGRATION, { variables: { input: { mailboxId: mailboxGid(box), source: "Serveur IMAP du cabinet", sizeMb: 5121 } } });
      expect(res.data!.requestMailboxMigration.migration).toMatchObject({ sizeMb: 5121, status: "QUOTE_REQUIRED" });
    }
  });

  it("MBX-3: the 5 GB are per mailbox, all included migrations together: small requests cannot add up past them", async () => {
    const other = await aMailbox(db.current, cast.member.id);
    const ask = async (sizeMb: number) =>
      (await gql(db.current, cast.as.member, REQUEST_MIGRATION, { variables: { input: { mailboxId: mailboxGid(other), source: "Gmail", sizeMb } } })).data!.requestMailboxMigration
        .migration.status;
    expect(await ask(3000)).toBe("INCLUDED");
    expect(await ask(2120)).toBe("INCLUDED");
    expect(await ask(1)).toBe("QUOTE_REQUIRED");
  });

  it.each([0, -5])("MBX-3: a size of %i MB is refused, and nothing is written", async (sizeMb) => {
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.member, REQUEST_MIGRATION, { variables: { input: { mailboxId: mailboxGid(box), source: "Gmail", sizeMb } } }),
      [cast.member.id],
      "requestMailboxMigration",
    );
    expect(errors).toEqual([["INVALID_MIGRATION_SIZE", "MBX-3"]]);
  });

  it("MBX-3: a size beyond a 32-bit integer or a huge source is bad input, never a 500, and nothing is written", async () => {
    const before = await mailboxState(db.current, [cast.member.id]);
    const res = await gql(db.current, cast.as.member, REQUEST_MIGRATION, { variables: { input: { mailboxId: mailboxGid(box), source: "Gmail", sizeMb: 2 ** 40 } } });
    expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.member, REQUEST_MIGRATION, { variables: { input: { mailboxId: mailboxGid(box), source: "x".repeat(100_000), sizeMb: 10 } } }),
      [cast.member.id],
      "requestMailboxMigration",
    );
    expect(errors).toEqual([["INVALID_TEXT", null]]);
    expect(await mailboxState(db.current, [cast.member.id])).toEqual(before);
  });

  it("AUT-2: another member's or a deleted mailbox is not found", async () => {
    const deleted = await aMailbox(db.current, cast.member.id, { deletedAt: new Date("2026-11-20T00:00:00Z") });
    for (const [who, id] of [
      ["otherMember", box],
      ["member", deleted],
    ] as const) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as[who], REQUEST_MIGRATION, { variables: { input: { mailboxId: mailboxGid(id), source: "Gmail", sizeMb: 10 } } }),
        [cast.member.id, cast.other.id],
        "requestMailboxMigration",
      );
      expect(errors).toEqual([["MAILBOX_NOT_FOUND", "AUT-2"]]);
    }
  });

  it.each(SHIELD_REFUSED_ROLES)("AUT-1: %s cannot request a migration, and nothing is written", async (who) => {
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, cast.as[who], REQUEST_MIGRATION, { variables: { input: { mailboxId: mailboxGid(box), source: "Gmail", sizeMb: 10 } } }),
      [cast.member.id],
    );
  });

  it("AUT-1: an anonymous caller cannot request a migration", async () => {
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, REQUEST_MIGRATION, { variables: { input: { mailboxId: mailboxGid(box), source: "Gmail", sizeMb: 10 } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("requestMailboxSupport (MBX-5)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let box: MailboxRow;
  beforeAll(async () => {
    cast = await aCast(db.current);
    box = await aMailbox(db.current, cast.member.id);
  });

  const request = (kind: string, at: string, who: "member" | "delegate" | "DESK_AGENT" = "member") =>
    gql(db.current, cast.as[who], REQUEST_SUPPORT, { variables: { input: { mailboxId: mailboxGid(box), kind, note: "Configurer Outlook" } }, clock: new ManualClock(at) });

  it.each([
    ["SETUP", "Thursday 11:00 (open)", "2026-11-26T10:00:00Z", "2026-11-26T10:00:00.000Z", null],
    ["SETUP", "Friday 20:30 (closed)", "2026-11-27T19:30:00Z", "2026-11-30T08:00:00.000Z", null],
    ["SETUP", "Saturday 11:00 (no Saturday setup)", "2026-11-28T10:00:00Z", "2026-11-30T08:00:00.000Z", null],
    ["ASSISTANCE", "Thursday 19:59 (open)", "2026-11-26T18:59:00Z", "2026-11-26T18:59:00.000Z", null],
    ["ASSISTANCE", "Friday 20:30 (closed)", "2026-11-27T19:30:00Z", "2026-11-28T09:00:00.000Z", "SUBCONTRACTOR"],
    ["ASSISTANCE", "Saturday 11:00 (subcontractor)", "2026-11-28T10:00:00Z", "2026-11-28T10:00:00.000Z", "SUBCONTRACTOR"],
    ["ASSISTANCE", "Saturday 19:30 (closed)", "2026-11-28T18:30:00Z", "2026-11-30T08:00:00.000Z", null],
    ["ASSISTANCE", "Sunday 11:00 (closed)", "2026-11-29T10:00:00Z", "2026-11-30T08:00:00.000Z", null],
  ])("MBX-5: %s requested %s is remote, available from its next opening", async (kind, _when, at, availableFrom, providedBy) => {
    const res = await request(kind, at);
    expect(res.errors).toBeUndefined();
    expect(res.data!.requestMailboxSupport).toMatchObject({
      request: { kind, note: "Configurer Outlook", remote: true, requestedAt: new Date(at).toISOString(), availableFrom, providedBy },
      userErrors: [],
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "requestMailboxSupport", onBehalfOfMemberId: cast.member.id });
  });

  it("MBX-5: the delegate and the desk ask for setup on the member's mailbox", async () => {
    for (const who of ["delegate", "DESK_AGENT"] as const) {
      const res = await request("SETUP", "2026-11-26T10:00:00Z", who);
      expect(res.data!.requestMailboxSupport.userErrors).toEqual([]);
    }
  });

  it("AUT-2: another member cannot ask for support on the member's mailbox", async () => {
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.otherMember, REQUEST_SUPPORT, { variables: { input: { mailboxId: mailboxGid(box), kind: "SETUP" } } }),
      [cast.member.id, cast.other.id],
      "requestMailboxSupport",
    );
    expect(errors).toEqual([["MAILBOX_NOT_FOUND", "AUT-2"]]);
  });

  it.each(SHIELD_REFUSED_ROLES)("AUT-1: %s cannot ask for mailbox support, and nothing is written", async (who) => {
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], REQUEST_SUPPORT, { variables: { input: { mailboxId: mailboxGid(box), kind: "SETUP" } } }), [
      cast.member.id,
    ]);
  });

  it("AUT-1: an anonymous caller cannot ask for mailbox support", async () => {
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, REQUEST_SUPPORT, { variables: { input: { mailboxId: mailboxGid(box), kind: "SETUP" } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("no mailbox password, ever (MBX-4)", () => {
  const db = useTestDatabase();
  const PASSWORDISH = /pass|pwd|secret|credential/i;

  it("MBX-4: no GraphQL type, input or argument of the schema has a password field", async () => {
    const schema = await buildBareSchema();
    const offending: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const [name, field] of Object.entries(type.getFields())) {
          if (PASSWORDISH.test(name)) offending.push(`${type.name}.${name}`);
          for (const arg of field.args) if (PASSWORDISH.test(arg.name)) offending.push(`${type.name}.${name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) for (const name of Object.keys(type.getFields())) if (PASSWORDISH.test(name)) offending.push(`${type.name}.${name}`);
    }
    expect(offending).toEqual([]);
    expect(Object.keys((schema.getType("Mailbox") as import("graphql").GraphQLObjectType).getFields()).sort()).toEqual(
      ["address", "createdAt", "customDomain", "deletedAt", "displayName", "domain", "id", "localPart", "migrations", "quotaGb", "supportRequests"].sort(),
    );
  });

  it("MBX-4: no mailbox table has a password column, in the drizzle schema or in the migrated database", async () => {
    for (const table of [mailboxes, mailboxPacks, mailboxMigrations, mailboxSupportRequests]) {
      expect(Object.keys(getTableColumns(table)).filter((c) => PASSWORDISH.test(c))).toEqual([]);
    }
    type Column = { table_name: string; column_name: string };
    // postgres.js returns the rows, PGlite a result with `rows`.
    const result: unknown = await db.current.db.execute(
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and table_name like 'mailbox%'`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: Column[] }).rows) as Column[];
    expect(new Set(rows.map((r) => r.table_name))).toEqual(new Set(["mailboxes", "mailbox_packs", "mailbox_migrations", "mailbox_support_requests"]));
    expect(rows.filter((r) => PASSWORDISH.test(r.column_name))).toEqual([]);
  });

  it("MBX-4: a password sent with createMailbox is rejected by validation, not echoed back, and nothing is written", async () => {
    const m = await aMailboxMember(db.current);
    const before = await mailboxState(db.current, [m.id]);
    const res = await gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: "secret", password: "hunter2" } } });
    expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(res.errors)).not.toContain("hunter2");
    expect(res.data).toBeUndefined();
    expect(await mailboxState(db.current, [m.id])).toEqual(before);
  });
});
