import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildBareSchema } from "../../src/schema.js";

/** Schema coordinates (`Type.field(arg:)`) of every element without a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (!type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

/**
 * The elements still waiting for a description (issue 16 is not finished): one schema coordinate a
 * line. The list may only shrink: a new element without a description fails, and so does a listed
 * element that got one (delete its line).
 */
const STILL_UNDESCRIBED = readFileSync(new URL("./undescribed.txt", import.meta.url), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("#"));

describe("schema descriptions", () => {
  // The schema the code builds, not only the committed file (test/platform/schema-file.test.ts
  // checks that schema/schema.graphql is what the code emits).
  it("OPS: every type, field, argument, input field and enum value of the schema is described (but the listed ones still waiting)", async () => {
    const missing = undescribed(await buildBareSchema());
    const waiting = new Set(STILL_UNDESCRIBED);
    const unlisted = missing.filter((coordinate) => !waiting.has(coordinate));
    expect(unlisted, `${unlisted.length} schema elements have no description:\n${unlisted.join("\n")}`).toEqual([]);
    const described = STILL_UNDESCRIBED.filter((coordinate) => !missing.includes(coordinate));
    expect(described, `described now, or gone: remove from test/schema/undescribed.txt:\n${described.join("\n")}`).toEqual([]);
  });

  it("OPS: the description check finds an element without one", () => {
    const schema = buildSchema(`"""Root."""\ntype Query { """Described."""\nhello(to: String): String\nbare: Int }`);
    expect(undescribed(schema)).toEqual(["Query.bare", "Query.hello(to:)"]);
  });
});
