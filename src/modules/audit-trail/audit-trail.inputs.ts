import { Field, InputType } from "type-graphql";
import type { Role as RoleName } from "../../authz/actor.js";
import { Role } from "../members/index.js";

@InputType({ description: "AUT-4: narrow a member's history. Left out, every change the caller may see." })
export class HistoryFilterInput {
  @Field(() => [String], { nullable: true, description: "Only these operations, by API name (e.g. `designateDevice`); at most 100." })
  operations?: string[] | null;

  @Field(() => [Role], { nullable: true, description: "Only changes made by these roles." })
  actorRoles?: RoleName[] | null;
}
