import { GraphQLError } from "graphql";
import { rule as shieldRule } from "graphql-shield";
import { isDatabaseUnavailable } from "../shared/errors.js";

type RuleOptions = NonNullable<Parameters<typeof shieldRule>[1]>;
/** graphql-shield exports neither type: a rule function and what it may answer. */
type RuleFunction = Parameters<ReturnType<typeof shieldRule>>[0];
type RuleResult = Awaited<ReturnType<RuleFunction>>;

/**
 * The one way to declare a shield rule in this project (modules never import `rule` from
 * graphql-shield; a test checks it). shield turns an error thrown inside a rule into a plain
 * `false`, hence FORBIDDEN: a database outage met by a rule that loads something (a coach, the
 * members a technician serves) would read as a refusal. Every rule built here returns the error
 * instead, classified: SERVICE_UNAVAILABLE for an outage, INTERNAL_SERVER_ERROR for a bug (masked
 * by formatError). A rule that does no I/O pays nothing but the try.
 */
export function rule(name: string, options: RuleOptions) {
  return (check: RuleFunction) =>
    shieldRule(
      name,
      options,
    )((parent, args, ctx, info) => {
      try {
        const result = check(parent, args, ctx, info);
        return result instanceof Promise ? result.catch(classified) : result;
      } catch (error) {
        return classified(error);
      }
    });
}

function classified(error: unknown): RuleResult {
  return isDatabaseUnavailable(error)
    ? new GraphQLError("database unavailable", { originalError: error as Error, extensions: { code: "SERVICE_UNAVAILABLE" } })
    : new GraphQLError("authorization rule failed", { originalError: error as Error, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
