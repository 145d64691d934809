import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { ERRORS_DOC_PATH, renderErrorsDoc } from "../../scripts/errors-doc.js";
import { buildBareSchema } from "../../src/schema.js";

const ROOT = resolve(import.meta.dirname, "../..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const specRuleIds = () => [...read("docs/SPEC.md").matchAll(/^- \*\*([A-Z]{3}-\d+)\*\*/gm)].map((m) => m[1]!);

describe("the repository explains itself", () => {
  it("docs/errors.md is what `npm run docs:errors` generates from the catalogues", async () => {
    expect(readFileSync(ERRORS_DOC_PATH, "utf8")).toBe(await renderErrorsDoc());
  });

  it("docs/rules.md has one entry per rule ID of docs/SPEC.md, in the same order, with its article and where it is enforced", () => {
    const rules = read("docs/rules.md");
    const entries = [...rules.matchAll(/^### ([A-Z]{3}-\d+)\n\n\*\*[^\n]+\*\* Contract: [^\n]+\n\n- Interpretation: [^\n]+\n- Enforced in: `[^\n]+\n/gm)].map((m) => m[1]);
    expect(specRuleIds().length).toBeGreaterThan(70);
    expect(entries).toEqual(specRuleIds());
  });

  it("every rule a catalogue names has its entry in docs/rules.md (the links of docs/errors.md lead somewhere)", () => {
    const documented = new Set([...read("docs/rules.md").matchAll(/^### ([A-Z]{3}-\d+)$/gm)].map((m) => m[1]));
    const linked = [...read("docs/errors.md").matchAll(/\]\(rules\.md#([a-z]{3}-\d+)\)/g)].map((m) => m[1]!.toUpperCase());
    expect(linked.filter((rule) => !documented.has(rule))).toEqual([]);
  });

  for (const doc of ["README.md", "CONTRIBUTING.md", "examples/README.md", "docs/rules.md", "docs/errors.md"]) {
    it(`${doc} links only to files inside the repository, and they exist`, () => {
      const text = read(doc);
      const outside: string[] = [];
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const path = target!.split("#")[0]!;
        if (!path || /^[a-z]+:/.test(path)) continue;
        const absolute = resolve(ROOT, doc, "..", path);
        if (relative(ROOT, absolute).startsWith("..") || !existsSync(absolute)) outside.push(target!);
      }
      expect(outside).toEqual([]);
      // Nor a path out of the repository written as text (`../shared/…`); code blocks may show relative imports.
      const prose = text.replace(/```[\s\S]*?```/g, "").replace(/\]\([^)]*\)/g, "]");
      expect(prose.match(/\.\.\/[\w.-]+/g) ?? []).toEqual([]);
      expect(text.match(/(^|[^./])\.\.\/shared\b/gm) ?? []).toEqual([]);
    });
  }

  it("the GraphQL shown in the README is valid against the schema", async () => {
    const schema = await buildBareSchema();
    const blocks = [...read("README.md").matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.flatMap((block) => validate(schema, parse(block)).map((e) => e.message))).toEqual([]);
  });
});
