/**
 * `npm run bench:billing` — the monthly invoice run for 10,000 members on PostgreSQL (issue 5), or
 * 100,000 (`-- --members 100000`, issue 15: at most 10× the 10,000 time, memory flat).
 * Not a test: it seeds, runs one month, prints wall time, peak RSS and statements sent. The run's
 * own peak (runPeakRssMb, runPeakHeapUsedMb) is sampled every 20 ms while it runs; peakRssMb is the
 * whole process's, seeding included.
 *   DATABASE_URL=postgres://… npm run bench:billing          (uses that database: it must be migrated or migratable)
 *   npm run bench:billing                                     (throw-away database on 127.0.0.1:5432, dropped at the end)
 *   npm run bench:billing -- --members 10000 --batch 1000
 */
import "reflect-metadata";
import { randomBytes, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { pino } from "pino";
import postgres from "postgres";
import { addresses, conciergePrivileges, equipmentPurchases, mailboxPacks, members, optionSubscriptions, payerItemKinds, payers, staffUsers } from "../db/schema/index.js";
import { DEMO_TARIFFS } from "../src/config.js";
import { buildContext } from "../src/modules/registry.js";
import { billingRunService } from "../src/modules/invoicing/index.js";
import { ManualClock } from "../src/shared/clock.js";
import { openDatabase } from "../src/shared/db.js";

const { values } = parseArgs({ options: { members: { type: "string", default: "10000" }, batch: { type: "string", default: "1000" } } });
const memberCount = Number(values.members);
const batchSize = Number(values.batch);

const adminUrl = "postgres://postgres@127.0.0.1:5432/postgres";
let url = process.env.DATABASE_URL;
let dropAfter: (() => Promise<void>) | null = null;
if (!url) {
  const name = `parnasse_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  url = adminUrl.replace(/\/postgres$/, `/${name}`);
  dropAfter = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
const database = await openDatabase({ kind: "postgres", url, poolMax: 5, statementTimeoutMs: 300_000, idleInTransactionTimeoutMs: 300_000 });
const db = database.db;

// --- seed: a realistic mix, October 2026 billed on 2 November 2026 ---
const rand = (n: number) => Math.floor(Math.random() * n);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 9));
const seedStart = performance.now();
const chunk = 1000;
for (let offset = 0; offset < memberCount; offset += chunk) {
  const n = Math.min(chunk, memberCount - offset);
  const rows = await db
    .insert(members)
    .values(
      Array.from({ length: n }, (_, i) => ({
        status: "ACTIVE" as const,
        lastName: `Bench${offset + i}`,
        firstName: "Membre",
        birthDate: "1970-01-01",
        email: `bench-${offset + i}-${randomUUID().slice(0, 8)}@example.fr`,
        phone: "+33611223344",
        addressLine1: "12 rue de Rivoli",
        postalCode: "75004",
        commune: "Paris",
        hasInternetAccess: Math.random() > 0.03,
      })),
    )
    .returning({ id: members.id });
  const ids = rows.map((r) => r.id);
  // option: most subscribed in earlier months, some in October (prorated), a few ended in October
  await db.insert(optionSubscriptions).values(
    ids.map((memberId) => {
      const recent = Math.random() < 0.1;
      const acceptedAt = recent ? day(2026, 10, 1 + rand(28)) : day(2025, 1 + rand(12), 1 + rand(28));
      const ended = !recent && Math.random() < 0.03;
      return { memberId, acceptedAt, createdAt: acceptedAt, ...(ended ? { endsAt: day(2026, 10, 1 + rand(28)), endReason: "MEMBER_REQUEST" as const } : {}) };
    }),
  );
  const some = (p: number) => ids.filter(() => Math.random() < p);
  const sites = some(0.15);
  if (sites.length)
    await db.insert(addresses).values(
      sites.map((memberId) => ({
        memberId,
        kind: "EXTRA_SITE" as const,
        line1: "5 avenue Foch",
        postalCode: "75116",
        commune: "Paris",
        createdAt: day(2026, 1 + rand(10), 1 + rand(28)),
      })),
    );
  const packs = some(0.2);
  if (packs.length)
    await db.insert(mailboxPacks).values(
      packs.map((memberId) => ({
        memberId,
        pack: (["PLUS_1", "PACK_5", "PACK_10"] as const)[rand(3)]!,
        extraMailboxes: 1,
        subscribedAt: day(2026, 1 + rand(10), 1 + rand(28)),
        subscribedBy: memberId,
      })),
    );
  const privileges = some(0.1);
  if (privileges.length)
    await db
      .insert(conciergePrivileges)
      .values(privileges.map((memberId) => ({ memberId, startedAt: day(2026, 1 + rand(10), 1 + rand(28)), createdByRole: "MEMBER", createdById: memberId })));
  const buyers = some(0.05);
  if (buyers.length)
    await db.insert(equipmentPurchases).values(
      buyers.map((memberId) => ({
        memberId,
        label: "Répéteur Wi-Fi",
        quantity: 1 + rand(3),
        unitTtcCents: 4990,
        orderedAt: day(2026, 10, 1 + rand(28)),
        recordedByRole: "BILLING",
      })),
    );
  const withPayer = some(0.1);
  if (withPayer.length) {
    const payerRows = await db
      .insert(payers)
      .values(
        withPayer.map((memberId, i) => ({
          memberId,
          kind: "LEGAL_ENTITY" as const,
          displayName: `Société ${offset + i}`,
          email: `compta${offset + i}@example.fr`,
          billingAddress: "1 place Vendôme, 75001 Paris",
        })),
      )
      .returning({ id: payers.id });
    const partial = payerRows.filter((_, i) => i % 2 === 0);
    if (partial.length) await db.insert(payerItemKinds).values(partial.map((p) => ({ payerId: p.id, itemKind: "PRIVILEGE" as const })));
  }
}
const [staff] = await db
  .insert(staffUsers)
  .values({ role: "BILLING", displayName: "Bench billing", email: `billing-${randomUUID()}@orange.example` })
  .returning();
const seedSeconds = (performance.now() - seedStart) / 1000;

// --- the run ---
const ctx = buildContext({
  requestId: randomUUID(),
  actor: { kind: "staff", role: "BILLING", subjectId: staff!.id },
  locale: "fr",
  clock: new ManualClock("2026-11-02T08:00:00Z"),
  tariffs: DEMO_TARIFFS,
  db,
  log: pino({ level: "silent" }),
});
const rssBefore = process.resourceUsage().maxRSS;
// maxRSS is the whole process's peak, seeding included: the run's own peak is sampled while it runs.
const during = { rss: 0, heap: 0 };
const sample = () => {
  const m = process.memoryUsage();
  during.rss = Math.max(during.rss, m.rss);
  during.heap = Math.max(during.heap, m.heapUsed);
};
sample();
const sampler = setInterval(sample, 20);
const statementsBefore = database.statements.count;
const started = performance.now();
const result = await billingRunService.run(ctx, "2026-10", { batchSize });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
sample();
const statements = database.statements.count - statementsBefore;
if (!result.ok) throw new Error(`run refused: ${JSON.stringify(result.errors)}`);
const again = performance.now();
const rerun = await billingRunService.run(ctx, "2026-10", { batchSize });
const rerunSeconds = (performance.now() - again) / 1000;

const s = result.value;
console.log(
  JSON.stringify(
    {
      database: "postgresql",
      members: memberCount,
      batchSize,
      seedSeconds: Number(seedSeconds.toFixed(1)),
      runSeconds: Number(seconds.toFixed(2)),
      invoicesCreated: s.invoicesCreated,
      membersBilled: s.membersBilled,
      skipped: s.skipped.length,
      totalTtcCents: s.totalTtcCents,
      batches: s.batches,
      statements,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      peakRssBeforeRunMb: Math.round(rssBefore / 1024),
      runPeakRssMb: Math.round(during.rss / 1024 / 1024),
      runPeakHeapUsedMb: Math.round(during.heap / 1024 / 1024),
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
      rerunSeconds: Number(rerunSeconds.toFixed(2)),
      rerunInvoicesCreated: rerun.ok ? rerun.value.invoicesCreated : null,
    },
    null,
    2,
  ),
);
await database.close();
await dropAfter?.();
