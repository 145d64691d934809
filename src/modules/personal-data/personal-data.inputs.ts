import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "GDP-3: erase a member's personal data (privacy officer)." })
export class ErasePersonalDataInput {
  @Field(() => ID, { description: "The member (a Member id)." })
  memberId!: string;

  @Field(() => ID, { nullable: true, description: "GDP-1: the member's open ERASURE request this erasure answers; it is answered with the retention ledger." })
  requestId?: string | null;
}
