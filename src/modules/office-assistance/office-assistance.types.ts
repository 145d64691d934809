import { Field, Int, ObjectType } from "type-graphql";
import { OFFICE_ASSISTANCE_CHANNELS, OFFICE_DEVICE_KINDS, OFFICE_OPERATING_SYSTEMS, OFFICE_SOFTWARE } from "../../../db/schema/office-assistance.js";
import { Connection, Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import type { DeviceKind, OperatingSystem, Software } from "./office-assistance.rules.js";
import { graphqlEnum } from "../../shared/enums.js";

export type Channel = (typeof OFFICE_ASSISTANCE_CHANNELS)[number];
export const OfficeAssistanceChannel = graphqlEnum(OFFICE_ASSISTANCE_CHANNELS, {
  name: "OfficeAssistanceChannel",
  description: "BUR-2: by phone or by email, unlimited.",
  valuesConfig: { PHONE: { description: "BUR-2: assistance by phone." }, EMAIL: { description: "BUR-2: assistance by e-mail." } },
});

export const OfficeDeviceKind = graphqlEnum(OFFICE_DEVICE_KINDS, {
  name: "OfficeDeviceKind",
  description: "BUR-1: PC, Mac, tablet, smartphone, 4G key, peripherals; OTHER is out of scope.",
  valuesConfig: {
    PC: { description: "BUR-1: a PC." },
    MAC: { description: "BUR-1: a Mac." },
    TABLET: { description: "BUR-1: a tablet." },
    SMARTPHONE: { description: "BUR-1: a smartphone." },
    KEY_4G: { description: "BUR-1: a 4G key." },
    PERIPHERAL: { description: "BUR-1: a peripheral (printer, scanner, screen…)." },
    OTHER: { description: "Anything else: out of scope (BUR-1)." },
  },
});

export const OfficeSoftware = graphqlEnum(OFFICE_SOFTWARE, {
  name: "OfficeSoftware",
  description:
    "BUR-1: Windows/macOS, market office suites, browsers, common productivity software, Office 365, Dropbox, Google Drive; BUSINESS_SPECIFIC and OTHER are out of scope.",
  valuesConfig: {
    OPERATING_SYSTEM: { description: "BUR-1: Windows or macOS itself." },
    OFFICE_SUITE: { description: "BUR-1: a market office suite." },
    BROWSER: { description: "BUR-1: a web browser." },
    PRODUCTIVITY: { description: "BUR-1: common productivity software." },
    OFFICE_365: { description: "BUR-1: Office 365." },
    DROPBOX: { description: "BUR-1: Dropbox." },
    GOOGLE_DRIVE: { description: "BUR-1: Google Drive." },
    BUSINESS_SPECIFIC: { description: "Business-specific software: out of scope (BUR-1)." },
    OTHER: { description: "Anything else: out of scope (BUR-1)." },
  },
});

export const OfficeOperatingSystem = graphqlEnum(OFFICE_OPERATING_SYSTEMS, {
  name: "OfficeOperatingSystem",
  description: "BUR-1: the member's computer; Windows (with screen sharing) or macOS.",
  valuesConfig: {
    WINDOWS: { description: "BUR-1: Windows; meets the prerequisite only with screen sharing available." },
    MACOS: { description: "BUR-1: macOS; meets the prerequisite." },
    LINUX: { description: "Linux: does not meet the BUR-1 prerequisite." },
    CHROMEOS: { description: "ChromeOS: does not meet the BUR-1 prerequisite." },
    OTHER: { description: "Another system: does not meet the BUR-1 prerequisite." },
  },
});

@ObjectType({ implements: Node, description: "BUR-1/BUR-2: an office-assistance request by phone or email." })
export class OfficeAssistanceRequest extends Node {
  rawId!: string;
  memberRawId!: string;
  /** Who opened it (AUT-4): read by OfficeAssistanceRequest.requestedBy (audit-trail module). */
  requestedByRole!: string;
  requestedByRawId!: string;

  @Field(() => OfficeAssistanceChannel, { description: "BUR-2: phone or e-mail." })
  channel!: Channel;

  @Field(() => OfficeDeviceKind, { description: "BUR-1: the equipment concerned." })
  deviceKind!: DeviceKind;

  @Field(() => OfficeSoftware, { description: "BUR-1: the software concerned." })
  software!: Software;

  @Field(() => OfficeOperatingSystem, { description: "BUR-1: the operating system of the member's computer." })
  operatingSystem!: OperatingSystem;

  @Field(() => Boolean, { description: "BUR-1: whether screen sharing is available on that computer (the prerequisite for Windows)." })
  screenSharingAvailable!: boolean;

  @Field(() => String, { description: "The problem, in the requester's words." })
  description!: string;

  @Field(() => DateTimeScalar, { description: "When the request was made." })
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

  @Field(() => DateTimeScalar, { description: "BUR-4: when the member (or delegate) consented to this session." })
  consentedAt!: Date;

  @Field(() => String, { description: "BUR-4: who consented: MEMBER or DELEGATE." })
  consentedByRole!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the session was stopped (consent withdrawn)." })
  stoppedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Who stopped the session: MEMBER, DELEGATE or DESK_AGENT; null while it is active." })
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

  @Field(() => DateTimeScalar, { description: "When the visit starts (Mon–Fri, 09:00–20:00 Paris, BUR-3)." })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the visit ends: startsAt + durationMinutes." })
  endsAt!: Date;

  @Field(() => Int, { description: "The booked length, in minutes (30 to 480)." })
  durationMinutes!: number;

  @Field(() => Boolean, { description: "The contract year's included visit; false: on an accepted quote." })
  included!: boolean;

  @Field(() => DateScalar, { description: "First day of the contract year (the option's anniversary year, Paris)." })
  contractYearStart!: string;

  @Field(() => DateTimeScalar, { description: "When the visit was booked." })
  bookedAt!: Date;
}

export const { ConnectionType: OfficeAssistanceRequestConnection } = Connection(OfficeAssistanceRequest, "OfficeAssistanceRequest");
