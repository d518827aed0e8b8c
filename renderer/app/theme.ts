// The app's Mantine theme: every text and button colour reaches WCAG AA contrast (4.5:1) in the light scheme.
import { DEFAULT_THEME, createTheme, darken, luminance, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
});

const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

/** The palette's shade 6 darkened just enough to read at 4.6:1 on `background` (a margin over 4.5). */
function readable(shades: readonly string[], background: string): string {
  for (let amount = 0; amount < 0.9; amount += 0.05) {
    const color = darken(shades[6]!, amount);
    if (contrast(color, background) >= 4.6) return color;
  }
  return shades[9]!;
}

const WHITE = '#ffffff';

/** Text, outline and filled colours of every palette, darkened where the default shade is too light. */
function lightVariables(): Record<string, string> {
  const out: Record<string, string> = { '--mantine-color-dimmed': DEFAULT_THEME.colors.gray[7] };
  for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    // The tinted background of light variants is close to shade 0; text on it must also read on white.
    const text = readable(shades, shades[1]!);
    const filled = name === theme.primaryColor ? shades[8]! : readable(shades, WHITE);
    Object.assign(out, {
      [`--mantine-color-${name}-text`]: text,
      [`--mantine-color-${name}-light-color`]: text,
      [`--mantine-color-${name}-outline`]: text,
      [`--mantine-color-${name}-filled`]: filled,
      [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.1),
    });
  }
  return out;
}

export const cssVariables: CSSVariablesResolver = () => ({ variables: {}, light: lightVariables(), dark: {} });

/**
 * For a list's filter selects: Mantine keeps every select's option list mounted (hidden) from its first draw;
 * these mount theirs when opened, so a list page's first draw, and each redraw, carries no hidden options.
 */
export const optionsWhenOpened = { keepMounted: false } as const;
