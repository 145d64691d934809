import { toGlobalId } from "../../../src/shared/relay.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aScene, anAssistanceRequest, anIntervention, bookingInput } from "./support.js";

/** One successful call per interventions mutation (audit test). */
export const samples: MutationSamples = {
  async openAssistanceRequest(db) {
    const scene = await aScene(db);
    return {
      actor: scene.as.member,
      query: `mutation($input: OpenAssistanceRequestInput!) { openAssistanceRequest(input: $input) { userErrors { code rule } } }`,
      variables: { input: { topic: "LIVEBOX", description: "Plus d'internet" } },
    };
  },
  async recordRemoteAssistanceOutcome(db) {
    const scene = await aScene(db);
    const request = await anAssistanceRequest(db, scene.member.id, { remoteOutcome: null, remoteOutcomeAt: null, remoteOutcomeBy: null });
    return {
      actor: scene.as.DESK_AGENT,
      query: `mutation($input: RecordRemoteAssistanceOutcomeInput!) { recordRemoteAssistanceOutcome(input: $input) { userErrors { code rule } } }`,
      variables: { input: { assistanceRequestId: toGlobalId("AssistanceRequest", request.id), outcome: "FAILED" } },
    };
  },
  async bookHomeIntervention(db) {
    const scene = await aScene(db);
    return {
      actor: scene.as.DESK_AGENT,
      query: `mutation($input: BookHomeInterventionInput!) { bookHomeIntervention(input: $input) { userErrors { code rule } } }`,
      variables: { input: bookingInput(scene) },
    };
  },
  async confirmInterventionBackup(db) {
    const scene = await aScene(db);
    const row = await anIntervention(db, scene);
    return {
      actor: scene.as.delegate,
      query: `mutation($input: InterventionIdInput!) { confirmInterventionBackup(input: $input) { userErrors { code rule } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id) } },
    };
  },
  async startIntervention(db) {
    const scene = await aScene(db);
    const row = await anIntervention(db, scene, { backupConfirmedAt: new Date("2026-11-25T09:00:00Z") });
    return {
      actor: scene.as.TECHNICIAN,
      query: `mutation($input: InterventionIdInput!) { startIntervention(input: $input) { userErrors { code rule } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id) } },
    };
  },
  async completeIntervention(db) {
    const scene = await aScene(db);
    const row = await anIntervention(db, scene, {
      status: "STARTED",
      backupConfirmedAt: new Date("2026-11-25T09:00:00Z"),
      startedAt: new Date("2026-11-26T09:00:00Z"),
    });
    return {
      actor: scene.as.TECHNICIAN,
      query: `mutation($input: InterventionIdInput!) { completeIntervention(input: $input) { userErrors { code rule } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id) } },
    };
  },
  async refuseIntervention(db) {
    const scene = await aScene(db);
    const row = await anIntervention(db, scene);
    return {
      actor: scene.as.TECHNICIAN,
      query: `mutation($input: RefuseInterventionInput!) { refuseIntervention(input: $input) { userErrors { code rule } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id), reason: "DANGEROUS_REPAIR" } },
    };
  },
  async cancelIntervention(db) {
    const scene = await aScene(db);
    const row = await anIntervention(db, scene);
    return {
      actor: scene.as.DESK_AGENT,
      query: `mutation($input: InterventionIdInput!) { cancelIntervention(input: $input) { userErrors { code rule } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id) } },
    };
  },
};
