import { Field, ID, InputType, Int } from "type-graphql";
import type { PRO_BRICKS, PRO_SERVICES } from "../../../db/schema/pro.js";
import { DateScalar } from "../../shared/scalars.js";
import { MemberTargetInput } from "../../shared/member-target.js";
import { ProBrickKind, ProService } from "./pro.types.js";

@InputType({ description: "PRO-1: ask for a Univers Pro service; a technical study comes first." })
export class RequestProServiceInput extends MemberTargetInput {
  @Field(() => ProService, { description: "PRO-1: the service wanted." })
  service!: (typeof PRO_SERVICES)[number];

  @Field(() => String, { description: "The need, 1 to 2000 characters." })
  description!: string;
}

@InputType({ description: "PRO-1: the technical study is done; a PRO_SERVICE quote request is opened in the shared quote workflow." })
export class RecordProServiceStudyInput {
  @Field(() => ID, { description: "The global ID of the ProServiceRequest (STUDY_REQUESTED)." })
  requestId!: string;

  @Field(() => String, { description: "The study's conclusions." })
  summary!: string;
}

@InputType({ description: "AUT-3: the desk assigns the technician who carries out the study; only he, or the desk, records it." })
export class AssignProServiceTechnicianInput {
  @Field(() => ID, { description: "The global ID of the ProServiceRequest." })
  requestId!: string;

  @Field(() => ID, { description: "A StaffUser with the TECHNICIAN role." })
  technicianId!: string;
}

@InputType({ description: "AUT-3: the desk assigns the technician who carries out the brick's review or study; only he, or the desk, records it." })
export class AssignProBrickTechnicianInput {
  @Field(() => ID, { description: "The global ID of the ProBrick." })
  brickId!: string;

  @Field(() => ID, { description: "A StaffUser with the TECHNICIAN role." })
  technicianId!: string;
}

@InputType({ description: "PRO-1/PRO-3: the service was installed (after its quote was accepted); bricks subscribed within 3 months of it are direct." })
export class RecordProServiceInstallationInput {
  @Field(() => ID, { description: "The global ID of the ProServiceRequest (STUDY_DONE, its quote accepted)." })
  requestId!: string;

  @Field(() => DateScalar, { description: "Paris date of the installation; today or earlier." })
  installedOn!: string;
}

@InputType({ description: "PRO-2/PRO-3: subscribe a maintenance brick at a maintenance address; a PRO_MAINTENANCE quote request is opened." })
export class SubscribeProBrickInput extends MemberTargetInput {
  @Field(() => ProBrickKind, { description: "PRO-2: the brick wanted." })
  brick!: (typeof PRO_BRICKS)[number];

  @Field(() => ID, { description: "The maintenance address: one of the member's active addresses." })
  addressId!: string;

  @Field(() => Int, { nullable: true, description: "WIFI only: 1 to 3." })
  accessPoints?: number | null;

  @Field(() => Int, { nullable: true, description: "LAN_SECURITY only: 0 to 2." })
  switches?: number | null;

  @Field(() => Int, { nullable: true, description: "LAN_SECURITY only: 0 to 2." })
  routers?: number | null;
}

@InputType({ description: "PRO-3: the review or technical study a brick needed is done; the brick becomes ACTIVE." })
export class RecordProBrickPrerequisiteInput {
  @Field(() => ID, { description: "The global ID of the ProBrick (REVIEW_REQUIRED or STUDY_REQUIRED)." })
  brickId!: string;

  @Field(() => String, { description: "Conclusions of the review or of the technical study." })
  summary!: string;
}

@InputType({ description: "PRO-4: terminate a brick; it ends on the first day of the next month (started months are due)." })
export class TerminateProBrickInput {
  @Field(() => ID, { description: "The global ID of the ProBrick in force." })
  brickId!: string;
}
