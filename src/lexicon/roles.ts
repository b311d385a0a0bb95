/**
 * Words that tell what a person did at the reported event (see
 * docs/ANNOTATION.md, attendees.roles). Entries are folded (lower case,
 * new-style tone placement), space-separated; the longest match wins, so
 * "phát biểu chỉ đạo" (directed) beats "phát biểu" (spoke).
 */
import type { Role } from '../model/report.js';
import { MEETING_WORDS } from './directiveVerbs.js';

/** Predicates and fronted clauses naming a role. */
export const ROLE_CUES: ReadonlyArray<readonly [string, Role]> = [
  // chair
  ['chủ trì', 'chair'], ['đồng chủ trì', 'chair'], ['chủ tọa', 'chair'], ['điều hành', 'chair'],
  ['chủ trì và điều hành', 'chair'], ['chủ trì , điều hành', 'chair'], ['chủ trì hội nghị', 'chair'],
  ['chủ trì và chỉ đạo', 'chair'],
  // directed
  ['dự và chỉ đạo', 'directed'], ['dự , chỉ đạo', 'directed'], ['tham dự và chỉ đạo', 'directed'],
  ['đến dự và chỉ đạo', 'directed'], ['về dự và chỉ đạo', 'directed'], ['tới dự và chỉ đạo', 'directed'],
  ['dự và phát biểu chỉ đạo', 'directed'], ['phát biểu chỉ đạo', 'directed'], ['kết luận chỉ đạo', 'directed'],
  ['chỉ đạo hội nghị', 'directed'], ['chỉ đạo tại hội nghị', 'directed'], ['chỉ đạo', 'directed'],
  ['dự và phát biểu', 'spoke'],
  // reported
  ['trình bày báo cáo', 'reported'], ['trình bày', 'reported'], ['báo cáo', 'reported'],
  ['trình bày tờ trình', 'reported'], ['trình bày dự thảo', 'reported'], ['thông qua báo cáo', 'reported'],
  ['báo cáo tại hội nghị', 'reported'], ['báo cáo tham luận', 'spoke'], ['trình bày tham luận', 'spoke'],
  // spoke
  ['phát biểu', 'spoke'], ['phát biểu ý kiến', 'spoke'], ['phát biểu khai mạc', 'spoke'],
  ['phát biểu kết luận', 'spoke'], ['phát biểu bế mạc', 'spoke'], ['phát biểu tham luận', 'spoke'],
  ['khai mạc', 'spoke'], ['kết luận', 'spoke'], ['bế mạc', 'spoke'], ['tham luận', 'spoke'],
  ['cho biết', 'spoke'], ['cho hay', 'spoke'], ['nêu rõ', 'spoke'], ['nhấn mạnh', 'spoke'], ['đề xuất', 'spoke'],
  ['cho rằng', 'spoke'], ['khẳng định', 'spoke'], ['ghi nhận', 'spoke'], ['biểu dương', 'spoke'],
  ['đánh giá', 'spoke'], ['đánh giá cao', 'spoke'], ['đề nghị', 'spoke'], ['yêu cầu', 'spoke'], ['mong', 'spoke'],
  ['mong muốn', 'spoke'], ['lưu ý', 'spoke'], ['chỉ rõ', 'spoke'], ['kêu gọi', 'spoke'], ['bày tỏ', 'spoke'],
  ['chia sẻ', 'spoke'], ['phân tích', 'spoke'], ['thông tin', 'spoke'], ['thông báo', 'spoke'],
  ['trao đổi', 'spoke'], ['gợi ý', 'spoke'], ['kiến nghị', 'spoke'], ['chúc mừng', 'spoke'], ['nhận định', 'spoke'],
  ['quán triệt', 'spoke'], ['truyền đạt', 'spoke'], ['giải trình', 'spoke'], ['tiếp thu', 'spoke'],
  ['hoan nghênh', 'spoke'], ['cảm ơn', 'spoke'], ['đề cập', 'spoke'], ['khuyến nghị', 'spoke'],
  ['nhắc lại', 'spoke'], ['nhận xét', 'spoke'], ['góp ý', 'spoke'], ['trả lời', 'spoke'], ['giải đáp', 'spoke'],
  ['tán thành', 'spoke'], ['nhất trí', 'spoke'], ['đồng tình', 'spoke'], ['chỉ ra', 'spoke'], ['đưa ra', 'spoke'],
  ['nhắc nhở', 'spoke'], ['giao nhiệm vụ', 'spoke'], ['phát động', 'spoke'], ['nói', 'spoke'], ['tâm sự', 'spoke'],
  ['thừa nhận', 'spoke'], ['lưu ý rằng', 'spoke'], ['đặt vấn đề', 'spoke'], ['trao đổi ý kiến', 'spoke'],
  ['giới thiệu', 'spoke'], ['tổng kết', 'spoke'], ['hướng dẫn', 'spoke'], ['thông tin thêm', 'spoke'],
  ['dự và chủ trì', 'chair'], ['phát biểu tại hội nghị', 'spoke'], ['đọc diễn văn', 'spoke'],
  ['đọc', 'spoke'], ['phát biểu đề dẫn', 'spoke'], ['đề dẫn', 'spoke'], ['phát biểu chào mừng', 'spoke'],
  ['chào mừng', 'spoke'], ['phát biểu bế mạc', 'spoke'], ['diễn văn', 'spoke'],
  ['nêu', 'spoke'], ['nêu lên', 'spoke'], ['nêu ý kiến', 'spoke'], ['nêu quan điểm', 'spoke'], ['nêu bật', 'spoke'],
  ['băn khoăn', 'spoke'], ['dẫn chứng', 'spoke'], ['nghi vấn', 'spoke'], ['đặt câu hỏi', 'spoke'], ['chất vấn', 'spoke'],
  ['trả lời chất vấn', 'spoke'], ['phản biện', 'spoke'], ['tranh luận', 'spoke'], ['đáp từ', 'spoke'],
  ['phát biểu đáp từ', 'spoke'], ['khái quát', 'spoke'], ['nói thêm', 'spoke'], ['giải thích', 'spoke'],
  ['bộc bạch', 'spoke'], ['lo ngại', 'spoke'], ['thông tin với báo chí', 'spoke'], ['trình bày ý kiến', 'spoke'],
  ['phát biểu ý kiến tại', 'spoke'], ['điều khiển hội nghị', 'chair'], ['điều khiển phiên họp', 'chair'], ['điều khiển phiên thảo luận', 'chair'], ['lấy ví dụ', 'spoke'], ['nhận xét', 'spoke'],
  ['đặt câu hỏi', 'spoke'], ['tuyên bố', 'spoke'], ['đặt ra', 'spoke'], ['nêu ra', 'spoke'], ['nhìn nhận', 'spoke'], ['đăng đàn', 'spoke'], ['lên diễn đàn', 'spoke'],
  // "X (đã) có bài phát biểu", "có ý kiến": "đã có" is read as an adverb, the noun is the cue.
  ['có bài phát biểu', 'spoke'], ['có bài tham luận', 'spoke'], ['có bài phát biểu chỉ đạo', 'directed'],
  ['bài phát biểu', 'spoke'], ['bài tham luận', 'spoke'], ['bài phát biểu chỉ đạo', 'directed'],
  ['có ý kiến phát biểu', 'spoke'], ['ý kiến phát biểu', 'spoke'],
  // attended
  ['dự', 'attended'], ['tham dự', 'attended'], ['cùng dự', 'attended'], ['cùng tham dự', 'attended'],
  ['đến dự', 'attended'], ['về dự', 'attended'], ['tới dự', 'attended'], ['có mặt', 'attended'],
  ['tặng', 'attended'], ['trao', 'attended'], ['trao tặng', 'attended'], ['trao quà', 'attended'],
  ['chứng kiến', 'attended'], ['cắt băng', 'attended'], ['bấm nút', 'attended'], ['tham quan', 'attended'],
  ['tham gia', 'attended'], ['dự buổi', 'attended'], ['dự lễ', 'attended'], ['dự hội nghị', 'attended'],
  ['đón', 'attended'], ['thăm', 'attended'], ['chụp ảnh', 'attended'], ['làm việc', 'attended'],
  ['làm trưởng đoàn', 'attended'], ['có buổi làm việc', 'attended'], ['có mặt tại', 'attended'], ['dẫn đầu', 'attended'], ['cùng các đại biểu', 'attended'],
  ['hội đàm', 'attended'], ['hội kiến', 'attended'], ['tiếp', 'attended'], ['gặp', 'attended'], ['gặp gỡ', 'attended'],
  ['ký kết', 'attended'], ['nhấn nút', 'attended'], ['dâng hương', 'attended'], ['dâng hoa', 'attended'],
  ['đặt vòng hoa', 'attended'], ['thắp hương', 'attended'], ['trồng cây', 'attended'], ['tiếp xúc', 'attended'],
  ['kiểm tra', 'attended'], ['khảo sát', 'attended'], ['đến thăm', 'attended'], ['trao đổi với', 'spoke'],
  // Receiving an award at the ceremony.
  ['nhận', 'attended'], ['nhận giải', 'attended'], ['nhận giải thưởng', 'attended'], ['nhận bằng khen', 'attended'],
  ['nhận huân chương', 'attended'], ['nhận huy hiệu', 'attended'], ['vinh dự nhận', 'attended'], ['đón nhận', 'attended'],
  ['được trao', 'attended'], ['được trao tặng', 'attended'], ['hộ tống', 'attended'], ['được nhận', 'attended'],
  ['được tặng', 'attended'],
];

/**
 * Nouns made with the last word of a cue ("về dự" + "án" is "về dự án"): a
 * cue followed into one of these is no cue. (A verb there still is: "đến
 * thăm hỏi" is a visit.)
 */
export const NOUNS_AFTER_CUE: readonly string[] = ['dự án', 'dự thảo', 'dự toán', 'dự báo', 'dự trữ', 'dự phòng', 'dự khuyết'];

/**
 * Compounds that open with a role word but are nouns or other verbs:
 * "dự án", "dự báo", "báo cáo viên" ... A cue followed by one of these
 * second syllables is not a cue.
 */
export const NOT_A_CUE: readonly string[] = [
  'dự án', 'dự báo', 'dự thảo', 'dự kiến', 'dự toán', 'dự khuyết', 'dự trữ', 'dự bị', 'dự định', 'dự phòng',
  'dự thi', 'dự tuyển', 'báo cáo viên', 'trao đổi thông tin', 'thông tin tuyên truyền', 'tham gia giao thông',
  'nói chung', 'nói riêng', 'làm việc với', 'mong đợi', 'thăm dò', 'thăm hỏi', 'tiếp tục', 'tiếp nhận', 'tiếp cận',
  'tiếp đó', 'tiếp theo', 'tiếp thu', 'tiếp sức', 'tiếp giáp', 'gặp khó', 'gặp phải', 'gặp nhiều', 'ký hiệu', 'ký sinh',
  'kiểm tra viên', 'nêu gương', 'đọc giả', 'báo cáo viên', 'chủ trì , phối hợp', 'chủ trì phối hợp', 'nhận thấy',
  'nhận thức', 'nhận diện', 'nhận được', 'nhận lời', 'nhận trách nhiệm', 'nhận lỗi', 'nhận hối lộ',
  'đưa ra xét xử', 'đưa ra khỏi', 'đưa ra xử lý', 'đưa ra tòa',
];

/**
 * Words before a role verb that put it in the future or deny it ("sẽ dẫn
 * đầu", "dự kiến tham dự", "không đến"): the person is not reported taking part.
 */
export const NOT_TAKING_PART: readonly string[] = [
  'sẽ', 'sắp', 'dự kiến', 'dự kiến sẽ', 'chuẩn bị', 'không', 'chưa', 'không thể', 'vắng', 'vắng mặt', 'từ chối',
  'được mời', 'được cho là', 'bị', 'từng', 'đã từng', 'cũng từng',
];

/**
 * Markers of another, earlier occasion ("Mới đây, Phó Thủ tướng X đã chỉ
 * đạo ..."): past the opening of an article, a person acting then is not
 * reported at the event.
 */
export const EARLIER_OCCASION: readonly string[] = [
  'mới đây', 'trước đây', 'năm ngoái', 'năm trước', 'tuần trước', 'tháng trước', 'hồi đầu năm', 'hồi tháng',
  'cách đây', 'thời gian trước',
];

/**
 * Speech nouns before "của" that also cite what someone said elsewhere ("ý
 * kiến của Bí thư X về ..."): a role only where the clause names the event
 * ("nhận định của đồng chí X tại hội nghị").
 */
export const EVENT_BOUND_GENITIVE_NOUNS: ReadonlyArray<readonly [string, Role]> = [
  ['nhận định', 'spoke'], ['ý kiến', 'spoke'], ['chia sẻ', 'spoke'], ['đánh giá', 'spoke'],
];

/**
 * Verbs of a view given rather than a part taken ("cho rằng", "nhận định",
 * "dự báo"): analyses quote experts with them. Alone, without the event
 * named in the clause, they do not make a foreign expert an attendee.
 */
export const COMMENTARY_CUES: readonly string[] = [
  'cho rằng', 'nhận định', 'đánh giá', 'bình luận', 'dự báo', 'cảnh báo', 'lo ngại', 'nhận xét', 'nói', 'tin rằng',
  'nhấn mạnh rằng', 'khẳng định', 'phân tích', 'lưu ý rằng', 'thừa nhận', 'tuyên bố', 'viết', 'nhận thấy',
];

/** Words putting the clause in the future: "Mỹ sẽ cử phái đoàn do ông X dẫn đầu". */
export const FUTURE_MARKERS: readonly string[] = ['sẽ', 'sắp', 'dự kiến'];

/**
 * Verbs of meeting that a headline puts in the future ("Tổng thống X sẽ gặp
 * Y tại G20?"): the article announces a meeting, which nobody attended yet.
 * Not "tổ chức", "diễn ra": "Hà Nội sẽ tổ chức ..." often heads the report
 * of the press conference that announced it.
 */
export const PLANNED_MEETING_VERBS: readonly string[] = [
  'gặp', 'gặp gỡ', 'thăm', 'tới thăm', 'đến thăm', 'dự', 'tham dự', 'hội đàm', 'hội kiến', 'công du', 'thăm chính thức',
  'trả lời chất vấn', 'đăng đàn',
];

/** Verbs whose object meets the subject at the event: "Thủ tướng tiếp ông X", "Đón Thủ tướng X có ...". */
export const MEETING_VERBS: readonly string[] = [
  'đón', 'tiếp', 'tiếp kiến', 'hội đàm với', 'hội kiến', 'hội kiến với', 'gặp', 'gặp gỡ', 'làm việc với', 'chào đón',
  'đón tiếp', 'tiếp đón', 'hội đàm cùng', 'gặp mặt',
  // Sitting with someone at the table: both are there.
  'ngồi cùng bàn với', 'ngồi cạnh',
];

/**
 * Kin and entourage before a name: the relative or the administration is
 * the one spoken of ("con trai Tổng thống Trump gặp luật sư"), the name only
 * says whose.
 */
export const KIN_WORDS: readonly string[] = [
  'con trai', 'con gái', 'con rể', 'con dâu', 'con ruột', 'cháu trai', 'cháu gái', 'cháu nội', 'cháu ngoại',
  'em trai', 'em gái', 'anh trai', 'chị gái', 'em ruột', 'anh ruột', 'chị ruột', 'vợ', 'chồng', 'bố', 'cha ruột',
  'mẹ ruột', 'người thân', 'thư ký riêng', 'trợ lý', 'gia đình', 'phu nhân',
  // "Chính quyền Tổng thống Mỹ Donald Trump đưa ra": the administration acts, not the person.
  'chính quyền', 'nội các',
];

/** Verbs whose object is someone asked to come, not someone there: "mời ông X tham dự". */
export const INVITING_VERBS: readonly string[] = ['mời', 'lời mời', 'thư mời'];

/** "thay mặt lãnh đạo tỉnh", "thừa ủy quyền của Thủ tướng": on whose behalf, between a person and the verb. */
export const ON_BEHALF: readonly string[] = ['thay mặt', 'thừa ủy quyền', 'thừa lệnh', 'đại diện cho'];

/** Words that may stand between the subject and its predicate ("đã", "cũng", "trực tiếp"). */
export const PREDICATE_ADVERBS: readonly string[] = [
  'đã', 'cũng', 'vừa', 'cùng', 'trực tiếp', 'đồng thời', 'thì', 'còn', 'luôn', 'lại', 'đều', 'đang',
  'tiếp tục', 'đặc biệt', 'một lần nữa', 'khi', 'sau khi', 'trước đó', 'tiếp đó', 'sau đó', 'cũng đã',
  'thẳng thắn', 'trân trọng', 'nhiệt liệt', 'ân cần', 'thành kính', 'thân mật', 'nghiêm túc', 'đã có',
  'vui mừng', 'xúc động', 'nhiều lần', 'cũng đồng thời', 'tiếp đến', 'đã trực tiếp', 'cũng đã trực tiếp',
];

/**
 * Nouns before "của" that make the person after it a participant: "ý kiến
 * chỉ đạo của đồng chí X" (directed), "sự chủ trì của" (chair), "nhận định
 * của" (spoke). Other genitives ("Quyết định của Thủ tướng X") give no role.
 */
export const GENITIVE_ROLE_NOUNS: ReadonlyArray<readonly [string, Role]> = [
  ['ý kiến chỉ đạo', 'directed'], ['sự chỉ đạo', 'directed'], ['chỉ đạo', 'directed'], ['kết luận chỉ đạo', 'directed'],
  ['bài phát biểu chỉ đạo', 'directed'], ['sự chủ trì', 'chair'], ['sự chủ tọa', 'chair'], ['sự điều hành', 'chair'],
  ['sự tham dự', 'attended'], ['sự có mặt', 'attended'], ['sự tham gia', 'attended'], ['sự hiện diện', 'attended'],
  ['phát biểu', 'spoke'], ['bài phát biểu', 'spoke'], ['lời phát biểu', 'spoke'], ['ý kiến phát biểu', 'spoke'],
  ['tham luận', 'spoke'], ['kết luận', 'spoke'], ['báo cáo', 'reported'], ['lời khai mạc', 'spoke'],
];

/**
 * Verbs before a directing noun that carry out or pass on a directive given
 * elsewhere ("thực hiện ý kiến chỉ đạo của", "truyền đạt ý kiến chỉ đạo của").
 */
export const RELAYING_WORDS: readonly string[] = [
  'thực hiện', 'theo', 'truyền đạt', 'triển khai', 'quán triệt', 'căn cứ', 'làm theo', 'chấp hành', 'tuân thủ',
];

/**
 * Words right before a name that make the person the subject of a tribute,
 * a lecture or a study, not a participant: "Hội thảo khoa học về đồng chí
 * X", "kỷ niệm 110 năm Ngày sinh đồng chí X", "học tập tấm gương đồng chí X".
 */
export const TRIBUTE_WORDS: readonly string[] = [
  'về', 'ngày sinh', 'ngày mất', 'ngày giỗ', 'cuộc đời', 'sự nghiệp', 'thân thế', 'tưởng nhớ', 'tưởng niệm',
  'kỷ niệm', 'tư tưởng', 'tấm gương', 'noi gương', 'di chúc', 'lời dạy', 'chân dung', 'tác phẩm', 'thư gửi',
  'lời kêu gọi', 'mộ', 'phần mộ', 'đền thờ', 'tượng đài', 'nhà lưu niệm', 'di tích', 'cố', 'liệt sĩ', 'mang tên',
  'tên', 'đường', 'phố', 'trường', 'di sản', 'lời căn dặn', 'di huấn', 'học tập',
];

/**
 * Connectives opening a sentence with a clause that a comma closes ("Để ...",
 * "Trước ý kiến ...", "Đồng quan điểm với ông X, ..."; not "Đồng chí").
 */
export const FRONTED_CLAUSE_OPENERS: readonly string[] = [
  'để', 'trước', 'sau', 'nhằm', 'đáp lại', 'đáp ứng', 'đáp từ', 'ngoài', 'bên cạnh', 'dưới', 'cũng', 'đồng thời',
  'đồng quan điểm', 'đồng tình', 'đồng ý', 'đồng ý kiến', 'đồng thuận', 'ngay sau', 'ngay trước', 'ngay khi',
];

/** The word that opens the list of participants after a role: "Dự hội nghị có các đồng chí: ...". */
export const LIST_OPENERS: readonly string[] = ['có', 'còn có', 'gồm', 'gồm có', 'là'];

/**
 * Words that open examples of those just named ("đã tiếp lãnh đạo các tập
 * đoàn lớn như Giám đốc điều hành WEF X, ..."): after a meeting verb, the
 * examples were met too.
 */
export const EXAMPLE_OPENERS: readonly string[] = ['như', 'như là', 'trong đó có'];

/** Words right before whom something is handed to ("trao ... cho X", "trao Quyết định bổ nhiệm X"). */
export const RECIPIENT_MARKERS: readonly string[] = ['cho', 'bổ nhiệm'];

/** Verbs of handing over at a ceremony: "trao Huy hiệu ... cho ông X" names a recipient there. */
export const GIVING_VERBS: readonly string[] = ['trao', 'tặng', 'trao tặng', 'gắn', 'trao quyết định', 'trao bằng khen', 'trao giải'];

/**
 * Nouns for those present: examples of them were there ("Trong số khách
 * mời có ... như X"), and so is whom they are said to include ("Đại biểu
 * lớn tuổi nhất là ông X", "Trong các điển hình tiên tiến có xạ thủ X" at a
 * ceremony honouring them).
 */
export const GUEST_NOUNS: readonly string[] = [
  'khách mời', 'quan khách', 'vị khách', 'thành phần tham dự', 'đại biểu',
  'điển hình tiên tiến', 'gương điển hình', 'tấm gương điển hình',
];

/**
 * Words that name or tell an event an article may report: an article with
 * none of them (a news story, an analysis) quotes its sources, and someone
 * who only speaks in it took part in no event.
 */
export const EVENT_NOUNS: readonly string[] = [
  ...MEETING_WORDS,
  'diễn đàn', 'họp', 'họp báo', 'hội đàm', 'hội kiến', 'gặp mặt',
  'gặp gỡ', 'tiếp kiến', 'tiếp đón', 'đón tiếp', 'làm việc với', 'chuyến thăm', 'lễ', 'khai mạc',
  'bế mạc', 'mít tinh', 'tiếp xúc cử tri', 'đối thoại', 'sơ kết', 'tổng kết', 'hội thi', 'liên hoan',
  'triển lãm', 'hội chợ', 'giao lưu', 'phát động', 'ra mắt', 'trao giải', 'hội nghị thượng đỉnh', 'thượng đỉnh',
  'phiên chất vấn', 'chất vấn', 'phiên thảo luận', 'thảo luận', 'buổi họp', 'sự kiện', 'biểu quyết',
  // Visits and ceremonies are told by their verbs (not "tiếp", "đón", "trao", "thăm" alone:
  // "tiếp tục", "đón nhận", "trao đổi", "thăm dò").
  'đến thăm', 'tới thăm', 'về thăm', 'thăm và làm việc', 'thăm hỏi', 'chúc mừng', 'trao tặng', 'dâng hương', 'viếng',
  'trao huy hiệu', 'trao quyết định', 'trao bằng khen', 'đã tiếp', 'tiếp đoàn', 'cuộc gặp', 'buổi gặp', 'buổi tiếp',
  'lớp tập huấn', 'đoàn công tác', 'đoàn kiểm tra', 'đi kiểm tra', 'thị sát',
];

/** "Theo X, ...": the person speaks at the event. */
export const ACCORDING_TO: readonly string[] = ['theo'];

/** "Tại hội nghị, ông X ...": the event named as the place where a person acts. */
export const EVENT_PLACES: readonly string[] = [
  'tại hội nghị', 'tại hội thảo', 'tại buổi', 'tại lễ', 'tại đại hội', 'tại kỳ họp', 'tại phiên họp', 'tại cuộc họp',
  'tại buổi làm việc', 'tại tọa đàm', 'tại diễn đàn', 'tại đây', 'tại sự kiện', 'tại chương trình', 'dịp này',
  'tại lễ kỷ niệm', 'tại buổi lễ', 'tại hội nghị trực tuyến', 'tại đối thoại', 'tại cuộc đối thoại', 'tại phiên',
  'tại cuộc gặp', 'tại hội chợ', 'tại triển lãm', 'tại lễ hội', 'tại hội nghị thượng đỉnh', 'tại họp báo',
  'tại cuộc họp báo',
];

/** Words of a note on where someone stands in a photo ("(người đứng)", "(thứ hai từ trái sang)", "(bên phải)"). */
export const PHOTO_POSITION_WORDS: readonly string[] = ['đứng', 'ngồi', 'trái', 'phải', 'giữa', 'ảnh'];

/** A remote participation point of the event. */
export const BRIDGE_POINT: readonly string[] = ['điểm cầu'];

/**
 * Labels of credit lines: who wrote the story or took the photos ("Tin và
 * ảnh: Hà Thanh - Hoàng Phong", "Ảnh: Doãn Tấn/TTXVN"). Matched at the start
 * of a line or inside parentheses, before a colon.
 */
export const CREDIT_LABELS: readonly string[] = [
  'tin và ảnh', 'tin, ảnh', 'tin - ảnh', 'tin/ảnh', 'tin', 'bài và ảnh', 'bài, ảnh', 'bài - ảnh', 'bài/ảnh', 'bài',
  'ảnh', 'bài viết', 'video', 'clip', 'thực hiện', 'tác giả', 'người viết', 'nhóm thực hiện', 'đồ họa',
  'tin, ảnh, video', 'bài, ảnh, video', 'nội dung', 'ghi', 'ghi chép', 'ảnh minh họa', 'nhóm phóng viên',
];

/** Words naming the photographer's job before the name in a photo credit ("Ảnh: Phóng viên Nguyễn Văn A"). */
export const CREDIT_ROLE_WORDS: readonly string[] = ['phóng viên', 'pv', 'nhiếp ảnh gia', 'cộng tác viên', 'ctv', 'nhà báo'];

/** Photo sources that name nobody ("Ảnh: NHÂN VẬT CUNG CẤP", "Ảnh: TƯ LIỆU"). */
export const UNNAMED_PHOTO_SOURCES: readonly string[] = [
  'nhân vật cung cấp', 'nvcc', 'gia đình cung cấp', 'tư liệu', 'ảnh tư liệu', 'minh họa', 'internet', 'chụp màn hình',
  'cắt từ clip', 'cắt từ video', 'người dân cung cấp', 'bạn đọc cung cấp', 'đơn vị cung cấp',
];

/** Collective bylines standing for the newsroom ("PV", "Nhóm PV"): authors as written. */
export const COLLECTIVE_BYLINES: readonly string[] = [
  'pv', 'nhóm pv', 'phóng viên', 'nhóm phóng viên', 'ctv', 'btv', 'pv-ctv', 'pv - ctv', 'nhóm ctv', 'ptv',
];
