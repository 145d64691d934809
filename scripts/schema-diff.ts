// Schema diff (issue 16): compares schema/released.graphql with the schema built from the code
// (schema/schema.graphql) using @graphql-inspector/core's diff(). Prints every change and exits 1
// on a breaking change unless CHANGELOG.md's « Unreleased » section lists it under
// « Breaking changes » with a deprecation date at least 3 months before the release date, and
// the element already carried @deprecated in the released schema.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";

export interface BreakingEntry {
  coordinate: string; // inspector path form: Type.field, Type.field.arg, Enum.VALUE
  deprecatedOn: string; // YYYY-MM-DD
}

export interface Verdict {
  change: Change;
  level: "breaking" | "dangerous" | "safe";
  allowed: boolean;
  reason: string;
}

// `Type.field(arg:)` → `Type.field.arg`
export function normalizeCoordinate(coordinate: string): string {
  const match = /^([^.()]+)\.([^.()]+)\(([^:()]+):\)$/.exec(coordinate.trim());
  return match ? `${match[1]}.${match[2]}.${match[3]}` : coordinate.trim();
}

/** Reads the « Breaking changes » list of the « Unreleased » section. */
export function parseUnreleasedBreaking(changelog: string): BreakingEntry[] {
  const unreleased = /^## \[Unreleased\][^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog);
  if (!unreleased) return [];
  const breaking = /^### Breaking changes[^\n]*\n([\s\S]*?)(?=^### |(?![\s\S]))/m.exec(unreleased[1] ?? "");
  if (!breaking) return [];
  const entries: BreakingEntry[] = [];
  for (const line of (breaking[1] ?? "").split("\n")) {
    const match = /^- `([^`]+)`.*deprecated on (\d{4}-\d{2}-\d{2})/.exec(line);
    if (match?.[1] && match[2]) {
      entries.push({ coordinate: normalizeCoordinate(match[1]), deprecatedOn: match[2] });
    }
  }
  return entries;
}

export function threeMonthsBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 3);
  return d.toISOString().slice(0, 10);
}

function argOrInputFieldHasDefault(schema: GraphQLSchema, path: string): boolean {
  const [typeName, second, third] = path.split(".");
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !second) return false;
  if (isInputObjectType(type) && !third) {
    return type.getFields()[second]?.defaultValue !== undefined;
  }
  if ((isObjectType(type) || isInterfaceType(type)) && third) {
    return type.getFields()[second]?.args.find((a) => a.name === third)?.defaultValue !== undefined;
  }
  return false;
}

function deprecatedInReleased(schema: GraphQLSchema, path: string): boolean {
  const [typeName, second, third] = path.split(".");
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !second) return false;
  if (isEnumType(type)) return Boolean(type.getValue(second)?.deprecationReason);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[second];
    if (!field) return false;
    if (third && "args" in field) return Boolean(field.args.find((a) => a.name === third)?.deprecationReason);
    return Boolean(field.deprecationReason);
  }
  return false;
}

export async function evaluate(releasedSdl: string, currentSdl: string, changelog: string, releaseDate: string): Promise<Verdict[]> {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const entries = parseUnreleasedBreaking(changelog);
  const limit = threeMonthsBefore(releaseDate);
  const changes = await diff(released, current);
  return changes.map((change): Verdict => {
    const path = change.path ?? "";
    if (change.criticality.level === CriticalityLevel.Dangerous) {
      return { change, level: "dangerous", allowed: true, reason: "" };
    }
    if (change.criticality.level !== CriticalityLevel.Breaking) {
      return { change, level: "safe", allowed: true, reason: "" };
    }
    // Known false positive: a new non-null argument or input field with a default is safe.
    if ((change.type === "FIELD_ARGUMENT_ADDED" || change.type === "INPUT_FIELD_ADDED") && argOrInputFieldHasDefault(current, path)) {
      return { change, level: "safe", allowed: true, reason: "new non-null element has a default value" };
    }
    const entry = entries.find((e) => e.coordinate === path);
    if (!entry) {
      return { change, level: "breaking", allowed: false, reason: `not listed in CHANGELOG.md « Breaking changes »` };
    }
    if (entry.deprecatedOn > limit) {
      return {
        change,
        level: "breaking",
        allowed: false,
        reason: `deprecated on ${entry.deprecatedOn}, less than 3 months before ${releaseDate} (needs ${limit} or earlier)`,
      };
    }
    if (change.type.endsWith("_REMOVED") && !deprecatedInReleased(released, path)) {
      return { change, level: "breaking", allowed: false, reason: "removed element was not @deprecated in released.graphql" };
    }
    return { change, level: "breaking", allowed: true, reason: `announced, deprecated on ${entry.deprecatedOn}` };
  });
}

export function report(verdicts: Verdict[]): { text: string; ok: boolean } {
  const lines = verdicts.map((v) => {
    const tag = v.level === "breaking" ? (v.allowed ? "BREAKING (allowed)" : "BREAKING") : v.level.toUpperCase();
    return `${tag}: ${v.change.message}${v.change.path ? ` [${v.change.path}]` : ""}${v.reason ? ` — ${v.reason}` : ""}`;
  });
  if (lines.length === 0) lines.push("No schema change since the last release.");
  const ok = verdicts.every((v) => v.allowed);
  return { text: lines.join("\n"), ok };
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith("schema-diff.ts")) {
  const root = argValue("--root") ?? process.cwd();
  const date = argValue("--date") ?? new Date().toISOString().slice(0, 10);
  const verdicts = await evaluate(
    readFileSync(resolve(root, "schema/released.graphql"), "utf8"),
    readFileSync(resolve(root, "schema/schema.graphql"), "utf8"),
    readFileSync(resolve(root, "CHANGELOG.md"), "utf8"),
    date,
  );
  const { text, ok } = report(verdicts);
  console.log(text);
  if (!ok) {
    console.error("Schema diff: unannounced breaking change(s); see docs/schema-governance.md.");
    process.exit(1);
  }
}
