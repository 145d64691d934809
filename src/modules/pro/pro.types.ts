import { Field, Int, ObjectType } from "type-graphql";
import { PRO_BRICK_STATUSES, PRO_BRICKS, PRO_SERVICE_STATUSES, PRO_SERVICES } from "../../../db/schema/pro.js";
import { Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const ProService = graphqlEnum(PRO_SERVICES, { name: "ProService", description: "PRO-1: Univers Pro services, each on technical study then quote." });

export const ProServiceStatus = graphqlEnum(PRO_SERVICE_STATUSES, {
  name: "ProServiceStatus",
  description: "PRO-1: STUDY_REQUESTED → STUDY_DONE (its quote request is then in the shared quote workflow) → INSTALLED once the quote is accepted.",
});

export const ProBrickKind = graphqlEnum(PRO_BRICKS, {
  name: "ProBrickKind",
  description: "PRO-2: maintenance bricks. WIFI: at most 3 access points; LAN_SECURITY: at most 2 switches and 2 routers.",
});

export const ProBrickStatus = graphqlEnum(PRO_BRICK_STATUSES, {
  name: "ProBrickStatus",
  description: "PRO-3: ACTIVE at once, or after the review (REVIEW_REQUIRED) or the technical study at the maintenance address (STUDY_REQUIRED).",
});

@ObjectType({ implements: Node, description: "PRO-1: a Univers Pro service: technical study, quote (shared workflow), installation." })
export class ProServiceRequest extends Node {
  rawId!: string;
  memberRawId!: string;
  /** AUT-3: the technician the desk assigned to the study. */
  technicianRawId!: string | null;
  quoteRequestRawId!: string | null;

  @Field(() => ProService)
  service!: (typeof PRO_SERVICES)[number];

  @Field(() => ProServiceStatus)
  status!: (typeof PRO_SERVICE_STATUSES)[number];

  @Field(() => String)
  description!: string;

  @Field(() => DateTimeScalar)
  requestedAt!: Date;

  @Field(() => String, { nullable: true, description: "The technical study's conclusions." })
  studySummary!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  studyDoneAt!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "PRO-3: installation date; bricks are direct within 3 months of it." })
  installedOn!: string | null;
}

@ObjectType({ implements: Node, description: "PRO-2..4: a maintenance brick at a maintenance address." })
export class ProBrick extends Node {
  rawId!: string;
  memberRawId!: string;
  addressRawId!: string;
  /** AUT-3: the technician the desk assigned to the review or study. */
  technicianRawId!: string | null;
  quoteRequestRawId!: string | null;

  @Field(() => ProBrickKind)
  brick!: (typeof PRO_BRICKS)[number];

  @Field(() => ProBrickStatus)
  status!: (typeof PRO_BRICK_STATUSES)[number];

  @Field(() => Int, { nullable: true, description: "WIFI: access points covered (at most 3)." })
  accessPoints!: number | null;

  @Field(() => Int, { nullable: true, description: "LAN_SECURITY: switches covered (at most 2)." })
  switches!: number | null;

  @Field(() => Int, { nullable: true, description: "LAN_SECURITY: routers covered (at most 2)." })
  routers!: number | null;

  @Field(() => DateTimeScalar)
  subscribedAt!: Date;

  @Field(() => String, { nullable: true, description: "PRO-3: conclusions of the review or the technical study." })
  prerequisiteSummary!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  prerequisiteDoneAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  activeSince!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "PRO-4: when the termination was requested." })
  terminationRequestedAt!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "PRO-4: the first day of the month after the request (Paris): no longer in force from then." })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: "PRO-4: the last month due (YYYY-MM): every started month is due." })
  lastDueMonth!: string | null;

  @Field(() => Boolean, { description: "Not yet ended at the time of the request." })
  inForce!: boolean;
}
