import { defineErrors } from "../../shared/errors.js";

/** Issue 13: the sandbox clock. No SPEC rule: the contract knows one time; the sandbox is for integrators. */
export const sandboxErrors = defineErrors({
  SANDBOX_DISABLED: {
    rule: null,
    fr: "Cette instance n'est pas un bac à sable : l'heure ne peut pas y être avancée (SANDBOX_CLOCK, voir docs/sandbox.md).",
    en: "This deployment is not a sandbox: its time cannot be moved (SANDBOX_CLOCK, see docs/sandbox.md).",
  },
  INVALID_CLOCK_MOVE: {
    rule: null,
    fr: "Indiquez soit une durée (« days », « hours », « minutes », entiers positifs ou nuls, au total plus de zéro), soit une date cible « to », pas les deux.",
    en: 'Give either a duration ("days", "hours", "minutes", whole numbers of zero or more, more than zero in total) or a target time "to", not both.',
  },
  CLOCK_ONLY_FORWARD: {
    rule: null,
    fr: "Le temps du bac à sable n'avance que vers l'avenir : {to} n'est pas après l'heure actuelle ({now}).",
    en: "Sandbox time only moves forward: {to} is not after the current time ({now}).",
  },
  CLOCK_MOVE_TOO_LONG: {
    rule: null,
    fr: "Un déplacement de l'horloge est d'au plus {maxDays} jours ; avancez en plusieurs fois.",
    en: "One move of the clock is {maxDays} days at most; move it in several steps.",
  },
});

export type SandboxErrorCode = keyof typeof sandboxErrors.catalog;
