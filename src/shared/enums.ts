import { registerEnumType } from "type-graphql";

/** A GraphQL enum whose values are a list of strings (usually the database's, `DEVICE_KINDS`), registered under `config.name`. */
export function graphqlEnum<T extends string>(values: readonly T[], config: { name: string; description?: string }): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, config);
  return enumObject;
}
