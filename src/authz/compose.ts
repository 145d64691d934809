import { isObjectType, type GraphQLSchema } from "graphql";
import { allow, type IRule, type IRules } from "graphql-shield";

/** graphql-shield does not export its ShieldRule type: a rule or a logic rule (and, or, not). */
type ShieldRule = IRule | typeof allow | ReturnType<typeof import("graphql-shield").and>;

/** What each module contributes to the one permission map. */
export interface ModulePermissions {
  Query: Record<string, ShieldRule>;
  Mutation: Record<string, ShieldRule>;
  /** Object types: a rule for the whole type, or per field (`"*"` for the rest). */
  types: Record<string, ShieldRule | Record<string, ShieldRule>>;
}

/**
 * The wrappers the schema generates around a module's objects: mutation payloads, their user
 * errors, connections and edges. They hold no data of their own (what they carry, a node or a
 * result, has its own rule) and are reached only through a field that is guarded, so they are
 * allowed here and modules do not list them. A payload must be allowed: with fallbackRule deny,
 * a mutation whose payload is denied still runs its side effect (STACK.md). A Node never
 * matches, whatever its name.
 */
const GENERATED_WRAPPER = /(Payload|UserError|Connection|Edge)$/;

function isGeneratedWrapper(schema: GraphQLSchema, typeName: string): boolean {
  const type = schema.getType(typeName);
  return isObjectType(type) && GENERATED_WRAPPER.test(typeName) && !type.getInterfaces().some((i) => i.name === "Node");
}

/**
 * Merges module fragments into the map for `schema`; a root field or type claimed twice is a
 * programming error. Generated wrappers no module names get `allow`: a module's rule always wins.
 */
export function composePermissions(fragments: ModulePermissions[], schema: GraphQLSchema): IRules {
  const map: Record<string, unknown> = { Query: {}, Mutation: {} };
  for (const fragment of fragments) {
    for (const root of ["Query", "Mutation"] as const) {
      const target = map[root] as Record<string, ShieldRule>;
      for (const [field, rule] of Object.entries(fragment[root])) {
        if (field in target) throw new Error(`permission for ${root}.${field} is defined twice`);
        target[field] = rule;
      }
    }
    for (const [type, rule] of Object.entries(fragment.types)) {
      const claimed = map[type];
      // A module that adds a field to another module's type (invoicing's Member.invoices) guards that field itself.
      if (isFieldMap(claimed) && isFieldMap(rule) && Object.keys(rule).every((field) => !(field in claimed))) map[type] = { ...claimed, ...rule };
      else if (type in map) throw new Error(`permission for type ${type} is defined twice`);
      else map[type] = rule;
    }
  }
  for (const name of Object.keys(schema.getTypeMap())) if (!(name in map) && isGeneratedWrapper(schema, name)) map[name] = allow;
  return map as IRules;
}

/** A per-field rule map, as opposed to one rule (a graphql-shield class instance) for the whole type. */
function isFieldMap(entry: unknown): entry is Record<string, ShieldRule> {
  return typeof entry === "object" && entry !== null && entry.constructor === Object;
}
