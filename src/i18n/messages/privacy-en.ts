// What a citizen reads about a decision (docs/privacy.md): the outcome, the reason and the next
// step in plain words, their own facts, and nothing about anyone else that the law does not need
// to explain the refusal — no other person's name, IIN, age, capacity or death; the dwelling's
// figures only when the applicant named its actual owner. No clause codes: those are for staff.
export const privacyEn = {
  'citizen.eligible.owner': 'You own this dwelling, so you can register there. Next: fill in the arrival coupon.',
  'citizen.eligible.outside-astana':
    'The dwelling is outside Astana, where no housing norm applies. Next: fill in the arrival coupon; the owner will then be asked to agree.',
  'citizen.eligible.norm-not-reached':
    '{registered, plural, one {# person is} other {# people are}} registered in {area, number} m², below the Astana norm of one person per {areaPerPerson, number} m² (room for {capacity}). Next: fill in the arrival coupon; the owner will then be asked to agree.',
  'citizen.eligible.norm-not-reached-plain':
    'The dwelling has room under the Astana housing norm. Next: fill in the arrival coupon; the owner will then be asked to agree.',
  'citizen.eligible.relation-confirmed':
    'The Astana housing norm is reached, but civil-status records confirm that you are the owner’s {relationName}, and close relatives may register anyway. Next: fill in the arrival coupon; the owner will then be asked to agree.',
  'citizen.eligible.student-confirmed':
    'The Astana housing norm is reached, but you study full-time at {institution} in Astana, and full-time students may register anyway. Next: fill in the arrival coupon; the owner will then be asked to agree.',
  'citizen.route-hall':
    'This application cannot be made online: it is served in the operational hall of a public service centre (ЦОН). Come with the owner’s legal representative and their documents.',
  'citizen.route-online':
    'This application is made online: on egov.kz, in eGov Mobile, or in the self-service area of a ЦОН.',
  'citizen.refused.hall-not-applicable':
    'The hall serves only dwellings whose owner acts through a legal representative. This application is made online: egov.kz, eGov Mobile or the self-service area of a ЦОН.',
  'citizen.refused.representative-not-authorised':
    'The records do not show the representative as a parent or a guardian of the owner. Come back with a parent or guardian, or with the guardianship decision.',
  'citizen.refused.no-kinship':
    'The Astana housing norm is reached ({registered} registered, room for {capacity}) and civil-status records do not show that you are the owner’s {relationName}. If you are, the birth or marriage record must first be corrected at a registry office (ЗАГС) or on egov.kz; then apply again.',
  'citizen.refused.no-kinship-plain':
    'The Astana housing norm is reached in this dwelling and civil-status records do not show that you are the owner’s {relationName}. If you are, the birth or marriage record must first be corrected at a registry office (ЗАГС) or on egov.kz; then apply again.',
  'citizen.refused.norm-reached':
    '{registered} people are already registered in {area, number} m²: the Astana norm of one person per {areaPerPerson, number} m² is reached (room for {capacity}). If you are a close relative of the owner or a full-time student in Astana, apply again and say so.',
  'citizen.refused.norm-reached-plain':
    'The Astana housing norm is reached in this dwelling. If you are a close relative of the owner or a full-time student in Astana, apply again and say so.',
  'citizen.refused.not-full-time-student-in-capital':
    'The Astana housing norm is reached, and the education databases show no full-time study of yours in Astana on this date. If your enrolment is missing or wrong, ask your school or university to correct it.',
  'citizen.error.invalid-iin':
    'The IIN you entered for {role, select, applicant {yourself} owner {the owner} person {the person} other {the child}} is not valid. Check the number on the identity document.',
  'citizen.error.owner-not-confirmed':
    'The person you named is not an owner of this dwelling in the real-estate cadastre, or the dwelling’s code (РКА) is wrong. Check the owner’s IIN on the title document, or ask the owner.',
  'citizen.error.applicant-unknown':
    'Your record in the state database of individuals could not be confirmed. Please contact a public service centre (ЦОН) with your identity document.',
  'citizen.error.address-not-found':
    'No dwelling with the code (РКА) {rka} is in the address register. Check the 16-digit code or search by address.',
  'citizen.error.already-registered':
    'You are already registered at this address ({kind, select, permanent {permanently} other {temporarily}}).',
  'citizen.error.invalid-period':
    'A temporary registration lasts from one to twelve months. Check the dates of the period.',
  'citizen.member.eligible': 'The child will be registered together with you.',
  'citizen.member.not-accepted':
    'This child cannot be registered together with you: only your own children under 14, as civil-status records show them, can be. Check the IIN; an older child applies separately.',
  'citizen.member.refused':
    'This child cannot be registered together with you at this dwelling under the Astana housing norm.',
  'citizen.member.applicant-not-eligible':
    'The child is registered together with you, and your application was not accepted.',
  'citizen.notice.late-filing':
    'You applied {days} days after arriving. The law asks for the application within {limit} calendar days of arrival; the registration goes ahead all the same.',
  'citizen.member.already-registered': 'The child is already registered at this address.',
  'citizen.hint': 'The records do show that you are the owner’s {relations}: if so, apply again stating that relation.',
  'citizen.deregistration.not-entitled':
    'This registration cannot be ended by your application: only the person themselves or an owner of the dwelling where they are registered can end it.',
  'citizen.deregistration.not-registered':
    'By the register, this person is not registered at this address, so there is no registration to end.',
  // What an owner asked to agree reads about the applicant's checks: no clause codes, no
  // applicant's facts beyond what the owner decides on.
  'citizen.owner.outside-astana': 'The dwelling is outside Astana, where no housing norm applies.',
  'citizen.owner.norm-not-reached':
    'Your dwelling has room under the Astana housing norm: {registered} registered in {area, number} m² (room for {capacity}).',
  'citizen.owner.relation-confirmed':
    'The Astana housing norm is reached, but civil-status records confirm that the applicant is a close relative of an owner ({relationName}).',
  'citizen.owner.student-confirmed':
    'The Astana housing norm is reached, but the applicant is a full-time student in Astana.',
  'citizen.owner.checks-passed': 'The state registries’ checks passed.',
  'too-many-applications':
    'You have started too many applications today. Please finish or withdraw the ones you have, or try again tomorrow.',
} as const;
