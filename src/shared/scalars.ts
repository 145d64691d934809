import { GraphQLError, GraphQLScalarType } from "graphql";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";

/**
 * Dates a business API can mean: years 1900 to 2999. Outside that range a value is a client
 * error (BAD_USER_INPUT), never a database error (PostgreSQL has no year 0) nor a silently
 * shifted date.
 */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function yearOf(value: unknown): number | null {
  if (value instanceof Date) return value.getUTCFullYear();
  if (typeof value === "string" && /^\d{4}-/.test(value)) return Number(value.slice(0, 4));
  return null;
}

function bounded(base: GraphQLScalarType): GraphQLScalarType {
  const config = base.toConfig();
  const check = <T>(value: T): T => {
    const year = yearOf(value);
    if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) {
      throw new GraphQLError(`${base.name} must be between the years ${MIN_YEAR} and ${MAX_YEAR}.`, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return value;
  };
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => check(config.parseValue!(value)),
    parseLiteral: (ast, variables) => check(config.parseLiteral!(ast, variables)),
  });
}

/** Instants: ISO 8601 with an offset (always UTC `Z` on output). */
export const DateTimeScalar = bounded(GraphQLDateTimeISO);
/** Calendar dates (birth dates, effective dates): `YYYY-MM-DD`, no time zone. */
export const DateScalar = bounded(GraphQLLocalDate);
