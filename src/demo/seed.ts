import { addresses, delegates, internetLines, members, optionSubscriptions, payers, staffUsers } from "../../db/schema/index.js";
import type { Db } from "../shared/db.js";

/** Fixed ids, so that seeding is idempotent and the printed demo tokens stay valid across restarts. */
export const DEMO_IDS = {
  memberAlice: "00000000-0000-4000-8000-000000000001",
  memberBruno: "00000000-0000-4000-8000-000000000002",
  memberCamille: "00000000-0000-4000-8000-000000000003",
  delegateOfAlice: "00000000-0000-4000-8000-000000000101",
  payerOfAlice: "00000000-0000-4000-8000-000000000201",
  deskAgent: "00000000-0000-4000-8000-000000000301",
  coach: "00000000-0000-4000-8000-000000000302",
  technician: "00000000-0000-4000-8000-000000000303",
  committee: "00000000-0000-4000-8000-000000000304",
  billing: "00000000-0000-4000-8000-000000000305",
  conciergePartner: "00000000-0000-4000-8000-000000000306",
  privacyOfficer: "00000000-0000-4000-8000-000000000307",
  candidateDiane: "00000000-0000-4000-8000-000000000004",
  addressAlice: "00000000-0000-4000-8000-000000000401",
  addressBruno: "00000000-0000-4000-8000-000000000402",
  lineAlice: "00000000-0000-4000-8000-000000000501",
  lineBruno: "00000000-0000-4000-8000-000000000502",
  optionAlice: "00000000-0000-4000-8000-000000000601",
} as const;

/**
 * A small dataset inside the coverage zone (ZON-1): Paris, Boulogne-Billancourt, Marseille.
 * Alice holds the option (fiber line); Bruno has an eligible line but no option yet; Camille has
 * no premises; Diane is a candidate waiting for the committee.
 */
export async function seedDemo(db: Db): Promise<void> {
  const id = DEMO_IDS;
  await db.transaction(async (tx) => {
    await tx
      .insert(members)
      .values([
        {
          id: id.memberAlice,
          status: "ACTIVE",
          lastName: "Martin",
          firstName: "Alice",
          birthDate: "1975-04-12",
          nationality: "FR",
          email: "alice.martin@example.fr",
          phone: "+33612345601",
          addressLine1: "10 rue Halévy",
          postalCode: "75009",
          commune: "Paris",
        },
        {
          id: id.memberBruno,
          status: "ACTIVE",
          lastName: "Durand",
          firstName: "Bruno",
          birthDate: "1968-11-02",
          email: "bruno.durand@example.fr",
          phone: "+33612345602",
          addressLine1: "25 avenue Victor Hugo",
          postalCode: "92100",
          commune: "Boulogne-Billancourt",
          companyName: "Durand Conseil",
          siren: "732829320",
        },
        {
          id: id.memberCamille,
          status: "ACTIVE",
          lastName: "Roux",
          firstName: "Camille",
          birthDate: "1982-06-30",
          email: "camille.roux@example.fr",
          phone: "+33612345603",
          addressLine1: "3 boulevard Périer",
          postalCode: "13008",
          commune: "Marseille",
        },
        {
          id: id.candidateDiane,
          status: "CANDIDATE",
          lastName: "Lambert",
          firstName: "Diane",
          birthDate: "1990-09-09",
          email: "diane.lambert@example.fr",
          phone: "+33612345604",
          addressLine1: "7 place des Vosges",
          postalCode: "75004",
          commune: "Paris",
        },
      ])
      .onConflictDoNothing();
    const since = new Date("2026-01-05T09:00:00Z");
    await tx
      .insert(addresses)
      .values([
        { id: id.addressAlice, memberId: id.memberAlice, kind: "MAIN", line1: "10 rue Halévy", postalCode: "75009", commune: "Paris", fiberEligible: true, createdAt: since },
        {
          id: id.addressBruno,
          memberId: id.memberBruno,
          kind: "MAIN",
          line1: "25 avenue Victor Hugo",
          postalCode: "92100",
          commune: "Boulogne-Billancourt",
          adslEligible: true,
          createdAt: since,
        },
      ])
      .onConflictDoNothing();
    await tx
      .insert(internetLines)
      .values([
        { id: id.lineAlice, memberId: id.memberAlice, addressId: id.addressAlice, operator: "ORANGE", offer: "RESIDENTIAL_INTERNET", technology: "FIBER", createdAt: since },
        { id: id.lineBruno, memberId: id.memberBruno, addressId: id.addressBruno, operator: "ORANGE", offer: "PRO_INTERNET", technology: "VDSL", createdAt: since },
      ])
      .onConflictDoNothing();
    await tx.insert(optionSubscriptions).values({ id: id.optionAlice, memberId: id.memberAlice, acceptedAt: since, createdAt: since }).onConflictDoNothing();
    await tx
      .insert(delegates)
      .values({
        id: id.delegateOfAlice,
        memberId: id.memberAlice,
        lastName: "Martin",
        firstName: "Louis",
        email: "louis.martin@example.fr",
        phone: "+33612345611",
        postalAddress: "10 rue Halévy, 75009 Paris",
      })
      .onConflictDoNothing();
    await tx
      .insert(payers)
      .values({
        id: id.payerOfAlice,
        memberId: id.memberAlice,
        kind: "LEGAL_ENTITY",
        displayName: "Martin Holding SAS",
        email: "compta@martin-holding.example.fr",
        billingAddress: "1 place Vendôme, 75001 Paris",
      })
      .onConflictDoNothing();
    await tx
      .insert(staffUsers)
      .values([
        { id: id.deskAgent, role: "DESK_AGENT", displayName: "Desk — Nadia Benali", email: "nadia.benali@orange.example" },
        { id: id.coach, role: "COACH", displayName: "Coach — Hugo Petit", email: "hugo.petit@orange.example" },
        { id: id.technician, role: "TECHNICIAN", displayName: "Technicien — Karim Haddad", email: "karim.haddad@orange.example" },
        { id: id.committee, role: "COMMITTEE", displayName: "Comité de sélection", email: "comite@parnasse.example" },
        { id: id.billing, role: "BILLING", displayName: "Facturation — Léa Moreau", email: "lea.moreau@orange.example" },
        { id: id.conciergePartner, role: "CONCIERGE_PARTNER", displayName: "La Conciergerie John Paul", email: "api@johnpaul.example" },
        { id: id.privacyOfficer, role: "PRIVACY_OFFICER", displayName: "DPO — Claire Fontaine", email: "dpo@parnasse.example" },
      ])
      .onConflictDoNothing();
  });
}
