import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { mintToken } from "../../src/authz/tokens.js";
import { createTestDatabase } from "../support/db.js";
import { aStaffUser } from "../support/factories.js";
import { serve, testConfig } from "../support/http.js";

describe("graceful shutdown", () => {
  it("stop() lets an in-flight request finish, then refuses new connections and closes the pool", async () => {
    const database = await createTestDatabase();
    const api = await serve(database);
    const desk = await aStaffUser(database, "DESK_AGENT");
    const token = await mintToken(testConfig().auth, { role: "DESK_AGENT", subjectId: desk.id });
    const body = JSON.stringify({ query: "{ me { role } }" });
    const url = new URL(api.url);

    // A request whose body is still arriving when the shutdown starts.
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: `Bearer ${token}` },
        },
        (res) => {
          let text = "";
          res.on("data", (c) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const stopped = api.stop();

    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(JSON.parse(finished.text).data.me.role).toBe("DESK_AGENT");
    await stopped;
    await expect(fetch(api.url, { method: "POST" })).rejects.toThrow();
    await expect(database.ping()).rejects.toThrow();
  });
});
