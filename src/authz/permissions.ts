import { isObjectType, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { allow, deny, shield, type IRules } from "graphql-shield";
import { forbidden } from "../shared/errors.js";
import { composePermissions, type ModulePermissions } from "./compose.js";

/**
 * Applies the one permission map (AUT-1), composed from each module's `<area>.permissions.ts`
 * (the registry hands them in: authz imports no module). Anything not listed is denied by
 * `fallbackRule`. Root fields are listed one by one; object types are allowed as a whole only
 * when every path to them is already guarded, or guarded by an object-level rule that reads the
 * parent. graphql-shield and graphql-middleware are frozen upstream: this is the only module that
 * applies them.
 */
export function applyPermissions(schema: GraphQLSchema, fragments: ModulePermissions[]): GraphQLSchema {
  const permissions = composePermissions(fragments, schema);
  const shielded = applyMiddleware(
    schema,
    shield(permissions, {
      fallbackRule: deny,
      fallbackError: () => forbidden(),
      allowExternalErrors: true,
      debug: false,
    }),
  );
  unwrapAllowedFields(schema, shielded, permissions);
  return shielded;
}

/**
 * shield wraps every field in an async middleware, even those whose rule is `allow`: on a list of
 * 50 members that is most of its cost. A field whose rule is exactly `allow` checks nothing, so
 * it gets its original resolver back. Every other field (deny, parent-dependent, logic rules)
 * stays wrapped.
 */
function unwrapAllowedFields(bare: GraphQLSchema, shielded: GraphQLSchema, permissions: IRules): void {
  const map = permissions as Record<string, unknown>;
  for (const type of Object.values(shielded.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const entry = map[type.name];
    const bareType = bare.getType(type.name);
    if (!isObjectType(bareType)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const fieldRule =
        entry && typeof entry === "object" && entry.constructor === Object ? ((entry as Record<string, unknown>)[name] ?? (entry as Record<string, unknown>)["*"]) : entry;
      if (fieldRule === allow) field.resolve = bareType.getFields()[name]?.resolve;
    }
  }
}
