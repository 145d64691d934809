import { registerEnumType } from "type-graphql";

/**
 * A GraphQL enum whose values are a list of strings (usually the database's, `DEVICE_KINDS`),
 * registered under `config.name`. `config.values` describes each value in the schema: the type
 * requires one description per value, so adding a value to the list without describing it does not
 * compile.
 */
export function graphqlEnum<T extends string>(values: readonly T[], config: { name: string; description?: string; values?: Record<T, string> }): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  const descriptions = config.values;
  registerEnumType(enumObject, {
    name: config.name,
    description: config.description,
    valuesConfig: descriptions ? (Object.fromEntries(values.map((v) => [v, { description: descriptions[v] }])) as Record<T, { description: string }>) : undefined,
  });
  return enumObject;
}
