import { Field, ID, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";
import { MemberTargetInput } from "../../shared/member-target.js";
import type { DeviceKind, OperatingSystem, Software } from "./office-assistance.rules.js";
import { OfficeAssistanceChannel, OfficeDeviceKind, OfficeOperatingSystem, OfficeSoftware, type Channel } from "./office-assistance.types.js";

@InputType()
export class RequestOfficeAssistanceInput extends MemberTargetInput {
  @Field(() => OfficeAssistanceChannel)
  channel!: Channel;

  @Field(() => OfficeDeviceKind)
  deviceKind!: DeviceKind;

  @Field(() => OfficeSoftware)
  software!: Software;

  @Field(() => OfficeOperatingSystem, { description: "BUR-1: the member's computer." })
  operatingSystem!: OperatingSystem;

  @Field(() => Boolean, { description: "BUR-1: screen sharing is available on that computer (required for Windows)." })
  screenSharingAvailable!: boolean;

  @Field(() => Boolean, { nullable: true, description: "BUR-1: the equipment is defective (then refused: manufacturer or supplier)." })
  equipmentDefective?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "BUR-2: the member accepts a subcontractor on Saturdays." })
  subcontractorConsent?: boolean | null;

  @Field(() => String, { description: "The problem, 1 to 2000 characters." })
  description!: string;
}

@InputType()
export class OfficeAssistanceRequestRefInput {
  @Field(() => ID)
  requestId!: string;
}

@InputType()
export class StopScreenSharingInput {
  @Field(() => ID)
  sessionId!: string;
}

@InputType()
export class BookOfficeAssistanceVisitInput extends OfficeAssistanceRequestRefInput {
  @Field(() => ID, { description: "One of the member's active addresses (in the zone)." })
  addressId!: string;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => Int, { description: "30 to 480." })
  durationMinutes!: number;

  @Field(() => ID, { nullable: true, description: "BUR-3: an accepted OFFICE_ASSISTANCE_VISIT quote, needed once the year's included visit is used." })
  quoteId?: string | null;
}
