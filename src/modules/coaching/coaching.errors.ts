import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const coachingErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND"),
  NOT_A_COACH: {
    rule: "SVC-2",
    fr: "La personne désignée n'est pas un coach en activité.",
    en: "The person named is not an active coach.",
  },
  SAME_COACH: {
    rule: "SVC-2",
    fr: "Le coach remplaçant doit être différent du coach attitré.",
    en: "The substitute coach must differ from the assigned coach.",
  },
});

export type CoachingErrorCode = keyof typeof coachingErrors.catalog;
