import { defineErrors } from "../../shared/errors.js";

/** Issue 13: the partner's webhook endpoints (docs/webhooks.md). */
export const webhooksErrors = defineErrors({
  WEBHOOK_ENDPOINT_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Point de réception introuvable, ou il ne vous appartient pas.",
    en: "Webhook endpoint not found, or it is not yours.",
  },
  WEBHOOK_URL_INVALID: {
    rule: null,
    fr: "Adresse invalide : indiquez une URL {scheme} complète, sans identifiants ni fragment, d'au plus {max} caractères.",
    en: "Invalid URL: give a full {scheme} URL, with no credentials or fragment, of at most {max} characters.",
  },
  WEBHOOK_URL_NOT_ALLOWED: {
    rule: null,
    fr: "Cette adresse n'est pas autorisée : l'hôte doit figurer dans la liste autorisée et désigner une adresse publique ({reason}).",
    en: "This URL is not allowed: the host must be in the allow-list and resolve to a public address ({reason}).",
  },
  WEBHOOK_EVENT_TYPE_NOT_READABLE: {
    rule: "AUT-3",
    fr: "Type d'événement inconnu ou que vous ne pouvez pas lire : « {type} » (voir docs/events.md).",
    en: 'Event type unknown or not readable by you: "{type}" (see docs/events.md).',
  },
  WEBHOOK_ENDPOINT_LIMIT_REACHED: {
    rule: null,
    fr: "Vous avez déjà {max} points de réception (les désactivés comptent aussi) : modifiez-en un plutôt que d'en ajouter un.",
    en: "You already have {max} webhook endpoints (disabled ones count too): change one instead of adding another.",
  },
  WEBHOOK_ENDPOINT_DISABLED: {
    rule: null,
    fr: "Ce point de réception est désactivé : réactivez-le avant de demander un nouvel envoi.",
    en: "This webhook endpoint is disabled: enable it before asking for a redelivery.",
  },
  WEBHOOK_DESCRIPTION_TOO_LONG: {
    rule: null,
    fr: "La description ne peut dépasser {max} caractères.",
    en: "The description cannot be longer than {max} characters.",
  },
  WEBHOOK_OVERLAP_INVALID: {
    rule: null,
    fr: "La période de recouvrement doit être comprise entre 0 et {max} heures.",
    en: "The overlap must be between 0 and {max} hours.",
  },
  WEBHOOK_EVENT_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Événement introuvable, ou vous ne pouvez pas le lire.",
    en: "Event not found, or you may not read it.",
  },
  WEBHOOK_REDELIVERY_RANGE_INVALID: {
    rule: null,
    fr: "Indiquez soit un événement (eventId), soit une période (from avant to, au plus {maxDays} jours).",
    en: "Give either one event (eventId) or a period (from before to, at most {maxDays} days).",
  },
  WEBHOOK_REDELIVERY_TOO_LARGE: {
    rule: null,
    fr: "Plus de {max} événements dans cette période : demandez une période plus courte.",
    en: "More than {max} events in this period: ask for a shorter one.",
  },
});

export type WebhooksErrorCode = keyof typeof webhooksErrors.catalog;
