import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Connection } from "../../shared/relay.js";
import { memberErrors } from "./members.errors.js";
import { UpdateMemberContactInput } from "./members.inputs.js";
import { membersService } from "./members.service.js";
import { Delegate, Member, Payer, Viewer } from "./members.types.js";

export const { ModuleUserError: MemberUserError, toUserErrors } = userErrorType("Member", memberErrors);
type MemberUserError = InstanceType<typeof MemberUserError>;

export const { ConnectionType: MemberConnection } = Connection(Member, "Member");

@ObjectType()
export class UpdateMemberContactPayload {
  @Field(() => Member, { nullable: true, description: "The member after the change; null when refused." })
  member!: Member | null;

  @Field(() => [MemberUserError])
  userErrors!: MemberUserError[];
}

@Resolver(() => Member)
export class MembersResolver {
  @Query(() => Viewer, { description: "Who the caller is, with what their role may see." })
  me(@Ctx() ctx: Context): Promise<Viewer> {
    return membersService.me(ctx);
  }

  @Query(() => MemberConnection, { description: "Desk directory: members by name, email or phone (DESK_AGENT)." })
  members(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "Page size, 1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("search", () => String, { nullable: true, description: "Part of a name or email, or a phone number." })
    search: string | null,
  ) {
    return membersService.search(ctx, { first, after, search });
  }

  @Mutation(() => UpdateMemberContactPayload, { description: "Change a member's email, phone or postal address (MEM-1)." })
  async updateMemberContact(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateMemberContactInput) input: UpdateMemberContactInput,
  ): Promise<UpdateMemberContactPayload> {
    const result = await membersService.updateContact(ctx, input);
    return result.ok
      ? { member: result.value, userErrors: [] }
      : { member: null, userErrors: toUserErrors(result.errors, ctx.locale) };
  }

  @FieldResolver(() => Delegate, { nullable: true, description: "The active delegate, if any (MEM-4)." })
  delegate(@Root() member: Member, @Ctx() ctx: Context): Promise<Delegate | null> {
    return membersService.activeDelegate(ctx, member);
  }

  @FieldResolver(() => [Payer], { nullable: true, description: "Active third-party payers: the member, desk and billing only." })
  payers(@Root() member: Member, @Ctx() ctx: Context): Promise<Payer[]> {
    return membersService.payers(ctx, member);
  }
}
