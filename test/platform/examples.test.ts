import { describe, expect, it } from "vitest";
import { loadExamples, validateExamples } from "../../scripts/examples.js";
import { buildBareSchema } from "../../src/schema.js";

// `npm run examples` (CI) also runs them on a fresh demo database; this checks the files alone.
describe("examples/<consumer>/*.graphql", () => {
  const examples = loadExamples();

  it("every file follows the conventions of examples/README.md, and each consumer's main flows are there", () => {
    // loadExamples (above) throws on a file that breaks them (name, one role, variables as JSON).
    const count = (consumer: string) => examples.filter((e) => e.consumer === consumer).length;
    expect(count("app")).toBeGreaterThanOrEqual(10);
    expect(count("concierge")).toBeGreaterThanOrEqual(5);
    expect(count("desk")).toBeGreaterThanOrEqual(12);
  });

  it("every document is valid against the schema", async () => {
    expect(validateExamples(await buildBareSchema(), examples)).toEqual([]);
  });

  it("each consumer's files use that consumer's roles", () => {
    const roles: Record<string, string[]> = {
      app: ["MEMBER", "DELEGATE", "PAYER", "ANONYMOUS"],
      concierge: ["CONCIERGE_PARTNER"],
      desk: ["DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "PRIVACY_OFFICER"],
    };
    expect(examples.filter((e) => !roles[e.consumer]!.includes(e.role)).map((e) => `${e.path}: ${e.role}`)).toEqual([]);
  });

  it("a placeholder names a value saved by an earlier example or a demo id", () => {
    const saved = new Set<string>();
    const problems: string[] = [];
    for (const example of examples) {
      for (const [, key] of (example.variablesText ?? "").matchAll(/\{\{([^}]+)\}\}/g)) {
        if (!key!.includes(":") && !saved.has(key!)) problems.push(`${example.path}: {{${key}}} is not saved before`);
      }
      for (const save of example.saves) saved.add(save.name);
    }
    expect(problems).toEqual([]);
  });
});
