/**
 * Lexicon of directives: the verbs by which a participant of a conference
 * directs, asks or urges others to act, and the words around them that tell
 * a directive from the same word used as a noun, in a compound or in a
 * report of past work. All entries are lower case, new-style tone placement
 * (the `fold` form), one word or phrase per entry.
 */
import { ACADEMIC_TITLES, POSITION_HEADS, RANKS } from './titles.js';

/** Forms of address that stand before a name or for the person last named: those of the titles lexicon. */
export { PRONOUN_HONORIFICS as HONORIFICS } from './titles.js';

export interface DirectiveVerb {
  /** The verb in folded form. */
  verb: string;
  /** Words right before the verb that make it a noun or part of a compound. */
  notAfter: readonly string[];
  /** Words right after the verb that make it a noun or part of a compound. */
  notBefore: readonly string[];
  /**
   * The verb must take its object at once: "nhiệm vụ đồng chí X giao, ..."
   * (a relative clause) is not a directive, "giao Sở Tài chính chủ trì" is.
   */
  needsObject?: boolean;
}

/** Words before any directive verb that make it a noun or a non-directive use. */
export const NOUN_MARKERS_BEFORE: readonly string[] = [
  'sự', 'các', 'những', 'mọi', 'một số', 'nhiều', 'theo', 'với', 'đáp ứng', 'ý kiến', 'lời',
  'phát biểu', 'được', 'bị', 'đã được', 'đặt ra', 'có', 'là', 'trong', 'về', 'tinh thần', 'văn bản',
  'quan điểm', 'công tác', 'tham mưu', 'nội dung', 'nguyện vọng', 'kiến nghị', 'của', 'dự và', 'lãnh đạo',
  'lãnh đạo,', 'cho', 'để', 'mà', 'do', 'trước', 'việc', 'đưa ra',
];

/** Words after any directive verb that make it a noun ("yêu cầu của", "chỉ đạo này"). */
export const NOUN_MARKERS_AFTER: readonly string[] = ['của', 'này', 'đó', 'trên', 'nói trên', 'đặt ra', 'được'];

/** Longest first, so that "mong muốn" wins over "mong". */
export const DIRECTIVE_VERBS: readonly DirectiveVerb[] = [
  { verb: 'mong muốn', notAfter: ['niềm', 'tâm tư', 'ước'], notBefore: [] },
  { verb: 'nhấn mạnh', notAfter: [], notBefore: [] },
  { verb: 'đề nghị', notAfter: ['giấy', 'tờ trình', 'hồ sơ'], notBefore: ['khen thưởng', 'xét'] },
  { verb: 'yêu cầu', notAfter: ['sát', 'đúng'], notBefore: ['nhiệm vụ', 'thực tiễn', 'thực tế', 'đề ra', 'cao', 'ngày càng'] },
  {
    verb: 'chỉ đạo',
    notAfter: ['ban', 'hướng', 'dự'],
    notBefore: ['hội nghị', 'đại hội', 'hội thảo', 'tại', 'buổi', 'lễ', 'kỳ họp', 'phiên', 'cuộc'],
  },
  { verb: 'lưu ý', notAfter: ['điểm cần', 'điều'], notBefore: [] },
  { verb: 'đề xuất', notAfter: [], notBefore: ['giải quyết'] },
  { verb: 'kêu gọi', notAfter: ['lời'], notBefore: [] },
  { verb: 'mong', notAfter: ['trông', 'ước', 'hy', 'hi'], notBefore: ['manh', 'chờ', 'đợi', 'ngóng', 'mỏi mắt'] },
  {
    verb: 'giao',
    notAfter: ['bàn', 'ngoại', 'chuyển', 'tin tưởng', 'tiếp', 'kết', 'đã được', 'được', 'nhận', 'vừa được', 'xã'],
    notBefore: [
      'lưu', 'thông', 'dịch', 'tiếp', 'thương', 'ban', 'thừa', 'hữu', 'nhận', 'thoa', 'diện', 'hòa', 'điểm',
      'cắt', 'tranh', 'hảo', 'kết',
    ],
    needsObject: true,
  },
];

/** After "ông"/"bà", these make a common noun ("bà con", "ông bà"), not a person. */
export const NOT_A_PERSON_AFTER: readonly string[] = ['con', 'bà', 'cháu', 'ngoại', 'nội', 'già', 'lão', 'mẹ'];

/** Before a bare honorific, these make it plural: "các đồng chí" are the audience. */
export const PLURAL_MARKERS: readonly string[] = ['các', 'những', 'hai', 'ba', 'quý'];

/** First-person pronouns: inside a quotation they are the quoted speaker. */
export const FIRST_PERSON: readonly string[] = ['tôi', 'chúng tôi'];

/**
 * Standings of the titles lexicon that name no one person on their own:
 * "đại diện cho hai bang ..." (representing), "chuyên gia" (an expert). As
 * a subject they do not stand for an attendee who holds them.
 */
const NOT_ONE_PERSON_HEADS: readonly string[] = ['đại diện', 'chuyên gia', 'chuyên gia cao cấp'];

/**
 * The words a title begins with, when a subject or a name's apposition may be
 * a person named by title ("Thường trực Ban Bí thư", "Phó Thủ tướng"): the
 * positions, ranks and academic titles of the titles lexicon. A subject that
 * begins with a body ("Ban Bí thư") is not one.
 */
export const TITLE_HEADS: readonly string[] = [...POSITION_HEADS, ...RANKS, ...ACADEMIC_TITLES].filter(
  (head) => !NOT_ONE_PERSON_HEADS.some((not) => head === not || head === `phó ${not}`),
);

/** The conference itself as a subject ("Hội nghị yêu cầu"): the speaker is null. */
export const CONFERENCE_NOUNS: readonly string[] = [
  'hội nghị', 'đại hội', 'hội thảo', 'kỳ họp', 'phiên họp', 'cuộc họp', 'buổi làm việc', 'tọa đàm', 'diễn đàn',
  'hội nghị trực tuyến', 'phiên họp thứ', 'cuộc họp báo',
];

/** Adverbs that may stand between a subject and its verb ("đồng chí cũng đề nghị"). */
export const PRE_VERB_ADVERBS: readonly string[] = [
  'cũng', 'còn', 'đã', 'vừa', 'mới', 'vừa mới', 'lại', 'luôn', 'thì', 'vẫn', 'đặc biệt', 'một lần nữa', 'tha thiết', 'thiết tha', 'rất',
  'trân trọng', 'kiên quyết', 'nghiêm khắc', 'thẳng thắn', 'cũng đã', 'tiếp tục', 'thường xuyên', 'nhiều lần', 'liên tục',
  'luôn luôn', 'thường', 'từng', 'đã từng', 'đã nhiều lần',
];

/**
 * Words before a name that make the person an object, not the subject:
 * "ý kiến chỉ đạo của đồng chí X", "tặng hoa chúc mừng ông X".
 */
export const OBJECT_MARKERS: readonly string[] = [
  'của', 'với', 'cho', 'cùng', 'tặng', 'trao', 'gặp', 'mời', 'thăm', 'chúc mừng', 'nghe', 'tiếp thu', 'tới', 'đến',
  'theo', 'về', 'bầu', 'cử', 'giới thiệu',
];

/** Abbreviations folded out of titles before they are compared. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ubnd', 'ủy ban nhân dân'],
  ['hđnd', 'hội đồng nhân dân'],
  ['mttq', 'mặt trận tổ quốc'],
  ['qđnd', 'quân đội nhân dân'],
  ['tw', 'trung ương'],
  ['tp', 'thành phố'],
  ['bch', 'ban chấp hành'],
  ['đbqh', 'đại biểu quốc hội'],
  ['ctdv', 'công tác dân vận'],
  ['hcm', 'hồ chí minh'],
]);

/** Words that join a second verb to the subject's first ("biểu dương ... và đề nghị"). */
export const COORDINATORS: readonly string[] = ['và', 'đồng thời', 'cũng như', 'sau đó', 'rồi', 'song'];

/**
 * Words that introduce reported content: a directive verb after one of them
 * in the same clause belongs to what the person reports, not to what they ask.
 */
export const REPORTING_VERBS: readonly string[] = [
  'cho biết', 'cho hay', 'nêu rõ', 'chỉ rõ', 'cho rằng', 'khẳng định', 'nói', 'nhận định', 'thông tin', 'báo cáo',
  'chia sẻ', 'nhấn mạnh', 'lưu ý', 'rằng', 'là', 'trình bày', 'phân tích', 'đánh giá', 'kể', 'thông báo', 'nhắc',
];

/** Verbs that report or direct: what a speaker says follows one of them. */
export const SPEECH_VERBS: readonly string[] = [...REPORTING_VERBS, ...DIRECTIVE_VERBS.map((v) => v.verb)];

/** Openers of a sentence that carries on the previous speaker's directive. */
export const CONTINUATION_OPENERS: readonly string[] = [
  'trong đó', 'đồng thời', 'bên cạnh đó', 'ngoài ra', 'cùng với đó', 'mặt khác', 'theo đó', 'đặc biệt',
  'trước mắt', 'trước hết', 'cạnh đó', 'tiếp đó', 'bên cạnh', 'cùng đó', 'hơn nữa', 'qua đó',
];

/** Modal words that may stand before a continued directive verb ("Trong đó cần lưu ý"). */
export const CONTINUATION_MODALS: readonly string[] = ['cần', 'phải', 'cần phải', 'cũng cần', 'cũng', 'cũng cần phải'];

/**
 * "nhấn mạnh" asks for action only when its content says what must be done:
 * one of these near the start of the content, before any copula or past
 * marker.
 */
export const ACTION_MARKERS: readonly string[] = [
  'phải', 'cần', 'cần phải', 'nên', 'hãy', 'tiếp tục', 'đề nghị', 'yêu cầu', 'không được', 'tuyệt đối',
  'chú trọng', 'tập trung', 'quyết tâm', 'kiên quyết', 'phấn đấu', 'nỗ lực', 'chủ động', 'khẩn trương',
];

/** Words that make the content a statement of facts, not a request. */
export const STATEMENT_MARKERS: readonly string[] = ['là', 'đã', 'đều đã', 'vừa', 'có được', 'đạt được', 'đang', 'luôn là'];

/** How many syllables of the content may stand before the action marker of "nhấn mạnh". */
export const ACTION_MARKER_WINDOW = 12;

/**
 * The first words of the action a directive asks for; the words between the
 * verb and one of them name the addressee ("đề nghị Ban Dân vận các cấp
 * tiếp tục ..."). Matched in lower case as written (so "Bộ Xây dựng" stays
 * part of an addressee).
 */
export const ACTION_STARTS: readonly string[] = [
  'tiếp tục', 'sớm', 'tập trung', 'thực hiện', 'quan tâm', 'chú trọng', 'chỉ đạo', 'phối hợp', 'nâng cao',
  'tăng cường', 'đẩy mạnh', 'phát huy', 'triển khai', 'làm tốt', 'rà soát', 'nghiên cứu', 'quán triệt',
  'khẩn trương', 'kịp thời', 'chủ động', 'cần', 'phải', 'dành', 'bám sát', 'ưu tiên', 'đổi mới', 'hoàn thành',
  'tích cực', 'thường xuyên', 'bảo đảm', 'đảm bảo', 'giải quyết', 'hoàn thiện', 'xây dựng', 'đạt',
  'nắm', 'tham mưu', 'đặc biệt', 'quyết liệt', 'kiên quyết', 'nghiêm túc', 'xem xét', 'cụ thể hóa', 'đạt được',
  'tổ chức thực hiện', 'đề cao', 'coi trọng', 'lãnh đạo', 'đôn đốc', 'kiểm tra', 'sâu sát', 'luôn', 'không',
  'hãy', 'nên', 'sẽ', 'đồng hành', 'góp phần', 'vào cuộc', 'nhanh chóng', 'phát triển', 'duy trì', 'chủ trì',
  'hướng dẫn', 'báo cáo', 'tham gia', 'mở rộng', 'hạn chế', 'lắng nghe', 'khắc phục', 'cải thiện', 'đẩy nhanh',
  'theo dõi', 'nhân rộng', 'chăm lo', 'ủng hộ', 'hỗ trợ', 'giúp đỡ', 'mạnh dạn', 'tạo điều kiện', 'rút kinh nghiệm',
  'tháo gỡ', 'tạo', 'lựa chọn', 'tuyên truyền', 'vận động', 'siết chặt', 'xử lý', 'ngăn chặn', 'phòng ngừa',
  'phát hiện', 'kiểm soát', 'củng cố', 'huy động', 'sắp xếp', 'kiện toàn', 'thu hút', 'ứng dụng', 'chuẩn bị',
  'nắm bắt', 'giữ vững', 'bảo vệ', 'thúc đẩy', 'chấn chỉnh', 'làm rõ', 'phổ biến', 'học tập', 'lan tỏa',
  'phấn đấu', 'nỗ lực', 'quyết tâm', 'thống nhất', 'gương mẫu', 'đi đầu', 'trở thành', 'là', 'tiến hành',
  'cập nhật', 'công khai', 'ban hành', 'sửa đổi', 'bổ sung', 'rà soát lại', 'dừng', 'tạm dừng', 'xem lại',
];

/** An addressee begins with a capital or with one of these. */
export const ADDRESSEE_STARTS: readonly string[] = [
  'các', 'cả', 'mỗi', 'từng', 'toàn', 'ngành', 'đội ngũ', 'cán bộ', 'cấp ủy', 'chính quyền', 'lãnh đạo',
  'người đứng đầu', 'những', 'đồng chí', 'ông', 'bà', 'hệ thống', 'tập thể', 'mọi', 'tất cả', 'đảng ủy',
  'ban', 'bộ', 'sở', 'ủy ban', 'hội', 'đoàn', 'lực lượng', 'đảng viên', 'địa phương', 'doanh nghiệp', 'nhân dân',
  'người dân', 'người', 'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'hội viên', 'đoàn viên',
  'thanh niên', 'cơ quan', 'đơn vị', 'trường', 'nhà trường', 'bà con', 'cử tri', 'công an', 'quân đội',
];

/** The longest addressee, in syllables. */
export const ADDRESSEE_MAX_WORDS = 16;

/** Time phrases that may stand between a verb and its addressee ("đề nghị, trong thời gian tới, ..."). */
export const TIME_PHRASE_STARTS: readonly string[] = ['trong', 'thời gian', 'từ nay', 'năm', 'sau', 'đến', 'từ', 'trước'];

/**
 * Aspect markers of a past act: "Tổng thống Putin “đã đề xuất ...”", "Tỉnh
 * ủy đã yêu cầu ...". Inside a quotation, and for a body as subject, a verb
 * after one of them reports what was done before, not a directive of the event.
 */
export const PAST_MARKERS: readonly string[] = ['đã', 'từng', 'đã từng', 'vừa', 'mới đây', 'trước đó', 'đã có'];

/** Openers of a sentence about earlier events: a body's directive after one is not the event's. */
export const PAST_OPENERS: readonly string[] = [
  'trước đó', 'thời gian qua', 'thời gian vừa qua', 'năm qua', 'trước đây', 'từ đầu năm', 'năm ngoái', 'năm trước',
  'vừa qua', 'đã', 'trong năm', 'trong năm qua', 'những năm qua', 'nhiệm kỳ qua',
];

/**
 * Words that, earlier in the same paragraph, show that a body's acts are
 * told from a report of past work ("Theo đó, trong năm qua, ... Bộ Chính
 * trị chỉ đạo ..."), not done at the meeting.
 */
export const PAST_CONTEXT: readonly string[] = [
  'năm qua', 'thời gian qua', 'vừa qua', 'trước đó', 'trước đây', 'nhiệm kỳ qua', 'giai đoạn qua', 'báo cáo',
  'kết quả', 'đã ban hành', 'thời gian tới',
];

/**
 * Bodies that lead a meeting and can direct at it as a whole: "Ban Thường
 * vụ Tỉnh ủy yêu cầu các cấp ủy ...", "Chính phủ yêu cầu các bộ ...". Such a
 * body as subject gives a directive with no speaker, when the text is about
 * a meeting and nothing marks the act as past.
 */
export const DIRECTING_BODIES: readonly string[] = [
  'ban thường vụ', 'thường trực', 'ban chấp hành', 'ban bí thư', 'bộ chính trị', 'tỉnh ủy', 'thành ủy', 'huyện ủy',
  'quận ủy', 'thị ủy', 'đảng ủy', 'ủy ban nhân dân', 'ubnd', 'hội đồng nhân dân', 'hđnd', 'chính phủ', 'quốc hội',
  'ủy ban thường vụ quốc hội', 'ban chỉ đạo', 'đoàn chủ tịch', 'ban tổ chức', 'thường trực tỉnh ủy',
  'thường trực thành ủy', 'thường trực huyện ủy', 'ban cán sự đảng', 'đảng đoàn', 'ủy ban', 'hội đồng',
];

/** Openers that move a sentence to an earlier event ("Trước đó, tại Hội nghị ..."): its directives are not this event's. */
export const EARLIER_EVENT_OPENERS: readonly string[] = ['trước đó', 'trước đây', 'hồi đầu năm', 'năm ngoái'];

/** Nouns naming a meeting: a directive by a body counts only in a text that reports one. */
export const MEETING_WORDS: readonly string[] = [
  'hội nghị', 'kỳ họp', 'phiên họp', 'cuộc họp', 'đại hội', 'buổi làm việc', 'hội thảo', 'giao ban', 'tọa đàm',
];

/** After "nhấn mạnh", these name a topic ("nhấn mạnh đến quyết tâm ..."): nothing is asked. */
export const TOPIC_MARKERS: readonly string[] = ['đến', 'tới', 'về', 'vào', 'rằng', 'tầm quan trọng', 'vai trò', 'ý nghĩa'];

/**
 * Markers that open the items of a list after a colon: "- ", "+ ", "• ",
 * "1.", "2)", "a)", "Thứ nhất,", "Một là,". Matched at the start of a line
 * (or of a part of an inline list), in lower case.
 */
export const LIST_WORD_MARKERS: readonly string[] = [
  'thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ tám', 'một là', 'hai là', 'ba là',
  'bốn là', 'năm là', 'sáu là', 'bảy là', 'tám là', 'trước hết', 'cuối cùng',
];

/**
 * Orders given in writing: "Thứ trưởng X đã ký công văn gửi Sở Y yêu cầu
 * ...". The signer is the speaker; the recipient after "gửi" the addressee.
 * These are the verbs by which a person issues a document ...
 */
export const ISSUING_VERBS: readonly string[] = [
  'ký', 'ký ban hành', 'ban hành', 'có', 'gửi', 'phát đi', 'ra', 'ký gửi', 'gửi đi',
];

/** ... the documents that carry the order ("công văn hỏa tốc", "ý kiến chỉ đạo") ... */
export const WRITTEN_ORDER_NOUNS: readonly string[] = [
  'công văn', 'văn bản', 'công điện', 'chỉ thị', 'thông báo', 'thư', 'quyết định', 'công thư', 'điện', 'ý kiến chỉ đạo',
  'ý kiến', 'kết luận', 'thông điệp',
];

/** ... the word before the recipient ("gửi Sở Y tế") ... */
export const RECIPIENT_MARKERS: readonly string[] = ['gửi', 'gửi tới', 'gửi đến', 'tới', 'đến'];

/** ... and aspect words between the signer and the issuing verb ("đã ký", "vừa ký"). */
export const ISSUING_ASPECTS: readonly string[] = ['đã', 'vừa', 'mới', 'vừa mới', 'mới đây đã', 'cũng đã', 'cũng', 'trực tiếp'];

/** How many words the document's own description ("số 12/BYT-KCB ngày 5/2", "hỏa tốc") may take. */
export const MAX_DOCUMENT_WORDS = 10;

/** How many words a recipient may take ("Sở Giáo dục và Đào tạo Hà Nội"). */
export const MAX_RECIPIENT_WORDS = 14;

/**
 * Adverbs of habit between a subject and its verb: "Bộ Y tế thường xuyên yêu
 * cầu ..." tells what is usually asked, not what is asked at the event.
 */
export const HABITUAL_MARKERS: readonly string[] = ['thường xuyên', 'nhiều lần', 'liên tục', 'luôn luôn', 'thường', 'từng', 'đã từng', 'đã nhiều lần'];

/**
 * Points of earlier time in a sentence's opening phrase: "Tại buổi làm việc
 * cuối năm ngoái, ..." moves what follows to an earlier event.
 */
export const EARLIER_TIMES: readonly string[] = [
  'năm ngoái', 'năm trước', 'tháng trước', 'tuần trước', 'hôm trước', 'trước đó', 'trước đây', 'hồi đầu năm',
  'hồi tháng', 'hồi năm', 'năm ngoài',
];

/**
 * Verbs by which a body or person petitions a higher one: "UBND tỉnh kiến
 * nghị Thủ tướng chỉ đạo Bộ Giao thông ..."; a directive verb in their
 * content is what is asked for, not a directive given.
 */
export const PETITION_VERBS: readonly string[] = ['kiến nghị', 'đề đạt'];

/** The word that opens an attribution to a source: "Theo ông X, ...". */
export const SOURCE_MARKERS: readonly string[] = ['theo'];

/**
 * Verbs of saying that introduce indirect speech: "X cho biết (hiện ông) đã
 * yêu cầu ...", "X nói rằng ông đã đề nghị ...". A directive verb told in the
 * past after one of them reports an earlier act.
 */
export const INDIRECT_SPEECH_VERBS: readonly string[] = [
  'cho biết', 'cho hay', 'nói', 'rằng', 'kể', 'kể lại', 'khẳng định', 'chia sẻ', 'thừa nhận', 'tiết lộ', 'tuyên bố',
  'xác nhận', 'thông tin', 'trả lời', 'giải thích',
];
