import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { personalDataErrors } from "./personal-data.errors.js";
import { PersonalDataErasure } from "./personal-data.types.js";

const personalDataUserErrors = userErrorType("PersonalData", personalDataErrors, "Why erasePersonalData was refused (GDP-3): `code` names the refusal, `rule` the SPEC rule.");

export const ErasePersonalDataPayload = Payload(
  "ErasePersonalData",
  personalDataUserErrors,
  {
    erasure: { type: () => PersonalDataErasure, description: "GDP-3: when the member was anonymised and the retention ledger; null when refused." },
  },
  "The answer to erasePersonalData (GDP-3).",
);
