import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** HOUSE-STYLE: other modules import a module only through its index.ts; resolvers never import db/. */
const MODULES = join(process.cwd(), "src", "modules");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);

describe("module boundaries", () => {
  it("a module reaches another module only through its index.ts", () => {
    const moduleNames = new Set(readdirSync(MODULES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name));
    const offenders: string[] = [];
    for (const file of sourceFiles(MODULES)) {
      const own = file.slice(MODULES.length + 1).split("/")[0];
      for (const spec of imports(file)) {
        const m = /^\.\.\/([\w-]+)\/([\w.-]+)\.js$/.exec(spec);
        if (m && m[1] !== own && moduleNames.has(m[1]!) && m[2] !== "index") offenders.push(`${file.slice(MODULES.length + 1)} -> ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("resolvers never import db/ (they call services)", () => {
    const offenders = sourceFiles(MODULES)
      .filter((f) => f.endsWith(".resolver.ts"))
      .flatMap((f) => imports(f).filter((spec) => spec.includes("/db/")).map((spec) => `${f.slice(MODULES.length + 1)} -> ${spec}`));
    expect(offenders).toEqual([]);
  });
});
