import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { applyPermissions } from "./authz/permissions.js";
import { modules, resolvers } from "./modules/registry.js";

export { resolvers };

/** Each module's part of the permission map, handed to authz (which imports no module). */
export const permissionFragments = modules.map((m) => m.permissions);

/** The type-graphql schema, before permissions: what `schema/schema.graphql` records. */
export function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/** The served schema: the same SDL, with graphql-shield applied. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return applyPermissions(await buildBareSchema(), permissionFragments);
}
