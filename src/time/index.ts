export {
  isWerkdag,
  standaardKalender,
  vrijeDag,
  type Werkkalender,
  werkurenPerDag,
} from './kalender.ts';
export {
  berekenDeadline,
  herinneringsmomenten,
  type Termijn,
  type Vergaderschema,
  volgendeVergadering,
} from './termijn.ts';
export {
  amsterdamDag,
  amsterdamJaar,
  amsterdamTijdstip,
  formatteerDatum,
  formatteerMoment,
} from './weergave.ts';
export { telWerkdagenOp, telWerkurenOp, trekWerkurenAf, werkurenTussen } from './werktijd.ts';
