// Records a release of the GraphQL API (issue 16, docs/schema-governance.md):
//   npm run release -- --version 0.2.0 [--date YYYY-MM-DD] [--root DIR]
// Refuses (exit 1, nothing written) when the version is not greater than the last one, when the
// « Unreleased » section of CHANGELOG.md is empty, or when the schema diff has a breaking change
// that is not announced (scripts/schema-diff.ts). Otherwise it writes, all together:
// - schema/released.graphql: a copy of schema/schema.graphql, the next diff's baseline;
// - CHANGELOG.md: « Unreleased » becomes « X.Y.Z — date » (its breaking-change records stay, so the
//   history of deprecations is kept), and an empty « Unreleased » opens above it;
// - package.json: "version";
// - schema/releases.json: the list of releases (version, date, sha256 of the snapshot).
// It neither commits nor tags: it prints the git commands to run.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluate, report } from "./schema-diff.js";

export interface ReleaseRecord {
  version: string;
  date: string;
  schemaSha256: string;
}

function parseVersion(version: string): [number, number, number] | null {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function greater(a: [number, number, number], b: [number, number, number]): boolean {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/** Moves the « Unreleased » section under the version's heading; null when it holds nothing. */
export function closeUnreleased(changelog: string, version: string, date: string): string | null {
  const heading = /^## \[Unreleased\][^\n]*\n/m.exec(changelog);
  if (!heading) return null;
  const bodyStart = heading.index + heading[0].length;
  const next = changelog.slice(bodyStart).search(/^## /m);
  const body = next === -1 ? changelog.slice(bodyStart) : changelog.slice(bodyStart, bodyStart + next);
  if (!/^- /m.test(body)) return null;
  return `${changelog.slice(0, heading.index)}## [Unreleased]\n\n## [${version}] — ${date}\n${changelog.slice(bodyStart)}`;
}

export async function release(root: string, version: string, date: string): Promise<{ ok: boolean; message: string }> {
  const wanted = parseVersion(version);
  if (!wanted) return { ok: false, message: `--version must be X.Y.Z, not « ${version} ».` };
  const packagePath = resolve(root, "package.json");
  const pkg = JSON.parse(readFileSync(packagePath, "utf8")) as { version: string };
  const historyPath = resolve(root, "schema/releases.json");
  const history: ReleaseRecord[] = existsSync(historyPath) ? JSON.parse(readFileSync(historyPath, "utf8")) : [];
  const last = history.at(-1)?.version ?? pkg.version;
  const lastParsed = parseVersion(last);
  if (lastParsed && !greater(wanted, lastParsed)) return { ok: false, message: `Version ${version} is not greater than the last release, ${last}.` };

  const schema = readFileSync(resolve(root, "schema/schema.graphql"), "utf8");
  const changelogPath = resolve(root, "CHANGELOG.md");
  const changelog = readFileSync(changelogPath, "utf8");
  const verdicts = await evaluate(readFileSync(resolve(root, "schema/released.graphql"), "utf8"), schema, changelog, date);
  const diff = report(verdicts);
  if (!diff.ok) return { ok: false, message: `Refused: the schema has unannounced breaking changes.\n${diff.text}` };
  const closed = closeUnreleased(changelog, version, date);
  if (!closed) return { ok: false, message: "Refused: CHANGELOG.md's « Unreleased » section lists no change." };

  writeFileSync(resolve(root, "schema/released.graphql"), schema);
  writeFileSync(changelogPath, closed);
  writeFileSync(packagePath, `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
  const record: ReleaseRecord = { version, date, schemaSha256: createHash("sha256").update(schema).digest("hex") };
  writeFileSync(historyPath, `${JSON.stringify([...history, record], null, 2)}\n`);
  return {
    ok: true,
    message: [
      `Released ${version} (${date}): schema/released.graphql, CHANGELOG.md, package.json, schema/releases.json written.`,
      "Then run:",
      "  npm install --package-lock-only",
      "  git add schema/released.graphql schema/releases.json CHANGELOG.md package.json package-lock.json",
      `  git commit -m "Release ${version}" && git tag v${version}`,
    ].join("\n"),
  };
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith("release.ts")) {
  const version = argValue("--version");
  if (!version) {
    console.error("Usage: npm run release -- --version X.Y.Z [--date YYYY-MM-DD]");
    process.exit(1);
  }
  const result = await release(argValue("--root") ?? process.cwd(), version, argValue("--date") ?? new Date().toISOString().slice(0, 10));
  (result.ok ? console.log : console.error)(result.message);
  if (!result.ok) process.exit(1);
}
