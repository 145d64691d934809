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
 * whoever reads the code.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
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
    {
      name: "no-orphans",
      severity: "error",
      comment: "A file nothing imports is dead code; entry points are listed here.",
      from: {
        orphan: true,
        pathNot: ["^src/server\\.ts$", "^db/migrations/", "\\.d\\.ts$"],
      },
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
