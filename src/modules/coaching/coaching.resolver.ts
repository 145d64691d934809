import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { coachingErrors } from "./coaching.errors.js";
import { coachingService } from "./coaching.service.js";
import { AssignCoachInput, Coaching, CoachContact } from "./coaching.types.js";

export const AssignCoachPayload = Payload("AssignCoach", userErrorType("Coaching", coachingErrors), { coaching: { type: () => Coaching } });

@Resolver(() => Member)
export class MemberCoachingResolver {
  @FieldResolver(() => Coaching, { nullable: true, description: "SVC-2: the assigned coach and substitute." })
  coaching(@Root() member: Member, @Ctx() ctx: Context): Promise<Coaching | null> {
    return coachingService.forMember(ctx, member.rawId);
  }

  @Mutation(() => AssignCoachPayload, { description: "SVC-2: the desk assigns a member's coach and substitute." })
  async assignCoach(
    @Ctx() ctx: Context,
    @Arg("input", () => AssignCoachInput, { description: "All of `assignCoach`'s arguments, as one `AssignCoachInput` (see its fields)." }) input: AssignCoachInput,
  ) {
    return AssignCoachPayload.from(ctx, await coachingService.assign(ctx, input));
  }
}

@Resolver(() => Coaching)
export class CoachingResolver {
  @FieldResolver(() => CoachContact, { nullable: true, description: "The assigned coach." })
  coach(@Root() coaching: Coaching, @Ctx() ctx: Context): Promise<CoachContact | null> {
    return coachingService.contact(ctx, coaching.coachRawId);
  }

  @FieldResolver(() => CoachContact, { nullable: true, description: "The substitute coach; null when none is named." })
  substitute(@Root() coaching: Coaching, @Ctx() ctx: Context): Promise<CoachContact | null> {
    return coachingService.contact(ctx, coaching.substituteRawId);
  }
}
