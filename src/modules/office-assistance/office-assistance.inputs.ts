import { Field, ID, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";
import { MemberTargetInput } from "../../shared/member-target.js";
import type { DeviceKind, OperatingSystem, Software } from "./office-assistance.rules.js";
import { OfficeAssistanceChannel, OfficeDeviceKind, OfficeOperatingSystem, OfficeSoftware, type Channel } from "./office-assistance.types.js";

@InputType({ description: "BUR-1/BUR-2: what the member needs help with, on which equipment and software, and how to be reached." })
export class RequestOfficeAssistanceInput extends MemberTargetInput {
  @Field(() => OfficeAssistanceChannel, { description: "BUR-2: phone or e-mail." })
  channel!: Channel;

  @Field(() => OfficeDeviceKind, { description: "BUR-1: the equipment concerned; OTHER is refused as out of scope." })
  deviceKind!: DeviceKind;

  @Field(() => OfficeSoftware, { description: "BUR-1: the software concerned; BUSINESS_SPECIFIC and OTHER are refused as out of scope." })
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

@InputType({ description: "One office-assistance request, by its global ID." })
export class OfficeAssistanceRequestRefInput {
  @Field(() => ID, { description: "The global ID of the OfficeAssistanceRequest." })
  requestId!: string;
}

@InputType({ description: "BUR-4: the screen-sharing session to stop." })
export class StopScreenSharingInput {
  @Field(() => ID, { description: "The global ID of the OfficeAssistanceSession to stop." })
  sessionId!: string;
}

@InputType({ description: "BUR-3: an on-site visit for a request, at one of the member's addresses, Mon–Fri 09:00–20:00 (Paris)." })
export class BookOfficeAssistanceVisitInput extends OfficeAssistanceRequestRefInput {
  @Field(() => ID, { description: "One of the member's active addresses (in the zone)." })
  addressId!: string;

  @Field(() => DateTimeScalar, {
    description: "When the visit starts (ISO 8601); the whole visit must fit in the OFFICE_ASSISTANCE_VISIT hours (Mon–Fri 09:00–20:00 Paris, see serviceAvailability).",
  })
  startsAt!: Date;

  @Field(() => Int, { description: "30 to 480." })
  durationMinutes!: number;

  @Field(() => ID, { nullable: true, description: "BUR-3: an accepted OFFICE_ASSISTANCE_VISIT quote, needed once the year's included visit is used." })
  quoteId?: string | null;
}
