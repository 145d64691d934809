import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const SERVICE_KEYS = [
  "DESK_PHONE",
  "DESK_EMAIL",
  "COACH",
  "ORANGE_VIP",
  "REMOTE_ASSISTANCE",
  "HOME_INTERVENTION",
  "TV_VOD_SUPPORT",
  "AIRBOX_TECHNICIAN",
  "MAILBOX_SETUP",
  "MAILBOX_ASSISTANCE",
  "OFFICE_ASSISTANCE",
  "OFFICE_ASSISTANCE_VISIT",
  "SALON",
] as const;
export type ServiceKeyValue = (typeof SERVICE_KEYS)[number];
export const ServiceKey = graphqlEnum(SERVICE_KEYS, {
  name: "ServiceKey",
  description: "Services with published hours: SVC-1..3, INT-1/2/5, AIR-3, MBX-5, BUR-2/3, SVC-4 (the Salon particulier, by appointment).",
});

@ObjectType({ description: "One opening span, Europe/Paris wall-clock time." })
export class ServiceHoursSpan {
  @Field(() => Int, { description: "ISO weekday: 1 = Monday … 7 = Sunday." })
  isoWeekday!: number;

  @Field(() => String, { description: "HH:MM" })
  opens!: string;

  @Field(() => String, { description: "HH:MM; 24:00 is midnight." })
  closes!: string;

  @Field(() => String, { nullable: true, description: "Set when someone other than Parnasse provides the service then (e.g. SUBCONTRACTOR)." })
  providedBy!: string | null;
}

@ObjectType({ description: "Is this service open at the given instant, and if not, when does it next open?" })
export class ServiceAvailability {
  @Field(() => ServiceKey)
  service!: ServiceKeyValue;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => Boolean)
  openNow!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the current opening ends (null if closed or never closing)." })
  closesAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Next opening when closed." })
  nextOpensAt!: Date | null;

  @Field(() => String, { nullable: true })
  providedBy!: string | null;

  @Field(() => String, { description: "The SPEC rule that sets these hours." })
  rule!: string;

  @Field(() => [ServiceHoursSpan])
  hours!: ServiceHoursSpan[];
}
