import type { IntakeInvoer } from '../../src/domain/intake.ts';
import type { Identiteit } from '../../src/services/identiteit.ts';

export const wie = (extern: string): Identiteit => ({ platform: 'console', extern });

export const consulent = wie('fatima');
export const voorzitter = wie('marieke');
export const directeur = wie('ingrid');
export const wethouder = wie('jeroen');
export const LEDEN = {
  wi: wie('ahmed'),
  corporatie: wie('sanne'),
  ggz: wie('peter'),
  buurtteam: wie('lotte'),
  schuldhulp: wie('kees'),
};

export function intake(over: Partial<IntakeInvoer> = {}): IntakeInvoer {
  return {
    tafel: 'citydeal-utrecht',
    titel: 'Kostendelersnorm bij inwonende zoon met beperking',
    situatie:
      'Moeder van 52 met een meerderjarige zoon met een verstandelijke beperking die thuis woont. Door de kostendelersnorm daalt haar uitkering fors; huurachterstand dreigt.',
    knelpunt: 'kostendelersnorm',
    leefgebieden: ['inkomen', 'wonen'],
    gevraagdeOplossing:
      'Kostendelersnorm een jaar buiten toepassing laten en intussen een passende woonvorm voor de zoon zoeken.',
    kostenMaatwerk: '2.400',
    kostenNietsDoen: '18.000',
    kostenNietsDoenToelichting: 'Uithuiszetting, tijdelijke opvang en een crisisplaatsing van de zoon.',
    urgentie: 'normaal',
    betrokkenheid: 'hoog',
    toestemming: 'ja_vastgelegd',
    ...over,
  };
}
