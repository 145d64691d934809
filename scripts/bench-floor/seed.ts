/**
 * The issue 15 workload, set-based (insert … select from generate_series), on PostgreSQL or PGlite:
 * per member about 5 devices, 1.5 addresses, 2 internet lines, 1.5 mailboxes, 2.5 interventions and
 * 1.5 concierge requests. Every row is one the API could have written: the CHECK constraints hold,
 * and so do the domain's invariants (one main address, at most 2 lines per address, an eligible
 * line for the option, mailboxes within 1 + the packs, a device activated by the member's coach,
 * an intervention from a failed remote assistance with its INT-3 allowance slot in the current
 * contract year, a SUBMITTED status change for every concierge request).
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "../../src/shared/db.js";

export interface SeededWorkload {
  memberIds: string[];
  deskAgentId: string;
  counts: Record<string, number>;
  seconds: number;
}

/** `first + 12k months <= today` (Paris dates), as contractYearOf (INT-3) computes it; the start is Paris midnight. */
const CONTRACT_YEAR_START = `(
  select ((first + make_interval(months => 12 * greatest(0, y - case when first + make_interval(months => 12 * y) > today then 1 else 0 end)))::date)::timestamp at time zone 'Europe/Paris'
  from (select (o.accepted_at at time zone 'Europe/Paris')::date as first, (now() at time zone 'Europe/Paris')::date as today) d,
       lateral (select (extract(year from today) - extract(year from first))::int as y) k
)`;

export async function seedWorkload(database: Database, options: { members: number }): Promise<SeededWorkload> {
  const started = performance.now();
  const n = options.members;
  // Emails and mailbox addresses are unique database-wide: a tag keeps a run apart from any data already there (DATABASE_URL).
  const tag = randomBytes(3).toString("hex");
  const result = await database.db.transaction(async (tx) => {
    const run = (text: string) => tx.execute(sql.raw(text));
    const staff = (await run(`
      insert into staff_users (role, display_name, email) values
        ('DESK_AGENT', 'Agent Banc', 'bench-desk-${tag}@orange.example'),
        ('COACH', 'Coach Banc', 'bench-coach-${tag}@orange.example'),
        ('TECHNICIAN', 'Technicien Banc', 'bench-tech-${tag}@orange.example')
      returning id, role`)) as unknown as { id: string; role: string }[];
    const rows = Array.isArray(staff) ? staff : ((staff as unknown as { rows: { id: string; role: string }[] }).rows ?? []);
    const id = (role: string) => rows.find((r) => r.role === role)!.id;
    const desk = id("DESK_AGENT");
    const coach = id("COACH");
    const tech = id("TECHNICIAN");

    // Members: names spread over the alphabet so that a desk page mixes them; whole seconds, as an app write would be.
    await run(`create temp table bm on commit drop as
      select i, gen_random_uuid() as id, timestamptz '2025-01-15 09:00:00+00' + ((i * 37) % 300) * interval '1 day' as accepted_at
      from generate_series(1, ${n}) i`);
    await run(`insert into members (id, status, last_name, first_name, birth_date, email, phone, address_line1, postal_code, commune, created_at, updated_at)
      select id, 'ACTIVE', 'Nom' || lpad(((i * 7919) % ${Math.max(n, 2)})::text, 5, '0'), 'Hélène ' || i, date '1950-01-01' + (i % 9000),
             'bench.${tag}.' || i || '@example.fr', '+336' || lpad((10000000 + i)::text, 8, '0'), i || ' rue de Rivoli', '75004', 'Paris',
             accepted_at - interval '30 days', accepted_at
      from bm`);
    await run(`insert into option_subscriptions (member_id, accepted_at, created_at) select id, accepted_at, accepted_at from bm`);
    await run(`insert into coach_assignments (member_id, coach_id, assigned_at, assigned_by) select id, '${coach}', accepted_at, '${desk}' from bm`);
    await run(`alter table bm add column year_start timestamptz`);
    await run(`update bm set year_start = ${CONTRACT_YEAR_START.replaceAll("o.accepted_at", "bm.accepted_at")}`);

    // ADR-1/2: every member a main address, one in two an extra site.
    await run(`create temp table ba on commit drop as
      select gen_random_uuid() as id, bm.id as member_id, bm.i, a.kind, bm.accepted_at + a.offset_days * interval '1 day' as created_at
      from bm cross join lateral (values ('MAIN', 0), ('EXTRA_SITE', 1)) a(kind, offset_days)
      where a.kind = 'MAIN' or bm.i % 2 = 0`);
    await run(`insert into addresses (id, member_id, kind, line1, postal_code, commune, fiber_eligible, adsl_eligible, created_at)
      select id, member_id, kind, case when kind = 'MAIN' then i || ' rue de Rivoli' else '5 avenue Foch' end,
             case when kind = 'MAIN' then '75004' else '75116' end, 'Paris', true, kind = 'EXTRA_SITE', created_at
      from ba`);
    // LIN-1..3: two lines a member, at most 2 an address; the main address always has an eligible Orange fiber line (OPT-1).
    await run(`insert into internet_lines (member_id, address_id, operator, offer, technology, reference, created_at)
      select ba.member_id, ba.id, l.operator, l.offer, l.technology, l.reference, ba.created_at + l.k * interval '1 hour'
      from ba cross join lateral (values
        (1, 'ORANGE', 'RESIDENTIAL_INTERNET', 'FIBER', 'ND0' || ba.i),
        (2, case when ba.i % 4 = 1 then 'THIRD_PARTY' else 'ORANGE' end, case when ba.i % 4 = 1 then 'RESIDENTIAL_INTERNET' else 'FIXED_ONLY' end, 'VDSL', null)
      ) l(k, operator, offer, technology, reference)
      where (ba.kind = 'MAIN' and (ba.i % 2 = 1 or l.k = 1)) or (ba.kind = 'EXTRA_SITE' and l.k = 2)`);

    // DEV-1/2: 4 to 6 devices (5 on average), the first two activated by the member's coach.
    await run(`insert into devices (member_id, name, kind, os, has_internet_connectivity, state, designated_at, designated_by_role, designated_by_id, activated_at, activated_by_id)
      select bm.id, (array['Téléphone', 'Tablette', 'Ordinateur'])[1 + d % 3] || ' ' || d,
             (array['PHONE', 'TABLET', 'COMPUTER'])[1 + d % 3], (array['ANDROID', 'IPADOS', 'WINDOWS'])[1 + d % 3], true,
             case when d <= 2 then 'ACTIVE' else 'DESIGNATED' end, bm.accepted_at + d * interval '1 day', 'MEMBER', bm.id,
             case when d <= 2 then bm.accepted_at + (d + 1) * interval '1 day' end, case when d <= 2 then '${coach}'::uuid end
      from bm cross join lateral generate_series(1, 4 + bm.i % 3) d`);

    // MBX-1/2: one mailbox included; one member in two has a « +1 » pack and a second mailbox.
    await run(`insert into mailbox_packs (member_id, pack, extra_mailboxes, subscribed_at, subscribed_by)
      select id, 'PLUS_1', 1, accepted_at + interval '2 days', id from bm where i % 2 = 0`);
    await run(`insert into mailboxes (member_id, local_part, domain, address, custom_domain, display_name, quota_gb, created_at, created_by)
      select bm.id, 'b${tag}.' || bm.i || '.' || k, 'messagerie.parnasse.fr', 'b${tag}.' || bm.i || '.' || k || '@messagerie.parnasse.fr', false,
             'Boîte ' || k, 60, bm.accepted_at + interval '3 days' + k * interval '1 hour', bm.id
      from bm cross join lateral generate_series(1, 1 + (bm.i + 1) % 2) k`);

    // INT-1..3: 2 or 3 home interventions, each from a failed remote assistance, in the current contract year:
    // the first done, the second booked (each holding an allowance slot), the third cancelled (no slot).
    await run(`create temp table bi on commit drop as
      select gen_random_uuid() as request_id, bm.id as member_id, j, bm.year_start, bm.year_start + j * interval '7 days' + interval '10 hours' as starts_at,
             (select id from ba where ba.member_id = bm.id and ba.kind = 'MAIN') as address_id
      from bm cross join lateral generate_series(1, 2 + bm.i % 2) j`);
    await run(`insert into assistance_requests (id, member_id, topic, description, opened_at, opened_by_role, opened_by_id, remote_outcome, remote_outcome_at, remote_outcome_by)
      select request_id, member_id, 'LIVEBOX', 'La Livebox ne se synchronise plus', starts_at - interval '3 days', 'MEMBER', member_id::text,
             'FAILED', starts_at - interval '3 days' + interval '30 minutes', '${coach}'
      from bi`);
    await run(`insert into interventions (member_id, assistance_request_id, kind, performer_id, address_id, starts_at, duration_minutes, status, contract_year_start,
                                          allowance_slot, in_business_hours, booked_at, booked_by, backup_confirmed_at, backup_confirmed_by_role, started_at, done_at, cancelled_at)
      select member_id, request_id, 'TECHNICIAN', '${tech}', address_id, starts_at, 60, (array['DONE', 'BOOKED', 'CANCELLED'])[j], year_start,
             case when j < 3 then j end, true, starts_at - interval '2 days', member_id,
             case when j = 1 then starts_at - interval '1 day' end, case when j = 1 then 'MEMBER' end,
             case when j = 1 then starts_at end, case when j = 1 then starts_at + interval '1 hour' end,
             case when j = 3 then starts_at - interval '1 day' end
      from bi`);

    // CON-1/6: 1 or 2 requests in the included categories, each with its SUBMITTED change; the second accepted by the partner.
    await run(`create temp table bc on commit drop as
      select gen_random_uuid() as id, bm.id as member_id, k,
             (select code from concierge_categories where included order by position offset (bm.i + k) % 5 limit 1) as category,
             date_trunc('second', now()) - ((bm.i % 50) * 2 + k) * interval '1 day' as created_at
      from bm cross join lateral generate_series(1, 1 + (bm.i + 1) % 2) k`);
    await run(`insert into concierge_requests (id, member_id, category, privilege_required, content, preferred_language, status, submitted_by_role, submitted_by_id, created_at, updated_at)
      select id, member_id, category, false, 'Une table pour deux samedi soir', 'fr', case when k = 2 then 'ACCEPTED' else 'SUBMITTED' end,
             'MEMBER', member_id, created_at, created_at + case when k = 2 then interval '2 hours' else interval '0' end
      from bc`);
    await run(`insert into concierge_status_changes (request_id, from_status, to_status, at, by_role, by_id)
      select id, null, 'SUBMITTED', created_at, 'MEMBER', member_id from bc
      union all
      select id, 'SUBMITTED', 'ACCEPTED', created_at + interval '2 hours', 'CONCIERGE_PARTNER', '${desk}' from bc where k = 2`);
    const ids = (await run(`select id::text as id from bm order by i`)) as unknown;
    const memberRows = (Array.isArray(ids) ? ids : (ids as { rows: { id: string }[] }).rows) as { id: string }[];
    return { memberIds: memberRows.map((r) => r.id), deskAgentId: desk };
  });
  for (const table of [
    "members",
    "addresses",
    "internet_lines",
    "devices",
    "mailboxes",
    "mailbox_packs",
    "interventions",
    "assistance_requests",
    "concierge_requests",
    "option_subscriptions",
  ]) {
    await database.db.execute(sql.raw(`analyze ${table}`));
  }
  const counts: Record<string, number> = {};
  for (const table of ["members", "addresses", "internet_lines", "devices", "mailboxes", "interventions", "concierge_requests"]) {
    const res = (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown;
    const rows = (Array.isArray(res) ? res : (res as { rows: { n: number }[] }).rows) as { n: number }[];
    counts[table] = rows[0]!.n;
  }
  return { ...result, counts, seconds: (performance.now() - started) / 1000 };
}
