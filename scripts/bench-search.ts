/**
 * `npm run bench:search` — the desk search (`members(search:)`) over 1,000,000 members (issue 15).
 * Not a test: it seeds, serves the API, sends searches as a desk agent and prints latencies.
 *   npm run bench:search                                   (throw-away database on 127.0.0.1:5432, dropped at the end)
 *   npm run bench:search -- --members 200000 --rounds 10   (smaller, faster)
 *   DATABASE_URL=postgres://… npm run bench:search         (that database; seeded unless it already holds --members members)
 *   npm run bench:search -- --keep                         (keeps the throw-away database and prints its URL, to re-run with DATABASE_URL)
 *   npm run bench:search -- --pglite --members 100000      (PGlite in memory: the same searches, a smaller count)
 *
 * The members are seeded in one set-based INSERT … SELECT FROM generate_series (seconds, not
 * minutes): French surnames with a skewed frequency (a few very common, as Martin is) plus a long
 * tail of generated ones, French first names, unique emails on the usual providers, unique mobile
 * numbers. `setseed` makes the data the same on every run. The searches are fragments a desk agent
 * types (3+ characters), sampled from the seeded data where they must match, plus a few 2-character
 * fragments reported apart (the trigram index cannot narrow them: see the migration 0025).
 */
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { pino } from "pino";
import postgres from "postgres";
import { ilike, or, sql } from "drizzle-orm";
import { members, staffUsers } from "../db/schema/index.js";
import { mintToken } from "../src/authz/tokens.js";
import { loadConfig } from "../src/config.js";
import { benchEnv } from "./bench-floor/requests.js";
import { startApi } from "../src/runtime.js";
import { openDatabase, type Database } from "../src/shared/db.js";

// Data: the 200 most frequent French surnames, most frequent first (the seed draws them with a skew),
// about 13 % of the French population (Martin alone is about 0.35 %); syllables for the long tail
// (160,000 surnames, like the real tail: most members share their surname with a few others only).
const COMMON_SHARE = 0.13;
const COMMON_LAST_NAMES = (
  "Martin|Bernard|Thomas|Petit|Robert|Richard|Durand|Dubois|Moreau|Laurent|Simon|Michel|Lefebvre|Leroy|Roux|David|Bertrand|Morel|Fournier|Girard|" +
  "Bonnet|Dupont|Lambert|Fontaine|Rousseau|Vincent|Muller|Lefèvre|Faure|André|Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|François|Legrand|Gauthier|Garcia|" +
  "Perrin|Robin|Clément|Morin|Nicolas|Henry|Roussel|Mathieu|Gautier|Masson|Marchand|Duval|Denis|Dumont|Marie|Lemaire|Noël|Meyer|Dufour|Meunier|" +
  "Brun|Blanchard|Giraud|Joly|Rivière|Lucas|Brunet|Gaillard|Barbier|Arnaud|Martinez|Gérard|Roche|Renard|Schmitt|Roy|Leroux|Colin|Vidal|Caron|" +
  "Picard|Roger|Fabre|Aubert|Lemoine|Renaud|Dumas|Lacroix|Olivier|Philippe|Bourgeois|Pierre|Benoît|Rey|Leclerc|Payet|Rolland|Leclercq|Guillaume|Lecomte|" +
  "Lopez|Jean|Dupuy|Guillot|Hubert|Berger|Carpentier|Sanchez|Dupuis|Moulin|Louis|Deschamps|Huet|Vasseur|Perez|Boucher|Fleury|Royer|Klein|Jacquet|" +
  "Adam|Paris|Poirier|Marty|Aubry|Guyot|Carré|Charles|Renault|Charpentier|Ménard|Maillard|Baron|Bertin|Bailly|Hervé|Schneider|Fernandez|Le Gall|Collet|" +
  "Léger|Bouvier|Julien|Prévost|Millet|Perrot|Daniel|Le Roux|Cousin|Germain|Breton|Besson|Langlois|Rémy|Le Goff|Pelletier|Lévêque|Perrier|Leblanc|Barré|" +
  "Lebrun|Marchal|Weber|Mallet|Hamon|Boulanger|Jacob|Monnier|Michaud|Rodriguez|Guichard|Gillet|Étienne|Grondin|Poulain|Tessier|Chevallier|Collin|Chauvin|Da Silva|" +
  "Bouchet|Gay|Lemaître|Bénard|Maréchal|Humbert|Reynaud|Antoine|Hoarau|Perret|Barthélemy|Cordier|Pichon|Lejeune|Gilbert|Lamy|Delaunay|Pasquier|Carlier|Laporte"
).split("|");
const LAST_NAME_PARTS = {
  // Spread over the alphabet, so that any stretch of the name order mixes many surnames, as real data does.
  prefixes: (
    "Abe|Alb|Ama|Arn|Aub|Bar|Bel|Ber|Bla|Bou|Cam|Cas|Cha|Cor|Cou|Dan|Dav|Del|Dor|Dur|Esc|Fau|Fer|Fla|Fon|Gal|Gar|Gil|Gro|Gui|Hen|Her|Hou|Jac|Jou|" +
    "Lab|Lam|Lan|Lar|Lec|Mal|Mar|Mau|Mer|Mic|Mon|Mor|Nav|Nic|Oli|Pan|Pel|Pic|Pla|Pou|Que|Ral|Rey|Ric|Ros|Rou|Sal|Sau|Sol|Tal|Tes|Tho|Tou|Tur|Vac|Val|Vau|Ver|Vil|Wal"
  ).split("|"),
  middles: "|a|e|i|o|ou|an|in|er".split("|"),
  joins: "|b|d|g|l|m|n|r|s|t|v|ch".split("|"),
  suffixes: "ard|aud|eau|el|et|ier|in|on|ot|ou|oux|y|ac|as|ès|ieu|ille|and|ange|ois".split("|"),
};
const FIRST_NAMES = (
  "Jean|Marie|Pierre|Michel|André|Philippe|Nathalie|Isabelle|Sylvie|Catherine|Françoise|Martine|Christine|Monique|Nicolas|Alain|Jacques|Christophe|Daniel|Patrick|" +
  "Bernard|Éric|Frédéric|Laurent|Stéphane|David|Julien|Sébastien|Thomas|Camille|Léa|Manon|Emma|Chloé|Inès|Sarah|Lucas|Hugo|Louis|Gabriel|" +
  "Léo|Arthur|Jules|Raphaël|Paul|Antoine|Maxime|Alexandre|Céline|Sandrine|Valérie|Véronique|Anne|Sophie|Aurélie|Julie|Émilie|Hélène|Élodie|Laura|" +
  "Pauline|Margaux|Mathilde|Clara|Alice|Louise|Jade|Zoé|Lina|Romain|Vincent|Olivier|Thierry|Pascal|Dominique|Gérard|Claude|René|Robert|Henri|" +
  "Yves|Joseph|Marcel|Guy|Jeanne|Madeleine|Simone|Denise|Suzanne|Odette|Josiane|Brigitte|Chantal|Annie|Corinne|Karine|Delphine|Virginie|Caroline|Élise|" +
  "Agathe|Noémie|Océane|Mélanie|Audrey|Charlotte|Benjamin|Kevin|Mehdi|Karim|Sofiane|Yasmine|Fatima|Nadia|Samir|Mohamed|Amandine|Lucie|Justine|Anaïs|" +
  "Florian|Quentin|Adrien|Baptiste|Clément|Damien|Guillaume|Jérôme|Fabien|Cédric"
).split("|");
/** [domain, weight]: roughly the French mailbox market. */
const MAIL_DOMAINS: [string, number][] = [
  ["gmail.com", 30],
  ["orange.fr", 20],
  ["free.fr", 10],
  ["hotmail.fr", 10],
  ["laposte.net", 8],
  ["sfr.fr", 7],
  ["wanadoo.fr", 6],
  ["yahoo.fr", 5],
  ["outlook.fr", 4],
];

const { values } = parseArgs({
  options: {
    members: { type: "string", default: "1000000" },
    rounds: { type: "string", default: "20" },
    connections: { type: "string", default: "4" },
    duration: { type: "string", default: "15" },
    keep: { type: "boolean", default: false },
    pglite: { type: "boolean", default: false },
  },
});
const memberCount = Number(values.members);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const duration = Number(values.duration);

const adminUrl = "postgres://postgres@127.0.0.1:5432/postgres";
let url = values.pglite ? undefined : process.env.DATABASE_URL;
let dropAfter: (() => Promise<void>) | null = null;
if (!values.pglite && !url) {
  const name = `parnasse_bench_search_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  url = adminUrl.replace(/\/postgres$/, `/${name}`);
  dropAfter = async () => {
    if (values.keep) console.log(`kept: DATABASE_URL=${url}`);
    else await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}

// The production-like settings of bench:floor (budgets off, no webhook worker), on this database.
const env = benchEnv(url ? { DATABASE_URL: url } : { PGLITE_IN_MEMORY: "true" });
if (!url) delete env.DATABASE_URL;
const config = loadConfig(env);
const database = await openDatabase(config.database);
const db = database.db;

// --- seed ---
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows: T[] }).rows ?? [])) as T[];
const existing = Number(rowsOf<{ n: string }>(await db.execute(sql`select count(*)::text as n from members`))[0]?.n ?? 0);
const seedStart = performance.now();
if (existing < memberCount) await seedMembers(database, memberCount - existing);
const seedSeconds = (performance.now() - seedStart) / 1000;
// A loaded table as autovacuum leaves it: statistics for the planner, the GIN pending lists merged, the visibility map set.
const analyzeStart = performance.now();
await db.execute(sql`vacuum analyze members`);
const analyzeSeconds = (performance.now() - analyzeStart) / 1000;
const total = Number(rowsOf<{ n: string }>(await db.execute(sql`select count(*)::text as n from members`))[0]?.n ?? 0);

const [desk] = await db
  .insert(staffUsers)
  .values({ role: "DESK_AGENT", displayName: "Bench desk", email: `desk-${randomBytes(4).toString("hex")}@parnasse.example` })
  .returning({ id: staffUsers.id });
const token = await mintToken(config.auth, { role: "DESK_AGENT", subjectId: desk!.id });

const fragments = await chooseFragments(database);

// --- serve and measure ---
const api = await startApi(config, { database, log: pino({ level: "silent" }) });
const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
const QUERY =
  "query($search: String, $after: String) { members(first: 20, search: $search, after: $after) { edges { node { id lastName firstName email } } pageInfo { hasNextPage endCursor } } }";

async function search(search: string, after: string | null = null): Promise<{ ms: number; count: number; endCursor: string | null }> {
  const started = performance.now();
  const res = await fetch(api.url, { method: "POST", headers, body: JSON.stringify({ query: QUERY, variables: { search, after } }) });
  const json = (await res.json()) as { data?: { members: { edges: unknown[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }; errors?: unknown };
  const ms = performance.now() - started;
  if (json.errors || !json.data) throw new Error(`search ${JSON.stringify(search)}: ${JSON.stringify(json.errors)}`);
  const { edges, pageInfo } = json.data.members;
  return { ms, count: edges.length, endCursor: pageInfo.hasNextPage ? pageInfo.endCursor : null };
}

// Second pages: the cursor of each fragment's first page, fetched once.
const pages: { kind: string; text: string; after: string | null }[] = [];
for (const f of fragments) {
  pages.push({ ...f, after: null });
  if (f.kind !== "1–2 characters") {
    const first = await search(f.text);
    if (first.endCursor) pages.push({ kind: `${f.kind}, page 2`, text: f.text, after: first.endCursor });
  }
}
for (const p of pages) await search(p.text, p.after); // warm-up: plans, caches, connections

const samples = new Map<string, number[]>();
const hits = new Map<string, number>();
for (let round = 0; round < rounds; round++) {
  for (const p of pages) {
    const r = await search(p.text, p.after);
    const key = p.kind.startsWith("1–2 characters") ? "1–2 characters" : p.after ? "page 2 (after a cursor)" : p.kind;
    samples.set(key, [...(samples.get(key) ?? []), r.ms]);
    if (round === 0) hits.set(`${p.text}${p.after ? " (page 2)" : ""}`, r.count);
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const typical = [...samples].filter(([k]) => k !== "1–2 characters").flatMap(([, v]) => v);
const lines: string[] = [];
lines.push(
  `\n${database.kind === "postgres" ? "PostgreSQL" : "PGlite"}, ${total.toLocaleString("en")} members (seeded in ${seedSeconds.toFixed(1)} s, vacuum analyze ${analyzeSeconds.toFixed(1)} s)`,
);
lines.push(`sequential: one request at a time, ${rounds} rounds over ${pages.length} searches (first: 20)\n`);
lines.push("| searches | requests | p50 | p99 | max |\n|---|---|---|---|---|");
for (const [kind, xs] of samples) lines.push(`| ${kind} | ${xs.length} | ${fmt(pct(xs, 50))} | ${fmt(pct(xs, 99))} | ${fmt(Math.max(...xs))} |`);
lines.push(`| **all 3+ character searches** | ${typical.length} | **${fmt(pct(typical, 50))}** | **${fmt(pct(typical, 99))}** | ${fmt(Math.max(...typical))} |`);

// Under load: every connection cycles through the 3+ character searches.
const bodies = pages.filter((p) => !p.kind.startsWith("1–2 characters")).map((p) => JSON.stringify({ query: QUERY, variables: { search: p.text, after: p.after } }));
let next = 0;
const load = await autocannon({
  url: api.url,
  method: "POST",
  headers,
  connections,
  duration,
  requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length]! }) }],
});
lines.push(
  `\nautocannon, ${connections} connections, ${duration} s, the same 3+ character searches in turn: ${load.requests.average.toFixed(0)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, errors ${load.errors + load.non2xx}`,
);
lines.push("\nfragments (hits on the first page, of 20):");
for (const f of fragments) lines.push(`  ${f.kind}: ${JSON.stringify(f.text)} → ${hits.get(f.text) ?? "-"}`);

// The plan of the statement's trigram way (its subquery "every_match"), for a rare surname and a 3-letter fragment.
lines.push("\nplan of the trigram way (EXPLAIN ANALYZE of the search's WHERE):");
for (const text of [fragments.find((f) => f.kind.startsWith("rare"))?.text ?? "zeta", "lef"]) {
  const pattern = `%${text}%`;
  const where = or(
    ilike(sql`${members.lastName} || ' ' || ${members.firstName}`, pattern),
    ilike(sql`${members.firstName} || ' ' || ${members.lastName}`, pattern),
    ilike(members.email, pattern),
  );
  const plan = rowsOf<Record<string, string>>(await db.execute(sql`explain analyze select ${members.id} from ${members} where ${where} offset 0`))
    .map((r) => Object.values(r)[0]!)
    .join("\n");
  const nodes = [...plan.matchAll(/(Bitmap Heap Scan|Bitmap Index Scan on \w+|Seq Scan|Index Scan using \w+)/g)].map((m) => m[1]);
  lines.push(`  ${JSON.stringify(text)}: ${[...new Set(nodes)].join(", ")}; ${plan.match(/Execution Time: [\d.]+ ms/)?.[0] ?? ""}`);
}
console.log(lines.join("\n"));

await api.stop();
await dropAfter?.();

// -----------------------------------------------------------------------------------------------

async function seedMembers(target: Database, n: number): Promise<void> {
  const offset = Number(rowsOf<{ n: string }>(await target.db.execute(sql`select count(*)::text as n from members`))[0]?.n ?? 0);
  // One statement for the whole set, in one transaction without the API's statement timeout.
  // random() after setseed() gives the same data on every run.
  await target.db.transaction(async (tx) => {
    await tx.execute(sql`set local statement_timeout = 0`);
    await tx.execute(sql`select setseed(0.15)`);
    await tx.execute(insertMembers(offset, n));
  });
}

function insertMembers(offset: number, n: number) {
  const common = sql.raw(`array[${COMMON_LAST_NAMES.map(literal).join(",")}]`);
  const prefixes = sql.raw(`array[${LAST_NAME_PARTS.prefixes.map(literal).join(",")}]`);
  const middles = sql.raw(`array[${LAST_NAME_PARTS.middles.map(literal).join(",")}]`);
  const joins = sql.raw(`array[${LAST_NAME_PARTS.joins.map(literal).join(",")}]`);
  const suffixes = sql.raw(`array[${LAST_NAME_PARTS.suffixes.map(literal).join(",")}]`);
  const firsts = sql.raw(`array[${FIRST_NAMES.map(literal).join(",")}]`);
  const domains = sql.raw(
    `array[${MAIL_DOMAINS.flatMap(([d, w]) => Array<string>(w).fill(d))
      .map(literal)
      .join(",")}]`,
  );
  return sql`
    insert into members (status, last_name, first_name, birth_date, email, phone, address_line1, postal_code, commune, has_internet_access, created_at)
    select 'ACTIVE', last_name, first_name, birth_date,
      case fmt
        when 0 then slug_first || '.' || slug_last || k
        when 1 then left(slug_first, 1) || slug_last || k
        when 2 then slug_last || '.' || slug_first || k
        else slug_first || '-' || slug_last || k
      end || '@' || domain,
      '+33' || (6 + k % 2) || lpad(((k::bigint * 7919) % 100000000)::text, 8, '0'),
      (1 + k % 180) || ' rue ' || street, postal_code, commune, k % 33 <> 0, now() - (k % 2000) * interval '1 day'
    from (
      select k, last_name, first_name, fmt, domain, birth_date, street, postal_code, commune,
        translate(lower(replace(replace(first_name, ' ', ''), '''', '')), 'éèêëàâäîïôöùûüçÿ', 'eeeeaaaiioouuucy') as slug_first,
        translate(lower(replace(replace(last_name, ' ', ''), '''', '')), 'éèêëàâäîïôöùûüçÿ', 'eeeeaaaiioouuucy') as slug_last
      from (
        select g + ${offset} as k,
          case when random() < ${COMMON_SHARE}
            then (${common})[${zipfIndex(COMMON_LAST_NAMES.length)}]
            else (${prefixes})[1 + floor(random() * ${LAST_NAME_PARTS.prefixes.length})::int]
              || (${middles})[1 + floor(random() * ${LAST_NAME_PARTS.middles.length})::int]
              || (${joins})[1 + floor(random() * ${LAST_NAME_PARTS.joins.length})::int]
              || (${suffixes})[1 + floor(random() * ${LAST_NAME_PARTS.suffixes.length})::int]
          end as last_name,
          (${firsts})[${zipfIndex(FIRST_NAMES.length)}] as first_name,
          floor(random() * 4)::int as fmt,
          (${domains})[1 + floor(random() * ${MAIL_DOMAINS.reduce((s, [, w]) => s + w, 0)})::int] as domain,
          date '1935-01-01' + floor(random() * 25000)::int as birth_date,
          (array['de la République','Victor Hugo','Jean Jaurès','du Moulin','des Écoles','de la Gare','Pasteur','de l''Église'])[1 + floor(random() * 8)::int] as street,
          (array['75011','69003','13005','31000','44000','33000','59000','67000','06000','34000'])[1 + floor(random() * 10)::int] as postal_code,
          'Commune' as commune
        from generate_series(1, ${n}) g
      ) raw
    ) named`;
}

/**
 * A 1-based array index drawn with a Zipf-like skew (frequency ∝ rank^-0.45): in France the most
 * frequent surname (Martin) is about 10 times as frequent as the 200th.
 */
function zipfIndex(n: number) {
  const s = 0.45;
  const a = (n + 1) ** (1 - s) - 1;
  return sql.raw(`1 + least(${n - 1}, floor(power(1 + ${a} * random(), ${1 / (1 - s)}))::int - 1)`);
}

function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

async function chooseFragments(target: Database): Promise<{ kind: string; text: string }[]> {
  // Eight seeded members at a fixed stride (found by the phone the seed derived from their number), so the rare ones exist.
  const phones = Array.from({ length: 60 }, (_, i) => {
    const k = Math.floor((memberCount * (i + 1)) / 61);
    return `+33${6 + (k % 2)}${String((k * 7919) % 100_000_000).padStart(8, "0")}`;
  });
  const sample = rowsOf<{ last_name: string; first_name: string; email: string; phone: string }>(
    await target.db.execute(
      sql`select last_name, first_name, email, phone from members where phone in (${sql.join(
        phones.map((p) => sql`${p}`),
        sql`, `,
      )}) order by phone`,
    ),
  );
  const common = new Set(COMMON_LAST_NAMES);
  const rare = sample.filter((m) => !common.has(m.last_name)).slice(0, 8);
  const out: { kind: string; text: string }[] = [];
  for (const t of ["mar", "dub", "lef", "ber", "gir", "rou", "lan", "che"]) out.push({ kind: "3-letter name fragment", text: t });
  for (const t of ["martin", "Dubois", "lefèvre", "Fontaine", "Guérin", "Da Silva", "Le Gall", "Hoarau"]) out.push({ kind: "common surname", text: t });
  for (const t of ["jean mar", "marie dup", "Nathalie Ber", "Lucas Rob", "Moreau Cam"]) out.push({ kind: "first and last name", text: t });
  for (const m of rare) out.push({ kind: "rare surname (long tail)", text: m.last_name });
  for (const m of sample.slice(0, 8)) out.push({ kind: "email fragment", text: m.email.split("@")[0]!.slice(-9) });
  for (const t of ["@laposte", "wanadoo.fr", "jean.martin", "dupont"]) out.push({ kind: "email fragment", text: t });
  for (const m of sample.slice(0, 4)) out.push({ kind: "phone (exact)", text: `0${m.phone.slice(3).replace(/(\d)(\d{2})(\d{2})(\d{2})(\d{2})/, "$1 $2 $3 $4 $5")}` });
  for (const t of ["zzqx", "xylophone", "qwerty@"]) out.push({ kind: "no match", text: t });
  for (const t of ["ma", "du", "zq", "é"]) out.push({ kind: "1–2 characters", text: t });
  return out;
}
