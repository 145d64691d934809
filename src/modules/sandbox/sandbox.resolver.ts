import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { AdvanceSandboxClockInput } from "./sandbox.inputs.js";
import { sandboxService } from "./sandbox.service.js";
import { SandboxClockMove, SandboxClockState, SandboxUserError, toSandboxUserErrors } from "./sandbox.types.js";

export const AdvanceSandboxClockPayload = Payload(
  "AdvanceSandboxClock",
  { ModuleUserError: SandboxUserError, toUserErrors: toSandboxUserErrors },
  { move: { type: () => SandboxClockMove, description: "The move; null when refused." } },
  "The answer to advanceSandboxClock (issue 13): refused outside a sandbox.",
);

@Resolver()
export class SandboxResolver {
  @Query(() => SandboxClockState, { description: "Issue 13: the API's time, and whether this deployment is a sandbox whose clock integrators move (any signed-in caller)." })
  sandboxClock(@Ctx() ctx: Context): Promise<SandboxClockState> {
    return sandboxService.state(ctx);
  }

  @Mutation(() => AdvanceSandboxClockPayload, {
    description:
      "Issue 13, sandbox only: moves the time of the whole deployment forward (never back), and emits at once the events that became due (quotes expired, options ended). MEMBER, DESK_AGENT, BILLING and CONCIERGE_PARTNER; refused with SANDBOX_DISABLED outside a sandbox.",
  })
  async advanceSandboxClock(
    @Ctx() ctx: Context,
    @Arg("input", () => AdvanceSandboxClockInput, { description: "A duration (days, hours, minutes) or a target time, not both." }) input: AdvanceSandboxClockInput,
  ) {
    return AdvanceSandboxClockPayload.from(ctx, await sandboxService.advance(ctx, input));
  }
}
