// Tiny HTML templating: every text and attribute goes through `esc`, so strings from results
// (entrant names, sample origins, error messages: all untrusted) can never become markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup already built by these helpers (or trusted, like rendered SVG); plain strings are escaped. */
export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = Html | string | number | undefined | null | false | Child[];

export const raw = (html: string) => new Html(html);

function render(c: Child): string {
  if (c === undefined || c === null || c === false) return '';
  if (Array.isArray(c)) return c.map(render).join('');
  return c instanceof Html ? c.html : esc(c);
}

type Attrs = Record<string, string | number | boolean | undefined>;

/** `h('td', { class: 'num' }, '0.5')` -> `<td class="num">0.5</td>`. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): Html {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v as string | number)}"`))
    .join('');
  return new Html(`<${tag}${a}>${render(children)}</${tag}>`);
}

export function frag(...children: Child[]): Html {
  return new Html(render(children));
}

/** Numbers as people read them: 3 decimals below 10, grouped integers above. */
export function num(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '-';
  if (Math.abs(x) >= 10) return Math.round(x).toLocaleString('en-US');
  return x.toFixed(3);
}
