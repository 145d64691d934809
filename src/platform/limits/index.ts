export { MemoryBudgetStore, RedisBudgetStore, type Budget, type BudgetStore } from "./budget.js";
export { createCostModel, type CostModel, type CostWeights } from "./cost.js";
export { CONSUMER_KINDS, consumerOf, limitsPlugin, requestCostOf, type ConsumerKind, type RequestCost } from "./plugin.js";
