import { GraphQLError } from "graphql";
import type { Locale, Messages } from "./i18n.js";

/**
 * Expected failures are data: a service returns DomainErrors, the resolver turns them into the
 * payload's userErrors. Only bugs and outages are thrown.
 */
export interface DomainError<Code extends string = string> {
  code: Code;
  /** SPEC rule ID (`MEM-1`); null for generic input problems that no domain rule names. */
  rule: string | null;
  field: string[] | null;
  /** Values interpolated in the message: `{limit}`. */
  params?: Record<string, string | number>;
}

export type Result<T, Code extends string = string> = { ok: true; value: T } | { ok: false; errors: DomainError<Code>[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <Code extends string>(...errors: DomainError<Code>[]): { ok: false; errors: DomainError<Code>[] } => ({
  ok: false,
  errors,
});

export type ErrorCatalog<Code extends string> = Record<Code, { rule: string | null } & Messages>;

/** Declares a module's error codes with their rule and their French and English messages. */
export function defineErrors<Code extends string>(catalog: ErrorCatalog<Code>) {
  return {
    catalog,
    error(code: Code, field: string[] | null = null, params?: Record<string, string | number>): DomainError<Code> {
      return { code, rule: catalog[code].rule, field, params };
    },
    message(error: DomainError<Code>, locale: Locale): string {
      return interpolate(catalog[error.code][locale], error.params);
    },
  };
}

/** `{name}` placeholders replaced by `params`; unknown names are kept. */
export function interpolate(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Codes a client may see on a GraphQL error. Anything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "SERVICE_UNAVAILABLE",
  "IDEMPOTENCY_KEY_INVALID",
  "IDEMPOTENCY_KEY_REQUIRED",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_REQUEST_IN_PROGRESS",
  "MAX_COST_EXCEEDED",
  "THROTTLED",
  "TRUSTED_DOCUMENT_REQUIRED",
  "PERSISTED_QUERY_HASH_MISMATCH",
] as const;
export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number] | "INTERNAL_SERVER_ERROR";

/** Messages for the GraphQL errors that we raise ourselves, keyed by code. */
export const GRAPHQL_ERROR_MESSAGES: Partial<Record<PublicErrorCode, Messages>> = {
  UNAUTHENTICATED: {
    fr: "Authentification requise : jeton absent, invalide ou expiré.",
    en: "Authentication required: the token is missing, invalid or expired.",
  },
  FORBIDDEN: {
    fr: "Vous n'avez pas le droit d'accéder à cette donnée ou d'effectuer cette action.",
    en: "You are not allowed to access this data or perform this action.",
  },
  SERVICE_UNAVAILABLE: {
    fr: "Le service est momentanément indisponible. Réessayez dans quelques instants.",
    en: "The service is temporarily unavailable. Please try again shortly.",
  },
  IDEMPOTENCY_KEY_INVALID: {
    fr: "L'en-tête Idempotency-Key doit compter de 1 à 255 caractères ASCII imprimables, et n'est accepté qu'avec un jeton (il est propre à chaque appelant).",
    en: "The Idempotency-Key header must be 1 to 255 printable ASCII characters, and is only accepted with a token (keys are scoped to the caller).",
  },
  IDEMPOTENCY_KEY_REQUIRED: {
    fr: "Cette mutation réserve ou facture : envoyez un en-tête Idempotency-Key (une valeur unique par opération, réutilisée pour la relancer sans risque).",
    en: "This mutation books or bills: send an Idempotency-Key header (one unique value per operation, reused to retry it safely).",
  },
  IDEMPOTENCY_KEY_REUSED: {
    fr: "Cette clé d'idempotence a déjà servi pour une autre requête (autre opération ou autres variables). Utilisez une nouvelle clé.",
    en: "This idempotency key was already used for another request (another operation or other variables). Use a new key.",
  },
  IDEMPOTENCY_REQUEST_IN_PROGRESS: {
    fr: "Une requête avec cette clé d'idempotence est encore en cours. Réessayez dans un instant avec la même clé.",
    en: "A request with this idempotency key is still in progress. Retry shortly with the same key.",
  },
  MAX_COST_EXCEEDED: {
    fr: "Cette requête coûte {requested} points, plus que le maximum de {maximum} par requête. Demandez moins d'éléments (« first ») ou scindez-la (voir docs/limits.md).",
    en: 'This query costs {requested} points, more than the maximum of {maximum} per query. Ask for fewer items ("first") or split it (see docs/limits.md).',
  },
  THROTTLED: {
    fr: "Budget de requêtes épuisé : cette requête coûte {requested} points et il en reste {available}. Réessayez dans {retryAfter} s (en-tête Retry-After).",
    en: "Query budget exhausted: this query costs {requested} points and {available} are left. Retry in {retryAfter} s (Retry-After header).",
  },
  TRUSTED_DOCUMENT_REQUIRED: {
    fr: "L'application n'envoie que des opérations enregistrées : envoyez l'identifiant du document (« documentId ») au lieu du texte de la requête.",
    en: 'The app sends registered operations only: send the document id ("documentId") instead of the query text.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    fr: "Document inconnu : cet identifiant ne figure pas dans la liste des opérations enregistrées de l'application.",
    en: "Unknown document: this id is not in the app's list of registered operations.",
  },
  PERSISTED_QUERY_HASH_MISMATCH: {
    fr: "L'empreinte sha256 envoyée ne correspond pas au texte de la requête.",
    en: "The sha256 hash sent does not match the query text.",
  },
  INTERNAL_SERVER_ERROR: {
    fr: "Une erreur interne est survenue. Communiquez l'identifiant de requête au support.",
    en: "An internal error occurred. Please give the request id to support.",
  },
};

/** HTTP statuses of the idempotency refusals (issue 13): the request is not executed. */
export const IDEMPOTENCY_HTTP_STATUS = {
  IDEMPOTENCY_KEY_INVALID: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_REQUEST_IN_PROGRESS: 409,
} as const satisfies Partial<Record<PublicErrorCode, number>>;
export type IdempotencyErrorCode = keyof typeof IDEMPOTENCY_HTTP_STATUS;

export function unauthenticated(): GraphQLError {
  return new GraphQLError(GRAPHQL_ERROR_MESSAGES.UNAUTHENTICATED!.en, { extensions: { code: "UNAUTHENTICATED" } });
}

export function forbidden(): GraphQLError {
  return new GraphQLError(GRAPHQL_ERROR_MESSAGES.FORBIDDEN!.en, { extensions: { code: "FORBIDDEN" } });
}

/** Messages of the BAD_USER_INPUT errors we raise (argument problems outside mutation payloads). */
export const BAD_INPUT_MESSAGES = {
  INVALID_PAGE_SIZE: { fr: "« first » doit être compris entre 1 et {max}.", en: '"first" must be between 1 and {max}.' },
  INVALID_CURSOR: { fr: "« after » n'est pas un curseur valide.", en: '"after" is not a valid cursor.' },
  INVALID_WITHIN_DAYS: { fr: "« {field} » doit être compris entre 1 et {max} jours.", en: '"{field}" must be between 1 and {max} days.' },
  INVALID_EVENT_TYPE: {
    fr: "« types » contient un type d'événement inconnu ou que vous ne pouvez pas lire : « {type} » (voir docs/events.md).",
    en: '"types" holds an event type that is unknown or that you may not read: "{type}" (see docs/events.md).',
  },
  NUL_CHARACTER: { fr: "Le texte envoyé contient un caractère nul (U+0000), refusé.", en: "The request contains a NUL character (U+0000), which is refused." },
} satisfies Record<string, Messages>;
export type BadInputKey = keyof typeof BAD_INPUT_MESSAGES;

/** A client error on an argument; the message is localised when the response is sent. */
export function badUserInput(key: BadInputKey, field: string, params?: Record<string, string | number>): GraphQLError {
  return new GraphQLError(interpolate(BAD_INPUT_MESSAGES[key].en, params), {
    extensions: { code: "BAD_USER_INPUT", field, messageKey: key, ...(params ? { messageParams: params } : {}) },
  });
}

/** The localised message of a BAD_USER_INPUT error we raised, if it is one. */
export function localiseBadInput(extensions: Record<string, unknown> | undefined, locale: Locale): string | null {
  const key = extensions?.messageKey;
  if (typeof key !== "string" || !(key in BAD_INPUT_MESSAGES)) return null;
  return interpolate(BAD_INPUT_MESSAGES[key as BadInputKey][locale], extensions?.messageParams as Record<string, string | number> | undefined);
}

/** SQLSTATEs and driver codes that mean "the database cannot be reached right now". */
const UNAVAILABLE_CODES = new Set([
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300", // too_many_connections
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Walks an error's cause chain (drizzle wraps driver errors) looking for an outage. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 8; depth++) {
    if (typeof current === "object") {
      const code = (current as { code?: unknown }).code;
      if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
      if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
      const message = (current as { message?: unknown }).message;
      if (typeof message === "string" && /PGlite is closed/i.test(message)) return true;
      current = (current as { cause?: unknown; originalError?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
    } else break;
  }
  return false;
}

/** A PostgreSQL error's SQLSTATE, if the error (or its cause) carries one. */
export function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 8; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The constraint a PostgreSQL error names, if any. */
export function constraintName(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 8; depth++) {
    const c = (current as { constraint_name?: unknown; constraint?: unknown }).constraint_name ?? (current as { constraint?: unknown }).constraint;
    if (typeof c === "string") return c;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
