// ЦОН operators (P1, P2): reception triage, filing a hall application on the applicant's behalf
// and completing it, the office queue, the read-only decision trace of any application, and the
// auditor's search of the personal-data access log (issue 13).
import { z } from '@hono/zod-openapi';
import { isState } from '../../domain/lifecycle/states.ts';
import { cancelApplication } from '../../services/applications/cancel.ts';
import { fillCoupon } from '../../services/applications/coupon.ts';
import { signApplication } from '../../services/applications/sign.ts';
import { submitApplication } from '../../services/applications/checks.ts';
import { createApplication } from '../../services/applications/create.ts';
import { auditTrail, officeQueue, readApplication } from '../../services/applications/queries.ts';
import type { ServiceContext } from '../../services/context.ts';
import { triageDwelling } from '../../services/triage.ts';
import { ACCESS_PURPOSES, MAX_PAGE_SIZE } from '../../services/privacy/access-log.ts';
import { AUDIT_ROLES, astanaDays, auditSearch } from '../../services/privacy/audit-search.ts';
import { type ApiEnv, operator, requireSession } from './auth.ts';
import { newApi, register, route, valid } from './route.ts';
import {
  AccessEntryBase,
  accessPage,
  ApplicationView,
  Coupon,
  HallApplication,
  IdParam,
  Iin,
  Rka,
  SignatureProof,
} from './schemas.ts';
import { queueItemView, staffApplicationView } from './view.ts';

const Triage = z.strictObject({ applicant: Iin, rka: Rka }).openapi('TriageRequest');
const TriageResult = z
  .object({ outcome: z.string(), reasons: z.array(z.string()), decision: z.unknown() })
  .openapi('TriageResult');
const QueueItem = z
  .object({
    id: z.string(),
    number: z.string(),
    service: z.string(),
    state: z.string(),
    channel: z.enum(['online', 'hall']),
    rka: z.string().nullable(),
    applicant: z.string().openapi({ description: 'Masked: open the case to read it (the read is logged)' }),
    outcome: z.string().nullable(),
    reason: z.string().nullable(),
    applicationDate: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('QueueItem');
const Queue = z.object({ items: z.array(QueueItem) }).openapi('OfficeQueue');
const QueueQuery = z.object({ state: z.string().optional() });
const Trace = z.object({ application: ApplicationView, audit: z.array(z.unknown()) }).openapi('ApplicationTrace');

// A POST with a JSON body, not a GET: the IINs searched for stay out of URLs (proxy and browser logs).
const AccessSearchRequest = z
  .strictObject({
    subject: Iin.optional().openapi({ description: 'Whose data' }),
    actor: Iin.optional().openapi({ description: 'Who read it' }),
    office: z.string().min(1).max(64).optional(),
    purpose: z.enum(ACCESS_PURPOSES).optional(),
    applicationId: z.uuid().optional(),
    from: z.iso.date().optional().openapi({ description: 'From this day (Astana time), inclusive' }),
    to: z.iso.date().optional().openapi({ description: 'To this day (Astana time), inclusive' }),
    page: z.number().int().min(1).default(1),
    size: z.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  })
  .openapi('AccessLogSearchRequest');
const AccessSearch = accessPage(
  AccessEntryBase.extend({ id: z.number(), subject: z.string(), actorIin: z.string().nullable() }),
).openapi('AccessLogSearch');

export function operatorRoutes(ctx: ServiceContext) {
  const app = newApi<ApiEnv>();
  app.use('/operator/*', requireSession(ctx));
  const tag = 'ЦОН console';

  register(
    app,
    route('post', '/operator/triage', {
      tag,
      summary: 'P1 reception triage: hall or online',
      body: Triage,
      response: TriageResult,
    }),
    async (c) => {
      const actor = operator(c, ['reception', 'hall', 'supervisor']);
      const body = valid(c, 'json', Triage);
      const decision = await triageDwelling(ctx, actor, body);
      return c.json({ outcome: decision.outcome, reasons: decision.reasons, decision }, 200);
    },
  );

  register(
    app,
    route('post', '/operator/applications', {
      tag,
      summary: 'P2: file a hall application and run its checks',
      body: HallApplication,
      response: ApplicationView,
      status: 201,
    }),
    async (c) => {
      const actor = operator(c, ['hall', 'supervisor']);
      const body = valid(c, 'json', HallApplication);
      const draft = await createApplication(ctx, actor, body);
      const record = await submitApplication(ctx, actor, draft.id);
      return c.json(staffApplicationView(record), record.state === 'checks' ? 202 : 201);
    },
  );

  register(
    app,
    route('get', '/operator/applications', {
      tag,
      summary: 'Applications of my office',
      query: QueueQuery,
      response: Queue,
    }),
    async (c) => {
      const actor = operator(c, ['reception', 'hall', 'supervisor', 'auditor']);
      const { state } = valid(c, 'query', QueueQuery);
      const items = await officeQueue(ctx, actor, { state: isState(state) ? state : undefined });
      return c.json({ items: items.map(queueItemView) }, 200);
    },
  );

  register(
    app,
    route('get', '/operator/applications/{id}', {
      tag,
      summary: 'Decision trace and audit trail',
      params: IdParam,
      response: Trace,
    }),
    async (c) => {
      const actor = operator(c, ['reception', 'hall', 'supervisor', 'auditor']);
      const { id } = valid(c, 'param', IdParam);
      const record = await readApplication(ctx, actor, id, 'decision-trace');
      const audit = await auditTrail(ctx, id);
      return c.json(
        { application: staffApplicationView(record), audit: audit.map((a) => ({ ...a, at: a.at.toISOString() })) },
        200,
      );
    },
  );

  register(
    app,
    route('post', '/operator/access-log/search', {
      tag,
      summary: 'Search the personal-data access log (auditors, supervisors); the search is itself logged',
      body: AccessSearchRequest,
      response: AccessSearch,
    }),
    async (c) => {
      const actor = operator(c, AUDIT_ROLES);
      const { page, size, from, to, ...filter } = valid(c, 'json', AccessSearchRequest);
      const found = await auditSearch(ctx, actor, { ...filter, ...astanaDays(from, to) }, { page, size });
      return c.json({ ...found, items: found.items.map((i) => ({ ...i, at: i.at.toISOString() })) }, 200);
    },
  );

  // The hall completes its applications as citizens do online; the applicant signs in person.
  const hall = ['hall', 'supervisor'] as const;
  register(
    app,
    route('put', '/operator/applications/{id}/coupon', {
      tag,
      summary: 'Fill the arrival coupon',
      params: IdParam,
      body: Coupon,
      response: ApplicationView,
    }),
    async (c) =>
      c.json(
        staffApplicationView(
          await fillCoupon(ctx, operator(c, hall), valid(c, 'param', IdParam).id, valid(c, 'json', Coupon)),
        ),
        200,
      ),
  );
  register(
    app,
    route('post', '/operator/applications/{id}/sign', {
      tag,
      summary: 'Record the signature made in the hall',
      params: IdParam,
      body: SignatureProof,
      response: ApplicationView,
    }),
    async (c) =>
      c.json(
        staffApplicationView(
          await signApplication(
            ctx,
            operator(c, hall),
            valid(c, 'param', IdParam).id,
            valid(c, 'json', SignatureProof),
          ),
        ),
        200,
      ),
  );
  register(
    app,
    route('post', '/operator/applications/{id}/cancel', {
      tag,
      summary: 'Withdraw the application',
      params: IdParam,
      response: ApplicationView,
    }),
    async (c) =>
      c.json(staffApplicationView(await cancelApplication(ctx, operator(c, hall), valid(c, 'param', IdParam).id)), 200),
  );
  return app;
}
