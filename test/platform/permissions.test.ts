import { isObjectType, type GraphQLSchema } from "graphql";
import { Ctx, Query, Resolver, buildSchema } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { composePermissions } from "../../src/authz/compose.js";
import { applyPermissions } from "../../src/authz/permissions.js";
import { buildBareSchema, permissionFragments, resolvers } from "../../src/schema.js";
import { ApolloServer } from "@apollo/server";
import { formatError } from "../../src/app.js";
import type { Context } from "../../src/context.js";

function ownObjectTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith("__"));
}

describe("permission map", () => {
  let schema: GraphQLSchema;
  let rules: Record<string, unknown>;
  beforeAll(async () => {
    schema = await buildBareSchema();
    rules = composePermissions(permissionFragments, schema) as Record<string, unknown>;
  });

  it("AUT-1: every Query and Mutation field has its own rule (no root field relies on the fallback)", () => {
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      if (!root) continue;
      const map = (rules[root.name] ?? {}) as Record<string, unknown>;
      for (const field of Object.keys(root.getFields())) if (!(field in map)) missing.push(`${root.name}.${field}`);
    }
    expect(missing).toEqual([]);
  });

  it("AUT-1: every object type is named in the permission map (denied otherwise)", () => {
    const missing = ownObjectTypes(schema)
      .map((t) => t.name)
      .filter((name) => !(name in rules));
    expect(missing).toEqual([]);
  });

  it("AUT-1: the map names no type or field that the schema does not have", () => {
    const typeMap = schema.getTypeMap();
    const stale: string[] = [];
    for (const [typeName, entry] of Object.entries(rules)) {
      const type = typeMap[typeName];
      if (!type || !isObjectType(type)) {
        stale.push(typeName);
        continue;
      }
      if (entry && typeof entry === "object" && !("resolve" in entry) && entry.constructor === Object) {
        for (const field of Object.keys(entry)) if (field !== "*" && !(field in type.getFields())) stale.push(`${typeName}.${field}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it("AUT-1: a field that no rule allows is refused (fallbackRule is deny)", async () => {
    @Resolver()
    class ProbeResolver {
      @Query(() => String)
      unlistedProbe(@Ctx() _ctx: Context): string {
        return "leaked";
      }
    }
    const probeSchema = applyPermissions(await buildSchema({ resolvers: [...resolvers, ProbeResolver], validate: false }), permissionFragments);
    const server = new ApolloServer<Context>({ schema: probeSchema, formatError });
    await server.start();
    const res = await server.executeOperation(
      { query: "{ unlistedProbe }" },
      { contextValue: { actor: { kind: "staff", role: "DESK_AGENT", subjectId: "x" } } as unknown as Context },
    );
    await server.stop();
    if (res.body.kind !== "single") throw new Error("unexpected");
    expect(res.body.singleResult.data).toBeNull();
    expect(res.body.singleResult.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });
});
