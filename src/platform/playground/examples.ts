import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_IDS } from "../../demo/seed.js";
import { toGlobalId } from "../../shared/relay.js";
import { repositoryRoot } from "../trusted-documents/index.js";

/** The consumers whose example operations the playground offers (examples/README.md). */
export const PLAYGROUND_CONSUMERS = ["app", "concierge", "desk"] as const;

export interface PlaygroundExample {
  consumer: (typeof PLAYGROUND_CONSUMERS)[number];
  /** `010-me.graphql` */
  file: string;
  /** The `# role:` line: a role, or ANONYMOUS. */
  role: string;
  /** The first comment line. */
  title: string;
  query: string;
  /** Pretty-printed JSON, demo-row placeholders resolved; "" when the operation takes none. */
  variables: string;
}

let cached: PlaygroundExample[] | null = null;

/**
 * examples/<consumer>/*.graphql, read as `npm run examples` reads them (scripts/examples.ts): the
 * `# role:` and `# variables:` lines or a sibling .json. `"{{Member:memberAlice}}"` becomes the demo
 * row's global id; a `"{{name}}"` saved from an earlier example's answer stays as written, for the
 * user to fill in. No examples folder (an image without it): no examples.
 */
export function playgroundExamples(): PlaygroundExample[] {
  if (cached) return cached;
  const examples: PlaygroundExample[] = [];
  let root: string;
  try {
    root = repositoryRoot();
  } catch {
    cached = examples;
    return cached;
  }
  for (const consumer of PLAYGROUND_CONSUMERS) {
    const dir = join(root, "examples", consumer);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".graphql"))
      .sort()) {
      const query = readFileSync(join(dir, file), "utf8");
      const comments = query.split("\n").filter((line) => line.startsWith("#"));
      const field = (key: string) =>
        comments
          .find((line) => line.startsWith(`# ${key}:`))
          ?.slice(`# ${key}:`.length)
          .trim();
      const title = comments.map((line) => line.replace(/^#\s*/, "")).find((line) => !/^(role|variables|save):/.test(line)) ?? file;
      const sibling = join(dir, file.replace(/\.graphql$/, ".json"));
      const variablesText = field("variables") ?? (existsSync(sibling) ? readFileSync(sibling, "utf8") : null);
      examples.push({ consumer, file, role: field("role") ?? "ANONYMOUS", title, query, variables: variablesText ? prettyVariables(variablesText) : "" });
    }
  }
  cached = examples;
  return cached;
}

function prettyVariables(text: string): string {
  const resolved = text.replace(/"\{\{(\w+):(\w+)\}\}"/g, (whole, type: string, key: string) => {
    const id = DEMO_IDS[key as keyof typeof DEMO_IDS];
    return id ? JSON.stringify(toGlobalId(type, id)) : whole;
  });
  try {
    return JSON.stringify(JSON.parse(resolved), null, 2);
  } catch {
    return resolved;
  }
}
