import { inflateSync } from "node:zlib";
import { and, eq, sql } from "drizzle-orm";
import { addresses, conciergePrivileges, equipmentPurchases, invoiceLines, invoices, mailboxPacks, members, payerItemKinds, tariffs } from "../../../db/schema/index.js";
import type { Actor } from "../../../src/authz/actor.js";
import { ManualClock } from "../../../src/shared/clock.js";
import type { Database } from "../../../src/shared/db.js";
import { gql } from "../../support/api.js";
import { aMember, aPayer, anOption } from "../../support/factories.js";

export const RUN = `mutation($input: RunMonthlyBillingInput!) { runMonthlyBilling(input: $input) {
  summary { runId month invoicesCreated membersBilled alreadyInvoiced totalTtcCents skipped { memberId code rule message } }
  userErrors { code rule message field } } }`;

export const INVOICE_FIELDS = `id kind number status billingMonth memberName billTo { name address email } deliveryChannel
  totals { htCents vatCents ttcCents } paidCents creditedCents contestedCents balanceDueCents issuedOn dueOn createdAt documentUrl
  lines { position itemKind label quantity unitTtcCents amounts { htCents vatCents ttcCents } periodStart periodEnd }`;

/** A Paris wall-clock instant: `at("2026-11-16")` is 10:00 Paris that day. */
export const at = (date: string, time = "10:00") => new Date(new Date(`${date}T${time}:00+01:00`).toISOString());

export const clockOn = (date: string) => new ManualClock(at(date, "09:00"));

export async function runMonth(db: Database, actor: Actor | null, month: string, today: string, locale: "fr" | "en" = "fr") {
  return gql(db, actor, RUN, { variables: { input: { month } }, clock: clockOn(today), locale });
}

/** An active member with an option from `from` (Paris date), and optionally an end. */
export async function aBilledMember(db: Database, from = "2026-11-02", overrides: Partial<typeof members.$inferInsert> = {}, endsAt: Date | null = null) {
  const member = await aMember(db, overrides);
  const option = await anOption(db, member.id, {
    acceptedAt: at(from),
    createdAt: at(from),
    ...(endsAt ? { endsAt, endReason: "MEMBER_REQUEST" as const } : {}),
  });
  return { member, option };
}

export async function anExtraSite(db: Database, memberId: string, createdAt: Date, removedAt: Date | null = null) {
  const [row] = await db.db
    .insert(addresses)
    .values({ memberId, kind: "EXTRA_SITE", line1: "5 avenue Foch", postalCode: "75116", commune: "Paris", fiberEligible: true, createdAt, removedAt })
    .returning();
  return row!;
}

export async function aMailboxPack(db: Database, memberId: string, pack: "PLUS_1" | "PACK_5" | "PACK_10", subscribedAt: Date) {
  const [row] = await db.db
    .insert(mailboxPacks)
    .values({ memberId, pack, extraMailboxes: pack === "PLUS_1" ? 1 : pack === "PACK_5" ? 5 : 10, subscribedAt, subscribedBy: memberId })
    .returning();
  return row!;
}

export async function aPrivilegeFrom(db: Database, memberId: string, startedAt: Date, endsAt: Date | null = null) {
  const [row] = await db.db
    .insert(conciergePrivileges)
    .values({ memberId, startedAt, cancelledAt: endsAt ? startedAt : null, endsAt, createdByRole: "MEMBER", createdById: memberId })
    .returning();
  return row!;
}

export async function anEquipment(db: Database, memberId: string, orderedAt: Date, unitTtcCents = 4990, quantity = 2) {
  const [row] = await db.db.insert(equipmentPurchases).values({ memberId, label: "Répéteur Wi-Fi", quantity, unitTtcCents, orderedAt, recordedByRole: "BILLING" }).returning();
  return row!;
}

/** A payer taking over `kinds` (none: everything). Written directly: designation belongs to another branch. */
export async function aPayerOf(db: Database, memberId: string, kinds: string[] = []) {
  const payer = await aPayer(db, memberId);
  if (kinds.length) await db.db.insert(payerItemKinds).values(kinds.map((itemKind) => ({ payerId: payer.id, itemKind: itemKind as "OPTION" })));
  return payer;
}

export async function aTariff(db: Database, code: "OPTION" | "PRIVILEGE" | "TRAVEL", ttcCents: number, effectiveOn: string) {
  await db.db.insert(tariffs).values({ code, ttcCents, effectiveOn, announcedAt: new Date("2026-01-01T00:00:00Z"), createdByRole: "BILLING" });
}

export async function invoicesOf(db: Database, memberId: string) {
  const rows = await db.db.select().from(invoices).where(eq(invoices.memberId, memberId)).orderBy(invoices.number);
  const lines = await db.db
    .select()
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(eq(invoices.memberId, memberId))
    .orderBy(invoiceLines.invoiceId, invoiceLines.position);
  return rows.map((row) => ({ ...row, lines: lines.filter((l) => l.invoice_lines.invoiceId === row.id).map((l) => l.invoice_lines) }));
}

export async function invoiceOfMonth(db: Database, memberId: string, month: string, payerId: string | null = null) {
  const all = await invoicesOf(db, memberId);
  return all.filter((i) => i.billingMonth === month && i.payerId === payerId);
}

/** Every issued number in the database. */
export async function allNumbers(db: Database): Promise<number[]> {
  const rows = await db.db
    .select({ n: invoices.number })
    .from(invoices)
    .where(and(sql`${invoices.number} is not null`, eq(invoices.kind, "INVOICE")));
  return rows.map((r) => r.n!).sort((a, b) => a - b);
}

export async function sequenceValue(db: Database): Promise<number> {
  const rows = await db.db.execute<{ last_number: number }>(sql`select last_number from invoice_sequences where series = 'INVOICE'`);
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { last_number: number }[] }).rows;
  return Number(list[0]!.last_number);
}

/**
 * The text a PDF shows: its content streams inflated, the strings of TJ/Tj operators decoded
 * (WinAnsi: latin-1 plus € at 0x80), joined. Enough to check what a person reads.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  const streamRe = /<<([^>]*?(?:>>|[^>])*?)>>\s*stream\r?\n/g;
  let match: RegExpExecArray | null;
  // biome-ignore lint/suspicious/noAssignInExpressions: the usual RegExp#exec loop
  while ((match = streamRe.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    let body = Buffer.from(raw.slice(start, end), "latin1");
    if (/FlateDecode/.test(match[1]!)) {
      try {
        body = inflateSync(body);
      } catch {
        continue;
      }
    }
    const text = body.toString("latin1");
    for (const op of text.matchAll(/\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\((.*?)\)\s*Tj/g)) {
      const parts =
        op[1] !== undefined
          ? [...op[1].matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^)])*)\)/g)].map((p) => (p[1] !== undefined ? hex(p[1]) : p[2]!))
          : [op[2] !== undefined ? hex(op[2]) : op[3]!];
      out.push(parts.join(""));
    }
  }
  return out.join("\n");
}

function hex(h: string): string {
  return Buffer.from(h, "hex")
    .toString("latin1")
    .replace(/\u0080/g, "€");
}
