// What `npm start` prints so a newcomer can try the service at once: whom to log in as, and how.
import type { DemoPerson } from '../population/demo-people.ts';

const LABELS: Record<DemoPerson['role'], string> = {
  'owner-full-flat': 'owner of an Astana flat where the 15 m² norm is reached',
  newcomer: 'adult with no registration in Astana (apply as them)',
  student: 'full-time student in Astana',
  'minor-owner': 'minor owner (their dwelling is a hall case, P1.1)',
  parent: 'parent: may obtain their child’s address certificate online (C3)',
  'hall-operator': 'ЦОН hall operator',
  'reception-operator': 'ЦОН reception operator',
};

export function demoText(people: DemoPerson[], port: number): string {
  if (people.length === 0) return '';
  const lines = people.map(
    (p) => `  ${p.iin}  ${LABELS[p.role]}${p.rka ? ` — РКА ${p.rka}` : ''}${p.child ? ` — child ${p.child}` : ''}`,
  );
  return [
    '',
    'Demo people (generated, not real):',
    ...lines,
    '',
    `Log in with IIN + SMS code: POST /api/v1/auth/otp, then read the code at http://localhost:${port}/api/v1/dev/sms`,
    'or with a test EDS: npm run tirkeu -- pki issue --iin <IIN>  (then sign the login challenge)',
    `Address certificates: POST /api/v1/certificates {"kind":"current","subject":"<IIN>"}; check one at http://localhost:${port}/verify`,
    `API documentation: http://localhost:${port}/api/docs`,
    '',
  ].join('\n');
}
