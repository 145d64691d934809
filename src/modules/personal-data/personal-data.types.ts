import { Field, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";

@ObjectType({ description: "GDP-3: a record erasure kept, why, and until when." })
export class RetainedRecord {
  @Field(() => String, { description: "The table the record is in, e.g. `invoices`." })
  table!: string;

  @Field(() => String, { description: "The record's id in that table." })
  recordId!: string;

  @Field(() => String, { description: "The legal basis for keeping it, e.g. Code de commerce L123-22." })
  legalBasis!: string;

  @Field(() => DateScalar, { description: "The date from which it is purged." })
  purgeOn!: string;
}

@ObjectType({ description: "GDP-3: the outcome of an erasure." })
export class PersonalDataErasure {
  @Field(() => DateTimeScalar, { description: "When the member was anonymised (the first erasure, if there were several)." })
  anonymisedAt!: Date;

  @Field(() => [RetainedRecord], { description: "The retention ledger: every record kept, its legal basis and its purge date." })
  retentionLedger!: RetainedRecord[];
}
