// Charts drawn on the server as SVG inside the page (issue 21): no JavaScript, no image requests,
// nothing the Content-Security-Policy would have to allow (presentation attributes, no style).
// Each chart is an image with a title and a description for screen readers, and every page shows
// the same numbers in a table beside it.
import { html } from 'hono/html';
import type { Published } from '../../../domain/analytics/suppression.ts';

const INK = '#0b0c0c';
const GRID = '#b1b4b6';
const LINE = '#1d70b8';
const CHOSEN = '#d4351c';
const CURRENT = '#00703c';
/** Seven steps of viridis: distinguishable in colour-blind vision and in greyscale. */
export const SEQUENTIAL = ['#440154', '#46327e', '#365c8d', '#277f8e', '#1fa187', '#4ac16d', '#a0da39'] as const;
export const CATEGORICAL = ['#00703c', '#d4351c', '#505a5f', '#f47738', '#1d70b8'] as const;

interface Frame {
  id: string;
  title: string;
  desc: string;
}

export interface LineChart extends Frame {
  points: readonly { x: number; y: number | null }[];
  xLabel: string;
  yLabel: string;
  /** Vertical lines at values of x, e.g. the value chosen and the rules in force. */
  markers: readonly { x: number; label: string; tone: 'chosen' | 'current' }[];
  formatY: (y: number) => string;
}

/** A line over x with y from 0 to 1 (shares), breaking where y is not published. */
export function lineChart(o: LineChart) {
  const W = 640;
  const H = 300;
  const left = 56;
  const right = 16;
  const top = 28;
  const bottom = 48;
  const xs = o.points.map((p) => p.x);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const sx = (x: number) => left + ((x - x0) / (x1 - x0 || 1)) * (W - left - right);
  const sy = (y: number) => top + (1 - y) * (H - top - bottom);
  const segments: string[] = [];
  let current: string[] = [];
  for (const p of o.points) {
    if (p.y === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
    } else current.push(`${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`);
  }
  if (current.length > 0) segments.push(current.join(' '));
  const yTicks = [0, 0.25, 0.5, 0.75, 1];
  const xTicks = xs.filter((x) => Number.isInteger(x) && x % 5 === 0);
  return html`<figure class="chart">
    <svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="${o.id}-title ${o.id}-desc">
      <title id="${o.id}-title">${o.title}</title>
      <desc id="${o.id}-desc">${o.desc}</desc>
      ${yTicks.map(
        (t) =>
          html`<line x1="${left}" x2="${W - right}" y1="${sy(t)}" y2="${sy(t)}" stroke="${GRID}" stroke-width="1" />
            <text x="${left - 6}" y="${sy(t) + 4}" text-anchor="end" font-size="12" fill="${INK}"
              >${o.formatY(t)}</text
            >`,
      )}
      ${xTicks.map(
        (x) =>
          html`<text x="${sx(x)}" y="${H - bottom + 18}" text-anchor="middle" font-size="12" fill="${INK}">${x}</text>`,
      )}
      <line x1="${left}" x2="${W - right}" y1="${sy(0)}" y2="${sy(0)}" stroke="${INK}" stroke-width="1" />
      <text x="${(left + W - right) / 2}" y="${H - 8}" text-anchor="middle" font-size="13" fill="${INK}">
        ${o.xLabel}
      </text>
      <text x="${left}" y="14" font-size="13" fill="${INK}">${o.yLabel}</text>
      ${o.markers
        .filter((m) => m.x >= x0 && m.x <= x1)
        .map((m, i) => {
          const colour = m.tone === 'chosen' ? CHOSEN : CURRENT;
          const anchor = sx(m.x) > W / 2 ? 'end' : 'start';
          const dx = anchor === 'end' ? -4 : 4;
          return html`<line
              x1="${sx(m.x)}"
              x2="${sx(m.x)}"
              y1="${top}"
              y2="${sy(0)}"
              stroke="${colour}"
              stroke-width="2"
              stroke-dasharray="${m.tone === 'chosen' ? '6 4' : '2 3'}"
            />
            <text x="${sx(m.x) + dx}" y="${top + 12 + i * 14}" text-anchor="${anchor}" font-size="12" fill="${colour}"
              >${m.label}</text
            >`;
        })}
      ${segments.map((points) => html`<polyline points="${points}" fill="none" stroke="${LINE}" stroke-width="3" />`)}
      ${o.points
        .filter((p) => p.y !== null)
        .map((p) => html`<circle cx="${sx(p.x)}" cy="${sy(p.y!)}" r="3.5" fill="${LINE}" />`)}
    </svg>
  </figure>`;
}

export interface BarChart extends Frame {
  rows: readonly { label: string; values: readonly Published[]; total: Published }[];
  series: readonly string[];
  colours: readonly string[];
  /** share: each bar fills the width (parts of its total); count: bars to the largest total. */
  scale: 'share' | 'count';
  /** The legend's words for the part of a total not shown (suppressed cells). */
  hiddenLabel?: string;
}

/** Horizontal stacked bars, one per row; the part of a total in suppressed cells is hatched. */
export function barChart(o: BarChart) {
  const W = 640;
  const labelWidth = 170;
  const barWidth = W - labelWidth - 16;
  const rowHeight = 26;
  const top = 8;
  const legendTop = top + o.rows.length * rowHeight + 12;
  const legendItems = [
    ...o.series.map((s, i) => ({ label: s, fill: o.colours[i]! })),
    ...(o.hiddenLabel ? [{ label: o.hiddenLabel, fill: `url(#${o.id}-hatch)` }] : []),
  ];
  const perLine = 3;
  const H = legendTop + Math.ceil(legendItems.length / perLine) * 22 + 8;
  const largest = Math.max(1, ...o.rows.map((r) => r.total ?? 0));
  return html`<figure class="chart">
    <svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="${o.id}-title ${o.id}-desc">
      <title id="${o.id}-title">${o.title}</title>
      <desc id="${o.id}-desc">${o.desc}</desc>
      <defs>
        <pattern id="${o.id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f3f2f1" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="${GRID}" stroke-width="3" />
        </pattern>
      </defs>
      ${o.rows.map((row, r) => {
        const y = top + r * rowHeight;
        const total = row.total ?? 0;
        const width = o.scale === 'share' ? barWidth : (total / largest) * barWidth;
        let x = labelWidth;
        const parts = row.values.map((v, i) => {
          const w = total > 0 && v !== null ? (v / total) * width : 0;
          const rect = html`<rect
            x="${x.toFixed(1)}"
            y="${y}"
            width="${w.toFixed(1)}"
            height="${rowHeight - 6}"
            fill="${o.colours[i]!}"
          />`;
          x += w;
          return rect;
        });
        const rest = labelWidth + width - x;
        return html`<text
            x="${labelWidth - 8}"
            y="${y + rowHeight / 2 + 1}"
            text-anchor="end"
            font-size="12"
            fill="${INK}"
            >${row.label}</text
          >
          ${parts}
          ${
            row.total !== null && rest > 0.5
              ? html`<rect
                  x="${x.toFixed(1)}"
                  y="${y}"
                  width="${rest.toFixed(1)}"
                  height="${rowHeight - 6}"
                  fill="url(#${o.id}-hatch)"
                />`
              : ''
          }`;
      })}
      ${legendItems.map((item, i) => {
        const x = 8 + (i % perLine) * (W / perLine);
        const y = legendTop + Math.floor(i / perLine) * 22;
        return html`<rect x="${x}" y="${y}" width="14" height="14" fill="${item.fill}" stroke="${GRID}" />
          <text x="${x + 20}" y="${y + 12}" font-size="12" fill="${INK}">${item.label}</text>`;
      })}
    </svg>
  </figure>`;
}
