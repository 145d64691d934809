import type { IRule, IRules, allow } from "graphql-shield";

/** graphql-shield does not export its ShieldRule type: a rule or a logic rule (and, or, not). */
type ShieldRule = IRule | typeof allow | ReturnType<typeof import("graphql-shield").and>;

/** What each module contributes to the one permission map. */
export interface ModulePermissions {
  Query: Record<string, ShieldRule>;
  Mutation: Record<string, ShieldRule>;
  /** Object types: a rule for the whole type, or per field (`"*"` for the rest). */
  types: Record<string, ShieldRule | Record<string, ShieldRule>>;
}

/** Merges module fragments; a root field or type claimed twice is a programming error. */
export function composePermissions(fragments: ModulePermissions[]): IRules {
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
  return map as IRules;
}

/** A per-field rule map, as opposed to one rule (a graphql-shield class instance) for the whole type. */
function isFieldMap(entry: unknown): entry is Record<string, ShieldRule> {
  return typeof entry === "object" && entry !== null && entry.constructor === Object;
}
