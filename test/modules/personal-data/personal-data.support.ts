import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../../src/shared/db.js";
import { aDelegate, aMember, aPayer, aStaffUser, anAddress, aLine, anOption, type MemberRow } from "../../support/factories.js";

/** Rows of a raw statement, whichever driver (postgres.js answers an array, PGlite `{ rows }`). */
export async function rows<T = Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = await db.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export async function one<T = Record<string, unknown>>(db: Database, query: SQL): Promise<T> {
  const [row] = await rows<T>(db, query);
  if (!row) throw new Error("no row");
  return row;
}

export interface MemberWithHistory {
  member: MemberRow;
  delegateId: string;
  payerId: string;
  invoiceId: string;
  invoiceLineId: string;
  paymentId: string;
  guaranteeId: string;
  erasureRequestId: string;
  auditId: string;
}

/**
 * A member with data in many tables: delegate, payer, address and line, an ended option, a device,
 * a VIP line, concierge and assistance requests, a mailbox, an issued and paid invoice with its
 * line and payment, a financial guarantee, an open ERASURE request and an audit row.
 * `optionEndsAt` null: the option is still in force.
 */
export async function aMemberWithHistory(
  db: Database,
  options: { status?: "ACTIVE" | "TERMINATED"; terminatedAt?: string | null; optionEndsAt?: string | null; paid?: boolean } = {},
): Promise<MemberWithHistory> {
  const terminatedAt = options.terminatedAt === undefined ? "2026-10-31T23:00:00Z" : options.terminatedAt;
  const member = await aMember(db, {
    status: options.status ?? "TERMINATED",
    terminatedAt: terminatedAt ? new Date(terminatedAt) : null,
    lastName: "Dupont",
    nationality: "FR",
    addressLine2: "Bâtiment B",
  });
  const staff = await aStaffUser(db, "COACH");
  const delegate = await aDelegate(db, member.id, { phone: "+33600000001", postalAddress: "3 rue du Bac, 75007 Paris" });
  const payer = await aPayer(db, member.id);
  await db.db.execute(sql`insert into payer_item_kinds (payer_id, item_kind) values (${payer.id}::uuid, 'OPTION')`);
  const address = await anAddress(db, member.id, { label: "Maison de Jeanne" });
  await aLine(db, address, { reference: "FTTH-0001" });
  const optionEndsAt = options.optionEndsAt === undefined ? "2026-10-31T23:00:00Z" : options.optionEndsAt;
  await anOption(db, member.id, {
    acceptedAt: new Date("2026-09-01T09:00:00Z"),
    createdAt: new Date("2026-09-01T09:00:00Z"),
    endsAt: optionEndsAt ? new Date(optionEndsAt) : null,
    endReason: optionEndsAt ? "MEMBERSHIP_ENDED" : null,
    endDetail: optionEndsAt ? "Je déménage chez ma fille" : null,
  });
  await db.db.execute(sql`insert into devices (member_id, name, kind, os, has_internet_connectivity, state, designated_at, designated_by_role, designated_by_id)
    values (${member.id}::uuid, 'iPhone de Jeanne', 'PHONE', 'IOS', true, 'DESIGNATED', '2026-11-02T10:00:00Z', 'MEMBER', ${member.id}::uuid)`);
  await db.db.execute(sql`insert into vip_lines (member_id, phone_number, plan_type, declared_at, declared_by_id)
    values (${member.id}::uuid, '+33611223344', 'ORANGE_PLAN', '2026-11-02T10:00:00Z', ${staff.id}::uuid)`);
  await db.db.execute(sql`insert into concierge_requests (member_id, category, privilege_required, content, callback_phone, preferred_language, status, submitted_by_role, submitted_by_id, created_at, updated_at)
    values (${member.id}::uuid, 'RESTAURANT', false, 'Une table pour mon anniversaire de mariage', '+33611223344', 'fr', 'SUBMITTED', 'MEMBER', ${member.id}::uuid, '2026-11-03T10:00:00Z', '2026-11-03T10:00:00Z')`);
  await db.db.execute(sql`insert into assistance_requests (member_id, topic, installed_by_parnasse, description, opened_at, opened_by_role, opened_by_id)
    values (${member.id}::uuid, 'LIVEBOX', false, 'Ma Livebox clignote depuis le départ de mon mari', '2026-11-03T10:00:00Z', 'MEMBER', ${member.id}::text)`);
  await db.db.execute(sql`insert into mailboxes (member_id, local_part, domain, address, custom_domain, display_name, quota_gb, created_at, created_by)
    values (${member.id}::uuid, ${`jeanne.${member.id.slice(0, 8)}`}, 'parnasse.fr', ${`jeanne.${member.id.slice(0, 8)}@parnasse.fr`}, false, 'Jeanne Dupont', 5, '2026-11-02T10:00:00Z', ${member.id}::uuid)`);
  await db.db.execute(sql`insert into membership_events (member_id, kind, at, reason, actor_role, actor_id)
    values (${member.id}::uuid, 'TERMINATED', '2026-10-31T23:00:00Z', 'Déménagement en maison de retraite', 'MEMBER', ${member.id}::text)`);
  const invoice = await one<{ id: string }>(
    db,
    sql`insert into invoices (kind, member_id, status, bill_to_name, bill_to_address, bill_to_email, delivery_channel, total_ht_cents, total_vat_cents, total_ttc_cents, created_by_role, member_name, member_address, created_at)
    values ('INVOICE', ${member.id}::uuid, 'DRAFT', 'Jeanne Dupont', '12 rue de Rivoli, 75004 Paris', ${member.email}, 'EMAIL', 1000, 200, 1200, 'BILLING', 'Jeanne Dupont', '12 rue de Rivoli, 75004 Paris', '2026-10-01T08:00:00Z') returning id`,
  );
  const line = await one<{ id: string }>(
    db,
    sql`insert into invoice_lines (invoice_id, position, item_kind, label_fr, label_en, quantity, unit_ttc_cents, ttc_cents, ht_cents, vat_cents)
    values (${invoice.id}::uuid, 1, 'OPTION', 'Option Intérieur', 'Option Intérieur', 1, 1200, 1200, 1000, 200) returning id`,
  );
  const paid = options.paid ?? true;
  await db.db.execute(sql`update invoices set status = ${paid ? "PAID" : "ISSUED"}, number = (select coalesce(max(number), 0) + 1 from invoices),
    issued_on = '2026-10-01', due_on = '2026-10-15', issued_at = '2026-10-01T08:00:00Z', paid_cents = ${paid ? 1200 : 0} where id = ${invoice.id}::uuid`);
  const payment = await one<{ id: string }>(
    db,
    sql`insert into payments (invoice_id, amount_cents, method, outcome, reference, received_on, recorded_at)
    values (${invoice.id}::uuid, ${paid ? 1200 : 1}, 'TRANSFER', ${paid ? "SUCCEEDED" : "REJECTED"}, ${`VIR-${invoice.id}`}, '2026-10-15', '2026-10-15T09:00:00Z') returning id`,
  );
  const guarantee = await one<{ id: string }>(
    db,
    sql`insert into financial_guarantees (member_id, amount_cents, due_on, reason, status, requested_at, cancelled_at)
    values (${member.id}::uuid, 5000, '2026-11-15', 'Incidents de paiement répétés', 'CANCELLED', '2026-10-01T08:00:00Z', '2026-10-20T08:00:00Z') returning id`,
  );
  const request = await one<{ id: string }>(
    db,
    sql`insert into privacy_requests (member_id, kind, channel, status, details, identity_proof_kind, identity_proof_reference, received_at, due_at, filed_by_role, filed_by_id, created_at)
    values (${member.id}::uuid, 'ERASURE', 'POST', 'RECEIVED', 'Effacez mes données', 'IDENTITY_CARD', 'CNI ...4821', '2026-11-20T10:00:00Z', '2026-12-20T10:00:00Z', 'DESK_AGENT', null, '2026-11-20T10:00:00Z') returning id`,
  );
  const audit = await one<{ id: string }>(
    db,
    sql`insert into audit_log (at, request_id, actor_role, actor_id, on_behalf_of_member_id, operation, target_ids, details)
    values ('2026-11-02T10:00:00Z', 'seed', 'MEMBER', ${member.id}, ${member.id}::uuid, 'designateDevice', array[${member.id}]::text[], '{}'::jsonb) returning id::text as id`,
  );
  return {
    member,
    delegateId: delegate.id,
    payerId: payer.id,
    invoiceId: invoice.id,
    invoiceLineId: line.id,
    paymentId: payment.id,
    guaranteeId: guarantee.id,
    erasureRequestId: request.id,
    auditId: audit.id,
  };
}

/** A fingerprint of every catalogued table (row count and content hash): equal before and after means nothing was written. */
export async function fingerprint(db: Database): Promise<Record<string, string>> {
  const { CATALOGUE } = await import("../../../src/modules/personal-data/index.js");
  const parts = CATALOGUE.map(
    (entry) =>
      sql`select ${entry.table}::text as name, count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as print from ${sql.identifier(entry.table)} t`,
  );
  const list = await rows<{ name: string; print: string }>(db, sql.join(parts, sql` union all `));
  return Object.fromEntries(list.map((r) => [r.name, r.print]));
}
