#!/usr/bin/env node
// Which domain rules of SPEC.md are proven by passing tests?
//
// A test proves a rule when its full name (describe + it titles) contains the rule ID,
// e.g. it("DEV-1: the 21st device is refused under 30 concurrent requests").
//
// Usage, from the project root:
//   node scripts/rule-coverage.mjs                 # runs `npx vitest run --reporter=json`
//   node scripts/rule-coverage.mjs --results r.json # reads an existing vitest JSON report
//   node scripts/rule-coverage.mjs --only DEV,INT   # only these rule families
//   node scripts/rule-coverage.mjs --strict         # exit 1 if a listed rule has no passing test
// Extra arguments after `--` go to vitest (e.g. `-- --project pg`).
import { readFileSync, mkdtempSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dashdash = args.indexOf("--");
const ours = dashdash === -1 ? args : args.slice(0, dashdash);
const vitestExtra = dashdash === -1 ? [] : args.slice(dashdash + 1);
const opt = (name) => {
  const i = ours.indexOf(name);
  return i === -1 ? undefined : ours[i + 1];
};
const specPath = opt("--spec") ?? join(here, "..", "docs", "SPEC.md");
const only = opt("--only")
  ?.split(",")
  .map((s) => s.trim().toUpperCase());
const strict = ours.includes("--strict");

const spec = readFileSync(specPath, "utf8");
const rules = [...new Set([...spec.matchAll(/\*\*([A-Z]{3}-\d+)\*\*/g)].map((m) => m[1]))].filter((id) => !only || only.includes(id.split("-")[0]));

let resultsPath = opt("--results");
if (!resultsPath) {
  resultsPath = join(mkdtempSync(join(tmpdir(), "rule-coverage-")), "vitest.json");
  const run = spawnSync("npx", ["vitest", "run", "--reporter=json", `--outputFile=${resultsPath}`, ...vitestExtra], { stdio: ["ignore", "ignore", "inherit"] });
  if (run.error) {
    console.error(`could not run vitest: ${run.error.message}`);
    process.exit(2);
  }
}
let report;
try {
  report = JSON.parse(readFileSync(resultsPath, "utf8"));
} catch (e) {
  console.error(`no readable vitest JSON report at ${resultsPath}: ${e.message}`);
  process.exit(2);
}

const tests = (report.testResults ?? []).flatMap((file) =>
  (file.assertionResults ?? []).map((t) => ({
    name: t.fullName ?? [...(t.ancestorTitles ?? []), t.title].join(" "),
    status: t.status,
  })),
);

const rows = rules.map((id) => {
  const re = new RegExp(`\\b${id}(?![0-9])`);
  const mine = tests.filter((t) => re.test(t.name));
  const count = (s) => mine.filter((t) => t.status === s).length;
  return { id, passed: count("passed"), failed: count("failed"), other: mine.length - count("passed") - count("failed") };
});

const width = Math.max(...rows.map((r) => r.id.length), 4);
console.log(`${"rule".padEnd(width)}  passed  failed  skipped/todo`);
for (const r of rows) {
  const mark = r.failed > 0 ? "  FAILING" : r.passed === 0 ? "  NOT PROVEN" : "";
  console.log(`${r.id.padEnd(width)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.other).padStart(12)}${mark}`);
}
const proven = rows.filter((r) => r.passed > 0 && r.failed === 0).length;
console.log(`${proven}/${rows.length} rules proven by passing tests (${tests.length} tests read)`);
process.exit(strict && proven < rows.length ? 1 : 0);
