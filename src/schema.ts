import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { applyPermissions } from "./authz/permissions.js";
import { MembersResolver } from "./modules/members/index.js";
import { NodeResolver } from "./modules/node/node.resolver.js";

export const resolvers = [MembersResolver, NodeResolver] as const;

/** The type-graphql schema, before permissions: what `schema/schema.graphql` records. */
export function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/** The served schema: the same SDL, with graphql-shield applied. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return applyPermissions(await buildBareSchema());
}
