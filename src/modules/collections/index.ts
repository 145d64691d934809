export { collectionsResolvers } from "./collections.resolver.js";
export { collectionsPermissions } from "./collections.permissions.js";
export { createCollectionsLoaders, type CollectionsLoaders } from "./collections.loaders.js";
export { issueCreditNoteInTx, creditNotesService } from "./collections.credit-notes.service.js";
export { paymentsService } from "./collections.payments.service.js";
export { disputesService } from "./collections.disputes.service.js";
export { dunningService } from "./collections.dunning.service.js";
export { lateChargesService } from "./collections.late-charges.service.js";
export { computeLateCharges, statusAfter, unpaidAtStartOf, type LateChargeHistory } from "./collections.rules.js";
