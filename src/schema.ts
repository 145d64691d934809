import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { applyPermissions } from "./authz/permissions.js";
import { modules, resolvers } from "./modules/registry.js";

export { resolvers };

/** Each module's part of the permission map, handed to authz (which imports no module). */
export const permissionFragments = modules.map((m) => m.permissions);

/** The type-graphql schema, before permissions: what `schema/schema.graphql` records. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false });
  // type-graphql has no option for the root types' descriptions; they are plain GraphQLObjectType fields.
  const query = schema.getQueryType();
  if (query) query.description = ROOT_DESCRIPTIONS.Query;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.Mutation;
  return schema;
}

const ROOT_DESCRIPTIONS = {
  Query:
    "Reads. Every field is checked against the caller's token (deny by default, AUT-2): an object the caller may not see reads as null or is left out of a list, never as someone else's data.",
  Mutation:
    "Writes. Expected refusals come back in each payload's `userErrors` (nothing is changed then); authentication and permission failures are GraphQL errors (UNAUTHENTICATED, FORBIDDEN). Mutations that book or bill require an Idempotency-Key header.",
} as const;

/** The served schema: the same SDL, with graphql-shield applied. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return applyPermissions(await buildBareSchema(), permissionFragments);
}
