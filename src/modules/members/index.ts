export { createMemberLoaders, type MemberLoaders } from "./members.loaders.js";
export { MembersResolver } from "./members.resolver.js";
export { membersService } from "./members.service.js";
export { Delegate, Member, Payer, StaffUser, Viewer } from "./members.types.js";
