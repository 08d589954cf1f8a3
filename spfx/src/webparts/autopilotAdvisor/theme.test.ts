// The section's SharePoint theme as the widget's look, run by `npm run build` (Heft's Jest).
// The browser tests read the colours a person sees in light and dark sections.
import { type ISectionTheme, applyThemeStyle, contrast, parseColour, themeStyle } from './theme';

const light: ISectionTheme = {
  semanticColors: {
    bodyBackground: '#ffffff', bodyStandoutBackground: '#faf9f8', bodyText: '#323130', bodySubtext: '#605e5c',
    bodyDivider: '#edebe9', primaryButtonBackground: '#0078d4', primaryButtonText: '#ffffff'
  },
  palette: { themePrimary: '#0078d4', themeLighter: '#deecf9' },
  fonts: { medium: { fontFamily: 'Segoe UI' } }
};

describe('parseColour', () => {
  it('reads the forms SharePoint themes use, and nothing else', () => {
    expect(parseColour('#FFF')).toEqual([255, 255, 255]);
    expect(parseColour(' #0078d4 ')).toEqual([0, 120, 212]);
    expect(parseColour('#0078d480')).toEqual([0, 120, 212]);
    expect(parseColour('rgba(232, 17, 35, .5)')).toEqual([232, 17, 35]);
    expect(['', 'transparent', 'red', '#12', 'rgb(300, 0, 0)', 'url(x)', undefined].map(parseColour)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

const rgb = (hex: string): [number, number, number] => parseColour(hex) as [number, number, number];

describe('themeStyle', () => {
  it('maps a light theme and keeps its text and accent readable (4.5:1)', () => {
    const style = themeStyle(light)!;
    expect(style.scheme).toBe('light');
    expect(style.properties['--apa-color-bg']).toBe('#ffffff');
    expect(style.properties['--apa-color-text']).toBe('#323130');
    expect(style.properties['--apa-font-family']).toBe('Segoe UI');
    // SharePoint's default blue meets 4.5:1 on white but not on its own light tint: darkened.
    const accent = style.properties['--apa-color-accent'];
    expect(accent).not.toBe('#0078d4');
    for (const bg of ['--apa-color-bg', '--apa-color-surface', '--apa-color-accent-soft']) {
      expect(contrast(rgb(accent), rgb(style.properties[bg]))).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(rgb(style.properties['--apa-color-accent-text']), rgb(accent))).toBeGreaterThanOrEqual(4.5);
  });

  it('takes an inverted theme for a dark widget, and lightens what does not read on it', () => {
    // A "strong" section: the brand colour as background, white text. Its luminance is near
    // the middle (black text would contrast a little more); the theme's own text decides.
    const dark: ISectionTheme = { semanticColors: { bodyBackground: '#0078d4', bodyText: '#ffffff', bodySubtext: '#2b88d8' } };
    const style = themeStyle(dark)!;
    expect(style.scheme).toBe('dark');
    expect(contrast(rgb(style.properties['--apa-color-muted']), rgb('#0078d4'))).toBeGreaterThanOrEqual(4.5);
    expect(style.properties['--apa-color-border']).toBeUndefined();
  });

  it('without a text colour, goes by the background alone', () => {
    expect(themeStyle({ semanticColors: { bodyBackground: '#201f1e' } })!.scheme).toBe('dark');
    expect(themeStyle({ semanticColors: { bodyBackground: '#f3f2f1' } })!.scheme).toBe('light');
  });

  it('gives nothing for a theme without a usable background', () => {
    expect(themeStyle(undefined)).toBeUndefined();
    expect(themeStyle({})).toBeUndefined();
    expect(themeStyle({ semanticColors: { bodyBackground: 'transparent', bodyText: '#000000' } })).toBeUndefined();
  });
});

describe('applyThemeStyle', () => {
  it('sets the properties and removes those the next theme lacks', () => {
    const element = document.createElement('div');
    element.style.setProperty('--apa-radius', '2px'); // not the theme's: left alone
    applyThemeStyle(element, themeStyle(light));
    expect(element.style.getPropertyValue('--apa-color-bg')).toBe('#ffffff');
    applyThemeStyle(element, themeStyle({ semanticColors: { bodyBackground: '#111111' } }));
    expect(element.style.getPropertyValue('--apa-color-border')).toBe('');
    expect(element.style.getPropertyValue('--apa-font-family')).toBe('');
    applyThemeStyle(element, undefined);
    expect(element.style.getPropertyValue('--apa-color-bg')).toBe('');
    expect(element.style.getPropertyValue('--apa-radius')).toBe('2px');
  });
});
