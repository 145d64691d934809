import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { optionErrors } from "./options.errors.js";
import { Announcement, OptionSubscription } from "./options.types.js";

const optionUserErrors = userErrorType("Option", optionErrors, "Why an « Option Intérieur » mutation was refused: subscription, termination or announcement (OPT-1..6, MEM-5).");

export const OptionPayload = Payload(
  "Option",
  optionUserErrors,
  { option: { type: () => OptionSubscription, description: "The option after the change; null when refused." } },
  "The option after the change; null when refused.",
);
export const PublishAnnouncementPayload = Payload(
  "PublishAnnouncement",
  optionUserErrors,
  { announcement: { type: () => Announcement, description: "The announcement published; null when refused." } },
  "The answer to publishAnnouncement (OPT-6).",
);
