import type { ModuleDescriptor } from "../../shared/module.js";
import { sandboxPermissions } from "./sandbox.permissions.js";
import { SandboxResolver } from "./sandbox.resolver.js";

/** Issue 13: the sandbox clock integrators move (`sandboxClock`, `advanceSandboxClock`); docs/sandbox.md. */
export const sandboxModule: ModuleDescriptor = {
  name: "sandbox",
  resolvers: [SandboxResolver],
  permissions: sandboxPermissions,
};
