import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { premisesErrors } from "./premises.errors.js";
import { Address, InternetLine } from "./premises.types.js";

const premisesUserErrors = userErrorType("Premises", premisesErrors, "Why an address or internet-line mutation was refused (ADR-1/2, LIN-1..3, ZON-2).");

export const AddAddressPayload = Payload(
  "AddAddress",
  premisesUserErrors,
  {
    address: { type: () => Address, description: "The new address; null when refused." },
  },
  "The answer to addAddress (ADR-1, ADR-2, ZON-2).",
);
export const RemoveAddressPayload = Payload(
  "RemoveAddress",
  premisesUserErrors,
  {
    address: { type: () => Address, description: "The removed address (removedAt set); null when refused." },
    removedLines: { type: () => [InternetLine], description: "The lines removed with it.", nullable: false, whenRefused: [] },
    optionEnded: { type: () => Boolean, description: "OPT-3: the option ended in this change (no eligible line left).", nullable: false, whenRefused: false },
  },
  "The answer to removeAddress (ADR-2, OPT-3).",
);
export const UpdateAddressEligibilityPayload = Payload(
  "UpdateAddressEligibility",
  premisesUserErrors,
  {
    address: { type: () => Address, description: "The address after the change; null when refused." },
  },
  "The answer to updateAddressEligibility (OPT-1).",
);
export const AddInternetLinePayload = Payload(
  "AddInternetLine",
  premisesUserErrors,
  {
    line: { type: () => InternetLine, description: "The new line (see `eligible`, LIN-2); null when refused." },
  },
  "The answer to addInternetLine (LIN-1..3).",
);
export const RemoveInternetLinePayload = Payload(
  "RemoveInternetLine",
  premisesUserErrors,
  {
    line: { type: () => InternetLine, description: "The removed line (removedAt set); null when refused." },
    optionEnded: { type: () => Boolean, description: "OPT-3: the option ended in this change (it was the last eligible line).", nullable: false, whenRefused: false },
  },
  "The answer to removeInternetLine (OPT-3).",
);
