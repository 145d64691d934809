import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";

/** The first bytes of an answer kept with the attempt. */
export const EXCERPT_BYTES = 1_024;

export type PostOutcome =
  | { kind: "response"; statusCode: number; headers: IncomingHttpHeaders; excerpt: string }
  | { kind: "timeout"; error: string }
  | { kind: "network"; error: string };

export interface PostTarget {
  url: URL;
  /** The address checked by the SSRF rules: the connection goes there, the name is not resolved again. */
  address: string;
  family: 4 | 6;
}

/**
 * One POST, with node:http(s) rather than fetch so that the connection is pinned to the checked
 * address (a custom `lookup`) while TLS still verifies the certificate against the host name.
 * Redirects are never followed (node:http does not follow them). The whole exchange, answer
 * included, must fit in `timeoutMs`; only the first EXCERPT_BYTES of the answer are read.
 */
export function postWebhook(target: PostTarget, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(outcome);
    };
    const lookup: LookupFunction = (_hostname, options, callback) => {
      if ((options as { all?: boolean }).all)
        (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: target.address, family: target.family }]);
      else callback(null, target.address, target.family);
    };
    const https = target.url.protocol === "https:";
    const hostname = target.url.hostname.replace(/^\[(.*)\]$/, "$1");
    const req = (https ? httpsRequest : httpRequest)(
      target.url,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "user-agent": "Parnasse-Webhooks/1" },
        lookup,
        agent: false,
        ...(https && !isIP(hostname) ? { servername: hostname } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () =>
          finish({
            kind: "response",
            statusCode: res.statusCode ?? 0,
            headers: res.headers,
            // PostgreSQL text holds no NUL; a cut UTF-8 sequence becomes U+FFFD.
            excerpt: Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8").replaceAll(String.fromCharCode(0), ""),
          });
        res.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= EXCERPT_BYTES) done();
        });
        res.on("end", done);
        res.on("error", done);
      },
    );
    const timer = setTimeout(() => finish({ kind: "timeout", error: `no complete answer within ${timeoutMs} ms` }), timeoutMs);
    req.on("error", (error: NodeJS.ErrnoException) => finish({ kind: "network", error: `${error.code ?? "ERROR"}: ${error.message}`.slice(0, 500) }));
    req.end(body);
  });
}
