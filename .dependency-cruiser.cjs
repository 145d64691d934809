/**
 * Which way dependencies point (issue 11), checked by `npm run check:deps`.
 *
 *   src/modules/registry.ts   composes the modules (schema, permissions, loaders, node types)
 *        ↓
 *   src/modules/<area>/       each module; another module only through its index.ts
 *        ↓
 *   src/shared, src/authz, src/context.ts   the leaves: they import no module
 *
 * Type-only imports count (tsPreCompilationDeps): a cycle made of types is still a cycle for
 * whoever reads the code. The rules are in `module.exports` at the end; the tables each module
 * owns, and the known exceptions, come first.
 */

/**
 * Which db/schema files hold each module's own tables. A repository reads its own module's tables;
 * for another module's data it calls that module's read functions (memberReads, premisesReads,
 * coachingReads, optionsRepository.inForce…), exported from its index.ts.
 * The check is per schema file: billing.ts holds the tables of invoicing, collections, tariffs and
 * equipment (and membership's payer_item_kinds), services.ts those of coaching and service-hours,
 * so reads between those modules are not seen here.
 */
const OWN_SCHEMA = {
  airbox: ["airbox"],
  "audit-trail": ["audit"],
  events: [],
  sandbox: [],
  coaching: ["services"],
  collections: ["billing"],
  concierge: ["concierge"],
  delivery: [],
  devices: ["devices"],
  equipment: ["billing"],
  interventions: ["interventions"],
  invoicing: ["billing"],
  mailboxes: ["mailboxes"],
  members: ["members", "people"],
  membership: ["membership", "billing"],
  node: [],
  "office-assistance": ["office-assistance"],
  options: ["options"],
  "personal-data": [],
  premises: ["premises"],
  pro: ["pro"],
  quotes: ["quotes"],
  "rate-limit": [],
  salon: ["salon"],
  "service-hours": ["services"],
  tariffs: ["billing"],
  webhooks: ["platform"],
  zone: ["zone"],
};

/**
 * The known exceptions: files that read (or write) another module's tables, and why. Each one is
 * a candidate for a read function of the owner, except where one statement matters.
 */
const READS_OTHER_MODULES = [
  {
    file: "src/modules/invoicing/invoicing.repository.ts",
    schema: ["members", "people", "premises", "options", "mailboxes", "concierge"],
    why: "BIL-1: the monthly run selects every billable item of every member in a few set-based statements (statement-count tests); one call per module and member would multiply them.",
  },
  {
    file: "src/modules/quotes/quotes.repository.ts",
    schema: ["members", "interventions", "airbox", "pro"],
    why: "AUT-3: the members a technician serves (membersServedBy) is one relation over interventions, Airbox and Univers Pro assignments, inlined in each list statement.",
  },
  {
    file: "src/modules/interventions/interventions.repository.ts",
    schema: ["billing"],
    why: "INT-3: whether an intervention was billed is a correlated subquery on invoice_lines in the same statement; invoicing depends on interventions, so interventions cannot call it back.",
  },
  {
    file: "src/modules/devices/devices.repository.ts",
    schema: ["members", "services"],
    why: "SVC-2: the coach's members page is keyset-paginated on the member's name, joined in one statement.",
  },
  {
    file: "src/modules/options/options.repository.ts",
    schema: ["premises"],
    why: "OPT-1/OPT-3: eligible lines are counted inside the transaction that removed one; premises calls options (reconcileOption), so options cannot call premises back.",
  },
  {
    file: "src/modules/membership/membership.repository.ts",
    schema: ["members", "people"],
    why: "MEM-*: membership moves the member through its lifecycle (the status on the members row) and designates delegates and payers; the members module reads them.",
  },
  {
    file: "src/modules/delivery/delivery.repository.ts",
    schema: ["members"],
    why: "BIL-5: the member's internet-access flag, which decides the channel, is a column of members.",
  },
  {
    file: "src/modules/delivery/delivery.types.ts",
    schema: ["billing"],
    why: "BIL-5: the list of channels is declared next to the invoices table, whose delivery_channel column it constrains.",
  },
  {
    file: "src/modules/personal-data/personal-data.repository.ts",
    schema: [
      "airbox",
      "audit",
      "billing",
      "concierge",
      "devices",
      "interventions",
      "mailboxes",
      "members",
      "membership",
      "office-assistance",
      "options",
      "people",
      "premises",
      "privacy",
      "pro",
      "quotes",
      "salon",
      "services",
    ],
    why: "GDP-2/GDP-3: the export and the erasure cover every table that holds data about a member, driven by personal-data.catalogue.ts (whose completeness a test proves against the database schema); the export is one statement in one snapshot, the erasure one statement per table in the erasure's transaction. It names tables in SQL, from the catalogue, rather than importing them.",
  },
  {
    file: "src/modules/collections/collections.repository.ts",
    schema: ["members"],
    why: "MEM-3: a termination for non-payment marks debt recovery on the members row.",
  },
];

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const schemaFiles = (names) => names.map((name) => `^db/schema/${escapeRegExp(name)}\\.ts$`);

/** One rule per module: its files import only its own schema files, plus the exceptions above. Type-only imports (row types, enum lists) are not reads. */
const ownTablesRules = Object.entries(OWN_SCHEMA).flatMap(([module, own]) => {
  const exceptions = READS_OTHER_MODULES.filter((e) => e.file.startsWith(`src/modules/${module}/`));
  const rule = (name, from, allowed) => ({
    name,
    severity: "error",
    comment: `${module} imports only its own tables (db/schema/${own.join(", ") || "none"}); for another module's data it calls that module's read functions. Known exceptions: READS_OTHER_MODULES.`,
    from,
    to: { path: "^db/schema/", pathNot: schemaFiles(allowed), dependencyTypesNot: ["type-only"] },
  });
  return [
    rule("own-tables-only", { path: `^src/modules/${escapeRegExp(module)}/`, pathNot: exceptions.map((e) => `^${escapeRegExp(e.file)}$`) }, own),
    ...exceptions.map((e) => rule("own-tables-only (allow-listed)", { path: `^${escapeRegExp(e.file)}$` }, [...own, ...e.schema])),
  ];
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycle, type-only imports included. Break one by moving the shared piece to the module that owns it, or by passing a function in.",
      from: {},
      to: { circular: true },
    },
    {
      name: "leaves-import-no-module",
      severity: "error",
      comment:
        "src/shared, src/authz and src/context.ts are used by every module, so they import none (not even a type). " +
        "A module adds its loaders to the context by declaration merging (see its <area>.loaders.ts).",
      from: { path: ["^src/shared/", "^src/authz/", "^src/context\\.ts$"] },
      to: { path: "^src/modules/" },
    },
    {
      name: "module-through-its-index",
      severity: "error",
      comment: "A module reaches another module only through that module's index.ts: what index.ts exports is the module's public surface.",
      from: { path: "^src/modules/([^/]+)/" },
      to: { path: "^src/modules/[^/]+/", pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "outside-through-index",
      severity: "error",
      comment: "Code outside src/modules (the registry, http.ts, scripts) reaches a module only through its index.ts too.",
      from: { path: ["^src/(?!modules/[^/]+/)", "^scripts/"] },
      to: { path: "^src/modules/[^/]+/", pathNot: "^src/modules/[^/]+/index\\.ts$" },
    },
    {
      name: "only-the-registry-composes",
      severity: "error",
      comment:
        "A module's descriptor (its export named <area>Module) is composed in src/modules/registry.ts only. " +
        "Other modules import a module's read functions and types, never src/modules/registry.ts.",
      from: { path: "^src/modules/[^/]+/" },
      to: { path: "^src/modules/registry\\.ts$" },
    },
    {
      name: "resolvers-never-import-db",
      severity: "error",
      comment: "A resolver parses arguments and calls a service: tables and queries are the repository's business.",
      from: { path: "\\.resolver\\.ts$" },
      to: { path: "^db/" },
    },
    {
      name: "src-never-imports-tests",
      severity: "error",
      comment: "Production code never depends on test code (test/, *.test.ts).",
      from: { path: ["^src/", "^db/"] },
      to: { path: ["^test/", "\\.test\\.ts$"] },
    },
    ...ownTablesRules,
    {
      name: "no-orphans",
      severity: "error",
      comment: "A file that imports nothing and that nothing imports is dead code.",
      from: { orphan: true, pathNot: "\\.d\\.ts$" },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Types count: `import type` is a dependency like any other for these rules.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".json"],
    },
    skipAnalysisNotInRules: true,
  },
};
