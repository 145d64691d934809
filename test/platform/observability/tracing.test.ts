import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SpanKind } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import { mintToken } from "../../../src/authz/tokens.js";
import { startApi } from "../../../src/runtime.js";
import { silentLog } from "../../support/api.js";
import { createTestDatabase } from "../../support/db.js";
import { aMember } from "../../support/factories.js";
import { capturingLog } from "../../support/logs.js";
import { post, testConfig } from "../../support/http.js";

describe("OPS: OpenTelemetry traces", () => {
  it("OPS: one SERVER span per GraphQL request, named after the operation type, with the SQL statements as its children, continuing the caller's traceparent", async () => {
    const exporter = new InMemorySpanExporter();
    const database = await createTestDatabase();
    const { log, lines } = capturingLog();
    const api = await startApi(testConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://127.0.0.1:9/v1/traces", LOG_LEVEL: "info" }), {
      database,
      log: log,
      spanProcessor: new SimpleSpanProcessor(exporter),
    });
    try {
      const member = await aMember(database);
      const token = await mintToken(testConfig().auth, { role: "MEMBER", subjectId: member.id, memberId: member.id });
      const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
      const res = await post(
        api.url,
        { query: "query MyMember { me { role member { lastName addresses { commune } } } }" },
        { authorization: `Bearer ${token}`, traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      );
      expect(res.status).toBe(200);
      const spans = exporter.getFinishedSpans();
      const servers = spans.filter((s) => s.kind === SpanKind.SERVER);
      expect(servers).toHaveLength(1);
      const [server] = servers;
      expect(server!.name).toBe("query");
      expect(server!.attributes).toMatchObject({
        "graphql.operation.type": "query",
        "graphql.operation.name": "MyMember",
        "http.response.status_code": 200,
        "parnasse.actor.role": "MEMBER",
      });
      expect(server!.spanContext().traceId).toBe(traceId);
      expect(server!.parentSpanContext?.spanId).toBe("00f067aa0ba902b7");
      const statements = spans.filter((s) => s.kind === SpanKind.CLIENT);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.parentSpanContext?.spanId).toBe(server!.spanContext().spanId);
        expect(statement.spanContext().traceId).toBe(traceId);
        expect(statement.attributes["db.system.name"]).toBe("postgresql");
        expect(statement.name).toMatch(/^[A-Z]+$/);
        // Placeholders only: no parameter value (the member's id) is ever recorded.
        expect(String(statement.attributes["db.query.text"])).not.toContain(member.id);
      }
      expect(statements.map((s) => s.name)).toContain("SELECT");
      // The request's log line names its trace.
      expect(lines.find((l) => l.msg === "request" && l.operationName === "MyMember")).toMatchObject({ traceId, role: "MEMBER" });

      exporter.reset();
      const refused = await post(api.url, { query: "query Nope { nothingHere }" }, { authorization: `Bearer ${token}` });
      expect(refused.status).toBe(400);
      const [failed] = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.SERVER);
      // Not valid: Apollo never resolves an operation, and the span keeps the conventions' fallback name.
      expect(failed!.name).toBe("GraphQL Operation");
      expect(failed!.status.code).toBe(2);
      expect(failed!.attributes["parnasse.error_codes"]).toEqual(["GRAPHQL_VALIDATION_FAILED"]);

      exporter.reset();
      const mutation = await post(
        api.url,
        { query: 'mutation Contact { updateMemberContact(input: { phone: "06 12 34 56 78" }) { member { phone } userErrors { code } } }' },
        { authorization: `Bearer ${token}`, "idempotency-key": "ops-trace-1" },
      );
      expect(mutation.json.data.updateMemberContact.userErrors).toEqual([]);
      const written = exporter.getFinishedSpans();
      const [mutationSpan] = written.filter((s) => s.kind === SpanKind.SERVER);
      expect(mutationSpan!.name).toBe("mutation");
      expect(mutationSpan!.attributes["graphql.operation.name"]).toBe("Contact");
      // The transaction's statements are children too (the keyed mutation's, the audit row's…).
      const children = written.filter((s) => s.kind === SpanKind.CLIENT && s.parentSpanContext?.spanId === mutationSpan!.spanContext().spanId);
      expect(children.map((s) => s.name)).toEqual(expect.arrayContaining(["UPDATE", "INSERT"]));
    } finally {
      await api.stop();
    }
  });

  it("OPS: the spans reach an OTLP/HTTP collector, flushed when the API stops", async () => {
    const received: { path: string; type: string; body: string }[] = [];
    const collector = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push({ path: req.url ?? "", type: String(req.headers["content-type"]), body });
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    try {
      const port = (collector.address() as AddressInfo).port;
      const database = await createTestDatabase();
      const api = await startApi(testConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `http://127.0.0.1:${port}/v1/traces`, OTEL_SERVICE_NAME: "parnasse-under-test" }), {
        database,
        log: silentLog,
      });
      expect((await post(api.url, { query: "query Anonymous { me { role } }" })).status).toBe(200);
      await api.stop();
      const exported = received.filter((r) => r.path === "/v1/traces");
      expect(exported.length).toBeGreaterThan(0);
      const text = exported.map((r) => r.body).join("\n");
      expect(text).toContain("parnasse-under-test");
      expect(text).toContain("Anonymous");
    } finally {
      await new Promise((resolve) => collector.close(resolve));
    }
  });
});
