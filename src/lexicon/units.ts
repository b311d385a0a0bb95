/**
 * Words around numbers in Vietnamese reports: number words and magnitudes,
 * the nouns that name what is counted (units, classifiers, count nouns),
 * the period words that make a number a duration or an age, the qualifiers
 * that hedge a quantity, and the words before a number that make it a name,
 * an ordinal, a year or a date rather than a quantity.
 *
 * Every entry is in matching form (lower case, new-style tone placement, see
 * src/text/fold.ts), except ACRONYM_UNITS, which are matched as written.
 */

/** Digit words: the value of one spelled-out digit. */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  'một': 1,
  'hai': 2,
  'ba': 3,
  'bốn': 4,
  'năm': 5,
  'sáu': 6,
  'bảy': 7,
  'bẩy': 7,
  'tám': 8,
  'chín': 9,
};

/** Digit forms used only after "mươi"/"mười": "hai mươi mốt", "mười lăm", "ba mươi tư". */
export const UNIT_DIGIT_AFTER_TENS: Readonly<Record<string, number>> = {
  'mốt': 1,
  'tư': 4,
  'lăm': 5,
  'nhăm': 5,
};

/** "mười" is ten by itself; "mươi" and "chục" multiply the digit before them by ten. */
export const TEN_WORD = 'mười';
export const TENS_MULTIPLIERS: readonly string[] = ['mươi', 'chục'];
export const HUNDRED_WORD = 'trăm';
/** The empty tens place: "một trăm linh năm" is 105. */
export const ZERO_TENS_WORDS: readonly string[] = ['linh', 'lẻ'];

/** Magnitude words multiply the number before them; they chain ("nghìn tỷ"). */
export const MAGNITUDE_WORDS: Readonly<Record<string, number>> = {
  'nghìn': 1e3,
  'ngàn': 1e3,
  // Ten thousand, Sino-Vietnamese: "24 vạn lượt khách" is 240000.
  'vạn': 1e4,
  'triệu': 1e6,
  'tỷ': 1e9,
  'tỉ': 1e9,
};

/**
 * What is counted: count nouns of reports and their classifiers. A
 * classifier alone ("lượt", "căn", "cuộc") is a unit; a classifier with the
 * noun it forms a compound with ("lượt người", "căn nhà", "cuộc thi") is the
 * longer unit. The longest entry that matches after the number wins.
 */
export const COUNT_UNITS: readonly string[] = [
  // classifiers and single-syllable count nouns
  'cái', 'con', 'chiếc', 'căn', 'ngôi', 'cuộc', 'lượt', 'người', 'hộ', 'xã', 'phường', 'huyện', 'tỉnh', 'thôn',
  'bản', 'ấp', 'xóm', 'làng', 'buôn', 'tổ', 'đội', 'nhóm', 'đoàn', 'hội', 'lớp', 'trường', 'trạm', 'điểm', 'bộ',
  'tấm', 'suất', 'phần', 'món', 'bài', 'tin', 'cuốn', 'quyển', 'tờ', 'đợt', 'lần', 'vụ', 'ca', 'mũi', 'liều',
  'phiếu', 'phiên', 'tiết', 'buổi', 'bậc', 'hạng', 'cấp', 'ngành', 'giải', 'đơn', 'nhà', 'cây', 'xe', 'tàu',
  'thuyền', 'chuyến', 'máy', 'tấn', 'tạ', 'kg', 'ha', 'km', 'mét', 'lít', 'đồng', 'usd', 'đô', 'em', 'cháu',
  'cụm', 'khu', 'cơ sở', 'gói', 'bó', 'hòm', 'thùng', 'khẩu', 'mặt', 'tuyến', 'cầu', 'kênh', 'lô', 'ô tô',
  'xe ô tô', 'đô la',
  'trang', 'kỳ họp',
  // compounds of a classifier
  'lượt người', 'lượt khách', 'lượt truy cập', 'lượt xem', 'lượt tiếp cận', 'lượt cán bộ', 'lượt hội viên',
  'lượt đoàn viên', 'lượt học sinh', 'lượt hộ', 'lượt xe', 'căn nhà', 'ngôi nhà', 'cuộc thi', 'cuộc họp',
  'cuộc tiếp xúc', 'cuộc đối thoại', 'cuộc vận động', 'cuộc kiểm tra', 'cuộc giám sát', 'cuộc thanh tra',
  'cuộc điều tra', 'cuộc khảo sát', 'người dân', 'người lao động', 'người cao tuổi', 'người có uy tín',
  'hộ gia đình', 'hộ dân', 'nhà ở', 'nhà văn hóa', 'nhà tình nghĩa', 'nhà đại đoàn kết', 'nhà tài trợ',
  'bài viết', 'bài báo', 'bài học', 'tin bài', 'lớp học', 'lớp tập huấn', 'lớp bồi dưỡng', 'trạm y tế',
  'điểm cầu', 'điểm trường', 'phần quà', 'suất quà', 'suất học bổng', 'phiên họp', 'tiết học', 'buổi học',
  'đơn thư', 'đơn vị', 'đội viên', 'tổ chức', 'tổ dân phố', 'tổ hợp tác', 'nhóm giải pháp', 'nhóm nhiệm vụ',
  'ngày công', 'giờ công', 'cây số', 'con giống', 'cây giống', 'xe máy', 'tàu cá', 'máy tính', 'khu dân cư',
  'cụm công nghiệp', 'khu công nghiệp', 'khóa học', 'khóa đào tạo', 'đầu sách', 'tờ rơi',
  // meetings, documents, activities
  'hội nghị', 'hội thảo', 'hội thi', 'tọa đàm', 'diễn đàn', 'sự kiện', 'chương trình', 'kế hoạch', 'đề án',
  'dự án', 'công trình', 'hạng mục', 'nhiệm vụ', 'giải pháp', 'chỉ tiêu', 'tiêu chí', 'mục tiêu', 'nội dung',
  'văn bản', 'nghị quyết', 'chỉ thị', 'kết luận', 'quyết định', 'quy định', 'quy chế', 'hướng dẫn',
  'thông báo', 'báo cáo', 'công văn', 'tờ trình', 'đề tài', 'sáng kiến', 'tác phẩm', 'ấn phẩm', 'tài liệu',
  'phóng sự', 'chuyên đề', 'chuyên mục', 'bản tin', 'video', 'clip', 'tin tức', 'khẩu hiệu', 'băng rôn',
  'pano', 'áp phích', 'phong trào', 'mô hình', 'điển hình', 'kinh nghiệm', 'kết quả', 'quan điểm', 'ý kiến',
  'kiến nghị', 'phản ánh', 'thủ tục', 'hồ sơ', 'dịch vụ', 'sản phẩm', 'mặt hàng', 'hợp đồng', 'vụ việc',
  'vụ án', 'trường hợp', 'đối tượng', 'tài khoản', 'thuê bao', 'trang tin', 'website', 'bài học kinh nghiệm',
  'chuyến công tác', 'đoàn công tác', 'đoàn kiểm tra', 'đoàn giám sát', 'phiên tòa', 'câu lạc bộ',
  'điểm nổi bật', 'vấn đề', 'lĩnh vực', 'chính sách', 'bằng khen', 'giấy khen', 'cờ thi đua', 'huân chương',
  'huy chương', 'giải thưởng', 'danh hiệu', 'học bổng', 'tập thể', 'cá nhân', 'lao động', 'việc làm',
  // people and bodies
  'cán bộ', 'công chức', 'viên chức', 'đảng viên', 'đoàn viên', 'hội viên', 'thành viên', 'đại biểu',
  'cử tri', 'học sinh', 'sinh viên', 'học viên', 'giáo viên', 'giảng viên', 'bác sĩ', 'y bác sĩ',
  'bệnh nhân', 'người bệnh', 'công nhân', 'nông dân', 'ngư dân', 'thanh niên', 'tình nguyện viên',
  'phụ nữ', 'trẻ em', 'cựu chiến binh', 'chiến sĩ', 'cán bộ chiến sĩ', 'sĩ quan', 'quân nhân', 'tân binh',
  'chức sắc', 'chức việc', 'tín đồ', 'đồng bào', 'nhân khẩu', 'khách hàng', 'du khách', 'doanh nghiệp',
  'hợp tác xã', 'cơ quan', 'chi bộ', 'đảng bộ', 'tổ chức đảng', 'tổ chức cơ sở đảng', 'chi hội', 'ban',
  'thị trấn', 'thành phố', 'thị xã', 'quận', 'địa phương', 'gia đình', 'bệnh viện', 'trường học',
  'ca bệnh', 'ca mắc', 'mũi tiêm', 'liều vắc xin', 'phương tiện', 'thiết bị',
  // measures
  'héc ta', 'hecta', 'mét vuông', 'ki lô mét', 'ki lô gam', 'phần trăm', 'điểm phần trăm',
  // compounds of "nhà" (a house alone, a person or a plant in compounds)
  'nhà máy', 'nhà xưởng', 'nhà hàng', 'nhà lãnh đạo', 'nhà khoa học', 'nhà đầu tư', 'nhà báo', 'nhà giáo',
  'nhà văn', 'nhà thầu', 'nhà cung cấp', 'nhà sản xuất', 'nhà mạng', 'nhà tạm', 'nhà vệ sinh',
  // currencies written in words
  'nhân dân tệ', 'yên', 'euro', 'won', 'rúp', 'bảng anh', 'đô la mỹ', 'usd',
  // performers, participants and contributions
  'diễn viên', 'vận động viên', 'nghệ sĩ', 'nghệ nhân', 'tham luận', 'bài tham luận', 'lượt ý kiến',
  'câu hỏi', 'gian hàng', 'quốc gia', 'nền kinh tế', 'chủ đề', 'đại diện', 'hoạt động', 'cuộc giám sát',
  'phiên giám sát', 'buổi giám sát', 'lượt giám sát', 'chức vô địch', 'vị khách', 'vị đại biểu',
];

/**
 * Units written as symbols or in capitals, matched case-sensitively as
 * written, right after the number ("3.000 ha", "10km", "500 USD").
 */
export const ACRONYM_UNITS: readonly string[] = [
  '%', '‰', 'USD', 'VNĐ', 'VND', 'EUR', 'đ', 'ha', 'km²', 'km2', 'km', 'm²', 'm2', 'm³', 'm3', 'm', 'cm', 'mm',
  'kg', 'MW', 'kW', 'kWh', 'MWh', 'GW', 'MB', 'GB', 'ml',
];

/**
 * Words that begin with a classifier but are not counted things: "bản lề"
 * (pivotal), "bản thân", "nhà nước", "người ta". After a number they mean
 * the number has no unit.
 */
export const NOT_UNITS: readonly string[] = [
  'bản lề', 'bản chất', 'bản thân', 'bản lĩnh', 'bản sắc', 'nhà nước', 'người ta', 'điểm nghẽn', 'cấp bách',
  'cấp thiết', 'cuộc sống', 'tin tưởng', 'tin cậy', 'lần lượt', 'phần lớn', 'phần đông', 'phần nào',
  'con đường', 'bộ mặt', 'bộ phận', 'mặt khác', 'đội ngũ', 'ca ngợi', 'cái mới', 'đơn giản', 'đơn độc',
  'tổ quốc', 'khóa', 'khóa họp', 'phần nào', 'lúc nào',
  // "đường 2 chiều", "hình ảnh 3 chiều": directions and dimensions, not things counted
  'chiều',
];

/**
 * Nouns that after "một"/"1" make an idiom, not a count: "một phần trách
 * nhiệm" (partly), "ngay một lúc" (at once), "một mặt" (on one hand). Only
 * the noun alone: "1 phần quà" is a count, its longer unit wins.
 */
export const IDIOMS_AFTER_ONE: readonly string[] = [
  'phần', 'lúc', 'mặt', 'chút', 'cách', 'khi', 'thời', 'mai', 'mình', 'lòng', 'bước', 'hồi', 'nỗi', 'thể',
];

/**
 * Nouns that after "hai"/"ba" (or "2", "3") name the parties of a relation,
 * not a count: "hai nước", "2 bên", "hai nhà lãnh đạo", "3 nước Đông Dương".
 */
export const PARTY_NOUNS: readonly string[] = [
  'bên', 'nước', 'phía', 'đảng', 'dân tộc', 'nhà lãnh đạo', 'lãnh đạo', 'ngành', 'miền', 'chính phủ', 'quốc hội',
  'thủ đô', 'mặt trận', 'mặt', 'nguyên thủ', 'quân đội', 'nhân dân', 'ông', 'bà', 'vị', 'cha con', 'mẹ con',
  'vợ chồng', 'nền kinh tế', 'quốc gia',
];

/** Ratios that are idioms of time, not counts: "24/24" (round the clock), "24/7". */
export const TIME_RATIO_IDIOMS: readonly string[] = ['24/24', '24/7', '7/7'];

/**
 * Period and age words: a number before them is a duration, an age or a
 * moment, not a quantity of results ("5 năm", "7 tháng", "60 tuổi").
 */
export const TIME_UNITS: readonly string[] = [
  'năm', 'tháng', 'tuần', 'ngày', 'đêm', 'ngày đêm', 'giờ', 'tiếng', 'phút', 'giây', 'tuổi', 'quý',
  'thế kỷ', 'thập kỷ', 'thập niên', 'nhiệm kỳ', 'kỳ', 'năm học', 'học kỳ', 'mùa', 'vụ mùa', 'tuổi đời',
  'tuổi đảng', 'tuổi nghề', 'năm tuổi', 'tháng tuổi',
];

/** Hedges written before a quantity; the longest one that ends at the number wins. */
export const QUALIFIERS_BEFORE: readonly string[] = [
  'khoảng', 'khoảng chừng', 'chừng', 'gần', 'hơn', 'trên', 'dưới', 'trên dưới', 'ít nhất', 'tối đa', 'tối thiểu',
  'xấp xỉ', 'ước', 'ước tính', 'ước đạt', 'ước khoảng', 'ngót', 'không quá', 'không dưới', 'chưa đến', 'chưa tới',
  'không đến', 'lên tới', 'lên đến', 'đến hơn', 'cỡ',
];

/**
 * Verbs that state the level or the change of what the subject before them
 * measures: "tổng kim ngạch xuất khẩu đạt 10 tỷ USD", "tín dụng tăng 8%".
 * A figure after one of them (or after a qualifier that contains one) has
 * the clause before the verb as its subject.
 */
export const LINK_VERBS: readonly string[] = [
  'đạt', 'là', 'chiếm', 'tăng', 'giảm', 'ước đạt', 'ước tính', 'lên tới', 'lên đến', 'tăng lên', 'giảm xuống',
  'giảm còn', 'còn', 'tăng trưởng', 'bằng', 'ở mức', 'tăng thêm', 'giảm bớt', 'giảm đi', 'vượt', 'xuống còn',
  'lên', 'tăng gấp', 'ước khoảng', 'dự kiến đạt', 'ước thực hiện',
];

/** Verbs right before a figure that make it a change, not a level: "tăng 10 bậc", "giảm 52 vụ". */
export const CHANGE_VERBS: Readonly<Record<string, 'increase' | 'decrease'>> = {
  'tăng': 'increase',
  'tăng thêm': 'increase',
  'tăng gấp': 'increase',
  'tăng hạng': 'increase',
  'nâng thêm': 'increase',
  'giảm': 'decrease',
  'giảm bớt': 'decrease',
  'giảm đi': 'decrease',
  'tụt': 'decrease',
  'tụt hạng': 'decrease',
};

/**
 * Words at the end of a subject that belong to the verb phrase, not to what
 * is measured: "thu ngân sách ước thực hiện là ...", "GDP chỉ đạt ...".
 */
export const SUBJECT_TRAILERS: readonly string[] = [
  'chỉ', 'đã', 'cũng', 'đều', 'mới', 'sẽ', 'vẫn', 'ước', 'ước thực hiện', 'thực hiện', 'dự kiến', 'phấn đấu',
  'mới chỉ', 'chỉ mới', 'đã đạt', 'cả năm', 'năm nay', 'hiện', 'hiện nay', 'bình quân', 'tiếp tục', 'có thể',
  'ước cả năm', 'luôn', 'đang', 'lại', 'thì', 'phải', 'có thể', 'sớm', 'sẽ sớm', 'cũng đã', 'cũng sẽ', 'sẽ phải',
  'đã từng', 'từng', 'lần lượt', 'tương ứng', 'cơ bản', 'đều đã', 'tổng cộng', 'hầu như', 'dự tính', 'lúc đó',
  'khi đó', 'hiện tại',
];

/**
 * Words that, inside what stands before the verb, show it is a clause with
 * its own verb rather than a noun phrase ("Mỹ sẽ phải cắt giảm", "tội phạm
 * đã gây thiệt hại"): the subject is then not clear.
 */
export const NOT_IN_SUBJECT: readonly string[] = [
  'đã', 'sẽ', 'đang', 'từng', 'để', 'phải', 'cần', 'được', 'bị', 'là', 'có', 'không', 'nếu', 'thì', 'mà', 'cho biết',
  'nhận định', 'cho rằng', 'khẳng định', 'yêu cầu', 'đề nghị', 'rằng', 'chưa', 'vừa', 'mới', 'đạt', 'chiếm', 'công bố',
  // what someone commits to, aims at or forecasts: "Tổng thống cam kết cắt giảm thuế xuống ..."
  'tính đến', 'đặt', 'đề ra', 'mong muốn', 'hy vọng', 'kỳ vọng', 'dự báo', 'nhấn mạnh', 'cho hay',
  'tuyên bố', 'nói',
];

/**
 * Verbs that make what stands before a figure a clause when a verb follows
 * them ("Tổng thống cam kết cắt giảm thuế xuống 15%"), and modify a noun
 * otherwise ("vốn FDI cam kết vào Việt Nam đạt 1.423 triệu USD").
 */
export const VERBS_BEFORE_A_VERB: readonly string[] = ['cam kết', 'đăng ký'];

/**
 * Verbs by which the subject before them holds the figure after them:
 * "Toàn tỉnh có 1.234 hộ nghèo", "Đoàn gồm 20 thành viên". The subject is
 * then the holder, as before a verb of level.
 */
export const HOLDING_VERBS: readonly string[] = ['có', 'gồm', 'bao gồm', 'có tổng cộng', 'có tổng số'];

/**
 * Words of scope or quantity that stand before the noun of a subject:
 * "Toàn tỉnh có ...", "Cả nước có ...", "Các xã đã có ...". Whether the
 * subject is a noun phrase is told by the noun after them.
 */
export const NOUN_QUANTIFIERS: readonly string[] = [
  'toàn', 'toàn bộ', 'cả', 'khắp', 'các', 'những', 'mọi', 'mỗi', 'từng', 'tất cả', 'hầu hết',
];

/**
 * Nouns of time that, after a word of scope, make a time adverbial rather
 * than a subject ("mỗi năm có ...", "cả buổi chỉ có ..."), besides the
 * period words of TIME_UNITS.
 */
export const TIME_HEADS: readonly string[] = ['buổi', 'lúc', 'dịp', 'đợt', 'lần', 'sáng', 'chiều', 'tối', 'đêm', 'thời gian'];

/** Words that open a clause before its subject: "Trong đó, riêng thu nội địa đạt ...". */
export const SUBJECT_OPENERS: readonly string[] = [
  'trong đó', 'riêng', 'đặc biệt', 'tuy nhiên', 'nhưng', 'và', 'còn', 'đồng thời', 'ngoài ra', 'bên cạnh đó',
  'hiện', 'hiện nay', 'đến nay', 'tính đến nay', 'cụ thể', 'theo đó', 'với', 'trong khi', 'trong khi đó', 'khi',
  'nếu', 'do đó', 'vì vậy', 'qua đó', 'nhờ đó', 'mà', 'thì', 'tổng cộng', 'thông thường', 'hàng năm', 'hằng năm',
];

/** Words that cannot open a subject: pronouns, prepositions and verbs of saying. */
export const NOT_SUBJECT_STARTS: readonly string[] = [
  'tôi', 'chúng tôi', 'chúng ta', 'ông', 'bà', 'anh', 'chị', 'em', 'họ', 'nó', 'đây', 'đó', 'này', 'theo',
  'tại', 'ở', 'trong', 'trên', 'từ', 'đến', 'với', 'cho', 'về', 'so', 'do', 'nếu', 'để', 'sau', 'trước', 'có', 'cần',
  'phải', 'mục tiêu', 'kế hoạch', 'chỉ tiêu', 'phấn đấu', 'dự kiến', 'đề nghị', 'yêu cầu', 'cho biết', 'khoảng',
  'được', 'bị', 'khi', 'như',
  // conjunctions: the clause after them has its own subject or none ("vì ở đó có 12 cầu thủ")
  'dù', 'mặc dù', 'tuy', 'vì', 'bởi', 'bởi vì', 'nên', 'song', 'lúc đó', 'khi đó', 'ước tính',
  // verbs of saying that open a clause: "Nêu thực tế thời gian qua mới chỉ có 30% ..."
  'nêu', 'đề cập', 'nói', 'phát biểu', 'chia sẻ',
];

/** Hedges written after a quantity ("50 hộ trở lên"). */
export const QUALIFIERS_AFTER: readonly string[] = ['trở lên', 'trở xuống', 'trở lại'];

/**
 * Heads that take a number as a name or a serial ("Quân khu 7", "Binh đoàn
 * 15", "Đề án 06", "Nghị quyết 25", "khóa 15", "Điều 5", "tổ 3"). A number
 * right after one of them (optionally after "số") is not a quantity.
 */
export const NAMING_HEADS: readonly string[] = [
  // documents
  'nghị quyết', 'quyết định', 'chỉ thị', 'kết luận', 'quy định', 'quy chế', 'hướng dẫn', 'thông báo',
  'thông tri', 'thông tư', 'nghị định', 'công văn', 'công điện', 'tờ trình', 'kế hoạch', 'đề án', 'luật',
  'pháp lệnh', 'điều', 'khoản', 'điểm', 'mục', 'chương', 'phụ lục', 'tiêu chí', 'biểu mẫu',
  'mẫu', 'văn kiện', 'dự thảo',
  // military and police formations
  'quân khu', 'quân đoàn', 'binh đoàn', 'sư đoàn', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn', 'đại đội',
  'trung đội', 'hải đoàn', 'vùng', 'hạm đội', 'tàu',
  // places and addresses
  'quận', 'phường', 'khu phố', 'tổ dân phố', 'tổ', 'khu vực', 'tiểu khu', 'ấp', 'thôn', 'xóm', 'đội', 'lô',
  'phòng', 'tầng', 'nhà', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'đường', 'quốc lộ', 'tỉnh lộ', 'cao tốc', 'km',
  'cổng', 'cửa', 'bến', 'ga',
  // terms, sessions, serials
  'khóa', 'kỳ họp', 'phiên', 'lớp', 'đợt', 'giai đoạn', 'nhiệm kỳ', 'niên khóa', 'niên độ', 'lần', 'quý',
  'trung ương', 'tw', 'mùa giải', 'số hiệu', 'chuyến bay', 'tập',
  'covid', 'top', 'mã', 'ký hiệu', 'phiên bản', 'hạng', 'cấp độ', 'vòng', 'bảng', 'trang', 'câu', 'bài',
  'hình', 'ảnh', 'video', 'clip',
];

/** Ordinal markers: "thứ 3", "lần thứ 13", "hạng 3", "Thứ nhất". */
export const ORDINAL_MARKERS: readonly string[] = ['thứ', 'lần thứ', 'hạng', 'hàng thứ', 'vị trí', 'vị trí thứ'];

/** Words before a number that make it a year: "năm 2021", "nhiệm kỳ 2021 - 2026". */
export const YEAR_CUES: readonly string[] = [
  'năm', 'niên khóa', 'niên độ', 'nhiệm kỳ', 'giai đoạn', 'thập niên', 'mùa', 'tết', 'xuân',
];

/** Words before a day/month that make it a date or a moment: "Sáng 13/1", "ngày 10-1". */
export const DATE_CUES: readonly string[] = [
  'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'rạng sáng', 'tháng', 'lúc', 'chủ nhật', 'mùng',
  'mồng',
];

/**
 * Words after which "năm" is "year", not "five": "trong năm", "cả năm",
 * "hằng năm", "tổng kết năm". "năm" alone counts only elsewhere ("đề ra năm
 * nhiệm vụ").
 */
export const YEAR_WORD_CONTEXT: readonly string[] = [
  'trong', 'cả', 'mỗi', 'hằng', 'hàng', 'cuối', 'đầu', 'giữa', 'sau', 'trước', 'qua', 'các', 'những',
  'nhiều', 'từng', 'của', 'kết', 'tổng', 'cùng', 'một', 'mấy', 'vài', 'năm', 'nửa', 'suốt', 'chủ', 'đề',
  'là', 'vào', 'từ', 'đến', 'tới', 'ngày', 'tháng', 'mùa', 'niên',
];

/** Words that make a following amount vague: "hàng nghìn", "vài trăm", "mấy chục". */
export const VAGUE_PRECEDERS: readonly string[] = ['hàng', 'vài', 'mấy', 'dăm', 'nhiều', 'mươi'];

/**
 * Words that rank rather than count: "xếp thứ 3/63", "đứng 14/63 tỉnh". A
 * ratio with one of them earlier in its clause is a ranking.
 */
export const RANKING_CUES: readonly string[] = [
  'xếp', 'xếp hạng', 'đứng', 'hạng', 'thứ hạng', 'vị trí', 'top', 'bảng xếp hạng', 'vị thứ', 'chỉ số',
];

/**
 * Words that never begin the name of what is counted: function words,
 * auxiliaries, common verbs and adverbs. After a number, one of these means
 * the number has no unit (a name, a year, a code), unless a lexicon unit
 * matched first.
 */
export const NON_UNIT_WORDS: readonly string[] = [
  // function words
  'và', 'với', 'của', 'cho', 'trong', 'ngoài', 'trên', 'dưới', 'tại', 'ở', 'từ', 'đến', 'tới', 'về', 'theo',
  'so', 'như', 'là', 'có', 'được', 'bị', 'thì', 'mà', 'nên', 'nhưng', 'hoặc', 'hay', 'để', 'do', 'vì', 'bởi',
  'qua', 'sau', 'trước', 'khi', 'nếu', 'này', 'đó', 'kia', 'ấy', 'nào', 'gì', 'các', 'những', 'mọi', 'mỗi',
  'từng', 'nhiều', 'ít', 'hơn', 'nhất', 'bằng', 'nhằm', 'cùng', 'chỉ', 'đây', 'kể', 'số',
  // auxiliaries and adverbs
  'đã', 'đang', 'sẽ', 'vẫn', 'còn', 'cũng', 'đều', 'rất', 'lại', 'nữa', 'rồi', 'ngay', 'luôn', 'thường',
  'sắp', 'vừa', 'mới', 'hiện', 'nay', 'hết', 'xong', 'thêm', 'không', 'chưa', 'chẳng',
  // verbs that follow a subject ending in a number ("Quyết định 994 triển khai"); longer verbs are
  // told from nouns by the dictionary's parts of speech
  'ra', 'vào', 'lên', 'xuống', 'đi', 'trở', 'tăng', 'giảm', 'đạt', 'gồm', 'bao', 'chiếm', 'thuộc', 'vượt',
  'tạm', 'nhận', 'ký', 'làm', 'nghe', 'dự',
  // modifiers and positions
  'tổng', 'cộng', 'tốt', 'xấu', 'khá', 'đúng', 'sai', 'cũ', 'chính', 'phụ', 'đầu', 'cuối', 'giữa', 'bên',
  'phía', 'thứ', 'lần', 'năm', 'tháng', 'ngày',
  // the "by" of dimensions: "1.990 x 725 x 1.135 mm"
  'x',
];
