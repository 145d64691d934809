import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";
import { userErrorType } from "../../shared/user-errors.js";
import { sandboxErrors } from "./sandbox.errors.js";

export const { ModuleUserError: SandboxUserError, toUserErrors: toSandboxUserErrors } = userErrorType(
  "Sandbox",
  sandboxErrors,
  "Why advanceSandboxClock was refused (issue 13: not a sandbox, or a bad move).",
);

@ObjectType({ description: "Issue 13: the API's time. In a sandbox (SANDBOX_CLOCK), real time plus what integrators moved it by; one clock for the whole deployment." })
export class SandboxClockState {
  @Field(() => Boolean, { description: "True in a sandbox: `advanceSandboxClock` moves time. False elsewhere (always in production)." })
  enabled!: boolean;

  @Field(() => DateTimeScalar, { description: "The time every rule of the API uses now (quote validity, notice periods, dunning steps, the invoice run…)." })
  now!: Date;

  @Field(() => Float, { description: "How far the clock was moved forward, in seconds (0 outside a sandbox)." })
  offsetSeconds!: number;
}

@ObjectType({ description: "What moving the clock did." })
export class SandboxClockMove {
  @Field(() => SandboxClockState, { description: "The sandbox clock after the move." })
  clock!: SandboxClockState;

  @Field(() => DateTimeScalar, { description: "The sandbox time before the move." })
  from!: Date;

  @Field(() => Int, { description: "Events that became due with the move and were emitted with it (quotes expired, options ended)." })
  dueEvents!: number;
}
