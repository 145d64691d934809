import { Field, InterfaceType, ObjectType } from "type-graphql";
import { graphqlEnum } from "./enums.js";
import type { DomainError, ErrorCatalog, defineErrors } from "./errors.js";
import type { Locale } from "./i18n.js";

@InterfaceType({ description: "An expected refusal, returned in a mutation payload rather than thrown." })
export abstract class UserError {
  @Field(() => String, { description: "For a person: French by default, English with `Accept-Language: en`." })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "email"].' })
  field!: string[] | null;

  @Field(() => String, { nullable: true, description: "The SPEC rule ID that refused, e.g. `MEM-1`." })
  rule!: string | null;
}

/**
 * Each error code's description in the schema, derived from the catalogue (never copied by hand):
 * its English message (placeholders such as `{limit}` are filled at run time) and its SPEC rule.
 */
export function errorCodeDescriptions<Code extends string>(catalog: ErrorCatalog<Code>): Record<Code, string> {
  return Object.fromEntries(
    (Object.keys(catalog) as Code[]).map((code) => {
      const { en, rule } = catalog[code];
      return [code, rule ? `${en} (rule ${rule})` : `${en} (input check, no SPEC rule)`];
    }),
  ) as Record<Code, string>;
}

/**
 * Builds `<Module>UserError` with its `<Module>ErrorCode` enum from a module's error catalog;
 * `description` says, in the schema, which module's refusals the type carries.
 */
export function userErrorType<Code extends string>(name: string, errors: ReturnType<typeof defineErrors<Code>>, description?: string) {
  const codes = graphqlEnum(Object.keys(errors.catalog) as Code[], {
    name: `${name}ErrorCode`,
    description: `Why a ${name} mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages).`,
    values: errorCodeDescriptions(errors.catalog),
  });

  @ObjectType(`${name}UserError`, {
    implements: UserError,
    description:
      description ?? `A refusal of a ${name} mutation: a stable \`code\` to branch on, a translated \`message\` to show, the input \`field\` at fault and the SPEC \`rule\`.`,
  })
  class ModuleUserError extends UserError {
    @Field(() => codes, { description: "Stable machine-readable reason; branch on this, not on `message`." })
    code!: Code;
  }

  const toUserErrors = (list: DomainError<Code>[], locale: Locale): ModuleUserError[] =>
    list.map((e) => Object.assign(new ModuleUserError(), { code: e.code, rule: e.rule, field: e.field, message: errors.message(e, locale) }));

  return { ModuleUserError, toUserErrors };
}
