import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * One place for each kind of rule (issue 11): role predicates in src/authz/rules.ts, "who may do
 * what on this object" in each module's <area>.policies.ts, and src/authz importing no module
 * (the registry hands the module permissions in).
 */
const src = join(process.cwd(), "src");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
const rel = (f: string) => relative(src, f);

describe("authorization layout", () => {
  it("src/authz imports no module", () => {
    const offenders = files(join(src, "authz")).filter((f) => /from\s*"\.\.\/modules\//.test(readFileSync(f, "utf8")));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("role predicates are declared once, in src/authz/rules.ts: no module declares a role-only (contextual) rule of its own", () => {
    // A rule on the contextual cache cannot read its parent, so it can only check the actor's role:
    // a module needing a set of roles uses or(isX, isY) or roleRule() from src/authz/rules.ts.
    const offenders = files(join(src, "modules")).filter((f) => /cache:\s*"contextual"/.test(readFileSync(f, "utf8")));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("a module says who may do what in <area>.policies.ts: no guards or access files", () => {
    const offenders = files(join(src, "modules")).filter((f) => /\.(guards|access)\.ts$/.test(f));
    expect(offenders.map(rel)).toEqual([]);
  });
});
