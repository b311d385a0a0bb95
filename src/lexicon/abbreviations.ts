/**
 * Abbreviations written with a final period that do not end a sentence:
 * "TP. HCM", "PGS. TS", "Th.S", "v.v.".
 */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  'TP', 'Tp', 'tp', 'TX', 'Tx', 'TT', 'Q', 'P', 'H', 'X', 'GS', 'PGS', 'TS', 'TSKH', 'ThS', 'Th.S', 'BS', 'KS', 'CN', 'NSND',
  'NSƯT', 'NXB', 'Nxb', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sđd', 'tr', 'Tr', 'No', 'Ths', 'v.v', 'vv', 'etc',
];
