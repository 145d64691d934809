/**
 * The SQL floor's two statements: hand-written, one per request, the JSON of the answer built by
 * PostgreSQL (json_build_object / json_agg, keys in the order of the selection set). The token
 * holder check is inside the same statement. The limits are the API's (DEV-1 20, ADR-2 5, LIN-3 2,
 * INT-3 15, MBX-2 1 included): if the API changes one, the byte-for-byte check of bench:floor fails.
 */
import { ELIGIBLE_OFFERS, ELIGIBLE_TECHNOLOGIES } from "../../src/modules/options/index.js";

/** Relay global id, as toGlobalId: base64url("Type:uuid"). */
const gid = (type: string, column: string) => `translate(encode(convert_to('${type}:' || ${column}::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
/** DateTimeISO, as Date.toISOString(): milliseconds, UTC. */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");
const quota = (used: string, limit: string) => `json_build_object('used', ${used}, 'limit', ${limit}, 'remaining', greatest(0, ${limit} - ${used}))`;
/** LIN-2: an Orange internet offer on an eligible technology. */
const eligible = (l: string) => `(${l}.operator = 'ORANGE' and ${l}.offer in (${list(ELIGIBLE_OFFERS)}) and ${l}.technology in (${list(ELIGIBLE_TECHNOLOGIES)}))`;

const addressFields = (a: string) => `'id', ${gid("Address", `${a}.id`)}, 'kind', ${a}.kind, 'commune', ${a}.commune,
  'lines', coalesce((select json_agg(json_build_object('id', ${gid("InternetLine", "l.id")}, 'offer', l.offer, 'eligible', ${eligible("l")}) order by l.created_at, l.id)
                     from internet_lines l where l.address_id = ${a}.id and l.removed_at is null), '[]')`;

/** Paris midnight of `first + 12·k months`, k the contract years begun by today (INT-3 contractYearOf). */
const yearBound = (extra: number) =>
  `((d.first + make_interval(months => 12 * (greatest(0, d.y - case when d.first + make_interval(months => 12 * d.y) > d.today then 1 else 0 end) + ${extra})))::date)::timestamp at time zone 'Europe/Paris'`;

/**
 * $1: the member's id (the token's subject). No row: the token holder is gone (or rejected, or
 * anonymised, GDP-3), answered 401 as the API does.
 */
export const DASHBOARD_SQL = `
select json_build_object(
  'id', ${gid("Member", "m.id")}, 'firstName', m.first_name, 'lastName', m.last_name, 'email', m.email, 'status', m.status,
  'addresses', coalesce((select json_agg(json_build_object(${addressFields("a")}) order by a.kind = 'MAIN' desc, a.created_at, a.id)
                         from addresses a where a.member_id = m.id and a.removed_at is null), '[]'),
  'devices', coalesce((select json_agg(json_build_object('id', ${gid("Device", "v.id")}, 'name', v.name, 'kind', v.kind, 'os', v.os, 'state', v.state,
                                                         'designatedAt', ${iso("v.designated_at")}) order by v.designated_at, v.id)
                       from devices v where v.member_id = m.id and v.removed_at is null), '[]'),
  'mailboxes', coalesce((select json_agg(json_build_object('id', ${gid("Mailbox", "b.id")}, 'address', b.address, 'quotaGb', b.quota_gb,
                                                           'createdAt', ${iso("b.created_at")}) order by b.created_at, b.id)
                         from mailboxes b where b.member_id = m.id and b.deleted_at is null), '[]'),
  'quotas', json_build_object(
    'devices', ${quota("(select count(*)::int from devices v where v.member_id = m.id and v.removed_at is null)", "20")},
    'extraSites', ${quota("(select count(*)::int from addresses a where a.member_id = m.id and a.removed_at is null and a.kind = 'EXTRA_SITE')", "5")},
    'mailboxes', (select ${quota("q.used", "q.cap")} from (select
        (select count(*)::int from mailboxes b where b.member_id = m.id and b.deleted_at is null) as used,
        1 + coalesce((select sum(p.extra_mailboxes)::int from mailbox_packs p where p.member_id = m.id and p.cancelled_at is null), 0) as cap) q),
    'linesPerAddress', coalesce((select json_agg(${quota("(select count(*)::int from internet_lines l where l.address_id = a.id and l.removed_at is null)", "2")}
                                                 order by a.kind = 'MAIN' desc, a.created_at, a.id)
                                 from addresses a where a.member_id = m.id and a.removed_at is null), '[]'),
    'interventions', (select case when o.id is null or (o.ends_at is not null and o.ends_at <= now()) then null else json_build_object(
        'used', u.used, 'limit', 15, 'remaining', greatest(0, 15 - u.used),
        'contractYearStart', ${iso("y.year_start")}, 'contractYearEnd', ${iso("y.year_end")}) end
      from (select 1) one
      left join lateral (select * from option_subscriptions o where o.member_id = m.id order by o.accepted_at desc, o.created_at desc limit 1) o on true
      left join lateral (select (o.accepted_at at time zone 'Europe/Paris')::date as first, (now() at time zone 'Europe/Paris')::date as today,
                                (extract(year from now() at time zone 'Europe/Paris') - extract(year from o.accepted_at at time zone 'Europe/Paris'))::int as y) d on true
      left join lateral (select ${yearBound(0)} as year_start, ${yearBound(1)} as year_end) y on true
      left join lateral (select count(*)::int as used from interventions i where i.member_id = m.id and i.allowance_slot is not null and i.contract_year_start = y.year_start) u on true)
  ),
  'interventions', json_build_object('edges', coalesce((select json_agg(json_build_object('node', json_build_object('id', ${gid("Intervention", "i.id")}, 'kind', i.kind,
        'status', i.status, 'startsAt', ${iso("i.starts_at")}, 'durationMinutes', i.duration_minutes)) order by i.starts_at desc, i.id desc)
      from (select * from interventions i where i.member_id = m.id order by i.starts_at desc, i.id desc limit 10) i), '[]')),
  'conciergeRequests', json_build_object('edges', coalesce((select json_agg(json_build_object('node', json_build_object('id', ${gid("ConciergeRequest", "c.id")},
        'status', c.status, 'category', json_build_object('code', c.category))) order by c.created_at desc, c.id desc)
      from (select * from concierge_requests c where c.member_id = m.id order by c.created_at desc, c.id desc limit 10) c), '[]'))
) as member
from members m
where m.id = $1 and m.status <> 'REJECTED' and m.anonymised_at is null`;

/**
 * $1: the desk agent's id (the token's subject); $2, $3, $4: the cursor's (last name, first name,
 * id), or nulls for the first page. `ok` is null when the token holder is not a current desk agent.
 */
export const DESK_LIST_SQL = `
select (select true from staff_users s where s.id = $1 and s.role = 'DESK_AGENT' and s.disabled_at is null) as ok,
  (select json_build_object(
     'edges', coalesce(json_agg(json_build_object('node', json_build_object(
        'id', ${gid("Member", "p.id")}, 'lastName', p.last_name, 'firstName', p.first_name, 'email', p.email, 'status', p.status,
        'addresses', coalesce((select json_agg(json_build_object(${addressFields("a")}) order by a.kind = 'MAIN' desc, a.created_at, a.id)
                               from addresses a where a.member_id = p.id and a.removed_at is null), '[]'),
        'devices', coalesce((select json_agg(json_build_object('id', ${gid("Device", "v.id")}, 'name', v.name, 'kind', v.kind, 'state', v.state) order by v.designated_at, v.id)
                             from devices v where v.member_id = p.id and v.removed_at is null), '[]')
      )) order by p.last_name, p.first_name, p.id) filter (where p.n <= 50), '[]'),
     'pageInfo', json_build_object('hasNextPage', count(*) > 50,
        'endCursor', max(translate(encode(convert_to('[' || to_json(p.last_name)::text || ',' || to_json(p.first_name)::text || ',' || to_json(p.id::text)::text || ']', 'UTF8'), 'base64'), E'+/=\\n', '-_'))
                       filter (where p.n = least(50, p.total))))
   from (select m.*, row_number() over (order by m.last_name, m.first_name, m.id) as n, count(*) over () as total
         from (select * from members m where $2::text is null or (m.last_name, m.first_name, m.id) > ($2::text, $3::text, $4::uuid)
               order by m.last_name, m.first_name, m.id limit 51) m) p) as page`;
