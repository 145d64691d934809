import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";

/** Instants: ISO 8601 with an offset (always UTC `Z` on output). */
export const DateTimeScalar = GraphQLDateTimeISO;
/** Calendar dates (birth dates, effective dates): `YYYY-MM-DD`, no time zone. */
export const DateScalar = GraphQLLocalDate;
