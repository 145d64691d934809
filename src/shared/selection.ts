import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * True when the field being resolved selects `name` directly (through inline fragments and named
 * fragments too): a resolver uses it to start the read of a child relation together with its own
 * (issue 15: one level fewer, one statement fewer), only when the query asks for it.
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return inSet(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return inSet(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}
