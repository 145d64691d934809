import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { Role as RoleName } from "../../authz/actor.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { Role } from "../members/index.js";

@ObjectType("Actor", {
  description: "AUT-2/AUT-4: who made a change or created an object: their role, their name, and the member they acted for, e.g. « Luc Bernard, délégué, pour Jeanne Dupont ».",
})
export class AuditActor {
  @Field(() => Role, { nullable: true, description: "The role they acted as; null for Parnasse's automatic jobs." })
  role!: RoleName | null;

  @Field(() => String, { nullable: true, description: "Their name (a staff member's display name); null for an automatic job or a person no longer known." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The member they acted for, when it is not themself (a delegate, the desk, a coach…)." })
  onBehalfOf!: string | null;

  @Field(() => String, { description: "All of it in one line, in the caller's language." })
  label!: string;
}

@ObjectType({ description: "AUT-4: one change on a member's account, from the append-only audit log." })
export class HistoryEntry {
  /** The member the entry is about and its operation: for the shield rule, never exposed as ids. */
  memberRawId!: string;

  @Field(() => DateTimeScalar, { description: "When the change was made." })
  at!: Date;

  @Field(() => String, { description: "The operation, by its API name (the mutation), e.g. `designateDevice`." })
  operation!: string;

  @Field(() => String, { description: "The operation in words, in the caller's language, e.g. « Appareil désigné »." })
  operationLabel!: string;

  @Field(() => AuditActor, { description: "Who acted, as which role, on behalf of whom." })
  actor!: AuditActor;

  @Field(() => GraphQLJSONObject, { description: "What changed, as recorded with the change (internal database ids left out)." })
  details!: Record<string, unknown>;

  @Field(() => [String], { description: "The keys of `details`: the facts the change recorded." })
  changedFields!: string[];
}
