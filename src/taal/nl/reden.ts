// Why a casus went to the chair or a bestuurder: the closing rule's reasons and the ladder's timeouts.
export default {
  geen_quorum: 'te weinig leden hebben geantwoord (geen quorum)',
  niet_akkoord: 'een of meer leden gingen niet akkoord',
  geen_akkoord: 'niemand aan tafel steunde het verzoek',
  buiten_mandaat: 'een lid gaf aan dat dit buiten het mandaat valt',
  boven_mandaat: 'de kosten liggen boven het mandaat van de tafel',
  regel_niet_afwijkbaar: 'de tafel mag niet afwijken van deze regel',
  geen_bestuurder: 'er is geen bestuurder ingesteld',
  bestuurder_verlopen: 'de bestuurders beslisten niet binnen de termijn',
  voorzitter_verlopen: 'de voorzitter besliste niet binnen de termijn',
} as const;
