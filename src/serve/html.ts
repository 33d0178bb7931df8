import { escapeHtml } from '../format/escape-html.js';

export { escapeHtml };

/** Markup that is already safe (built by `html`), so it is not escaped again. */
export class Safe {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Safe | string | number | null | undefined | false | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Safe) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** A template tag that escapes every interpolated value unless it is Safe: the one way pages are built. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Safe {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Safe(out);
}

/** Trusted markup (a generated SVG chart): use only for strings this program builds from escaped parts. */
export function trusted(markup: string): Safe {
  return new Safe(markup);
}
