/**
 * Vietnamese family names, used to recognize where a personal name begins.
 * All entries are in folded form (lower case, new-style tone placement, see
 * text/fold.ts); multi-syllable entries are space-separated.
 */

/** Common Kinh (and Hoa) family names, one syllable each. */
export const KINH_SURNAMES: readonly string[] = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô',
  'dương', 'lý', 'trương', 'đinh', 'lâm', 'mai', 'trịnh', 'đoàn', 'lương', 'hà', 'tô', 'cao', 'lưu', 'chu',
  'tạ', 'thái', 'triệu', 'kiều', 'văn', 'quách', 'phùng', 'vương', 'tăng', 'lục', 'hứa', 'kim', 'đàm',
  'thân', 'khổng', 'mạc', 'giáp', 'tống', 'từ', 'âu', 'doãn', 'la', 'diệp', 'tôn', 'mã', 'bạch', 'hầu',
  'khúc', 'khương', 'lại', 'lạc', 'lã', 'lữ', 'mạch', 'nghiêm', 'ninh', 'nhữ', 'phí', 'quản', 'sầm',
  'thạch', 'thiều', 'tiêu', 'trình', 'ung', 'vi', 'đào', 'đường', 'đậu', 'cù', 'cấn', 'chế', 'châu', 'đèo',
  'chung', 'dư', 'hàn', 'khuất', 'lò', 'lèo', 'lường', 'nông', 'bế', 'ma', 'tòng', 'tào', 'thiệu', 'uông',
  'vòng', 'lầu', 'âu dương', 'mẫn', 'nhan', 'tất', 'tiết', 'biện', 'cầm', 'đới', 'ngụy', 'nhâm', 'ngũ', 'ngô',
  // Also an honorific: a family name only where no honorific can be read ("đồng chí Ông Thị Dung").
  'ông',
];

/**
 * Family names of ethnic minorities (Hmong, Dao, Thai, Ede, Jarai, Bahnar,
 * K'Ho, Mnong, Stieng ...), some of more than one syllable. "Y" (male) and
 * "H'" (female) open Ede and Jarai names before the given name.
 */
export const MINORITY_SURNAMES: readonly string[] = [
  'mùa', 'giàng', 'sùng', 'lầu', 'vàng', 'hờ', 'thào', 'lù', 'ly', 'lý', 'chảo', 'tẩn', 'bàn', 'triệu',
  'sần', 'sình', 'mã', 'phàn', 'lò', 'cà', 'quàng', 'lường', 'cầm', 'tòng', 'hoàng', 'ksor', 'kpă', 'rcom',
  'siu', 'nay', 'rơ mah', 'rah lan', 'kpuih', 'rmah', 'ayun', 'điểu', 'y', 'niê', 'mlô', 'byă', 'êban',
  'đinh', 'hồ', 'bhriu', 'alăng', 'pơloong', 'briu', 'blúp', 'kơ sor', 'cil', 'ma', 'thạch', 'danh', 'chau',
  'lâm', 'điêu',
];

/**
 * Name openings written with an apostrophe glued to the next syllable
 * ("H'Hen Niê", "K'Nhiêu"): a token starting with one of these opens a name.
 */
export const APOSTROPHE_NAME_PREFIXES: readonly string[] = ["h'", "k'", "y'", "r'", "n'", "m'", "b'", "đ'"];

/**
 * Family names that are also common words or open place names ("Mai", "Hà
 * Nội", "Cao Bằng", "Văn phòng", "Lò" ...): a name opening with one of these
 * needs its given names checked against place and word lists.
 */
export const AMBIGUOUS_SURNAMES: readonly string[] = [
  'mai', 'hà', 'cao', 'văn', 'lò', 'triệu', 'kim', 'thái', 'từ', 'tô', 'âu', 'chu', 'vàng', 'y', 'nay',
  'lâm', 'hồ', 'giáp', 'mạc', 'tạ', 'hứa', 'lục', 'nông', 'thân', 'đàm', 'đoàn', 'dương', 'công', 'đồng',
  'giang', 'ninh', 'quan', 'trang', 'phương', 'sơn', 'châu', 'la', 'a', 'ma', 'đào', 'bàn', 'đinh', 'tăng',
  // Streets and places: "đường Bùi Đình Túy", "Lầu Năm Góc", "Bạch Mai", "Thạch Thất", "Lương Sơn".
  'đường', 'lầu', 'bạch', 'thạch', 'lương', 'kiều', 'tiêu', 'vương', 'tôn', 'ông',
];

/**
 * People referred to historically, never as attendees of a present-day event
 * ("tư tưởng Hồ Chí Minh", streets and schools named after heroes).
 */
export const HISTORICAL_FIGURES: readonly string[] = [
  'hồ chí minh', 'nguyễn ái quốc', 'nguyễn tất thành', 'võ nguyên giáp', 'tôn đức thắng', 'lê duẩn',
  'trường chinh', 'phạm văn đồng', 'trần phú', 'lê hồng phong', 'nguyễn văn cừ', 'hà huy tập',
  'nguyễn thị minh khai', 'võ thị sáu', 'lý tự trọng', 'trần hưng đạo', 'lê lợi', 'nguyễn trãi', 'nguyễn du',
  'lý thường kiệt', 'ngô quyền', 'đinh bộ lĩnh', 'lê thánh tông', 'nguyễn huệ', 'hoàng văn thụ',
  'nguyễn đình chiểu', 'phan bội châu', 'phan châu trinh', 'huỳnh thúc kháng', 'nguyễn chí thanh',
  'lê văn lương', 'nguyễn lương bằng', 'hoàng quốc việt', 'tô hiệu', 'nguyễn văn trỗi', 'phan đình phùng',
  'phan đình giót', 'bế văn đàn', 'cù chính lan', 'la văn cầu', 'kim đồng', 'võ văn kiệt', 'lê đức thọ',
  'nguyễn văn linh', 'trần đại nghĩa', 'tôn thất tùng', 'đặng thùy trâm',
  'lý công uẩn', 'trần nhân tông', 'hai bà trưng', 'bà triệu', 'lê hoàn', 'mạc đĩnh chi', 'chu văn an',
  // Leaders known by a pen or revolutionary name, and the names they were born with.
  'đặng xuân khu', 'lê duẩn', 'tố hữu', 'xuân thủy', 'song hào', 'văn tiến dũng', 'hoàng văn thái', 'chu văn tấn',
  'nguyễn thị định', 'trần văn trà', 'lê trọng tấn', 'ngô gia tự', 'nguyễn đức cảnh', 'quang trung',
  'phan đăng lưu', 'lê quý đôn', 'võ văn tần', 'hoàng hoa thám', 'nguyễn thái học', 'lê văn tám', 'võ chí công',
  'nguyễn hữu thọ', 'huỳnh tấn phát', 'lê thanh nghị', 'trần quốc hoàn', 'nguyễn duy trinh',
  'hoàng minh giám', 'trần đăng ninh', 'nguyễn sinh sắc', 'hoàng thị loan', 'lê quang đạo',
  'phi-đen ca-xtơ-rô', 'fidel castro', 'lê-nin', 'các mác', 'ăng-ghen', 'kay-xỏn phôm-vi-hản', 'xu-pha-nu-vông',
];

/**
 * Honorific titles of historical figures: a name right after one of these is
 * a historical reference ("Bác Hồ", "Chủ tịch Hồ Chí Minh", "Đại tướng Võ
 * Nguyên Giáp" are caught by HISTORICAL_FIGURES; "Bác" alone by this).
 */
export const HISTORICAL_HONORIFICS: readonly string[] = ['bác', 'cụ', 'vua', 'liệt sĩ', 'cố', 'chúa', 'thánh'];

/**
 * Syllables that are never given names, though written capitalized: words of
 * bodies, places and dates ("Ban", "Tỉnh", "Thứ"). A capitalized run stops at them.
 */
export const NON_GIVEN_NAME_SYLLABLES: readonly string[] = [
  'ban', 'bộ', 'sở', 'cục', 'ủy', 'đảng', 'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thôn', 'ấp', 'ngày',
  'tháng', 'khóa', 'luật', 'khoản', 'ty', 'phố', 'chợ', 'bệnh', 'nhà', 'lễ', 'tết', 'các', 'những', 'ngành',
  'người',
  'và', 'của', 'tại', 'theo', 'với', 'trong', 'về', 'từ',
  // Words opening the next clause, capitalized after a caption or a missing period.
  'nhưng', 'khi', 'sau', 'trước', 'để', 'ngoài', 'đây', 'đó', 'này', 'còn', 'vì', 'do', 'nếu', 'hoặc',
  'thì', 'đã', 'đang', 'sẽ', 'tôi', 'chúng', 'họ', 'nhiều', 'mỗi', 'mọi', 'cũng', 'vừa', 'là',
  // Honorifics opening the next sentence after a caption ("... Nguyễn Minh Khánh Ông Khánh cho biết");
  // "Ông" still opens a name as a family name ("đồng chí Ông Thị Dung").
  'ông', 'bà', 'chị', 'em', 'cô', 'cháu', 'thầy',
  // Classifiers opening the next sentence there ("... Nguyễn Đỗ Huyền Vi Bức thư gửi ...").
  'bức', 'chiếc', 'cuốn',
];

/**
 * Years of the sexagenary cycle are written like names ("Tết Giáp Thìn",
 * "năm Đinh Dậu"): a stem followed by a branch is a year, not a person.
 */
export const LUNAR_YEAR_STEMS: readonly string[] = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
export const LUNAR_YEAR_BRANCHES: readonly string[] = [
  'tý', 'sửu', 'dần', 'mão', 'mẹo', 'thìn', 'tỵ', 'tị', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi',
];
