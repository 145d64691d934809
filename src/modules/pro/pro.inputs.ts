import { Field, ID, InputType, Int } from "type-graphql";
import type { PRO_BRICKS, PRO_SERVICES } from "../../../db/schema/pro.js";
import { DateScalar } from "../../shared/scalars.js";
import { MemberTargetInput } from "../../shared/member-target.js";
import { ProBrickKind, ProService } from "./pro.types.js";

@InputType()
export class RequestProServiceInput extends MemberTargetInput {
  @Field(() => ProService)
  service!: (typeof PRO_SERVICES)[number];

  @Field(() => String, { description: "The need, 1 to 2000 characters." })
  description!: string;
}

@InputType()
export class RecordProServiceStudyInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String, { description: "The study's conclusions." })
  summary!: string;
}

@InputType({ description: "AUT-3: the desk assigns the technician who carries out the study; only he, or the desk, records it." })
export class AssignProServiceTechnicianInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID, { description: "A StaffUser with the TECHNICIAN role." })
  technicianId!: string;
}

@InputType({ description: "AUT-3: the desk assigns the technician who carries out the brick's review or study; only he, or the desk, records it." })
export class AssignProBrickTechnicianInput {
  @Field(() => ID)
  brickId!: string;

  @Field(() => ID, { description: "A StaffUser with the TECHNICIAN role." })
  technicianId!: string;
}

@InputType()
export class RecordProServiceInstallationInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => DateScalar, { description: "Paris date of the installation; today or earlier." })
  installedOn!: string;
}

@InputType()
export class SubscribeProBrickInput extends MemberTargetInput {
  @Field(() => ProBrickKind)
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

@InputType()
export class RecordProBrickPrerequisiteInput {
  @Field(() => ID)
  brickId!: string;

  @Field(() => String, { description: "Conclusions of the review or of the technical study." })
  summary!: string;
}

@InputType()
export class TerminateProBrickInput {
  @Field(() => ID)
  brickId!: string;
}
