import { type DocumentNode, GraphQLObjectType, GraphQLSchema, GraphQLString, type OperationDefinitionNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/authz/actor.js";
import type { RunningApi } from "../../src/runtime.js";
import { compiledExecution } from "../../src/shared/compiled-execution.js";
import type { Database } from "../../src/shared/db.js";
import { createTestDatabase } from "../support/db.js";
import { aCast, aLine, anAddress, actors } from "../support/factories.js";
import { serve } from "../support/http.js";
import { ask } from "./limits/support.js";

const DASHBOARD = `query Dashboard {
  me { role member {
    id firstName lastName email status
    addresses { id kind commune lines { id offer eligible } }
    devices { id name kind state }
    mailboxes { id address }
    quotas { extraSites { used limit } linesPerAddress { used limit } }
    interventions(first: 10) { edges { node { id kind bookedAt } } }
    conciergeRequests(first: 10) { edges { node { id status category { code } } } }
  } }
}`;

const DESK_LIST = `query DeskList($n: Int!) {
  members(first: $n) { edges { cursor node { id firstName lastName addresses { id commune lines { id offer } } devices { id name } } } pageInfo { hasNextPage endCursor } }
}`;

/** An interface read through `node`, fragments, aliases and __typename. */
const NODE = `query Node($id: ID!) {
  node(id: $id) { __typename id ...M }
  again: node(id: $id) { ... on Member { firstName } }
}
fragment M on Member { lastName addresses { __typename kind } }`;

/** Directives with variables, and introspection (the playground's docs and codegen read it). */
const DIRECTIVES_AND_INTROSPECTION = `query Shape($withDevices: Boolean!, $skipEmail: Boolean!) {
  me { role member { firstName email @skip(if: $skipEmail) devices @include(if: $withDevices) { name } } }
  __type(name: "Member") { name fields { name type { kind name ofType { name } } } }
  __schema { queryType { name } mutationType { name } }
}`;

/** A member asks for a billing field too: that nullable root field is refused, the rest is answered. */
const PARTLY_REFUSED = `query Partly($id: ID!) { me { role } memberInvoiceDelivery(memberId: $id) { channel } }`;

/** The request id differs from one answer to the next; everything else must be the same. */
function withoutRequestIds(json: any) {
  return JSON.parse(JSON.stringify(json), (key, value) => (key === "requestId" ? undefined : value));
}

describe("PERF: queries run compiled (graphql-jit) and answer exactly what graphql-js answers", () => {
  let database: Database;
  let compiled: RunningApi;
  let walked: RunningApi;
  let cast: Awaited<ReturnType<typeof aCast>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    cast = await aCast(database);
    const address = await anAddress(database, cast.member.id);
    await aLine(database, address);
    const quiet = { WEBHOOK_WORKER: "false", DUE_EVENTS_SWEEP_MS: "3600000", GRAPHQL_INTROSPECTION: "true" };
    compiled = await serve(database, { ...quiet, GRAPHQL_EXECUTION: "compiled" });
    walked = await serve(database, { ...quiet, GRAPHQL_EXECUTION: "graphql-js" });
  });
  afterAll(async () => {
    await Promise.allSettled([compiled?.stop(), walked?.stop()]);
  });

  /** A document is compiled on its second run: the compiled server is asked twice. */
  async function both(actor: Actor, query: string, variables: Record<string, unknown> = {}) {
    const b = await ask(walked.url, actor, query, variables);
    for (let run = 0; run < 2; run++) {
      const a = await ask(compiled.url, actor, query, variables);
      expect(a.status).toBe(b.status);
      expect(withoutRequestIds(a.json)).toEqual(withoutRequestIds(b.json));
    }
    return b;
  }

  it("PERF: the dashboard, the desk list and a node read through fragments give the same bytes", async () => {
    const dashboard = await both(actors.member(cast.member), DASHBOARD);
    expect(dashboard.json.errors).toBeUndefined();
    expect(dashboard.json.data.me.member.addresses[0].lines).toHaveLength(1);
    const list = await both(cast.as.DESK_AGENT, DESK_LIST, { n: 50 });
    expect(list.json.data.members.edges.length).toBeGreaterThan(0);
    const node = await both(cast.as.DESK_AGENT, NODE, { id: dashboard.json.data.me.member.id });
    expect(node.json.data.node.__typename).toBe("Member");
    expect(node.json.data.again.firstName).toBe(dashboard.json.data.me.member.firstName);
    const shaped = await both(actors.member(cast.member), DIRECTIVES_AND_INTROSPECTION, { withDevices: false, skipEmail: true });
    expect(shaped.json.errors).toBeUndefined();
    expect(Object.keys(shaped.json.data.me.member)).toEqual(["firstName"]);
    expect(shaped.json.data.__type.fields.length).toBeGreaterThan(10);
    const unshaped = await both(actors.member(cast.member), DIRECTIVES_AND_INTROSPECTION, { withDevices: true, skipEmail: false });
    expect(Object.keys(unshaped.json.data.me.member)).toEqual(["firstName", "email", "devices"]);
  });

  it("PERF: refusals, bad variables and unknown ids are answered the same way (codes, paths, partial data, HTTP status)", async () => {
    const memberId = (await ask(walked.url, actors.member(cast.member), "{ me { member { id } } }")).json.data.me.member.id;
    const partly = await both(actors.member(cast.member), PARTLY_REFUSED, { id: memberId });
    expect(partly.json.data).toEqual({ me: { role: "MEMBER" }, memberInvoiceDelivery: null });
    expect(partly.json.errors.map((e: any) => [e.extensions.code, e.path])).toEqual([["FORBIDDEN", ["memberInvoiceDelivery"]]]);
    const badVariable = await both(cast.as.DESK_AGENT, DESK_LIST, { n: "fifty" });
    expect(badVariable.status).toBe(400);
    expect(badVariable.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    await both(cast.as.DESK_AGENT, NODE, { id: "not-a-global-id" });
    const memberAsksTheDeskList = await both(actors.member(cast.member), DESK_LIST, { n: 5 });
    expect(memberAsksTheDeskList.json.data).toBeNull();
    expect(memberAsksTheDeskList.json.errors[0].extensions.code).toBe("FORBIDDEN");
  });
});

describe("PERF: a document is compiled on its second run, once", () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { hello: { type: GraphQLString, args: { to: { type: GraphQLString } }, resolve: (_, { to }) => `hello ${to}` } } }),
  });

  it("PERF: the first run walks, the second compiles, later runs reuse it; variables that do not coerce are still answered as graphql-js words them", async () => {
    const compiledNames: (string | undefined)[] = [];
    const gateway = compiledExecution(schema, { onCompile: (name) => compiledNames.push(name) });
    const { executor } = await gateway.load({ apollo: {} as never });
    if (!executor) throw new Error("the gateway has no executor");
    const documents = new Map<string, DocumentNode>();
    const run = (source: string, variables: Record<string, unknown>) => {
      const document = documents.get(source) ?? parse(source);
      documents.set(source, document);
      const operation = document.definitions[0] as OperationDefinitionNode;
      return executor({ document, operation, operationName: operation.name?.value ?? null, request: { variables }, context: {} } as never);
    };
    const greet = "query Greet($to: String) { hello(to: $to) }";
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await run(greet, { to: `n${i}` }));
    expect(answers.map((answer) => answer.data)).toEqual([0, 1, 2, 3].map((i) => ({ hello: `hello n${i}` })));
    expect(compiledNames).toEqual(["Greet"]);
    const refused = await run("query Refused($to: String) { hello(to: $to) }", { to: 42 });
    await run("query Refused($to: String) { hello(to: $to) }", { to: 42 });
    expect(refused.errors?.[0].message).toMatch(/String cannot represent a non string value/);
    expect(compiledNames).toEqual(["Greet", "Refused"]);
  });
});
