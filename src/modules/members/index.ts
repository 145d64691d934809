export { createMemberLoaders, type MemberLoaders } from "./members.loaders.js";
export { MembersResolver } from "./members.resolver.js";
export { membersService } from "./members.service.js";
export { PostalAddressInput } from "./members.inputs.js";
export { MAX_FREE_REJOINS, toDelegate, toPayer } from "./members.mappers.js";
export type { DelegateRow, MemberRow, PayerRow } from "./members.repository.js";
export { Delegate, DelegateNotificationChannel, Member, MemberStatus, Payer, PayerKind, StaffUser, Viewer } from "./members.types.js";
