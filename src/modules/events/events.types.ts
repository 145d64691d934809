import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";

@ObjectType({
  description:
    "Issue 13: something that happened, as the feed (`events`) and the webhooks carry it. Thin: the object's global id and a few state fields every reader of the event may read; fetch the object (`node(id:)`, or the consumer's own query) for the rest.",
})
export class Event {
  @Field(() => ID, { description: "The event's id: the same in `events` and in the `webhook-id` header of every delivery and retry." })
  id!: string;

  @Field(() => String, { description: "`area.verb`, e.g. `concierge_request.submitted` (docs/events.md lists them)." })
  type!: string;

  @Field(() => DateTimeScalar, { description: "When the change happened (the API's clock)." })
  occurredAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: "1, 2, 3… for each member and area (the part of `type` before the dot), with no gap: a jump means an event was missed. Null for an event of no member.",
  })
  sequence!: number | null;

  @Field(() => String, { description: "The GraphQL type of the object, e.g. `ConciergeRequest`." })
  objectType!: string;

  @Field(() => ID, { description: "The object's global id." })
  objectId!: string;

  @Field(() => GraphQLJSONObject, { description: "State fields of the change, per type (docs/events.md), e.g. `{ from, to }` for a status change." })
  data!: Record<string, unknown>;

  /** The member concerned (raw id), for the read rule; never exposed. */
  memberRawId!: string | null;
}
