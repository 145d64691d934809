export * from "./members.js";
export * from "./people.js";
export * from "./audit.js";
