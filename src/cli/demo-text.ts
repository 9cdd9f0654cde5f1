// What `npm start` prints so a newcomer can try the service at once: whom to log in as, and how.
import { DEMO_SC_OFFICE, type DemoPerson } from '../population/demo-people.ts';

const LABELS: Record<DemoPerson['role'], string> = {
  'owner-roomy-flat': 'owner of an Astana flat with room for one more (consents to the newcomer)',
  'owner-full-flat': 'owner of an Astana flat where the 15 m² norm is reached',
  newcomer: 'adult with no registration in Astana (apply as them)',
  student: 'full-time student in Astana',
  'minor-owner': 'minor owner (their dwelling is a hall case, P1.1)',
  'minor-owner-parent': 'parent of the minor owner: comes to the ЦОН hall as their legal representative (P2.2)',
  parent: 'parent: may obtain their child’s address certificate online (C3)',
  'company-head': 'head of a company: acts for it without a power of attorney (ГБД ЮЛ)',
  'liquidated-company-head': 'head of a liquidated company: can no longer act for it',
  'hall-operator': 'ЦОН hall operator',
  'reception-operator': 'ЦОН reception operator',
  analyst: 'analyst of the maslikhat: the housing norm simulator (aggregates only)',
  'archive-employee': `State Corporation archive employee, office ${DEMO_SC_OFFICE} (back office)`,
  executor: `State Corporation executor, office ${DEMO_SC_OFFICE} (back office)`,
  'technical-inspector': `State Corporation technical inspector, office ${DEMO_SC_OFFICE} (back office)`,
  management: `State Corporation management, office ${DEMO_SC_OFFICE} (back office: signs)`,
};

export function demoText(people: DemoPerson[], port: number): string {
  if (people.length === 0) return '';
  const lines = people.map(
    (p) =>
      `  ${p.iin}  ${LABELS[p.role]}${p.rka ? ` — РКА ${p.rka}` : ''}${p.child ? ` — child ${p.child}` : ''}${p.bin ? ` — БИН ${p.bin}` : ''}`,
  );
  const url = `http://localhost:${port}`;
  return [
    '',
    'Demo people (generated, not real):',
    ...lines,
    '',
    `Open ${url} — log in with an IIN above; the SMS code is shown at ${url}/dev/sms`,
    'Walk-through (README): the newcomer registers in the roomy flat, its owner consents in a second browser window.',
    `ЦОН console: log in as an operator, then ${url}/console · the norm simulator: log in as the analyst, then ${url}/analytics`,
    `State Corporation back office (S9/S10 requests): log in as one of its four employees, then ${url}/backoffice`,
    'Hall case (docs/web.md): the hall operator files for the newcomer at the minor owner’s РКА, with the parent above as representative.',
    'Test EDS file for login/signing: npm run tirkeu -- pki issue --iin <IIN>  (password tirkeu)',
    `Check an address certificate: ${url}/verify · API documentation: ${url}/api/docs`,
    '',
  ].join('\n');
}
