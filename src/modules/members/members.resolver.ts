import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { Connection, PageArgs } from "../../shared/relay.js";
import { userErrorType } from "../../shared/user-errors.js";
import { memberErrors } from "./members.errors.js";
import { UpdateMemberContactInput } from "./members.inputs.js";
import { membersService } from "./members.service.js";
import { Delegate, Member, Payer, Viewer } from "./members.types.js";

export const { ConnectionType: MemberConnection } = Connection(Member, "Member");

export const UpdateMemberContactPayload = Payload(
  "UpdateMemberContact",
  userErrorType("Member", memberErrors, "Why updateMemberContact was refused (MEM-1): `code` names the refusal, `rule` the SPEC rule."),
  {
    member: { type: () => Member, description: "The member after the change; null when refused." },
  },
  "The answer to updateMemberContact (MEM-1).",
);

@Resolver(() => Member)
export class MembersResolver {
  @Query(() => Viewer, { description: "Who the caller is, with what their role may see." })
  me(@Ctx() ctx: Context): Promise<Viewer> {
    return membersService.me(ctx);
  }

  @Query(() => MemberConnection, { description: "Desk directory: members by name, email or phone (DESK_AGENT)." })
  members(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, { nullable: true, description: "Part of a name or email, or a phone number." })
    search: string | null,
  ) {
    return membersService.search(ctx, { ...page, search });
  }

  @Mutation(() => UpdateMemberContactPayload, { description: "Change a member's email, phone or postal address (MEM-1)." })
  async updateMemberContact(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateMemberContactInput, { description: "The member (desk only) and the contact fields to change; at least one." }) input: UpdateMemberContactInput,
  ) {
    return UpdateMemberContactPayload.from(ctx, await membersService.updateContact(ctx, input));
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
