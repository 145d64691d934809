import type { Locale } from "../../shared/i18n.js";

/**
 * What the delegate may read of the member's history (AUT-2 with MEM-5's exceptions). An
 * allowlist of operations: the member's services the delegate uses on the member's behalf.
 * Everything else is kept from the delegate: payers and delegate designations (MEM-5: only the
 * member designates them), invoices, payments, disputes, credit notes and dunning (billing: the
 * delegate never sees an invoice), data-protection requests and the financial guarantee, and any
 * operation not listed here (deny by default: a new mutation is hidden from the delegate until it
 * is classified below).
 */
type Visibility = "DELEGATE_SEES" | "MEMBER_ONLY";

interface AuditedOperation {
  fr: string;
  en: string;
  delegate: Visibility;
}

const op = (fr: string, en: string, delegate: Visibility = "DELEGATE_SEES"): AuditedOperation => ({ fr, en, delegate });
const memberOnly = (fr: string, en: string) => op(fr, en, "MEMBER_ONLY");

/** AUT-4: every audited operation, by its GraphQL name, with its name in words. */
export const AUDITED_OPERATIONS: Record<string, AuditedOperation> = {
  // Membership (MEM-*)
  submitCandidacy: op("Candidature déposée", "Candidacy submitted"),
  decideCandidacy: op("Candidature examinée par le comité", "Candidacy decided by the committee"),
  updateMemberContact: op("Coordonnées modifiées", "Contact details changed"),
  terminateMembership: op("Adhésion résiliée", "Membership terminated"),
  rejoinMembership: op("Nouvelle adhésion", "Membership renewed"),
  designateDelegate: memberOnly("Délégué désigné", "Delegate designated"),
  revokeDelegate: memberOnly("Délégué révoqué", "Delegate revoked"),
  designatePayer: memberOnly("Payeur désigné", "Payer designated"),
  revokePayer: memberOnly("Payeur révoqué", "Payer revoked"),
  recordEntryFeePayment: memberOnly("Droit d'entrée encaissé", "Entry fee paid"),
  createCommitteeMeeting: op("Séance du comité créée", "Committee meeting created"),
  // Option and premises (OPT-*, ZON-*)
  subscribeOption: op("Option souscrite", "Option subscribed"),
  requestOptionTermination: op("Résiliation de l'option demandée", "Option termination requested"),
  terminateOptionForParnasse: op("Option résiliée par Parnasse", "Option terminated by Parnasse"),
  optionEndedAutomatically: op("Option terminée automatiquement", "Option ended automatically"),
  addAddress: op("Adresse ajoutée", "Address added"),
  removeAddress: op("Adresse retirée", "Address removed"),
  updateAddressEligibility: op("Éligibilité d'une adresse mise à jour", "Address eligibility updated"),
  addInternetLine: op("Ligne internet ajoutée", "Internet line added"),
  removeInternetLine: op("Ligne internet retirée", "Internet line removed"),
  // Coach, devices, Orange VIP (SVC-*, DEV-*)
  assignCoach: op("Coach attribué", "Coach assigned"),
  designateDevice: op("Appareil désigné", "Device designated"),
  activateDevice: op("Appareil activé", "Device activated"),
  removeDevice: op("Appareil retiré", "Device removed"),
  declareVipLine: op("Ligne Orange VIP déclarée", "Orange VIP line declared"),
  withdrawVipLine: op("Ligne Orange VIP retirée", "Orange VIP line withdrawn"),
  // Interventions and remote assistance (INT-*)
  bookHomeIntervention: op("Intervention à domicile réservée", "Home intervention booked"),
  cancelIntervention: op("Intervention annulée", "Intervention cancelled"),
  refuseIntervention: op("Intervention refusée", "Intervention refused"),
  startIntervention: op("Intervention commencée", "Intervention started"),
  completeIntervention: op("Intervention terminée", "Intervention completed"),
  confirmInterventionBackup: op("Sauvegarde confirmée avant intervention", "Backup confirmed before the intervention"),
  openAssistanceRequest: op("Demande d'assistance à distance ouverte", "Remote assistance request opened"),
  recordRemoteAssistanceOutcome: op("Issue de l'assistance à distance enregistrée", "Remote assistance outcome recorded"),
  // Mailboxes (MBX-*)
  createMailbox: op("Boîte mail créée", "Mailbox created"),
  deleteMailbox: op("Boîte mail supprimée", "Mailbox deleted"),
  subscribeMailboxPack: op("Pack de boîtes mail souscrit", "Mailbox pack subscribed"),
  cancelMailboxPack: op("Pack de boîtes mail résilié", "Mailbox pack cancelled"),
  requestMailboxMigration: op("Migration de boîte mail demandée", "Mailbox migration requested"),
  requestMailboxSupport: op("Assistance boîte mail demandée", "Mailbox support requested"),
  // Airbox (AIR-*)
  activateAirboxSim: op("Carte SIM Airbox activée", "Airbox SIM activated"),
  declareAirboxIncident: op("Incident Airbox déclaré", "Airbox incident declared"),
  reportAirboxFault: op("Panne Airbox signalée", "Airbox fault reported"),
  assignAirboxIncidentTechnician: op("Technicien affecté à l'incident Airbox", "Technician assigned to the Airbox incident"),
  scheduleAirboxTechnician: op("Passage du technicien Airbox planifié", "Airbox technician visit scheduled"),
  recordAirboxDiagnosis: op("Diagnostic Airbox enregistré", "Airbox diagnosis recorded"),
  recordAirboxHandover: op("Remise de l'Airbox enregistrée", "Airbox handover recorded"),
  recordAirboxInadequateUse: op("Usage inadapté de l'Airbox constaté", "Airbox inadequate use recorded"),
  completeAirboxRepair: op("Réparation Airbox terminée", "Airbox repair completed"),
  closeAirboxIncident: op("Incident Airbox clos", "Airbox incident closed"),
  // Concierge (CON-*)
  submitConciergeRequest: op("Demande de conciergerie envoyée", "Concierge request submitted"),
  cancelConciergeRequest: op("Demande de conciergerie annulée", "Concierge request cancelled"),
  updateConciergeRequestStatus: op("Demande de conciergerie mise à jour", "Concierge request updated"),
  subscribeConciergePrivilege: op("Option Privilège souscrite", "Privilège option subscribed"),
  cancelConciergePrivilege: op("Option Privilège résiliée", "Privilège option cancelled"),
  // Univers Pro (PRO-*)
  requestProService: op("Service Pro demandé", "Pro service requested"),
  assignProServiceTechnician: op("Technicien affecté au service Pro", "Technician assigned to the Pro service"),
  recordProServiceStudy: op("Étude du service Pro enregistrée", "Pro service study recorded"),
  recordProServiceInstallation: op("Installation du service Pro enregistrée", "Pro service installation recorded"),
  subscribeProBrick: op("Brique Pro souscrite", "Pro brick subscribed"),
  assignProBrickTechnician: op("Technicien affecté à la brique Pro", "Technician assigned to the Pro brick"),
  recordProBrickPrerequisite: op("Prérequis de la brique Pro enregistré", "Pro brick prerequisite recorded"),
  terminateProBrick: op("Brique Pro résiliée", "Pro brick terminated"),
  // Webhook endpoints of the concierge partner (issue 13): no member's history shows them (no member on whose behalf)
  registerWebhookEndpoint: memberOnly("Point de réception webhook enregistré", "Webhook endpoint registered"),
  updateWebhookEndpoint: memberOnly("Point de réception webhook modifié", "Webhook endpoint updated"),
  disableWebhookEndpoint: memberOnly("Point de réception webhook désactivé", "Webhook endpoint disabled"),
  enableWebhookEndpoint: memberOnly("Point de réception webhook réactivé", "Webhook endpoint enabled"),
  rotateWebhookSigningKey: memberOnly("Secret webhook renouvelé", "Webhook secret rotated"),
  redeliverWebhookEvents: memberOnly("Nouvel envoi d'événements webhook demandé", "Webhook events redelivery requested"),
  // Salon and circle events (SAL-*)
  bookSalonAppointment: op("Rendez-vous au salon réservé", "Salon appointment booked"),
  cancelSalonAppointment: op("Rendez-vous au salon annulé", "Salon appointment cancelled"),
  publishCircleEvent: op("Événement du cercle publié", "Circle event published"),
  registerForCircleEvent: op("Inscription à un événement du cercle", "Registered for a circle event"),
  unregisterFromCircleEvent: op("Désinscription d'un événement du cercle", "Unregistered from a circle event"),
  publishAnnouncement: op("Annonce publiée", "Announcement published"),
  // Office assistance (BUR-*)
  requestOfficeAssistance: op("Assistance bureautique demandée", "Office assistance requested"),
  consentToScreenSharing: op("Partage d'écran autorisé", "Screen sharing consented to"),
  stopScreenSharing: op("Partage d'écran arrêté", "Screen sharing stopped"),
  confirmOfficeAssistanceBackup: op("Sauvegarde confirmée avant assistance", "Backup confirmed before assistance"),
  bookOfficeAssistanceVisit: op("Visite d'assistance bureautique réservée", "Office assistance visit booked"),
  // Quotes and equipment (QUO-*)
  requestQuote: op("Devis demandé", "Quote requested"),
  issueQuote: op("Devis émis", "Quote issued"),
  acceptQuote: op("Devis accepté", "Quote accepted"),
  declineQuote: op("Devis refusé", "Quote declined"),
  recordEquipmentPurchase: op("Achat de matériel enregistré", "Equipment purchase recorded"),
  // Billing (BIL-*): never the delegate
  runMonthlyBilling: memberOnly("Facturation mensuelle", "Monthly billing run"),
  scheduleTariffChange: memberOnly("Changement de tarif planifié", "Tariff change scheduled"),
  updateInvoiceDelivery: memberOnly("Envoi des factures modifié", "Invoice delivery changed"),
  recordPayment: memberOnly("Paiement enregistré", "Payment recorded"),
  disputeInvoice: memberOnly("Facture contestée", "Invoice disputed"),
  resolveInvoiceDispute: memberOnly("Contestation de facture résolue", "Invoice dispute resolved"),
  issueCreditNote: memberOnly("Avoir émis", "Credit note issued"),
  recordLegalInterestRate: memberOnly("Taux d'intérêt légal enregistré", "Legal interest rate recorded"),
  sendFormalNotice: memberOnly("Mise en demeure envoyée", "Formal notice sent"),
  suspendForNonPayment: memberOnly("Services suspendus pour impayé", "Services suspended for non-payment"),
  sendSecondNotice: memberOnly("Second avis envoyé", "Second notice sent"),
  terminateForNonPayment: memberOnly("Résiliation pour impayé", "Terminated for non-payment"),
  recordDebtRecoveryOpened: memberOnly("Recouvrement ouvert", "Debt recovery opened"),
  dunningCaseClosed: memberOnly("Relance close", "Dunning case closed"),
  // Financial guarantee (BIL-4, art. 6.1): billing, never the delegate
  requestFinancialGuarantee: memberOnly("Garantie financière demandée", "Financial guarantee requested"),
  recordFinancialGuaranteePayment: memberOnly("Garantie financière versée", "Financial guarantee paid"),
  useFinancialGuarantee: memberOnly("Garantie financière imputée sur une facture", "Financial guarantee used on an invoice"),
  releaseFinancialGuarantee: memberOnly("Garantie financière restituée", "Financial guarantee released"),
  cancelFinancialGuarantee: memberOnly("Garantie financière annulée", "Financial guarantee cancelled"),
  // Personal data (GDP-*): the member's own rights, never the delegate (MEM-5)
  filePrivacyRequest: memberOnly("Demande RGPD déposée", "Data-protection request filed"),
  extendPrivacyRequestDeadline: memberOnly("Délai de réponse RGPD prolongé", "Data-protection deadline extended"),
  answerPrivacyRequest: memberOnly("Demande RGPD répondue", "Data-protection request answered"),
  rejectPrivacyRequest: memberOnly("Demande RGPD rejetée", "Data-protection request rejected"),
  liftProcessingLimit: memberOnly("Limitation de traitement levée", "Processing limit lifted"),
  erasePersonalData: memberOnly("Données personnelles effacées", "Personal data erased"),
  // Platform (issue 13): no member concerned
  advanceSandboxClock: memberOnly("Horloge du bac à sable avancée", "Sandbox clock moved forward"),
};

/** The operations the delegate may read, for the SQL filter of the delegate's history. */
export const DELEGATE_VISIBLE_OPERATIONS: readonly string[] = Object.entries(AUDITED_OPERATIONS)
  .filter(([, entry]) => entry.delegate === "DELEGATE_SEES")
  .map(([name]) => name);

export function delegateMaySee(operation: string): boolean {
  return AUDITED_OPERATIONS[operation]?.delegate === "DELEGATE_SEES";
}

/** The operation in words; an operation not in the catalogue reads as its name split into words. */
export function operationLabel(operation: string, locale: Locale): string {
  const known = AUDITED_OPERATIONS[operation];
  if (known) return known[locale];
  const words = operation.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Who acted, in words (AUT-4: "acting as which role"). */
export const ROLE_WORDS: Record<string, Record<Locale, string>> = {
  MEMBER: { fr: "membre", en: "member" },
  DELEGATE: { fr: "délégué", en: "delegate" },
  PAYER: { fr: "payeur", en: "payer" },
  DESK_AGENT: { fr: "conseiller du Desk", en: "desk agent" },
  COACH: { fr: "coach", en: "coach" },
  TECHNICIAN: { fr: "technicien", en: "technician" },
  COMMITTEE: { fr: "comité", en: "committee" },
  BILLING: { fr: "service facturation", en: "billing" },
  CONCIERGE_PARTNER: { fr: "partenaire conciergerie", en: "concierge partner" },
  PRIVACY_OFFICER: { fr: "délégué à la protection des données", en: "data protection officer" },
};

export const SYSTEM_WORDS: Record<Locale, string> = { fr: "Parnasse (automatique)", en: "Parnasse (automatic)" };
export const FOR_WORD: Record<Locale, string> = { fr: "pour", en: "for" };
