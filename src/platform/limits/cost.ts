import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type GraphQLOutputType,
} from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity";

/**
 * Issue 14, docs/limits.md: the cost of a query, from the schema and the variables, before it runs
 * (graphql-query-complexity walks the document; the estimator below gives each field its price):
 * - a scalar or enum field: 0;
 * - an object (or a list of objects that is not a connection): 1 plus its selection;
 * - a connection: 2 plus `first` × the cost of one node (edges and pageInfo are part of the 2);
 * - a mutation field: 10 plus its selection.
 * `weights` (`"Query.members": 5`) replace a field's own price (the 1, 2 or 10), never the
 * `first` ×. The actual cost is the same sum over what the answer holds: a connection counts the
 * nodes it returned, a null object nothing.
 */
export type CostWeights = Readonly<Record<string, number>>;

export const OBJECT_COST = 1;
export const CONNECTION_COST = 2;
export const MUTATION_COST = 10;

export interface CostModel {
  /** Points the operation may cost at most; 1 when the variables do not coerce (the request is refused before anything runs). */
  requested(document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | undefined): number;
  /** Points the answer's data cost: at most `requested`. */
  actual(document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | undefined, data: unknown): number;
}

/** A Relay connection type: `edges` and `pageInfo`. */
function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return "edges" in fields && "pageInfo" in fields;
}

/** An edge (`cursor`, `node`) or the PageInfo of a connection: free, the connection's own price covers them. */
function isConnectionPart(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  if (type.name === "PageInfo") return true;
  return type.name.endsWith("Edge") && "node" in type.getFields();
}

/** Throws, at start-up, on a weight that names no field of the schema. */
export function checkWeights(schema: GraphQLSchema, weights: CostWeights): void {
  for (const key of Object.keys(weights)) {
    const [typeName, fieldName] = key.split(".");
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!type || !(isObjectType(type) || isInterfaceType(type)) || !fieldName || !(fieldName in type.getFields())) {
      throw new Error(`GRAPHQL_COST_WEIGHTS: "${key}" names no field of the schema (Type.field, an object type's field)`);
    }
  }
}

function pageSize(first: unknown): number {
  return typeof first === "number" && Number.isFinite(first) ? Math.max(0, Math.floor(first)) : 0;
}

export function createCostModel(schema: GraphQLSchema, weights: CostWeights = {}): CostModel {
  checkWeights(schema, weights);
  const mutationType = schema.getMutationType();
  const priceOf = (parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): number | null => {
    const weight = weights[`${parent.name}.${field.name}`];
    if (weight !== undefined) return weight;
    const named = getNamedType(field.type);
    if (parent === mutationType) return MUTATION_COST;
    if (!isCompositeType(named)) return 0;
    if (isConnection(named)) return CONNECTION_COST;
    if (isConnectionPart(named)) return 0;
    return OBJECT_COST;
  };

  const estimator = ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    const price = priceOf(type, field) ?? 0;
    if (isConnection(getNamedType(field.type))) return price + pageSize(args.first) * childComplexity;
    return price + childComplexity;
  };

  const coerce = (document: DocumentNode, operationName: string | null | undefined, raw: Record<string, unknown> | undefined) => {
    const operation = operationOf(document, operationName);
    if (!operation) return null;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw ?? {});
    return coerced.errors ? null : { operation, variables: coerced.coerced };
  };

  // Apollo hands over the same parsed document for the same query text: without variables, its cost is computed once.
  const fixedCosts = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    requested(document, operationName, rawVariables) {
      const coerced = coerce(document, operationName, rawVariables);
      if (!coerced) return 1;
      const fixed = (coerced.operation.variableDefinitions ?? []).length === 0;
      const known = fixed ? fixedCosts.get(document)?.get(operationName ?? "") : undefined;
      if (known !== undefined) return known;
      const cost = getComplexity({ schema, query: document, variables: coerced.variables, operationName: operationName ?? undefined, estimators: [estimator] });
      if (fixed) {
        const byName = fixedCosts.get(document) ?? new Map<string, number>();
        byName.set(operationName ?? "", cost);
        fixedCosts.set(document, byName);
      }
      return cost;
    },

    actual(document, operationName, rawVariables, data) {
      const coerced = coerce(document, operationName, rawVariables);
      if (!coerced || data === null || typeof data !== "object") return 0;
      const root = coerced.operation.operation === "mutation" ? mutationType : coerced.operation.operation === "query" ? schema.getQueryType() : null;
      if (!root) return 0;
      const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      const walk = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, value: Record<string, unknown>): number => {
        let total = 0;
        for (const [key, { node, field, owner }] of collectFields(schema, parent, selectionSet, fragments, coerced.variables, value)) {
          const answer = value[key];
          if (answer === undefined || answer === null) continue;
          const price = priceOf(owner, field) ?? 0;
          const named = getNamedType(field.type);
          if (!isCompositeType(named) || !node.selectionSet) {
            total += price;
            continue;
          }
          total += price + childrenCost(named, field.type, node.selectionSet, answer, isConnection(named));
        }
        return total;
      };
      /** Connections and their edges count every element; another list counts as one object, its dearest element. */
      const childrenCost = (named: GraphQLCompositeType, type: GraphQLOutputType, selectionSet: SelectionSetNode, answer: unknown, sum: boolean): number => {
        const unwrapped = isNonNullType(type) ? type.ofType : type;
        if (isListType(unwrapped) && Array.isArray(answer)) {
          const costs = answer.map((item) => (item && typeof item === "object" ? childrenCost(named, unwrapped.ofType, selectionSet, item, false) : 0));
          return sum || isConnectionPart(named) ? costs.reduce((a, b) => a + b, 0) : Math.max(0, ...costs);
        }
        if (!answer || typeof answer !== "object") return 0;
        const parent = runtimeType(schema, named, answer as Record<string, unknown>);
        return walk(parent, selectionSet, answer as Record<string, unknown>);
      };
      return walk(root, coerced.operation.selectionSet, data as Record<string, unknown>);
    },
  };
}

function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

/** The concrete type of an answer object when its `__typename` was selected; else the declared type. */
function runtimeType(schema: GraphQLSchema, declared: GraphQLCompositeType, answer: Record<string, unknown>): GraphQLCompositeType {
  const name = answer.__typename;
  if (typeof name === "string") {
    const type = schema.getType(name);
    if (type && isObjectType(type)) return type;
  }
  return declared;
}

interface CollectedField {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  owner: GraphQLCompositeType;
}

/**
 * The fields a selection asks of `parent`, by response key, fragments included. For an abstract
 * parent whose concrete type is unknown, every fragment applies; only keys present in the answer count.
 */
function collectFields(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  answer: Record<string, unknown>,
  into = new Map<string, CollectedField>(),
  seen = new Set<string>(),
): Map<string, CollectedField> {
  for (const selection of selectionSet.selections) {
    if (!included(selection, variables)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (into.has(key) || !(key in answer) || selection.name.value.startsWith("__")) continue;
      const field = "getFields" in parent ? parent.getFields()[selection.name.value] : undefined;
      if (field) into.set(key, { node: selection, field, owner: parent });
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
    if (selection.kind === Kind.FRAGMENT_SPREAD) seen.add(selection.name.value);
    const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
    if (!condition || !isCompositeType(condition)) continue;
    // A fragment on another concrete type than a known concrete parent does not apply.
    if (isObjectType(parent) && isObjectType(condition) && condition !== parent) continue;
    const owner = isObjectType(condition) ? condition : parent;
    collectFields(schema, owner, fragment.selectionSet, fragments, variables, answer, into, seen);
  }
  return into;
}

function included(node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1], variables: Record<string, unknown>): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
  return include?.if !== false;
}
