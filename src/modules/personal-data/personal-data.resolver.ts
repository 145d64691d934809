import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { ErasePersonalDataInput } from "./personal-data.inputs.js";
import { ErasePersonalDataPayload } from "./personal-data.payloads.js";
import { personalDataService } from "./personal-data.service.js";

@Resolver()
export class PersonalDataResolver {
  @Mutation(() => ErasePersonalDataPayload, {
    description:
      "GDP-3: PRIVACY_OFFICER: erase (redact or anonymise) a member's personal data once the relationship has ended and nothing is owed; " +
      "invoices, credit notes, payments and guarantees are kept unaltered (Code de commerce L123-22). Answers the ERASURE request `requestId` with the retention ledger.",
  })
  async erasePersonalData(
    @Ctx() ctx: Context,
    @Arg("input", () => ErasePersonalDataInput, {
      description:
        "The member whose personal data is erased, and optionally the ERASURE request answered; refused while an option is in force, a balance is due or a dunning case is open (GDP-3).",
    })
    input: ErasePersonalDataInput,
  ) {
    return ErasePersonalDataPayload.from(ctx, await personalDataService.erase(ctx, input));
  }
}

export const personalDataResolvers = [PersonalDataResolver];
