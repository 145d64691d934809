import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { optionErrors } from "./options.errors.js";
import { Announcement, OptionSubscription } from "./options.types.js";

const optionUserErrors = userErrorType("Option", optionErrors);

export const OptionPayload = Payload("Option", optionUserErrors, { option: () => OptionSubscription }, "The option after the change; null when refused.");
export const PublishAnnouncementPayload = Payload("PublishAnnouncement", optionUserErrors, { announcement: () => Announcement });
