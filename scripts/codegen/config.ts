// The graphql-codegen configuration of the typed clients (docs/typed-clients.md): one client-preset
// output per consumer, clients/<consumer>/, from schema/schema.graphql and that consumer's examples
// (examples/<consumer>/*.graphql). `npm run codegen` writes them, `npm run codegen:check` fails
// when the committed ones differ (scripts/codegen/index.ts).
import type { CodegenConfig } from "@graphql-codegen/cli";

/** The consumers, as in scripts/examples.ts (CONSUMERS): one client each. */
export const CLIENT_CONSUMERS = ["app", "concierge", "desk"] as const;
export type ClientConsumer = (typeof CLIENT_CONSUMERS)[number];

/**
 * The custom scalars of schema/schema.graphql and what the API serialises them to
 * (src/shared/scalars.ts, graphql-scalars): strings on the wire both ways, and a plain JSON object.
 * `strictScalars` makes codegen fail on a scalar missing here, rather than typing it `any`.
 */
export const SCALARS = {
  /** GraphQLDateTimeISO: an instant, ISO 8601, always UTC `Z` on output ("2026-11-26T09:00:00.000Z"). */
  DateTimeISO: { input: "string", output: "string" },
  /** GraphQLLocalDate: a calendar date, "YYYY-MM-DD". */
  LocalDate: { input: "string", output: "string" },
  /** GraphQLJSONObject: a JSON object (audit changes, event payloads). */
  JSONObject: { input: "Record<string, unknown>", output: "Record<string, unknown>" },
  /** Global ids (src/shared/relay.ts): opaque strings; the API always returns a string. */
  ID: { input: "string", output: "string" },
} as const;

export interface ClientsCodegenOptions {
  /** The repository root: paths in the config are relative to it. */
  root: string;
  /** The folder of the examples, `examples` by default (a test passes a temp copy). */
  examplesDir?: string;
  /** The schema file, `schema/schema.graphql` by default. */
  schemaFile?: string;
}

export function clientsCodegenConfig({ root, examplesDir = "examples", schemaFile = "schema/schema.graphql" }: ClientsCodegenOptions): CodegenConfig {
  const generates: CodegenConfig["generates"] = {};
  for (const consumer of CLIENT_CONSUMERS) {
    generates[`clients/${consumer}/`] = {
      preset: "client",
      documents: [`${examplesDir}/${consumer}/*.graphql`],
      presetConfig: {
        // The examples hold operations, no fragments: nothing to mask, and the result types stay plain.
        fragmentMasking: false,
      },
      config: {
        scalars: SCALARS,
        strictScalars: true,
        // Enums as unions of string literals: no runtime enum objects, `"MEMBER"` is assignable.
        enumType: "string-literal",
        // Results: every selected field is present (null when null), never `?:` optional.
        // Variables: a nullable input may be left out, as GraphQL allows.
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        nonOptionalTypename: false,
        skipTypename: true,
        // tsconfig has verbatimModuleSyntax and NodeNext: `import type`, and `.js` on relative imports.
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        importExtension: ".js",
        immutableTypes: false,
      },
    };
  }
  return {
    cwd: root,
    schema: schemaFile,
    generates,
    // An example that does not match the schema fails the generation (documents are validated).
    noSilentErrors: true,
    ignoreNoDocuments: false,
    silent: true,
    errorsOnly: true,
  } as CodegenConfig & { cwd: string };
}
