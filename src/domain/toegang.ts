// Need-to-know: who may see a casus's details (AVG, seeds 000/003: only partners who need it).

export interface ToegangFeiten {
  lidVanTafel: boolean;
  indiener: boolean;
  /** The chair or a bestuurder an escalation of this casus was addressed to. */
  escalatieDoel: boolean;
}

export function magCasusZien(f: ToegangFeiten): boolean {
  return f.lidVanTafel || f.indiener || f.escalatieDoel;
}
