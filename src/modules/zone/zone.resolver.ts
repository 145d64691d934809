import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { zoneService } from "./zone.service.js";
import { CoverageEligibility, toZoneUserErrors } from "./zone.types.js";

@Resolver()
export class ZoneResolver {
  @Query(() => CoverageEligibility, { description: "Public: may someone living here apply? (ZON-1)" })
  async coverageEligibility(
    @Ctx() ctx: Context,
    @Arg("postalCode", () => String, { description: 'The French postal code of the place, e.g. "75009" (10 characters at most are read).' }) postalCode: string,
    @Arg("commune", () => String, {
      description: 'The commune\'s name as the person writes it, e.g. "Nice"; matched regardless of case and accents (100 characters at most are read).',
    })
    commune: string,
  ): Promise<CoverageEligibility> {
    const result = await zoneService.check(ctx.db, postalCode.slice(0, 10), commune.slice(0, 100));
    return result.ok
      ? { eligible: true, postalCode: result.value.postalCode, commune: result.value.commune, reasons: [] }
      : { eligible: false, postalCode: postalCode.trim(), commune: commune.trim(), reasons: toZoneUserErrors(result.errors, ctx.locale) };
  }
}
