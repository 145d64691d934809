import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { coachingErrors } from "./coaching.errors.js";
import { coachingService } from "./coaching.service.js";
import { AssignCoachInput, Coaching, CoachContact } from "./coaching.types.js";

export const { ModuleUserError: CoachingUserError, toUserErrors } = userErrorType("Coaching", coachingErrors);
type CoachingUserError = InstanceType<typeof CoachingUserError>;

@ObjectType()
export class AssignCoachPayload {
  @Field(() => Coaching, { nullable: true })
  coaching!: Coaching | null;

  @Field(() => [CoachingUserError])
  userErrors!: CoachingUserError[];
}

@Resolver(() => Member)
export class MemberCoachingResolver {
  @FieldResolver(() => Coaching, { nullable: true, description: "SVC-2: the assigned coach and substitute." })
  coaching(@Root() member: Member, @Ctx() ctx: Context): Promise<Coaching | null> {
    return coachingService.forMember(ctx, member.rawId);
  }

  @Mutation(() => AssignCoachPayload, { description: "SVC-2: the desk assigns a member's coach and substitute." })
  async assignCoach(@Ctx() ctx: Context, @Arg("input", () => AssignCoachInput) input: AssignCoachInput): Promise<AssignCoachPayload> {
    const result = await coachingService.assign(ctx, input);
    return result.ok ? { coaching: result.value, userErrors: [] } : { coaching: null, userErrors: toUserErrors(result.errors, ctx.locale) };
  }
}

@Resolver(() => Coaching)
export class CoachingResolver {
  @FieldResolver(() => CoachContact, { nullable: true })
  coach(@Root() coaching: Coaching, @Ctx() ctx: Context): Promise<CoachContact | null> {
    return coachingService.contact(ctx, coaching.coachRawId);
  }

  @FieldResolver(() => CoachContact, { nullable: true })
  substitute(@Root() coaching: Coaching, @Ctx() ctx: Context): Promise<CoachContact | null> {
    return coachingService.contact(ctx, coaching.substituteRawId);
  }
}
