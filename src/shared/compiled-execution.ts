import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, type DocumentNode, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * Issue 15: queries run as compiled JavaScript (graphql-jit), mutations through graphql-js.
 *
 * graphql-jit turns a document into one function per operation: no per-field walk of the AST, no
 * generic promise handling for each of the thousands of fields of a list of 50 members. Apollo
 * has one documented hook that replaces execution and still sends the result through its error
 * pipeline (didEncounterErrors, formatError, the 400 for bad variables): the gateway executor.
 * This "gateway" serves our own schema, unchanged; validation, plugins and the permission map
 * (graphql-shield's resolvers are the schema's resolvers) run exactly as before.
 *
 * Variables that do not coerce are answered by graphql-js too (see the executor).
 * Mutations stay on graphql-js: their root fields run in series, with the kernel around each.
 * Compiled operations are kept per parsed document (Apollo keeps one DocumentNode per query text
 * in its document store), so a query is compiled once per process, not per request.
 *
 * Compiling costs more than one walk, so a document is compiled on its second run, not its first
 * (mercurius's `jit: 1` does the same): a caller sending a new query text on each request (the desk
 * and the partner may send free-form queries) never pays a compilation for nothing; the app's
 * trusted documents, run again and again, are compiled almost at once.
 */
const RUNS_BEFORE_COMPILING = 1;

export function compiledExecution(schema: GraphQLSchema, hooks: { onCompile?: (operationName: string | undefined) => void } = {}): GatewayInterface {
  /** Per document and operation name: the compiled query, or how many times it ran uncompiled. */
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | number>>();

  function compiledFor(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let perOperation = compiled.get(document);
    if (!perOperation) {
      perOperation = new Map();
      compiled.set(document, perOperation);
    }
    const key = operationName ?? "";
    const hit = perOperation.get(key) ?? 0;
    if (typeof hit !== "number") return hit;
    if (hit === Number.POSITIVE_INFINITY) return null;
    if (hit < RUNS_BEFORE_COMPILING) {
      perOperation.set(key, hit + 1);
      return null;
    }
    const result = compileQuery(schema, document, operationName, { disableLeafSerialization: false, customJSONSerializer: false });
    // An operation graphql-jit cannot compile (it never should after validation) runs on graphql-js,
    // and is not tried again.
    if (!isCompiledQuery(result)) {
      perOperation.set(key, Number.POSITIVE_INFINITY);
      return null;
    }
    perOperation.set(key, result);
    hooks.onCompile?.(operationName);
    return result;
  }

  const executor: GatewayExecutor = async (request) => {
    const { document, operationName, operation, context } = request;
    const variables = request.request.variables;
    const query = operation.operation === "query" ? compiledFor(document, operationName ?? undefined) : null;
    if (query) {
      const result = await query.query(undefined, context, variables);
      // No data at all means the variables were refused before any resolver ran. graphql-js words
      // these errors the way Apollo recognises as BAD_USER_INPUT (a 400), so it answers them.
      if (result.data !== undefined) return result;
    }
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async stop() {},
  };
}
