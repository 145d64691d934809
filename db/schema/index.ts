export * from "./members.js";
export * from "./people.js";
export * from "./audit.js";
export * from "./zone.js";
export * from "./membership.js";
export * from "./premises.js";
export * from "./options.js";
export * from "./services.js";
