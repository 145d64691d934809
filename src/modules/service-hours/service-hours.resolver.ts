import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { serviceHoursService } from "./service-hours.service.js";
import { ServiceAvailability, ServiceKey, type ServiceKeyValue } from "./service-hours.types.js";

@Resolver()
export class ServiceHoursResolver {
  @Query(() => ServiceAvailability, { description: "Public: is this service open now (or at `at`), and when does it next open?" })
  serviceAvailability(
    @Ctx() ctx: Context,
    @Arg("service", () => ServiceKey, { description: "Which service." }) service: ServiceKeyValue,
    @Arg("at", () => DateTimeScalar, { nullable: true, description: "The instant to check (ISO 8601); now when left out." }) at: Date | null,
  ): Promise<ServiceAvailability> {
    return serviceHoursService.availability(ctx, service, at);
  }
}
