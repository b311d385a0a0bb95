/**
 * Words that name positions, ranks and honours in Vietnamese reports, and the
 * honorifics written before personal names. All entries are folded (lower
 * case, new-style tone placement); multi-word entries are space-separated and
 * matched token by token, the longest first.
 */

/** Position titles that stand alone, before any body name ("Thủ tướng", "Bí thư"). */
const BASE_POSITIONS: readonly string[] = [
  'bí thư', 'bí thư thứ nhất', 'tổng bí thư', 'chủ tịch', 'chủ tịch nước', 'thủ tướng', 'ủy viên',
  'ủy viên dự khuyết', 'ủy viên thường trực', 'ủy viên thường vụ', 'ủy viên chuyên trách',
  'thường trực', 'thường trực ban bí thư', 'trưởng ban', 'phó ban', 'trưởng đoàn', 'trưởng phòng',
  'trưởng khoa', 'trưởng thôn', 'trưởng bản', 'trưởng ấp', 'trưởng khu phố', 'trưởng công an', 'trưởng đài',
  'trưởng văn phòng', 'trưởng cơ quan đại diện', 'trưởng ty', 'trưởng tiểu ban', 'trưởng khối',
  'bộ trưởng', 'thứ trưởng', 'chủ nhiệm', 'giám đốc', 'chánh văn phòng', 'chánh án', 'chánh thanh tra',
  'cục trưởng', 'vụ trưởng', 'viện trưởng', 'hiệu trưởng', 'chi cục trưởng', 'tổng cục trưởng',
  'tổng thư ký', 'thư ký', 'tổng biên tập', 'tổng giám đốc', 'tổng kiểm toán', 'tổng thanh tra',
  'tổng lãnh sự', 'đại sứ', 'lãnh sự', 'tư lệnh', 'chính ủy', 'chỉ huy trưởng', 'tham mưu trưởng',
  'chủ nhiệm chính trị', 'chính trị viên', 'đồn trưởng', 'hải đoàn trưởng', 'sư đoàn trưởng',
  'lữ đoàn trưởng', 'trung đoàn trưởng', 'tiểu đoàn trưởng', 'tỉnh ủy viên', 'thành ủy viên',
  'huyện ủy viên', 'quận ủy viên', 'thị ủy viên', 'đảng ủy viên', 'đại biểu quốc hội', 'đbqh', 'tuv', 'huv',
  'thuv', 'quv', 'ủvtw', 'uvtw', 'tvtu', 'tvhu', 'tvthu', 'bttu', 'tổng tham mưu trưởng', 'thống lĩnh',
  'thống lĩnh các lực lượng vũ trang nhân dân', 'bí thư chuyên trách', 'phó chủ tịch chuyên trách',
  'trưởng đoàn đbqh', 'trưởng đoàn đại biểu quốc hội', 'kiểm sát viên', 'thẩm phán', 'điều tra viên',
  'người phát ngôn', 'hội trưởng', 'trưởng ban thường trực', 'giám đốc điều hành',
  // Foreign and diplomatic positions reports name before a foreign leader.
  'tổng thống', 'ngoại trưởng', 'thị trưởng', 'thủ hiến', 'thống đốc', 'nghị sĩ', 'nghị sỹ', 'thượng nghị sĩ',
  'hạ nghị sĩ', 'quốc vương', 'nhà vua', 'giáo hoàng', 'đặc phái viên', 'phát ngôn viên', 'đại sứ đặc mệnh toàn quyền',
  'tổng tư lệnh', 'tham tán', 'trưởng đại diện', 'chủ tịch nước', 'thủ trưởng', 'hiệu phó', 'đoàn trưởng',
  // "Ông X, đại diện Công ty Y, nhận xét": a representative's standing in apposition.
  'đại diện',
  // Abbreviated and lesser positions.
  'gđ', 'pgđ', 'tgđ', 'phó phòng', 'phó khoa', 'phó văn phòng', 'đồng chủ tịch', 'đồng trưởng ban', 'chuyên gia',
  'chuyên gia cao cấp', 'cố vấn', 'cục phó', 'vụ phó', 'viện phó',
];

/** Scopes and fields written after a business or agency position. */
const POSITION_SCOPES: readonly string[] = [
  'toàn cầu', 'khu vực', 'quốc gia', 'điều hành', 'tài chính', 'kinh doanh', 'kỹ thuật', 'marketing', 'nhân sự',
  'phụ trách khu vực',
];

/**
 * Position titles as written: each base position, its deputy ("Phó ..."), and
 * the standing variants ("Phó Bí thư Thường trực", "Phó Trưởng ban Thường trực").
 */
function withDeputies(bases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const base of bases) {
    out.add(base);
    if (!base.startsWith('phó ') && !base.startsWith('tổng ') && !base.startsWith('quyền')) out.add(`phó ${base}`);
    if (base.startsWith('tổng ')) out.add(`phó ${base}`);
  }
  for (const standing of ['bí thư', 'chủ tịch', 'trưởng ban', 'thủ tướng', 'chủ nhiệm', 'giám đốc', 'bộ trưởng', 'cục trưởng', 'viện trưởng', 'hiệu trưởng']) {
    out.add(`phó ${standing} thường trực`);
  }
  // "Giám đốc toàn cầu Tập đoàn Cisco", "Giám đốc Quốc gia của ADB": a business or agency
  // position's scope or field, in lower case inside the title.
  for (const head of ['giám đốc', 'phó giám đốc', 'tổng giám đốc', 'phó tổng giám đốc', 'chủ tịch', 'phó chủ tịch', 'trưởng đại diện']) {
    for (const scope of POSITION_SCOPES) out.add(`${head} ${scope}`);
  }
  out.add('thứ trưởng thường trực');
  out.add('quyền bộ trưởng');
  out.add('quyền chủ tịch');
  out.add('quyền giám đốc');
  return [...out];
}

/**
 * Syllables written with "y" or "i" alike ("Tiến sỹ", "Thư kí"): the old and the
 * new spelling rule are both in print, so each entry is kept in both.
 */
const Y_SPELLINGS: readonly (readonly [string, string])[] = [['sĩ', 'sỹ'], ['ký', 'kí'], ['kỹ', 'kĩ'], ['lý', 'lí']];

function withSpellings(entries: readonly string[]): string[] {
  const out = new Set(entries);
  for (const entry of entries) {
    const words = entry.split(' ');
    for (const [from, to] of Y_SPELLINGS) {
      if (words.includes(from)) out.add(words.map((w) => (w === from ? to : w)).join(' '));
    }
  }
  return [...out];
}

export const POSITION_HEADS: readonly string[] = withSpellings(withDeputies(BASE_POSITIONS));

/** Military and police ranks: a title of their own ("Thiếu tướng Ngô Thanh Hải"). */
export const RANKS: readonly string[] = [
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'chuẩn úy', 'đô đốc', 'phó đô đốc', 'chuẩn đô đốc',
  'thượng sĩ', 'trung sĩ', 'hạ sĩ', 'binh nhất', 'binh nhì', 'tướng',
];

/**
 * Academic degrees, designations and state honours written before a name
 * ("PGS.TS", "PGS, TS", "Nghệ sĩ Nhân dân"). Abbreviations may be joined by
 * ".", "," or a space; the title parser accepts any of those between them.
 */
export const ACADEMIC_TITLES: readonly string[] = withSpellings([
  'gs', 'pgs', 'ts', 'ths', 'tskh', 'ncs', 'bs', 'bsck', 'bscki', 'bsckii', 'ks', 'ls', 'ds', 'tths', 'cn',
  'gs.ts', 'pgs.ts', 'gs.tskh', 'pgs.tskh', 'th.s', 'ths.bs', 'ts.bs', 'bs.ckii', 'bs.cki',
  'giáo sư', 'phó giáo sư', 'tiến sĩ', 'tiến sĩ khoa học', 'thạc sĩ', 'bác sĩ', 'dược sĩ', 'luật sư',
  'kỹ sư', 'kiến trúc sư', 'nhà báo', 'nhà giáo nhân dân', 'nhà giáo ưu tú', 'nghệ sĩ nhân dân',
  'nghệ sĩ ưu tú', 'thầy thuốc nhân dân', 'thầy thuốc ưu tú', 'nsnd', 'nsưt', 'ngnd', 'ngưt', 'ttnd', 'ttưt',
  'anh hùng lao động', 'anh hùng lực lượng vũ trang nhân dân', 'anh hùng llvt', 'ahlđ', 'mẹ việt nam anh hùng',
  'đại đức', 'thượng tọa', 'hòa thượng', 'linh mục', 'mục sư', 'giám mục', 'tổng giám mục', 'ni sư',
]);

/**
 * Callings written before an honoured or quoted person ("xạ thủ Hoàng Xuân
 * Vinh", "nông dân Vũ Văn Thuật"): like a delegate's designation they are no
 * title and no part of the name, and a place may follow them ("doanh nhân
 * Việt Nam"). Capitalized after a body's head they name the body ("Hội Nhà văn").
 */
export const OCCUPATIONS: readonly string[] = [
  'xạ thủ', 'kỳ thủ', 'vận động viên', 'công nhân', 'nông dân', 'ngư dân', 'nghệ nhân', 'doanh nhân',
  'ca sĩ', 'nhạc sĩ', 'họa sĩ', 'nhà văn', 'nhà thơ', 'cựu chiến binh', 'học sinh', 'sinh viên',
];

/** Designations of those who sit in a session: a delegate or a voter speaking is at one ("ĐB X cho rằng"). */
export const SEATED_DESIGNATIONS: readonly string[] = ['đại biểu', 'đb', 'cử tri'];

/**
 * Designations among the honorifics: they name a role, not a person, and are
 * also followed by places ("cử tri Hà Nội", "đại biểu TP.HCM").
 */
export const DESIGNATIONS: readonly string[] = [...SEATED_DESIGNATIONS, ...OCCUPATIONS];

/** Honorifics written before a name, never part of it. */
export const HONORIFICS: readonly string[] = [
  'đồng chí', 'đ/c', 'đ.c', 'ông', 'bà', 'anh', 'chị', 'ngài', 'quý ông', 'quý bà',
  // Forms of address by age or calling: "em Huỳnh Hoàng Khánh", "cô giáo Nguyễn Thị Hòa".
  'em', 'cô', 'thầy', 'cô giáo', 'thầy giáo', 'cháu',
  // Designations before a name, never part of it: "đại biểu Dương Tuấn Quân", "cử tri Nghiêm Văn Phái".
  ...DESIGNATIONS,
];

/** Plural address before a list of names or titles ("các đồng chí: ..."). */
export const PLURAL_HONORIFICS: readonly string[] = [
  'các đồng chí', 'các đ/c', 'các ông', 'các bà', 'các vị', 'các', 'các đại biểu', 'các vị đại biểu', 'các cử tri',
];

/** Honorifics that may stand alone as a pronoun for a person already named ("đồng chí đề nghị"). */
export const PRONOUN_HONORIFICS: readonly string[] = ['đồng chí', 'đ/c', 'ông', 'bà'];

/** Heads that are positions only before the acronym of what they head ("Trưởng SOM ASEAN"). */
export const BARE_HEADS: readonly string[] = ['trưởng'];

/** "nguyên Bộ trưởng": a position held before; "Quyền Tổng Thư ký": one held in an acting capacity. */
export const FORMER_MARKERS: readonly string[] = ['nguyên', 'cựu', 'quyền'];

/**
 * Words that open a new clause when capitalized (after a caption or a missing
 * period: "... Bộ Công Thương Trong khi đó"): never part of a body's name, so
 * a title ends before them.
 */
export const CLAUSE_OPENERS: readonly string[] = [
  'trong', 'tuy nhiên', 'nhưng', 'theo', 'tại', 'các', 'những', 'khi', 'sau', 'trước', 'với', 'về', 'để', 'ngoài', 'đây',
  'đó', 'này', 'còn', 'vì', 'do', 'nếu', 'hoặc', 'thì', 'đã', 'đang', 'sẽ', 'tôi', 'chúng', 'họ', 'nhiều', 'mỗi',
  'mọi', 'cũng', 'vừa', 'ông', 'bà', 'hiện', 'hôm', 'chiều', 'tối', 'ngay', 'riêng', 'cùng', 'qua', 'là',
  'có', 'ảnh', 'thay',
];

/** Words joining two positions of one person without a comma ("Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh"). */
export const POSITION_JOINERS: readonly string[] = ['kiêm'];

/**
 * Times of day and "ngày" opening a sentence with its date ("Sáng 5/3, ...",
 * "Ngày 12/6, ..."): capitalized and followed by a number, they begin a new
 * sentence run into a title, which ends before them.
 */
export const TIME_OPENERS: readonly string[] = ['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'ngày', 'hôm', 'khuya'];
