// The dwelling step without a РКА and without typing the address (issue 22, finding 2): the city,
// then the street (a plain GET filter for long lists), then the house, then the flat — links and
// one form, no script. Choosing a flat posts `choice` to the dwelling step, as its search does.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { streetText as addressPrefix } from '../../../domain/address-parts.ts';
import { addressIn } from '../../../domain/address-rendering.ts';
import { AppError } from '../../../errors.ts';
import type { Language } from '../../../i18n/messages.ts';
import {
  pickerCities,
  pickerDwellings,
  pickerHouses,
  pickerStreet,
  pickerStreets,
  type StreetView,
} from '../../../services/addresses.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { draftOf, guard, kindOf } from './apply-frame.ts';
import { flowOf, type Kind, stepPath } from './apply-steps.ts';
import { backLink, button, form, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';

/** Streets listed without a filter; a city with more asks for the start of the name. */
const STREETS_SHOWN = 100;
const STREET_ID = /^[0-9]{1,16}$/;
const HOUSE = /^([0-9]{1,6}|none)$/;

const base = (kind: string) => `/apply/${kind}/dwelling/pick`;

/** Labels in the page's language, sorted as that language sorts. */
function sortedBy<T>(lang: Language, items: T[], label: (item: T) => string): { item: T; label: string }[] {
  const collator = new Intl.Collator(lang);
  return items.map((item) => ({ item, label: label(item) })).sort((a, b) => collator.compare(a.label, b.label));
}

/** A street's label; with its place when that is not the city's own (a district, a village). */
const streetName = (lang: Language, s: StreetView, cityPlace: string) =>
  addressIn(lang, s.place === '' || s.place === cityPlace ? s.name : `${s.place}, ${s.name}`);
const streetText = (s: StreetView) => addressPrefix({ place: s.place, street: s.name });

export function dwellingPicker(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const KIND = ':kind';

  // Only a person who has reached the dwelling question of their application may pick.
  app.use(`/apply/${KIND}/dwelling/pick`, requireLogin);
  app.use(`/apply/${KIND}/dwelling/pick/*`, requireLogin);
  const reached = async (c: Context<PageEnv>) => {
    const kind = kindOf(c);
    const answers = (await draftOf(ctx, c, kind))?.answers ?? {};
    return { kind, redirect: guard(c, kind, answers, 'dwelling') };
  };

  const page = (c: Context<PageEnv>, kind: Kind, back: string, title: string, body: unknown) => {
    const t = translator(c);
    return render(c, {
      title,
      body: html`${backLink(c.get('lang'), back)}
        <p class="hint">${t(`service.${flowOf(kind)}`)}</p>
        <h1>${title}</h1>
        ${body}`,
    });
  };

  app.get(`/${KIND}/dwelling/pick`, async (c) => {
    const { kind, redirect } = await reached(c);
    if (redirect) return redirect;
    const t = translator(c);
    const lang = c.get('lang');
    const cities = sortedBy(lang, await pickerCities(ctx), (x) => (x.place === '' ? x.city : addressIn(lang, x.place)));
    return page(
      c,
      kind,
      stepPath(kind, 'dwelling'),
      t('address.picker.city-title'),
      html`<p>${t('address.picker.lead')}</p>
        <ul class="choice-list">
          ${cities.map(({ item, label }) => html`<li><a href="${base(kind)}/${item.city}">${label}</a></li>`)}
        </ul>`,
    );
  });

  app.get(`/${KIND}/dwelling/pick/:city{[a-z0-9-]{1,40}}`, async (c) => {
    const { kind, redirect } = await reached(c);
    if (redirect) return redirect;
    const t = translator(c);
    const lang = c.get('lang');
    const city = c.req.param('city');
    const filter = (c.req.query('q') ?? '').trim().slice(0, 100);
    const found = await pickerStreets(ctx, city, filter);
    const streets = sortedBy(lang, found.streets, (s) => streetName(lang, s, found.place));
    const place = found.place === '' ? city : addressIn(lang, found.place);
    const shown = streets.slice(0, STREETS_SHOWN);
    return page(
      c,
      kind,
      base(kind),
      t('address.picker.street-title', { place }),
      html`<form method="get" action="${base(kind)}/${city}" role="search">
          ${textField(lang, {
            name: 'q',
            label: t('address.picker.filter-label'),
            hint: t('address.picker.filter-hint'),
            value: filter,
            width: 'long',
          })}
          ${button(t('address.picker.filter'), { kind: 'secondary' })}
        </form>
        ${streets.length === 0 ? html`<p>${t('address.picker.no-streets', { filter })}</p>` : ''}
        ${
          streets.length > shown.length
            ? html`<p>${t('address.picker.more-streets', { shown: shown.length, count: streets.length })}</p>`
            : ''
        }
        <ul class="choice-list">
          ${shown.map(({ item, label }) => html`<li><a href="${base(kind)}/street/${item.id}">${label}</a></li>`)}
        </ul>`,
    );
  });

  const streetOf = async (c: Context<PageEnv>) => {
    const id = c.req.param('street') ?? '';
    if (!STREET_ID.test(id)) throw new AppError('not-found');
    return pickerStreet(ctx, Number(id));
  };

  app.get(`/${KIND}/dwelling/pick/street/:street`, async (c) => {
    const { kind, redirect } = await reached(c);
    if (redirect) return redirect;
    const t = translator(c);
    const lang = c.get('lang');
    const street = await streetOf(c);
    const houses = await pickerHouses(ctx, street.id);
    return page(
      c,
      kind,
      `${base(kind)}/${street.city}`,
      t('address.picker.house-title', { street: addressIn(lang, streetText(street)) }),
      html`<ul class="choice-grid">
        ${houses.map(
          (h) =>
            html`<li>
              <a href="${base(kind)}/street/${street.id}/${h.house ?? 'none'}"
                >${h.house === null ? t('address.picker.no-house') : t('address.picker.house', { house: h.house })}</a
              >
            </li>`,
        )}
      </ul>`,
    );
  });

  app.get(`/${KIND}/dwelling/pick/street/:street/:house`, async (c) => {
    const { kind, redirect } = await reached(c);
    if (redirect) return redirect;
    const t = translator(c);
    const lang = c.get('lang');
    const street = await streetOf(c);
    const house = c.req.param('house');
    if (!HOUSE.test(house)) throw new AppError('not-found');
    const number = house === 'none' ? null : Number(house);
    const dwellings = await pickerDwellings(ctx, street.id, number);
    if (dwellings.length === 0) throw new AppError('not-found');
    const where = addressIn(lang, number === null ? streetText(street) : `${streetText(street)}, ${number}-үй`);
    return page(
      c,
      kind,
      `${base(kind)}/street/${street.id}`,
      t('address.picker.flat-title', { address: where }),
      html`<p>${t('address.picker.flat-lead')}</p>
        ${form(
          stepPath(kind, 'dwelling'),
          html`<ul class="choice-grid">
            ${dwellings.map(
              (d) =>
                html`<li>
                  ${button(
                    d.flat === null ? t('address.picker.whole-house') : t('address.picker.flat', { flat: d.flat }),
                    { kind: 'secondary', name: 'choice', value: d.rka },
                  )}
                </li>`,
            )}
          </ul>`,
        )}`,
    );
  });
  return app;
}
