import { buildSchema as graphqlBuildSchema, execute, isObjectType, parse, type GraphQLSchema } from "graphql";
import { allow, deny } from "graphql-shield";
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

describe("generated wrapper types (Payload, UserError, Connection, Edge) are allowed by the composition", () => {
  const probe = graphqlBuildSchema(`
    interface Node { id: ID! }
    type ProbeThing { secret: String }
    type ProbeUserError { message: String }
    type ProbePayload { thing: ProbeThing userErrors: [ProbeUserError!]! }
    type GuardedPayload { secret: String }
    type ProbeEdge { node: ProbeThing }
    type ProbeConnection { edges: [ProbeEdge!]! }
    type NamedLikeAPayload implements Node { id: ID! secret: String }
    type Query { payload: ProbePayload guarded: GuardedPayload thing: ProbeThing connection: ProbeConnection node: NamedLikeAPayload }
    type Mutation { probe: ProbePayload }
  `);
  const fragment = { Query: { payload: allow, guarded: allow, thing: allow, connection: allow, node: allow }, Mutation: { probe: allow }, types: { GuardedPayload: deny } };

  async function run(query: string) {
    const rootValue = {
      payload: { thing: null, userErrors: [{ message: "m" }] },
      guarded: { secret: "s" },
      thing: { secret: "s" },
      connection: { edges: [{ node: null }] },
      node: { id: "1", secret: "s" },
    };
    return execute({ schema: applyPermissions(probe, [fragment]), document: parse(query), rootValue, contextValue: {} });
  }

  it("AUT-1: a wrapper no module names gets allow; a type that carries data does not, nor a Node whatever its name", () => {
    const map = composePermissions([fragment], probe) as Record<string, unknown>;
    expect(map.ProbePayload).toBe(allow);
    expect(map.ProbeUserError).toBe(allow);
    expect(map.ProbeConnection).toBe(allow);
    expect(map.ProbeEdge).toBe(allow);
    expect("ProbeThing" in map).toBe(false);
    expect("NamedLikeAPayload" in map).toBe(false);
    expect(map.GuardedPayload).toBe(deny);
  });

  it("AUT-1: a module's rule on a Payload type wins over the composition's allow", async () => {
    const res = await run("{ guarded { secret } }");
    // A type rule guards each field of the type: the secret is refused.
    expect(res.data).toEqual({ guarded: { secret: null } });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  it("AUT-1: wrappers are served; a type without a rule is still refused inside them and on its own", async () => {
    const allowed = await run("{ payload { userErrors { message } } connection { edges { node { secret } } } }");
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ payload: { userErrors: [{ message: "m" }] }, connection: { edges: [{ node: null }] } });

    for (const query of ["{ thing { secret } }", "{ node { secret } }"]) {
      const res = await run(query);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
  });
});
