import { SandboxClock } from "../../../src/platform/clock/sandbox-clock.js";
import { aCast } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";

export const samples: MutationSamples = {
  async advanceSandboxClock(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AdvanceSandboxClockInput!) { advanceSandboxClock(input: $input) { userErrors { code rule } } }`,
      variables: { input: { hours: 1 } },
      // Only a sandbox's clock moves; elsewhere the mutation answers SANDBOX_DISABLED.
      clock: new SandboxClock(() => Date.parse("2026-11-26T10:00:00Z")),
    };
  },
};
