/**
 * Common abbreviations of Vietnamese titles and bodies, expanded on both
 * sides before titles and issuing bodies are compared, so that "Phó Chủ tịch
 * UBND TP HCM" and "Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh" score
 * as the same title. Keys are the lower-case token as written after
 * punctuation became spaces ("TP. HCM" → "tp", "hcm"); values are already in
 * the scoring fold (lower case, new-style tone placement).
 */
export const ABBREVIATION_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['ubnd', 'ủy ban nhân dân'],
  ['hđnd', 'hội đồng nhân dân'],
  ['mttq', 'mặt trận tổ quốc'],
  ['ubmttq', 'ủy ban mặt trận tổ quốc'],
  ['qđnd', 'quân đội nhân dân'],
  ['tw', 'trung ương'],
  ['tp', 'thành phố'],
  ['hcm', 'hồ chí minh'],
  ['tphcm', 'thành phố hồ chí minh'],
  ['bch', 'ban chấp hành'],
  ['ctdv', 'công tác dân vận'],
  ['đbqh', 'đại biểu quốc hội'],
]);

/**
 * Abbreviations that are ordinary syllables in lower case ("tư" as in "tư
 * pháp"), so they are expanded only when written in capitals.
 */
export const CAPITALIZED_ABBREVIATION_EXPANSIONS: ReadonlyMap<string, string> = new Map([['TƯ', 'trung ương']]);
