import { Field, Int, ObjectType } from "type-graphql";
import { PRO_BRICK_STATUSES, PRO_BRICKS, PRO_SERVICE_STATUSES, PRO_SERVICES } from "../../../db/schema/pro.js";
import { Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const ProService = graphqlEnum(PRO_SERVICES, {
  name: "ProService",
  description: "PRO-1: Univers Pro services, each on technical study then quote.",
  valuesConfig: {
    PUBLIC_WIFI: { description: "PRO-1: public Wi-Fi." },
    NETWORK_SECURITY: { description: "PRO-1: network security." },
    NETWORK_INFRASTRUCTURE: { description: "PRO-1: network infrastructure." },
    SERVER: { description: "PRO-1: a local or cloud server." },
    IT_RENEWAL: { description: "PRO-1: renewal of the IT equipment." },
  },
});

export const ProServiceStatus = graphqlEnum(PRO_SERVICE_STATUSES, {
  name: "ProServiceStatus",
  description: "PRO-1: STUDY_REQUESTED → STUDY_DONE (its quote request is then in the shared quote workflow) → INSTALLED once the quote is accepted.",
  valuesConfig: {
    STUDY_REQUESTED: { description: "PRO-1: waiting for the technical study." },
    STUDY_DONE: { description: "PRO-1: study done; its PRO_SERVICE quote request is in the quote workflow." },
    INSTALLED: { description: "PRO-1: installed (installedOn set)." },
  },
});

export const ProBrickKind = graphqlEnum(PRO_BRICKS, {
  name: "ProBrickKind",
  description: "PRO-2: maintenance bricks. WIFI: at most 3 access points; LAN_SECURITY: at most 2 switches and 2 routers.",
  valuesConfig: {
    WIFI: { description: "PRO-2: Wi-Fi maintenance, at most 3 access points." },
    WORKSTATION: { description: "PRO-2: workstation maintenance." },
    SERVERS: { description: "PRO-2: server maintenance." },
    LAN_SECURITY: { description: "PRO-2: LAN and security maintenance, at most 2 switches and 2 routers." },
    VIDEO_CONFERENCING: { description: "PRO-2: video-conferencing maintenance." },
    SERVER_BACKUP: { description: "PRO-2: server backup." },
  },
});

export const ProBrickStatus = graphqlEnum(PRO_BRICK_STATUSES, {
  name: "ProBrickStatus",
  description: "PRO-3: ACTIVE at once, or after the review (REVIEW_REQUIRED) or the technical study at the maintenance address (STUDY_REQUIRED).",
  valuesConfig: {
    ACTIVE: { description: "PRO-3: in force (direct: with a service or within 3 months of its installation; or after its prerequisite)." },
    REVIEW_REQUIRED: { description: "PRO-3: subscribed more than 3 months after the installation: needs a review with the client and technician." },
    STUDY_REQUIRED: { description: "PRO-3: subscribed without any service: needs a technical study at the maintenance address." },
  },
});

@ObjectType({ implements: Node, description: "PRO-1: a Univers Pro service: technical study, quote (shared workflow), installation." })
export class ProServiceRequest extends Node {
  rawId!: string;
  memberRawId!: string;
  /** AUT-3: the technician the desk assigned to the study. */
  technicianRawId!: string | null;
  quoteRequestRawId!: string | null;

  @Field(() => ProService, { description: "PRO-1: which service." })
  service!: (typeof PRO_SERVICES)[number];

  @Field(() => ProServiceStatus, { description: "PRO-1: study requested, study done (quote in the workflow), or installed." })
  status!: (typeof PRO_SERVICE_STATUSES)[number];

  @Field(() => String, { description: "The need, in the requester's words." })
  description!: string;

  @Field(() => DateTimeScalar, { description: "When the service was requested." })
  requestedAt!: Date;

  @Field(() => String, { nullable: true, description: "The technical study's conclusions." })
  studySummary!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the technical study was recorded; null before." })
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

  @Field(() => ProBrickKind, { description: "PRO-2: which maintenance brick." })
  brick!: (typeof PRO_BRICKS)[number];

  @Field(() => ProBrickStatus, { description: "PRO-3: ACTIVE, or waiting for a review or a technical study." })
  status!: (typeof PRO_BRICK_STATUSES)[number];

  @Field(() => Int, { nullable: true, description: "WIFI: access points covered (at most 3)." })
  accessPoints!: number | null;

  @Field(() => Int, { nullable: true, description: "LAN_SECURITY: switches covered (at most 2)." })
  switches!: number | null;

  @Field(() => Int, { nullable: true, description: "LAN_SECURITY: routers covered (at most 2)." })
  routers!: number | null;

  @Field(() => DateTimeScalar, { description: "When the brick was subscribed." })
  subscribedAt!: Date;

  @Field(() => String, { nullable: true, description: "PRO-3: conclusions of the review or the technical study." })
  prerequisiteSummary!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "PRO-3: when the review or technical study was recorded; null when none was needed or before it." })
  prerequisiteDoneAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the brick became ACTIVE (at once, or once its prerequisite was done); null before." })
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
