import { Field, Int, ObjectType } from "type-graphql";
import { OFFICE_ASSISTANCE_CHANNELS, OFFICE_DEVICE_KINDS, OFFICE_OPERATING_SYSTEMS, OFFICE_SOFTWARE } from "../../../db/schema/office-assistance.js";
import { Connection, Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import type { DeviceKind, OperatingSystem, Software } from "./office-assistance.rules.js";
import { graphqlEnum } from "../../shared/enums.js";

export type Channel = (typeof OFFICE_ASSISTANCE_CHANNELS)[number];
export const OfficeAssistanceChannel = graphqlEnum(OFFICE_ASSISTANCE_CHANNELS, { name: "OfficeAssistanceChannel", description: "BUR-2: by phone or by email, unlimited." });

export const OfficeDeviceKind = graphqlEnum(OFFICE_DEVICE_KINDS, {
  name: "OfficeDeviceKind",
  description: "BUR-1: PC, Mac, tablet, smartphone, 4G key, peripherals; OTHER is out of scope.",
});

export const OfficeSoftware = graphqlEnum(OFFICE_SOFTWARE, {
  name: "OfficeSoftware",
  description:
    "BUR-1: Windows/macOS, market office suites, browsers, common productivity software, Office 365, Dropbox, Google Drive; BUSINESS_SPECIFIC and OTHER are out of scope.",
});

export const OfficeOperatingSystem = graphqlEnum(OFFICE_OPERATING_SYSTEMS, {
  name: "OfficeOperatingSystem",
  description: "BUR-1: the member's computer; Windows (with screen sharing) or macOS.",
});

@ObjectType({ implements: Node, description: "BUR-1/BUR-2: an office-assistance request by phone or email." })
export class OfficeAssistanceRequest extends Node {
  rawId!: string;
  memberRawId!: string;
  /** Who opened it (AUT-4): read by OfficeAssistanceRequest.requestedBy (audit-trail module). */
  requestedByRole!: string;
  requestedByRawId!: string;

  @Field(() => OfficeAssistanceChannel)
  channel!: Channel;

  @Field(() => OfficeDeviceKind)
  deviceKind!: DeviceKind;

  @Field(() => OfficeSoftware)
  software!: Software;

  @Field(() => OfficeOperatingSystem)
  operatingSystem!: OperatingSystem;

  @Field(() => Boolean)
  screenSharingAvailable!: boolean;

  @Field(() => String)
  description!: string;

  @Field(() => DateTimeScalar)
  requestedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "BUR-2: when it is handled: now if open, else the next opening (hours are data)." })
  availableFrom!: Date | null;

  @Field(() => String, { nullable: true, description: "BUR-2: SUBCONTRACTOR on Saturdays, only with the member's consent; null for Parnasse." })
  providedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "BUR-2: when the member consented to a subcontractor on Saturdays." })
  subcontractorConsentAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "BUR-4: when the member confirmed their data is backed up." })
  backupConfirmedAt!: Date | null;
}

@ObjectType({
  implements: Node,
  description: "BUR-4: one screen-sharing (remote control) session, with the member's consent for it. Nothing seen during it is stored.",
})
export class OfficeAssistanceSession extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => DateTimeScalar)
  consentedAt!: Date;

  @Field(() => String)
  consentedByRole!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the session was stopped (consent withdrawn)." })
  stoppedAt!: Date | null;

  @Field(() => String, { nullable: true })
  stoppedByRole!: string | null;

  @Field(() => Boolean, { description: "Screen sharing may go on: consented and not stopped." })
  active!: boolean;
}

@ObjectType({ implements: Node, description: "BUR-3: an on-site visit: one included per contract year, any other on an accepted quote." })
export class OfficeAssistanceVisit extends Node {
  rawId!: string;
  memberRawId!: string;
  addressRawId!: string;
  quoteRawId!: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => Boolean, { description: "The contract year's included visit; false: on an accepted quote." })
  included!: boolean;

  @Field(() => DateScalar, { description: "First day of the contract year (the option's anniversary year, Paris)." })
  contractYearStart!: string;

  @Field(() => DateTimeScalar)
  bookedAt!: Date;
}

export const { ConnectionType: OfficeAssistanceRequestConnection } = Connection(OfficeAssistanceRequest, "OfficeAssistanceRequest");
