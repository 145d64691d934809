import { toGlobalId } from "../../../src/shared/relay.js";
import { aCast, aLine, anAddress } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aQuotedRequest, aQuoteRequest, quoteGid, requestGid, aServingTechnician } from "./quotes.support.js";

/** One successful call per quotes mutation (audit test). */
export const samples: MutationSamples = {
  async requestQuote(db) {
    const cast = await aCast(db);
    await aLine(db, await anAddress(db, cast.member.id));
    return {
      actor: cast.as.member,
      query: `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { userErrors { code rule } } }`,
      variables: { input: { purpose: "FIBER_INSTALLATION", description: "Installation avec la fibre" } },
    };
  },
  async issueQuote(db) {
    const cast = await aCast(db);
    const request = await aQuoteRequest(db, cast.member.id);
    await aServingTechnician(db, cast.staff.TECHNICIAN.id, cast.member.id);
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: IssueQuoteInput!) { issueQuote(input: $input) { userErrors { code rule } } }`,
      variables: { input: { requestId: requestGid(request), validUntil: "2026-12-31", lines: [{ label: "Étude", quantity: 1, unitTtcCents: 9000 }] } },
    };
  },
  async acceptQuote(db) {
    const cast = await aCast(db);
    const { quote } = await aQuotedRequest(db, cast.member.id, "EQUIPMENT_STUDY");
    return {
      actor: cast.as.delegate,
      query: `mutation($input: DecideQuoteInput!) { acceptQuote(input: $input) { userErrors { code rule } } }`,
      variables: { input: { quoteId: quoteGid(quote) } },
    };
  },
  async declineQuote(db) {
    const cast = await aCast(db);
    const { quote } = await aQuotedRequest(db, cast.member.id, "MAIL_EXPERT_ON_SITE");
    return {
      actor: cast.as.member,
      query: `mutation($input: DecideQuoteInput!) { declineQuote(input: $input) { userErrors { code rule } } }`,
      variables: { input: { quoteId: toGlobalId("Quote", quote.id) } },
    };
  },
};
