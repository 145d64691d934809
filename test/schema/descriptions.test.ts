import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
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

describe("schema descriptions", () => {
  // The schema the code builds, not only the committed file (test/platform/schema-file.test.ts
  // checks that schema/schema.graphql is what the code emits).
  it("OPS: every type, field, argument, input field and enum value of the schema is described", async () => {
    const missing = undescribed(await buildBareSchema());
    expect(missing, `${missing.length} schema elements have no description:\n${missing.join("\n")}`).toEqual([]);
  });

  it("OPS: the description check finds an element without one", () => {
    const schema = buildSchema(`"""Root."""\ntype Query { """Described."""\nhello(to: String): String\nbare: Int }`);
    expect(undescribed(schema)).toEqual(["Query.bare", "Query.hello(to:)"]);
  });
});
