// SharePoint's theme (the section's variant, from ThemeProvider) as the widget's look: its
// semantic colours become the widget's --apa-* custom properties (styles/advisor.css), set on
// the element's style, where they win over the widget's defaults; the section background's
// luminance (against its text's) picks the widget's light or dark theme, so the colours the theme does not give
// (success, danger) come from the matching half of the widget's own palette.

/** What the web part reads of SharePoint's IReadonlyTheme (all optional: a theme may lack any). */
export interface ISectionTheme {
  semanticColors?: {
    bodyBackground?: string;
    bodyStandoutBackground?: string;
    bodyText?: string;
    bodySubtext?: string;
    bodyDivider?: string;
    primaryButtonBackground?: string;
    primaryButtonText?: string;
  };
  palette?: { themePrimary?: string; themeLighter?: string };
  fonts?: { medium?: { fontFamily?: string } };
}

/** The widget's theme and custom properties for one section theme. */
export interface IThemeStyle {
  scheme: 'light' | 'dark';
  properties: { [name: string]: string };
}

/** Every custom property themeStyle() may set, so the ones a new theme lacks can be removed. */
export const THEMED_PROPERTIES: string[] = [
  '--apa-font-family', '--apa-color-bg', '--apa-color-text', '--apa-color-surface', '--apa-color-muted',
  '--apa-color-border', '--apa-color-accent', '--apa-color-accent-soft', '--apa-color-accent-text',
  '--apa-color-focus'
];

type Rgb = [number, number, number];

/** "#rgb", "#rrggbb", "#rrggbbaa", "rgb(r, g, b)" or "rgba(r, g, b, a)" (alpha ignored); else undefined. */
export function parseColour(text: string | undefined): Rgb | undefined {
  const value = (text || '').trim().toLowerCase();
  const short = /^#([0-9a-f]{3})$/.exec(value);
  if (short) return [0, 1, 2].map((i) => parseInt(short[1][i] + short[1][i], 16)) as Rgb;
  const long = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(value);
  if (long) return [0, 2, 4].map((i) => parseInt(long[1].slice(i, i + 2), 16)) as Rgb;
  const m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(,\s*[\d.]+%?\s*)?\)$/.exec(value);
  if (m) {
    const rgb = [m[1], m[2], m[3]].map(Number);
    return rgb.every((c) => c <= 255) ? (rgb as Rgb) : undefined;
  }
  return undefined;
}

function hex(rgb: Rgb): string {
  return '#' + rgb.map((c) => ('0' + Math.round(c).toString(16)).slice(-2)).join('');
}

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A theme's colour, moved towards black (light theme) or white (dark theme) in small steps
 * until it has `ratio` contrast with every background: a tenant's brand colour need not meet
 * WCAG AA on the widget's tinted surfaces, and the widget must.
 */
function readable(colour: Rgb, backgrounds: Rgb[], scheme: 'light' | 'dark', ratio: number = 4.5): Rgb {
  const target = scheme === 'dark' ? 255 : 0;
  for (let step = 0; step <= 20; step++) {
    // Rounded as the browser will draw it, so the ratio checked is the ratio seen.
    const mixed = colour.map((c) => Math.round(c + (target - c) * step / 20)) as Rgb;
    if (backgrounds.every((b) => contrast(mixed, b) >= ratio)) return mixed;
  }
  return [target, target, target];
}

/**
 * The widget's look for a section theme; undefined when the theme says nothing usable about
 * its background (the widget then keeps its own colours and follows the page or the system).
 */
export function themeStyle(theme: ISectionTheme | undefined): IThemeStyle | undefined {
  const semantic = (theme && theme.semanticColors) || {};
  const palette = (theme && theme.palette) || {};
  const bg = parseColour(semantic.bodyBackground);
  if (!bg) return undefined;
  // Dark when the theme's text is lighter than its background (an inverted theme: a dark site
  // theme, or a strong section in the brand colour, whose luminance may sit near the middle);
  // without a text colour, when white text would contrast more with it than black does.
  const bodyText = parseColour(semantic.bodyText);
  const scheme: 'light' | 'dark' = (bodyText ? luminance(bodyText) > luminance(bg) : contrast(bg, [255, 255, 255]) > contrast(bg, [0, 0, 0])) ? 'dark' : 'light';
  const fallbackText: Rgb = scheme === 'dark' ? [255, 255, 255] : [0, 0, 0];
  const surface = parseColour(semantic.bodyStandoutBackground) || bg;
  const text = readable(bodyText || fallbackText, [bg, surface], scheme);
  const muted = readable(parseColour(semantic.bodySubtext) || text, [bg, surface], scheme);
  const accentSoft = parseColour(palette.themeLighter) || surface;
  const brand = parseColour(semantic.primaryButtonBackground) || parseColour(palette.themePrimary) || text;
  const accent = readable(brand, [bg, surface, accentSoft], scheme);
  // The text on a button is the one colour drawn on the accent: it goes the other way.
  const accentText = readable(parseColour(semantic.primaryButtonText) || bg, [accent], scheme === 'dark' ? 'light' : 'dark');
  const properties: { [name: string]: string } = {
    '--apa-color-bg': hex(bg),
    '--apa-color-text': hex(text),
    '--apa-color-surface': hex(surface),
    '--apa-color-muted': hex(muted),
    '--apa-color-accent': hex(accent),
    '--apa-color-accent-soft': hex(accentSoft),
    '--apa-color-accent-text': hex(accentText),
    '--apa-color-focus': hex(accent)
  };
  const border = parseColour(semantic.bodyDivider);
  if (border) properties['--apa-color-border'] = hex(border);
  const font = theme && theme.fonts && theme.fonts.medium && theme.fonts.medium.fontFamily;
  if (font) properties['--apa-font-family'] = font;
  return { scheme, properties };
}

/** Sets the theme's custom properties on the element and removes those it no longer gives. */
export function applyThemeStyle(element: HTMLElement, style: IThemeStyle | undefined): void {
  const properties = style ? style.properties : {};
  for (const name of THEMED_PROPERTIES) {
    const value = properties[name];
    if (value === undefined) {
      if (element.style.getPropertyValue(name) !== '') element.style.removeProperty(name);
    } else if (element.style.getPropertyValue(name) !== value) {
      // Through the CSSOM, which a Content Security Policy without 'unsafe-inline' allows.
      element.style.setProperty(name, value);
    }
  }
}
