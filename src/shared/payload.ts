import { Field, ObjectType, type ClassType } from "type-graphql";

/** What `@Field(() => …)` takes (type-graphql does not export its name). */
type ReturnTypeFunc = NonNullable<Parameters<typeof Field>[0]>;
import type { DomainError, Result } from "./errors.js";
import type { Locale } from "./i18n.js";
import type { UserError } from "./user-errors.js";

/** A module's error type, as `userErrorType()` builds it. */
export interface UserErrors<Code extends string> {
  ModuleUserError: ClassType<UserError>;
  toUserErrors(list: DomainError<Code>[], locale: Locale): UserError[];
}

/** One result field of a payload: its type, and how it reads in the schema. */
export interface ResultField {
  type: ReturnTypeFunc;
  description?: string;
  /** Default true: a refused mutation returns null. A non-null field needs `whenRefused`. */
  nullable?: boolean;
  /** The value of the field when the mutation is refused (default null). */
  whenRefused?: unknown;
}

export type PayloadShape<Fields extends string> = Record<Fields, unknown> & { userErrors: UserError[] };

export interface PayloadType<Fields extends string, Code extends string> extends ClassType<PayloadShape<Fields>> {
  /**
   * The one mapping from a service Result to a payload: the value fills the result field (or, for
   * a payload of several fields, the value is an object of them); a refusal fills `userErrors`.
   */
  from(ctx: { locale: Locale }, result: Result<unknown, Code>): PayloadShape<Fields>;
}

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * Builds `<Name>Payload { <result fields>, userErrors: [<Module>UserError!]! }`, the shape of every
 * mutation's answer, in the style of the `Connection` factory (shared/relay.ts).
 *
 *   export const DesignateDevicePayload = Payload("DesignateDevice", deviceUserErrors, {
 *     device: { type: () => Device, description: "The designated device; null when refused." },
 *   });
 *   return DesignateDevicePayload.from(ctx, await devicesService.designate(ctx, input));
 */
export function Payload<Fields extends string, Code extends string>(
  name: string,
  errors: UserErrors<Code>,
  fields: Record<Fields, ResultField | ReturnTypeFunc>,
  description?: string,
): PayloadType<Fields, Code> {
  const specs = Object.entries(fields).map(([field, spec]) => [field, typeof spec === "function" ? { type: spec } : spec] as [Fields, ResultField]);
  const refused = Object.fromEntries(specs.map(([field, spec]) => [field, spec.whenRefused ?? null])) as Record<Fields, unknown>;

  @ObjectType(`${name}Payload`, {
    description: description ?? `The answer of the \`${lowerFirst(name)}\` mutation: its result, or the reasons it was refused in \`userErrors\`.`,
  })
  class GeneratedPayload {
    userErrors!: UserError[];

    static from(ctx: { locale: Locale }, result: Result<unknown, Code>): PayloadShape<Fields> {
      if (!result.ok) return { ...refused, userErrors: errors.toUserErrors(result.errors, ctx.locale) };
      const value = specs.length === 1 ? { [specs[0]![0]]: result.value } : (result.value as Record<Fields, unknown>);
      return { ...refused, ...value, userErrors: [] } as PayloadShape<Fields>;
    }
  }
  for (const [field, spec] of specs) {
    const description = spec.description ?? `The ${field} as the mutation left it; null when the mutation was refused (see \`userErrors\`).`;
    Field(spec.type, { nullable: spec.nullable ?? true, description })(GeneratedPayload.prototype, field);
  }
  Field(() => [errors.ModuleUserError], {
    description: "Why the mutation was refused; empty when it succeeded. When not empty, nothing was changed and the result fields are null (or their documented refused value).",
  })(GeneratedPayload.prototype, "userErrors");
  return GeneratedPayload as unknown as PayloadType<Fields, Code>;
}
