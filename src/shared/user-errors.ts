import { Field, InterfaceType, ObjectType } from "type-graphql";
import { graphqlEnum } from "./enums.js";
import type { DomainError, defineErrors } from "./errors.js";
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
 * Builds `<Module>UserError` with its `<Module>ErrorCode` enum from a module's error catalog;
 * `description` says, in the schema, which module's refusals the type carries.
 */
export function userErrorType<Code extends string>(name: string, errors: ReturnType<typeof defineErrors<Code>>, description?: string) {
  const codes = graphqlEnum(Object.keys(errors.catalog) as Code[], { name: `${name}ErrorCode` });

  @ObjectType(`${name}UserError`, { implements: UserError, description })
  class ModuleUserError extends UserError {
    @Field(() => codes)
    code!: Code;
  }

  const toUserErrors = (list: DomainError<Code>[], locale: Locale): ModuleUserError[] =>
    list.map((e) => Object.assign(new ModuleUserError(), { code: e.code, rule: e.rule, field: e.field, message: errors.message(e, locale) }));

  return { ModuleUserError, toUserErrors };
}
