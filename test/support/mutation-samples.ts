import type { Actor } from "../../src/authz/actor.js";
import type { Clock } from "../../src/shared/clock.js";
import type { Database } from "../../src/shared/db.js";

export interface MutationSample {
  actor: Actor;
  /** Selects `userErrors { code rule }`: the BIL-9 suspension test replays samples and compares both. */
  query: string;
  variables: Record<string, unknown>;
  /** The clock to run it at, when the default test clock will not do (the sandbox clock's move). */
  clock?: Clock;
}

export type MutationSamples = Record<string, (db: Database) => Promise<MutationSample>>;

/**
 * One successful call per mutation of the schema, kept next to each module's tests in
 * `test/modules/<area>/<area>.samples.ts` (exporting `samples`), so that two modules never edit the same file.
 * The audit test fails for a mutation that has no sample, so a new mutation cannot ship without proving
 * that it writes its audit row.
 */
const moduleSampleFiles = (import.meta as ViteImportMeta).glob<{ samples: MutationSamples }>("../modules/*/*.samples.ts", { eager: true });

export const mutationSamples: MutationSamples = {};
for (const [path, file] of Object.entries(moduleSampleFiles)) {
  for (const [name, sample] of Object.entries(file.samples)) {
    // A second sample would silently replace the first one.
    if (name in mutationSamples) throw new Error(`two samples for ${name}, the second in ${path}`);
    mutationSamples[name] = sample;
  }
}

/** Vite's `import.meta.glob`, which vitest provides (vite's own type file is not hoisted here). */
interface ViteImportMeta extends ImportMeta {
  glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
}
