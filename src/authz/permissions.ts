import type { GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { deny, shield } from "graphql-shield";
import { modules } from "../modules/registry.js";
import { forbidden } from "../shared/errors.js";
import { composePermissions } from "./compose.js";

/**
 * The one permission map (AUT-1), composed from each module's `<area>.permissions.ts`. Anything
 * not listed is denied by `fallbackRule`. Root fields are listed one by one; object types are
 * allowed as a whole only when every path to them is already guarded, or guarded by an
 * object-level rule that reads the parent.
 */
export const permissions = composePermissions(modules.map((m) => m.permissions));

/** graphql-shield and graphql-middleware are frozen upstream: this is the only module that applies them. */
export function applyPermissions(schema: GraphQLSchema): GraphQLSchema {
  return applyMiddleware(
    schema,
    shield(permissions, {
      fallbackRule: deny,
      fallbackError: () => forbidden(),
      allowExternalErrors: true,
      debug: false,
    }),
  );
}
