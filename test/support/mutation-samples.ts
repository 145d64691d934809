import type { Actor } from "../../src/authz/actor.js";
import type { Database } from "../../src/shared/db.js";
import { toGlobalId } from "../../src/shared/relay.js";
import { givePremises } from "../modules/options/support.js";
import { aCoachedCast, aDevice, aVipLine } from "../modules/devices/devices.support.js";
import { aScene as interventionScene, anAssistanceRequest, anIntervention, bookingInput as interventionBooking } from "../modules/interventions/support.js";
import { aCandidate, aCast, aCommitteeMeeting, aLine, aMember, aPayer, actors, anAddress, anOption } from "./factories.js";
import { aMailbox, aMailboxMember, aPack } from "../modules/mailboxes/mailboxes.support.js";
import { aDevice as anAirboxDevice, aRepair, aRepairNeedingTechnician, aScheduledRepair, anAirbox, anIncident } from "../modules/airbox/airbox.support.js";
import { aConciergeCast, aConciergeRequest, aPrivilege } from "../modules/concierge/concierge.support.js";
import { aProBrick, aProCast, aProService } from "../modules/pro/pro.support.js";
import { aRegistration, aSalonCast, anAppointment, anEvent, anOptionHolder } from "../modules/salon/salon.support.js";

export interface MutationSample {
  actor: Actor;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One successful call per mutation of the schema. The audit test fails for a mutation that has
 * no sample here, so a new mutation cannot ship without proving that it writes its audit row.
 */
const coreSamples: Record<string, (db: Database) => Promise<MutationSample>> = {
  async updateMemberContact(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: UpdateMemberContactInput!) { updateMemberContact(input: $input) { userErrors { code } } }`,
      variables: { input: { phone: "0612121212" } },
    };
  },

  async subscribeOption(db) {
    const member = await aMember(db);
    await givePremises(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: SubscribeOptionInput!) { subscribeOption(input: $input) { userErrors { code } } }`,
      variables: { input: {} },
    };
  },
  async requestOptionTermination(db) {
    const member = await aMember(db);
    await givePremises(db, member.id);
    await anOption(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: RequestOptionTerminationInput!) { requestOptionTermination(input: $input) { userErrors { code } } }`,
      variables: { input: { channel: "APP" } },
    };
  },
  async terminateOptionForParnasse(db) {
    const cast = await aCast(db);
    await givePremises(db, cast.member.id);
    await anOption(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: TerminateOptionForParnasseInput!) { terminateOptionForParnasse(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: toGlobalId("Member", cast.member.id), reason: "PARNASSE_BREACH", detail: "audit sample" } },
    };
  },
  async publishAnnouncement(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { userErrors { code } } }`,
      variables: { input: { kind: "SERVICE_REMOVAL", title: "Fin du service X", body: "Le service X sera retiré.", effectiveOn: "2030-01-01" } },
    };
  },
  async addAddress(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: AddAddressInput!) { addAddress(input: $input) { userErrors { code } } }`,
      variables: { input: { kind: "MAIN", line1: "10 rue Halévy", postalCode: "75009", commune: "Paris", fiberEligible: true } },
    };
  },
  async removeAddress(db) {
    const cast = await aCast(db);
    const address = await anAddress(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: RemoveAddressInput!) { removeAddress(input: $input) { userErrors { code } } }`,
      variables: { input: { addressId: toGlobalId("Address", address.id) } },
    };
  },
  async updateAddressEligibility(db) {
    const cast = await aCast(db);
    const address = await anAddress(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: UpdateAddressEligibilityInput!) { updateAddressEligibility(input: $input) { userErrors { code } } }`,
      variables: { input: { addressId: toGlobalId("Address", address.id), adslEligible: true } },
    };
  },
  async addInternetLine(db) {
    const cast = await aCast(db);
    const address = await anAddress(db, cast.member.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: AddInternetLineInput!) { addInternetLine(input: $input) { userErrors { code } } }`,
      variables: {
        input: {
          addressId: toGlobalId("Address", address.id),
          operator: "ORANGE",
          offer: "RESIDENTIAL_INTERNET",
          technology: "FIBER",
          holder: { lastName: cast.member.lastName, firstName: cast.member.firstName },
        },
      },
    };
  },
  async submitCandidacy() {
    return {
      actor: { kind: "anonymous" },
      query: `mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { userErrors { code } } }`,
      variables: {
        input: {
          lastName: "Audit",
          firstName: "Sample",
          birthDate: "1980-05-05",
          email: "audit.sample@example.fr",
          phone: "0611223344",
          postalAddress: { line1: "1 rue de la Paix", postalCode: "75002", commune: "Paris" },
        },
      },
    };
  },
  async removeInternetLine(db) {
    const cast = await aCast(db);
    const line = await aLine(db, await anAddress(db, cast.member.id));
    return {
      actor: cast.as.member,
      query: `mutation($input: RemoveInternetLineInput!) { removeInternetLine(input: $input) { userErrors { code } } }`,
      variables: { input: { lineId: toGlobalId("InternetLine", line.id) } },
    };
  },
  async createCommitteeMeeting(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.COMMITTEE,
      query: `mutation($input: CreateCommitteeMeetingInput!) { createCommitteeMeeting(input: $input) { userErrors { code } } }`,
      variables: { input: { heldOn: "2026-11-24" } },
    };
  },
  async decideCandidacy(db) {
    const cast = await aCast(db);
    const meeting = await aCommitteeMeeting(db, "2026-11-20", cast.staff.COMMITTEE.id);
    const candidate = await aCandidate(db);
    return {
      actor: cast.as.COMMITTEE,
      query: `mutation($input: DecideCandidacyInput!) { decideCandidacy(input: $input) { userErrors { code } } }`,
      variables: {
        input: {
          meetingId: toGlobalId("CommitteeMeeting", meeting.id),
          candidacyId: toGlobalId("Candidacy", candidate.id),
          decision: "ACCEPT",
          reason: "Dossier complet",
        },
      },
    };
  },
  async recordEntryFeePayment(db) {
    const cast = await aCast(db);
    const accepted = await aMember(db, { status: "ACCEPTED" });
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: RecordEntryFeePaymentInput!) { recordEntryFeePayment(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: toGlobalId("Member", accepted.id), amountCents: 100_000 } },
    };
  },
  async terminateMembership(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: TerminateMembershipInput!) { terminateMembership(input: $input) { userErrors { code } } }`,
      variables: { input: {} },
    };
  },
  async recordDebtRecoveryOpened(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: RecordDebtRecoveryOpenedInput!) { recordDebtRecoveryOpened(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: cast.memberGid } },
    };
  },
  async rejoinMembership(db) {
    const cast = await aCast(db);
    const former = await aMember(db, { status: "TERMINATED", honorary: true, terminatedAt: new Date("2026-01-01T00:00:00Z") });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RejoinMembershipInput!) { rejoinMembership(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: toGlobalId("Member", former.id) } },
    };
  },
  async designateDelegate(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: DesignateDelegateInput!) { designateDelegate(input: $input) { userErrors { code } } }`,
      variables: { input: { lastName: "Nouveau", firstName: "Délégué", postalAddress: "3 rue X, 75003 Paris", phone: "0699887766" } },
    };
  },
  async revokeDelegate(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RevokeDelegateInput!) { revokeDelegate(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: cast.memberGid } },
    };
  },
  async designatePayer(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: DesignatePayerInput!) { designatePayer(input: $input) { userErrors { code } } }`,
      variables: { input: { kind: "NATURAL_PERSON", displayName: "Marie Dupont", email: "marie@example.fr", billingAddress: "4 rue Y, 75004 Paris" } },
    };
  },
  async revokePayer(db) {
    const cast = await aCast(db);
    const payer = await aPayer(db, cast.member.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: RevokePayerInput!) { revokePayer(input: $input) { userErrors { code } } }`,
      variables: { input: { payerId: toGlobalId("Payer", payer.id) } },
    };
  },
  async assignCoach(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AssignCoachInput!) { assignCoach(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: cast.memberGid, coachId: toGlobalId("StaffUser", cast.staff.COACH.id) } },
    };
  },
  // --- devices and VIP lines (DEV-1..3, SVC-3) ---
  async designateDevice(db) {
    const cast = await aCoachedCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: DesignateDeviceInput!) { designateDevice(input: $input) { userErrors { code } } }`,
      variables: { input: { name: "iPhone", kind: "PHONE", os: "IOS", hasInternetConnectivity: true } },
    };
  },
  async activateDevice(db) {
    const cast = await aCoachedCast(db);
    const device = await aDevice(db, cast.member.id);
    return {
      actor: cast.as.COACH,
      query: `mutation($input: ActivateDeviceInput!) { activateDevice(input: $input) { userErrors { code } } }`,
      variables: { input: { deviceId: toGlobalId("Device", device.id) } },
    };
  },
  async removeDevice(db) {
    const cast = await aCoachedCast(db);
    const device = await aDevice(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: RemoveDeviceInput!) { removeDevice(input: $input) { userErrors { code } } }`,
      variables: { input: { deviceId: toGlobalId("Device", device.id) } },
    };
  },
  async declareVipLine(db) {
    const cast = await aCoachedCast(db);
    return {
      actor: cast.as.COACH,
      query: `mutation($input: DeclareVipLineInput!) { declareVipLine(input: $input) { userErrors { code } } }`,
      variables: {
        input: {
          memberId: cast.memberGid,
          phoneNumber: "0612345678",
          operator: "ORANGE",
          planType: "ORANGE_PLAN",
          holder: { lastName: cast.member.lastName, firstName: cast.member.firstName },
        },
      },
    };
  },
  async withdrawVipLine(db) {
    const cast = await aCoachedCast(db);
    const line = await aVipLine(db, cast.member.id, cast.staff.COACH.id);
    return {
      actor: cast.as.COACH,
      query: `mutation($input: WithdrawVipLineInput!) { withdrawVipLine(input: $input) { userErrors { code } } }`,
      variables: { input: { vipLineId: toGlobalId("VipLine", line.id) } },
    };
  },
  // --- interventions (INT-1..INT-7) ---
  async openAssistanceRequest(db) {
    const scene = await interventionScene(db);
    return {
      actor: scene.as.member,
      query: `mutation($input: OpenAssistanceRequestInput!) { openAssistanceRequest(input: $input) { userErrors { code } } }`,
      variables: { input: { topic: "LIVEBOX", description: "Plus d'internet" } },
    };
  },
  async recordRemoteAssistanceOutcome(db) {
    const scene = await interventionScene(db);
    const request = await anAssistanceRequest(db, scene.member.id, { remoteOutcome: null, remoteOutcomeAt: null, remoteOutcomeBy: null });
    return {
      actor: scene.as.DESK_AGENT,
      query: `mutation($input: RecordRemoteAssistanceOutcomeInput!) { recordRemoteAssistanceOutcome(input: $input) { userErrors { code } } }`,
      variables: { input: { assistanceRequestId: toGlobalId("AssistanceRequest", request.id), outcome: "FAILED" } },
    };
  },
  async bookHomeIntervention(db) {
    const scene = await interventionScene(db);
    return {
      actor: scene.as.DESK_AGENT,
      query: `mutation($input: BookHomeInterventionInput!) { bookHomeIntervention(input: $input) { userErrors { code } } }`,
      variables: { input: interventionBooking(scene) },
    };
  },
  async confirmInterventionBackup(db) {
    const scene = await interventionScene(db);
    const row = await anIntervention(db, scene);
    return {
      actor: scene.as.delegate,
      query: `mutation($input: InterventionIdInput!) { confirmInterventionBackup(input: $input) { userErrors { code } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id) } },
    };
  },
  async startIntervention(db) {
    const scene = await interventionScene(db);
    const row = await anIntervention(db, scene, { backupConfirmedAt: new Date("2026-11-25T09:00:00Z") });
    return {
      actor: scene.as.TECHNICIAN,
      query: `mutation($input: InterventionIdInput!) { startIntervention(input: $input) { userErrors { code } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id) } },
    };
  },
  async completeIntervention(db) {
    const scene = await interventionScene(db);
    const row = await anIntervention(db, scene, {
      status: "STARTED",
      backupConfirmedAt: new Date("2026-11-25T09:00:00Z"),
      startedAt: new Date("2026-11-26T09:00:00Z"),
    });
    return {
      actor: scene.as.TECHNICIAN,
      query: `mutation($input: InterventionIdInput!) { completeIntervention(input: $input) { userErrors { code } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id) } },
    };
  },
  async refuseIntervention(db) {
    const scene = await interventionScene(db);
    const row = await anIntervention(db, scene);
    return {
      actor: scene.as.TECHNICIAN,
      query: `mutation($input: RefuseInterventionInput!) { refuseIntervention(input: $input) { userErrors { code } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id), reason: "DANGEROUS_REPAIR" } },
    };
  },
  async cancelIntervention(db) {
    const scene = await interventionScene(db);
    const row = await anIntervention(db, scene);
    return {
      actor: scene.as.DESK_AGENT,
      query: `mutation($input: InterventionIdInput!) { cancelIntervention(input: $input) { userErrors { code } } }`,
      variables: { input: { interventionId: toGlobalId("Intervention", row.id) } },
    };
  },

  // --- mailboxes (MBX-1..5) ---
  async subscribeMailboxPack(db) {
    const member = await aMailboxMember(db);
    return {
      actor: actors.member(member),
      query: `mutation($input: SubscribeMailboxPackInput!) { subscribeMailboxPack(input: $input) { userErrors { code } } }`,
      variables: { input: { pack: "PACK_5" } },
    };
  },
  async cancelMailboxPack(db) {
    const member = await aMailboxMember(db);
    const pack = await aPack(db, member.id, "PLUS_1");
    return {
      actor: actors.member(member),
      query: `mutation($input: CancelMailboxPackInput!) { cancelMailboxPack(input: $input) { userErrors { code } } }`,
      variables: { input: { packId: toGlobalId("MailboxPack", pack.id) } },
    };
  },
  async createMailbox(db) {
    const member = await aMailboxMember(db);
    return {
      actor: actors.member(member),
      query: `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { userErrors { code } } }`,
      variables: { input: { localPart: `audit.${member.id.slice(0, 8)}` } },
    };
  },
  async deleteMailbox(db) {
    const member = await aMailboxMember(db);
    const box = await aMailbox(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: DeleteMailboxInput!) { deleteMailbox(input: $input) { userErrors { code } } }`,
      variables: { input: { mailboxId: toGlobalId("Mailbox", box.id) } },
    };
  },
  async requestMailboxMigration(db) {
    const member = await aMailboxMember(db);
    const box = await aMailbox(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: RequestMailboxMigrationInput!) { requestMailboxMigration(input: $input) { userErrors { code } } }`,
      variables: { input: { mailboxId: toGlobalId("Mailbox", box.id), source: "Gmail", sizeMb: 2048 } },
    };
  },
  async requestMailboxSupport(db) {
    const member = await aMailboxMember(db);
    const box = await aMailbox(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: RequestMailboxSupportInput!) { requestMailboxSupport(input: $input) { userErrors { code } } }`,
      variables: { input: { mailboxId: toGlobalId("Mailbox", box.id), kind: "SETUP" } },
    };
  },

  // --- Airbox (AIR-1..3) ---
  async recordAirboxHandover(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordAirboxHandoverInput!) { recordAirboxHandover(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: cast.memberGid, device: anAirboxDevice() } },
    };
  },
  async recordAirboxInadequateUse(db) {
    const cast = await aCast(db);
    const box = await anAirbox(db, cast.member.id);
    await aScheduledRepair(db, box, cast.staff.TECHNICIAN.id); // AUT-3: the technician serves the member
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: RecordAirboxInadequateUseInput!) { recordAirboxInadequateUse(input: $input) { userErrors { code } } }`,
      variables: { input: { airboxId: toGlobalId("Airbox", box.id), reason: "MOBILE_USE" } },
    };
  },
  async declareAirboxIncident(db) {
    const cast = await aCast(db);
    await anAddress(db, cast.member.id);
    await anAirbox(db, cast.member.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: DeclareAirboxIncidentInput!) { declareAirboxIncident(input: $input) { userErrors { code } } }`,
      variables: { input: { description: "Plus d'internet" } },
    };
  },
  async activateAirboxSim(db) {
    const cast = await aCast(db);
    const home = await anAddress(db, cast.member.id);
    const incident = await anIncident(db, await anAirbox(db, cast.member.id), home.id, { technicianId: cast.staff.TECHNICIAN.id });
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: AirboxIncidentInput!) { activateAirboxSim(input: $input) { userErrors { code } } }`,
      variables: { input: { incidentId: toGlobalId("AirboxIncident", incident.id) } },
    };
  },
  async closeAirboxIncident(db) {
    const cast = await aCast(db);
    const home = await anAddress(db, cast.member.id);
    const incident = await anIncident(db, await anAirbox(db, cast.member.id), home.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AirboxIncidentInput!) { closeAirboxIncident(input: $input) { userErrors { code } } }`,
      variables: { input: { incidentId: toGlobalId("AirboxIncident", incident.id) } },
    };
  },
  async reportAirboxFault(db) {
    const cast = await aCast(db);
    await anAirbox(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: ReportAirboxFaultInput!) { reportAirboxFault(input: $input) { userErrors { code } } }`,
      variables: { input: { description: "Ne s'allume plus" } },
    };
  },
  async recordAirboxDiagnosis(db) {
    const cast = await aCast(db);
    const repair = await aRepair(db, await anAirbox(db, cast.member.id));
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordAirboxDiagnosisInput!) { recordAirboxDiagnosis(input: $input) { userErrors { code } } }`,
      variables: { input: { repairId: toGlobalId("AirboxRepair", repair.id), outcome: "NEEDS_TECHNICIAN" } },
    };
  },
  async scheduleAirboxTechnician(db) {
    const cast = await aCast(db);
    await anAddress(db, cast.member.id);
    const repair = await aRepairNeedingTechnician(db, await anAirbox(db, cast.member.id));
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: ScheduleAirboxTechnicianInput!) { scheduleAirboxTechnician(input: $input) { userErrors { code } } }`,
      variables: {
        input: { repairId: toGlobalId("AirboxRepair", repair.id), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id), startsAt: "2026-11-27T07:00:00Z", endsAt: "2026-11-27T08:00:00Z" },
      },
    };
  },
  async completeAirboxRepair(db) {
    const cast = await aCast(db);
    const repair = await aScheduledRepair(db, await anAirbox(db, cast.member.id), cast.staff.TECHNICIAN.id);
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: CompleteAirboxRepairInput!) { completeAirboxRepair(input: $input) { userErrors { code } } }`,
      variables: { input: { repairId: toGlobalId("AirboxRepair", repair.id), outcome: "REPLACED", replacement: anAirboxDevice() } },
    };
  },

  // --- concierge (CON-1..6) ---
  async submitConciergeRequest(db) {
    const cast = await aConciergeCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: SubmitConciergeRequestInput!) { submitConciergeRequest(input: $input) { userErrors { code } } }`,
      variables: { input: { category: "RESTAURANT", content: "Une table pour deux", callback: { phone: "0612345678" } } },
    };
  },
  async cancelConciergeRequest(db) {
    const cast = await aConciergeCast(db);
    const request = await aConciergeRequest(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: CancelConciergeRequestInput!) { cancelConciergeRequest(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ConciergeRequest", request.id), reason: "Plus besoin" } },
    };
  },
  async updateConciergeRequestStatus(db) {
    const cast = await aConciergeCast(db);
    const request = await aConciergeRequest(db, cast.member.id);
    return {
      actor: cast.as.CONCIERGE_PARTNER,
      query: `mutation($input: UpdateConciergeRequestStatusInput!) { updateConciergeRequestStatus(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ConciergeRequest", request.id), status: "ACCEPTED" } },
    };
  },
  async subscribeConciergePrivilege(db) {
    const cast = await aConciergeCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: ConciergePrivilegeInput!) { subscribeConciergePrivilege(input: $input) { userErrors { code } } }`,
      variables: { input: {} },
    };
  },
  async cancelConciergePrivilege(db) {
    const cast = await aConciergeCast(db);
    await aPrivilege(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: ConciergePrivilegeInput!) { cancelConciergePrivilege(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: cast.memberGid } },
    };
  },

  // --- Univers Pro (PRO-1..4) ---
  async requestProService(db) {
    const cast = await aProCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: RequestProServiceInput!) { requestProService(input: $input) { userErrors { code } } }`,
      variables: { input: { service: "PUBLIC_WIFI", description: "Wi-Fi public" } },
    };
  },
  async recordProServiceStudy(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id, { technicianId: cast.staff.TECHNICIAN.id });
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: RecordProServiceStudyInput!) { recordProServiceStudy(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), summary: "Étude faite" } },
    };
  },
  async recordProServiceInstallation(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id, { status: "ACCEPTED" });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordProServiceInstallationInput!) { recordProServiceInstallation(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), installedOn: "2026-11-20" } },
    };
  },
  async subscribeProBrick(db) {
    const cast = await aProCast(db);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: SubscribeProBrickInput!) { subscribeProBrick(input: $input) { userErrors { code } } }`,
      variables: { input: { brick: "WIFI", accessPoints: 2, addressId: toGlobalId("Address", cast.address.id) } },
    };
  },
  async recordProBrickPrerequisite(db) {
    const cast = await aProCast(db);
    const brick = await aProBrick(db, cast.member.id, cast.address.id, { status: "REVIEW_REQUIRED" });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordProBrickPrerequisiteInput!) { recordProBrickPrerequisite(input: $input) { userErrors { code } } }`,
      variables: { input: { brickId: toGlobalId("ProBrick", brick.id), summary: "Revue faite" } },
    };
  },
  async terminateProBrick(db) {
    const cast = await aProCast(db);
    const brick = await aProBrick(db, cast.member.id, cast.address.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: TerminateProBrickInput!) { terminateProBrick(input: $input) { userErrors { code } } }`,
      variables: { input: { brickId: toGlobalId("ProBrick", brick.id) } },
    };
  },
  async bookSalonAppointment(db) {
    const member = await anOptionHolder(db);
    return {
      actor: actors.member(member),
      query: `mutation($input: BookSalonAppointmentInput!) { bookSalonAppointment(input: $input) { userErrors { code } } }`,
      variables: { input: { startsAt: "2026-12-01T13:00:00Z", durationMinutes: 60 } },
    };
  },
  async cancelSalonAppointment(db) {
    const cast = await aSalonCast(db);
    const row = await anAppointment(db, cast.member.id, { startsAt: new Date("2026-12-22T13:00:00Z"), endsAt: new Date("2026-12-22T14:00:00Z") });
    return {
      actor: cast.as.delegate,
      query: `mutation($input: CancelSalonAppointmentInput!) { cancelSalonAppointment(input: $input) { userErrors { code } } }`,
      variables: { input: { appointmentId: toGlobalId("SalonAppointment", row.id) } },
    };
  },
  async publishCircleEvent(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: PublishCircleEventInput!) { publishCircleEvent(input: $input) { userErrors { code } } }`,
      variables: { input: { title: "Soirée", description: "Concert privé", place: "Opéra Garnier", startsAt: "2026-12-20T19:00:00Z", capacity: 50 } },
    };
  },
  async registerForCircleEvent(db) {
    const member = await anOptionHolder(db);
    const event = await anEvent(db);
    return {
      actor: actors.member(member),
      query: `mutation($input: CircleEventRegistrationInput!) { registerForCircleEvent(input: $input) { userErrors { code } } }`,
      variables: { input: { eventId: toGlobalId("CircleEvent", event.id) } },
    };
  },
  async unregisterFromCircleEvent(db) {
    const member = await anOptionHolder(db);
    const event = await anEvent(db);
    await aRegistration(db, event.id, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: CircleEventRegistrationInput!) { unregisterFromCircleEvent(input: $input) { userErrors { code } } }`,
      variables: { input: { eventId: toGlobalId("CircleEvent", event.id) } },
    };
  },
};

export type MutationSamples = Record<string, (db: Database) => Promise<MutationSample>>;

/**
 * Modules added later keep their samples next to their tests, in `test/modules/<area>/*.samples.ts`
 * exporting `samples`, so that two modules never edit the same file.
 */
const moduleSampleFiles = (import.meta as ViteImportMeta).glob<{ samples: MutationSamples }>("../modules/*/*.samples.ts", { eager: true });

export const mutationSamples: MutationSamples = Object.assign(
  {},
  coreSamples,
  ...Object.values(moduleSampleFiles).map((file) => file.samples),
);

/** Vite's `import.meta.glob`, which vitest provides (vite's own type file is not hoisted here). */
interface ViteImportMeta extends ImportMeta {
  glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
}
