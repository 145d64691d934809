import { allow } from "graphql-shield";

/** Public: the app checks an address before someone applies. */
export const zonePermissions = {
  Query: { coverageEligibility: allow },
  Mutation: {},
  types: { CoverageEligibility: allow },
};
