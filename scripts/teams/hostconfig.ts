// A host config that draws Adaptive Cards the way Microsoft Teams does (light theme): Teams' font stack,
// its colours, spacing and at most six actions per row. The desktop client puts buttons side by side; the
// phone client stacks them. Used by the card pictures (`npm run teams:kaartbeelden`) and their test.
export type Scherm = 'telefoon' | 'bureau';

/** The widths we look at: a small phone, and a desktop channel. */
export const BREEDTE: Record<Scherm, number> = { telefoon: 360, bureau: 900 };

/** What a phone shows without scrolling, at 360 px wide (a 640 px tall screen). */
export const EERSTE_SCHERM = 640;

/** Teams' `maxActions`. */
export const MAX_ACTIES = 6;

/** Teams' font (Segoe UI), then what a Linux machine has closest to it. */
export const LETTERTYPE =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif";

const kleur = (standaard: string, zacht: string) => ({ default: standaard, subtle: zacht });

const VOORGROND = {
  default: kleur('#242424', '#616161'),
  dark: kleur('#242424', '#616161'),
  light: kleur('#FFFFFF', '#E0E0E0'),
  accent: kleur('#5B5FC7', '#4F52B2'),
  good: kleur('#0E700E', '#237B4B'),
  warning: kleur('#835B00', '#835B00'),
  attention: kleur('#C4314B', '#A4262C'),
};

export function teamsHostConfig(scherm: Scherm) {
  const telefoon = scherm === 'telefoon';
  return {
    supportsInteractivity: true,
    fontFamily: LETTERTYPE,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: telefoon ? 12 : 16 },
    separator: { lineThickness: 1, lineColor: '#E0E0E0' },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
    containerStyles: {
      default: { backgroundColor: '#FFFFFF', foregroundColors: VOORGROND },
      emphasis: { backgroundColor: '#F5F5F5', foregroundColors: VOORGROND },
    },
    actions: {
      maxActions: MAX_ACTIES,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
      actionsOrientation: telefoon ? 'vertical' : 'horizontal',
      actionAlignment: telefoon ? 'stretch' : 'left',
      iconPlacement: 'leftOfTitle',
    },
    adaptiveCard: { allowCustomStyle: false },
    factSet: {
      title: {
        color: 'default',
        size: 'default',
        isSubtle: false,
        weight: 'bolder',
        wrap: true,
        maxWidth: 150,
      },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 8,
    },
    inputs: {
      label: {
        inputSpacing: 'small',
        requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
        optionalInputs: { weight: 'bolder' },
      },
      errorMessage: { size: 'small', color: 'attention' },
    },
  };
}

/** What the host config does not say: buttons and fields as Teams draws them (Fluent UI). */
export const TEAMS_CSS = `
  body { margin: 0; background: #F5F5F5; font-family: ${LETTERTYPE}; }
  #kaart { background: #FFFFFF; border: 1px solid #E0E0E0; border-radius: 4px; margin: 8px; }
  .ac-pushButton { font-family: inherit; font-size: 14px; font-weight: 600; min-height: 32px;
    padding: 4px 12px; border: 1px solid #D1D1D1; border-radius: 4px; background: #FFFFFF; color: #242424;
    overflow: hidden; text-overflow: ellipsis; white-space: nowrap; cursor: pointer; }
  .ac-pushButton.style-positive, .ac-pushButton.primary { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-pushButton.style-destructive { color: #C4314B; border-color: #C4314B; }
  .ac-input { font-family: inherit; font-size: 14px; color: #242424; }
  .ac-textInput, .ac-dateInput, .ac-timeInput, .ac-multichoiceInput { border: 1px solid #D1D1D1;
    border-bottom-color: #616161; border-radius: 4px; padding: 5px 8px; background: #FFFFFF; box-sizing: border-box; }
  .ac-textInput.ac-multiline { height: 64px; resize: none; }
  .ac-selectable { cursor: pointer; }
`;
