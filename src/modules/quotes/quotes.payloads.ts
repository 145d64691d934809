import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { quoteErrors } from "./quotes.errors.js";
import { Quote, QuoteRequest } from "./quotes.types.js";

const quoteUserErrors = userErrorType("Quote", quoteErrors, "Why a quote mutation was refused (QUO-1..3): `code` names the refusal, `rule` the SPEC rule.");

export const QuoteRequestPayload = Payload(
  "QuoteRequest",
  quoteUserErrors,
  {
    request: { type: () => QuoteRequest, description: "The request; null when refused." },
  },
  "The answer to requestQuote (QUO-1, QUO-2).",
);
export const QuotePayload = Payload(
  "Quote",
  quoteUserErrors,
  {
    quote: { type: () => Quote, description: "The quote after the change; null when refused." },
  },
  "The answer to issueQuote, acceptQuote and declineQuote (QUO-2, QUO-3).",
);
