import type { Role } from "../authz/actor.js";
import { mintToken } from "../authz/tokens.js";
import type { Config } from "../config.js";
import { DEMO_IDS } from "./seed.js";

export const DEMO_PRINCIPALS: { role: Role; subjectId: string; memberId?: string; who: string }[] = [
  { role: "MEMBER", subjectId: DEMO_IDS.memberAlice, memberId: DEMO_IDS.memberAlice, who: "Alice Martin" },
  { role: "DELEGATE", subjectId: DEMO_IDS.delegateOfAlice, memberId: DEMO_IDS.memberAlice, who: "Louis Martin, Alice's delegate" },
  { role: "PAYER", subjectId: DEMO_IDS.payerOfAlice, memberId: DEMO_IDS.memberAlice, who: "Martin Holding SAS, Alice's payer" },
  { role: "DESK_AGENT", subjectId: DEMO_IDS.deskAgent, who: "Nadia Benali" },
  { role: "COACH", subjectId: DEMO_IDS.coach, who: "Hugo Petit" },
  { role: "TECHNICIAN", subjectId: DEMO_IDS.technician, who: "Karim Haddad" },
  { role: "COMMITTEE", subjectId: DEMO_IDS.committee, who: "Selection committee" },
  { role: "BILLING", subjectId: DEMO_IDS.billing, who: "Léa Moreau" },
  { role: "CONCIERGE_PARTNER", subjectId: DEMO_IDS.conciergePartner, who: "La Conciergerie John Paul" },
  { role: "PRIVACY_OFFICER", subjectId: DEMO_IDS.privacyOfficer, who: "Claire Fontaine, data protection officer" },
];

export async function printDemoTokens(auth: Config["auth"]): Promise<void> {
  console.log("\nDemo bearer tokens (12 h), one per role. Send as:  Authorization: Bearer <token>\n");
  for (const p of DEMO_PRINCIPALS) {
    const token = await mintToken(auth, { role: p.role, subjectId: p.subjectId, memberId: p.memberId });
    console.log(`${p.role.padEnd(18)} ${p.who}\n  ${token}\n`);
  }
}
