// clients/<consumer>/examples.typecheck.ts, written by `npm run codegen` (scripts/codegen/index.ts):
// each example's variables (its `# variables:` line or sibling .json, examples/README.md), as a
// TypeScript object that must satisfy `VariablesOf<typeof <Operation>Document>`. `tsc --noEmit` then
// fails on a variable of the wrong type, a missing required one or an unknown one: the examples
// and the schema agree in types, not only in syntax (which graphql-codegen's validation proves).
// A `"{{name}}"` placeholder (a value saved by an earlier example, `# save: name = path.in.data`)
// gets the type of that path in the earlier document's ResultOf; a demo id `"{{Member:memberAlice}}"`
// is a global id, a string, and stays as written.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse } from "graphql";
import { CLIENT_CONSUMERS, type ClientConsumer } from "./config.js";

export interface CodegenExample {
  consumer: ClientConsumer;
  /** examples/desk/080-assign-coach.graphql */
  path: string;
  /** "080" */
  number: string;
  operationName: string;
  /** Parsed, placeholders unresolved; null when the file gives none. */
  variables: unknown;
  saves: { name: string; path: string }[];
}

/** The examples of examplesDir, in run order (folder after folder, then file names), as scripts/examples.ts reads them. */
export function loadCodegenExamples(examplesDir: string, shownAs = "examples"): CodegenExample[] {
  const examples: CodegenExample[] = [];
  for (const consumer of CLIENT_CONSUMERS) {
    const dir = join(examplesDir, consumer);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".graphql"))
      .sort()) {
      const path = `${shownAs}/${consumer}/${file}`;
      const text = readFileSync(join(dir, file), "utf8");
      const header = text.split("\n").filter((line) => line.startsWith("#"));
      const field = (key: string) => header.filter((line) => line.startsWith(`# ${key}:`)).map((line) => line.slice(`# ${key}:`.length).trim());
      const sibling = join(dir, file.replace(/\.graphql$/, ".json"));
      const variablesText = field("variables")[0] ?? (existsSync(sibling) ? readFileSync(sibling, "utf8") : null);
      let variables: unknown = null;
      try {
        variables = variablesText === null ? null : JSON.parse(variablesText);
      } catch (error) {
        throw new Error(`${path}: the variables are not JSON: ${(error as Error).message}`);
      }
      const operations = parse(text).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const [operation, ...others] = operations;
      if (!operation || others.length > 0 || !operation.name) throw new Error(`${path}: an example holds exactly one named operation`);
      const saves = field("save").map((line) => {
        const match = /^(\w+)\s*=\s*([\w.]+)$/.exec(line);
        if (!match) throw new Error(`${path}: "# save: name = path.in.data", got "${line}"`);
        return { name: match[1]!, path: match[2]! };
      });
      examples.push({ consumer, path, number: file.slice(0, 3), operationName: operation.name.value, variables, saves });
    }
  }
  return examples;
}

/** The export graphql-codegen gives an operation's document: `AssignCoach` → `AssignCoachDocument` (PascalCase names in the examples). */
export function documentName(operationName: string): string {
  return `${operationName.charAt(0).toUpperCase()}${operationName.slice(1)}Document`;
}

const PLACEHOLDER = /^\{\{(\w+)\}\}$/;

function savedNamesIn(value: unknown): string[] {
  if (typeof value === "string") {
    const match = PLACEHOLDER.exec(value);
    return match ? [match[1]!] : [];
  }
  if (Array.isArray(value)) return value.flatMap(savedNamesIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(savedNamesIn);
  return [];
}

/** The variables as a TypeScript expression: JSON, with each `"{{name}}"` replaced by `saved.name`. */
function expression(value: unknown, indent: string): string {
  if (typeof value === "string") {
    const match = PLACEHOLDER.exec(value);
    return match ? `saved.${match[1]}` : JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => `${indent}  ${expression(v, `${indent}  `)}`).join(",\n")},\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return `{\n${entries.map(([k, v]) => `${indent}  ${key(k)}: ${expression(v, `${indent}  `)}`).join(",\n")},\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The type of `path.in.data` in a document's result: `NonNullable<NonNullable<ResultOf<typeof D>>["a"]>[number]`… */
function pathType(documentRef: string, path: string): string {
  let type = `ResultOf<typeof ${documentRef}>`;
  for (const segment of path.split(".")) type = `NonNullable<${type}>[${/^\d+$/.test(segment) ? "number" : JSON.stringify(segment)}]`;
  return `NonNullable<${type}>`;
}

/** The content of clients/<consumer>/examples.typecheck.ts. */
export function typecheckFile(consumer: ClientConsumer, examples: CodegenExample[]): string {
  const own = examples.filter((e) => e.consumer === consumer);
  const imports = new Map<ClientConsumer, Map<string, string>>(); // consumer → document export → local name
  const use = (from: ClientConsumer, operationName: string): string => {
    const exported = documentName(operationName);
    const local = from === consumer ? exported : `${from}_${exported}`;
    if (!imports.has(from)) imports.set(from, new Map());
    imports.get(from)!.set(exported, local);
    return local;
  };

  const savedTypes = new Map<string, string>();
  for (const example of own) {
    for (const name of savedNamesIn(example.variables)) {
      if (savedTypes.has(name)) continue;
      const before = examples.slice(0, examples.indexOf(example));
      const saver = before.reverse().find((e) => e.saves.some((s) => s.name === name));
      if (!saver) throw new Error(`${example.path}: {{${name}}} was not saved by an earlier example`);
      const save = saver.saves.find((s) => s.name === name)!;
      savedTypes.set(name, `  /** ${saver.path}: ${save.path} */\n  ${name}: ${pathType(use(saver.consumer, saver.operationName), save.path)};`);
    }
  }

  const checks = own.map((example) => {
    const document = use(consumer, example.operationName);
    const variables = example.variables === null ? "{}" : expression(example.variables, "");
    const name = `variables${example.number}${example.operationName}`;
    return `/** ${example.path}${example.variables === null ? " (no variables)" : ""} */\nexport const ${name} = ${variables} satisfies VariablesOf<typeof ${document}>;\n`;
  });

  const importLines = [...imports.entries()]
    .sort(([a], [b]) => (a === consumer ? -1 : b === consumer ? 1 : a.localeCompare(b)))
    .map(([from, names]) => {
      const specifiers = [...names.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([exported, local]) => (exported === local ? exported : `${exported} as ${local}`));
      return `import type { ${specifiers.join(", ")} } from "${from === consumer ? "." : `../${from}`}/graphql.js";`;
    });

  return [
    `/* Generated by \`npm run codegen\` (scripts/codegen/typecheck.ts) from examples/${consumer}/: do not edit. */`,
    `// The variables of every example of examples/${consumer}/, checked by \`tsc --noEmit\` against the`,
    "// generated document types: a variable of the wrong type, a missing required one or an unknown one fails.",
    "// Placeholders: a demo id stays a string; a saved value has the type of the field it was saved from.",
    `import type { ${savedTypes.size > 0 ? "ResultOf, " : ""}VariablesOf } from "@graphql-typed-document-node/core";`,
    ...importLines,
    "",
    ...(savedTypes.size > 0 ? [`declare const saved: {\n${[...savedTypes.values()].join("\n")}\n};\n`] : []),
    ...checks,
  ].join("\n");
}
