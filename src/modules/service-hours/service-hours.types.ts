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
  valuesConfig: {
    DESK_PHONE: { description: "SVC-1: the Desk by phone, 24/7." },
    DESK_EMAIL: { description: "SVC-1: the Desk by e-mail, answered Mon–Fri 08:00–20:00." },
    COACH: { description: "SVC-2: the member's coach, Mon–Fri 08:00–20:00." },
    ORANGE_VIP: { description: "SVC-3: Orange VIP service for declared mobile lines, Mon–Fri 08:00–20:00 and Sat 09:00–20:00." },
    REMOTE_ASSISTANCE: { description: "INT-1: remote assistance, 24/7/365." },
    HOME_INTERVENTION: { description: "INT-2: on-site interventions at a declared address, Mon–Sat 09:00–19:00." },
    TV_VOD_SUPPORT: { description: "INT-5: TV bouquet and VOD support, remote only, Mon–Fri 09:00–20:00." },
    AIRBOX_TECHNICIAN: { description: "AIR-3: Airbox technician, Mon–Fri 08:00–20:00." },
    MAILBOX_SETUP: { description: "MBX-5: remote mailbox setup, Mon–Fri 09:00–20:00." },
    MAILBOX_ASSISTANCE: { description: "MBX-5: mailbox assistance, Mon–Fri 09:00–20:00 and Sat 10:00–19:00 (Saturday possibly by a subcontractor)." },
    OFFICE_ASSISTANCE: { description: "BUR-2: office assistance by phone or e-mail, Mon–Fri 09:00–20:00 and Sat 10:00–19:00 (Saturday possibly by a subcontractor)." },
    OFFICE_ASSISTANCE_VISIT: { description: "BUR-3: the on-site office assistance visit, Mon–Fri 09:00–20:00." },
    SALON: { description: "SVC-4: the Salon particulier at Boutique Orange Opéra, by appointment only." },
  },
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
  @Field(() => ServiceKey, { description: "The service asked about." })
  service!: ServiceKeyValue;

  @Field(() => DateTimeScalar, { description: "The instant the answer is for: `at` when given, else now (the API's clock)." })
  at!: Date;

  @Field(() => Boolean, { description: "True when the service is open at `at`." })
  openNow!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the current opening ends (null if closed or never closing)." })
  closesAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Next opening when closed." })
  nextOpensAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Who provides the service in the current (or, when closed, the next) opening when not Parnasse, e.g. SUBCONTRACTOR on Saturdays (MBX-5, BUR-2); null for Parnasse.",
  })
  providedBy!: string | null;

  @Field(() => String, { description: "The SPEC rule that sets these hours." })
  rule!: string;

  @Field(() => [ServiceHoursSpan], { description: "The weekly opening spans of the service (Europe/Paris wall-clock time), Monday first." })
  hours!: ServiceHoursSpan[];
}
