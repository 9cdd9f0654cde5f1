// Decision explanations (English): what happened, why (with the clause), what to do next.
// Keys are `decision.<outcome>.<basis or reason>`; parameters come from the decision.
export const decisionsEn = {
  'decision.eligible.owner':
    'You own this dwelling ({address}), so you can register there (I2). Next: fill in the arrival coupon and sign the application.',
  'decision.eligible.outside-astana':
    'The dwelling ({address}) is outside Astana, where no housing norm applies (N3). Next: fill in the arrival coupon; the owner will then be asked to consent.',
  'decision.eligible.norm-not-reached':
    '{registered, plural, one {# person is} other {# persons are}} registered in {area} m², below the Astana norm of one person per {areaPerPerson} m² (room for {capacity}). Next: fill in the arrival coupon; the owner will then be asked to consent.',
  'decision.eligible.relation-confirmed':
    'The Astana norm is reached ({registered} registered, room for {capacity}), but civil-status records (ЗАГС) confirm that you are the owner’s {relationName}, and close relatives are exempt (N2). Next: fill in the arrival coupon; the owner will then be asked to consent.',
  'decision.eligible.student-confirmed':
    'The Astana norm is reached, but you study full-time at {institution} in Astana (НОБД/ЕПВО), and full-time students are exempt (P6). Next: fill in the arrival coupon; the owner will then be asked to consent.',
  'decision.eligible.with-parent':
    '{name} is the applicant’s child under 14 and is registered together with the parent: a minor’s place of residence is the parent’s (I7; Civil Code of RK, art. 17).',
  'decision.route-hall.owner-minor-or-incapable':
    'An owner of {address} is a minor or legally incapable (P1.1). Such cases are served only in the operational hall of a public service centre (ЦОН): come with the owner’s legal representative (a parent or guardian) and their documents.',
  'decision.route-online.online-service':
    'The owners of {address} are adults with full legal capacity, so the application is made online (P1.2): on egov.kz, in eGov Mobile, or in the self-service sector of a ЦОН.',
  'decision.refused.hall-not-applicable':
    'By ГБД ФЛ and Е-Собес the owner is neither a minor nor legally incapable (P2.1), so the hall cannot serve this case. Apply online: egov.kz, eGov Mobile or the ЦОН self-service sector.',
  'decision.refused.representative-not-authorised':
    'The representative is neither a parent of {owner} by the birth record (ЗАГС) nor a guardian on record (P2.2). Come back with a parent or guardian, or with the guardianship decision.',
  'decision.refused.no-kinship':
    'The Astana norm is reached ({registered} registered, room for {capacity}) and civil-status records do not show that you are the owner’s {relationName} (P5.8). If you are, the birth or marriage record must first be corrected at a registry office (ЗАГС) or on egov.kz; then apply again.',
  'decision.refused.norm-reached':
    '{registered} persons are already registered in {area} m²: the Astana norm of one person per {areaPerPerson} m² is reached (N1, room for {capacity}), and no family relation or full-time study was stated. If you are a close relative of the owner or a full-time student in Astana, apply again and say so.',
  'decision.refused.not-full-time-student-in-capital':
    'The Astana norm is reached, and НОБД/ЕПВО show no full-time study in Astana on this date (P6). If your enrolment is missing or wrong, ask your school or university to correct it.',
  'decision.refused.applicant-not-eligible':
    'A child is registered together with the applicant, whose application was not accepted (I7).',
  'decision.error.invalid-iin':
    'The IIN of the {role, select, applicant {applicant} owner {owner} other {child}}, {iin}, is not valid (check digit, F1). Check the number on the identity document.',
  'decision.error.person-not-found':
    'No person with IIN {iin} ({role, select, applicant {applicant} owner {owner} other {child}}) is in the state database of individuals (ГБД ФЛ).',
  'decision.error.address-not-found':
    'No real-estate object with РКА {rka} is in the address register. Check the 16-digit code or search by address.',
  'decision.error.not-an-owner':
    '{owner} is not an owner of {address} in the real-estate cadastre (ЕГКН). Name an owner shown in ЕГКН.',
  'decision.error.deceased':
    'By ГБД ФЛ the {role, select, applicant {applicant} owner {owner} other {child}} {name} has died; the application cannot be made.',
  'decision.error.already-registered':
    'You are already registered at {address} ({kind, select, permanent {permanently} other {temporarily}}).',
  'decision.error.invalid-period':
    'A temporary registration lasts from one to twelve months (F4). Check the dates of the period.',
  'decision.error.member-not-a-child':
    'By civil-status records {name} is not the applicant’s child; only one’s own children under 14 are registered along (I7).',
  'decision.error.member-too-old': '{name} is {limit} or older and applies separately (I7).',
  'decision.notice.late-filing':
    'Note: the application was filed {days} days after arrival, later than the {limit} calendar days the law sets (F4); the registration goes ahead all the same.',
  'decision.hint':
    'The records do show that you are the owner’s {relations}: if so, apply again stating that relation.',
  'decision.ruleset-outside-validity':
    'Note: ruleset {id} was in force from {from} to {to}; this decision applies it after that period.',
  'relation.child': 'child',
  'relation.parent': 'parent',
  'relation.spouse': 'spouse',
  'relation.sibling-full': 'brother or sister',
  'relation.sibling-half.mother': 'half-brother or half-sister through your mother',
  'relation.sibling-half.father': 'half-brother or half-sister through your father',
  'relation.grandparent.father': 'grandparent on the father’s side',
  'relation.grandparent.mother': 'grandparent on the mother’s side',
  'relation.grandchild.father': 'grandchild through your father',
  'relation.grandchild.mother': 'grandchild through your mother',
  'relation.in-law': 'relative by marriage',
  'relation.none': 'relative',
} as const;
