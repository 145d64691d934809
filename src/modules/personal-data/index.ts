import type { ModuleDescriptor } from "../../shared/module.js";
import { personalDataPermissions } from "./personal-data.permissions.js";
import { personalDataResolvers } from "./personal-data.resolver.js";

/** GDP-2..4: the export, the erasure and the retention job over every table that holds data about a member. */
export const personalDataModule: ModuleDescriptor = {
  name: "personal-data",
  resolvers: personalDataResolvers,
  permissions: personalDataPermissions,
};

export { personalDataService } from "./personal-data.service.js";
export { runRetention, retentionCutoff, RETENTION_YEARS, type RetentionReport } from "./personal-data.retention.js";
export { CATALOGUE, CATEGORIES, type Category, type CatalogueEntry } from "./personal-data.catalogue.js";
export { EXPORT_FORMAT, EXPORT_VERSION, type PersonalDataExport } from "./personal-data.mappers.js";
export { RetainedRecord } from "./personal-data.types.js";
