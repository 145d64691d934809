import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A postal address in France; the commune must belong to the postal code." })
export class PostalAddressInput {
  @Field(() => String, { description: "Street line: number and street name (required)." })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Complement (building, staircase, floor); optional." })
  line2?: string | null;

  @Field(() => String, { description: "Five-digit French postal code; must belong to the commune." })
  postalCode!: string;

  @Field(() => String, { description: "The commune's name; any case and accents." })
  commune!: string;
}

@InputType({ description: "Fields left out are unchanged. At least one is required." })
export class UpdateMemberContactInput {
  @Field(() => ID, {
    nullable: true,
    description: "The member to change. Optional for MEMBER and DELEGATE (their own member); required for the desk.",
  })
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: "The new e-mail address; must be valid and not used by another member." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "A French number, in any usual format; stored in E.164." })
  phone?: string | null;

  @Field(() => PostalAddressInput, { nullable: true, description: "The new domicile; must stay inside the coverage zone (MEM-1, ZON-1)." })
  postalAddress?: PostalAddressInput | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "GDP-1: the member's open RECTIFICATION or RESTRICTION request (a PrivacyRequest id) this change answers. Staff need it to change contact details while the member's restriction of account data is in force.",
  })
  privacyRequestId?: string | null;
}
