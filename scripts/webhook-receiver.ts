/**
 * A webhook receiver for trying the API locally (README « Receive the partner's webhooks »):
 * `npm run webhook:receiver -- --secret whsec_… [--port 8787]`. Verifies every POST with the
 * reference Standard Webhooks library (`standardwebhooks`), prints one line per delivery, and
 * answers 204 when the signature holds, 401 when it does not (the API then retries).
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { Webhook } from "standardwebhooks";

const { values } = parseArgs({ options: { secret: { type: "string" }, port: { type: "string", default: "8787" } } });
if (!values.secret?.startsWith("whsec_")) {
  console.error("usage: npm run webhook:receiver -- --secret whsec_… [--port 8787] (the secret registerWebhookEndpoint answered)");
  process.exit(2);
}
const webhook = new Webhook(values.secret);
const port = Number(values.port);

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const headers = {
      "webhook-id": String(req.headers["webhook-id"] ?? ""),
      "webhook-timestamp": String(req.headers["webhook-timestamp"] ?? ""),
      "webhook-signature": String(req.headers["webhook-signature"] ?? ""),
    };
    try {
      const event = webhook.verify(body, headers) as { id: string; type: string; objectId: string; sequence: number | null };
      console.log(`verified  webhook-id=${headers["webhook-id"]} type=${event.type} object=${event.objectId} sequence=${event.sequence}`);
      res.writeHead(204).end();
    } catch (error) {
      console.log(`REJECTED  webhook-id=${headers["webhook-id"]}: ${(error as Error).message}`);
      res.writeHead(401).end();
    }
  });
}).listen(port, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${port}/hooks; stop with Ctrl-C`));
