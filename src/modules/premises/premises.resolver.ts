import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Member } from "../members/index.js";
import { addressesService } from "./premises.addresses.service.js";
import { AddAddressInput, AddInternetLineInput, RemoveAddressInput, RemoveInternetLineInput, UpdateAddressEligibilityInput } from "./premises.inputs.js";
import { linesService } from "./premises.lines.service.js";
import { AddAddressPayload, AddInternetLinePayload, RemoveAddressPayload, RemoveInternetLinePayload, UpdateAddressEligibilityPayload } from "./premises.payloads.js";
import { premisesService } from "./premises.service.js";
import { selects } from "../../shared/selection.js";
import { Address, AddressLinesQuota, InternetLine, MemberQuotas, Quota } from "./premises.types.js";

@Resolver()
export class PremisesResolver {
  @Mutation(() => AddAddressPayload, { description: "Declare a main address (ADR-1) or an extra site (ADR-2), inside the zone (ZON-2)." })
  async addAddress(
    @Ctx() ctx: Context,
    @Arg("input", () => AddAddressInput, { description: "The member (desk only), main address or extra site, the street lines, postal code, commune and eligibility." })
    input: AddAddressInput,
  ) {
    return AddAddressPayload.from(ctx, await addressesService.add(ctx, input));
  }

  @Mutation(() => RemoveAddressPayload, { description: "Remove an address and its lines; may end the option (OPT-3)." })
  async removeAddress(@Ctx() ctx: Context, @Arg("input", () => RemoveAddressInput, { description: "The address to remove, with its lines." }) input: RemoveAddressInput) {
    return RemoveAddressPayload.from(ctx, await addressesService.remove(ctx, input));
  }

  @Mutation(() => UpdateAddressEligibilityPayload, { description: "Desk: record Orange's fiber/ADSL eligibility test for an address (OPT-1)." })
  async updateAddressEligibility(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateAddressEligibilityInput, { description: "The address and the fiber and/or ADSL eligibility results (OPT-1)." }) input: UpdateAddressEligibilityInput,
  ) {
    return UpdateAddressEligibilityPayload.from(ctx, await addressesService.updateEligibility(ctx, input));
  }

  @Mutation(() => AddInternetLinePayload, { description: "Record an internet line at an address (LIN-1..3); incompatible offers are recorded as not eligible (LIN-2)." })
  async addInternetLine(
    @Ctx() ctx: Context,
    @Arg("input", () => AddInternetLineInput, { description: "The address, the operator, offer and technology, the line reference and the holder (must be the member, LIN-3)." })
    input: AddInternetLineInput,
  ) {
    return AddInternetLinePayload.from(ctx, await linesService.add(ctx, input));
  }

  @Mutation(() => RemoveInternetLinePayload, { description: "Remove an internet line; may end the option (OPT-3)." })
  async removeInternetLine(@Ctx() ctx: Context, @Arg("input", () => RemoveInternetLineInput, { description: "The line to remove." }) input: RemoveInternetLineInput) {
    return RemoveInternetLinePayload.from(ctx, await linesService.remove(ctx, input));
  }
}

/** Premises fields of Member; guarded by Member's own rule (canReadMember). */
@Resolver(() => Member)
export class MemberPremisesResolver {
  @FieldResolver(() => [Address], { description: "Active addresses, the main one first (ADR-1, ADR-2)." })
  addresses(@Root() member: Member, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Address[]> {
    return premisesService.addresses(ctx, member.rawId, { withLines: selects(info, "lines") });
  }

  @FieldResolver(() => MemberQuotas, { description: "The member's limits and how much of each is used." })
  quotas(@Root() member: Member): MemberQuotas {
    return premisesService.quotas(member.rawId);
  }
}

@Resolver(() => Address)
export class AddressResolver {
  @FieldResolver(() => [InternetLine], { description: "Active internet lines at this address (LIN-3: at most 2)." })
  lines(@Root() address: Address, @Ctx() ctx: Context): Promise<InternetLine[]> {
    return premisesService.lines(ctx, address);
  }
}

@Resolver(() => InternetLine)
export class InternetLineResolver {
  @FieldResolver(() => Address, { description: "The address the line serves." })
  address(@Root() line: InternetLine, @Ctx() ctx: Context): Promise<Address> {
    return premisesService.addressOfLine(ctx, line);
  }
}

@Resolver(() => MemberQuotas)
export class PremisesQuotasResolver {
  @FieldResolver(() => Quota, { description: "ADR-2: extra sites, at most 5." })
  extraSites(@Root() quotas: MemberQuotas, @Ctx() ctx: Context): Promise<Quota> {
    return premisesService.extraSitesQuota(ctx, quotas);
  }

  @FieldResolver(() => [AddressLinesQuota], { description: "LIN-3: internet lines per active address, at most 2 each." })
  linesPerAddress(@Root() quotas: MemberQuotas, @Ctx() ctx: Context): Promise<AddressLinesQuota[]> {
    return premisesService.linesPerAddressQuota(ctx, quotas);
  }
}

export const premisesResolvers = [PremisesResolver, MemberPremisesResolver, AddressResolver, InternetLineResolver, PremisesQuotasResolver];
