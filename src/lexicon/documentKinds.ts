/**
 * Kinds of numbered Party and State documents: the code written in a
 * document's symbol ("NQ" in 25-NQ/TW, "NĐ" in 15/2020/NĐ-CP), its full
 * Vietnamese name, and which system uses it. Party symbols follow the Party's
 * rules on document form (NUMBER-KIND/ISSUER); State symbols follow the State's
 * (NUMBER/YEAR/KIND-ISSUER or NUMBER/KIND-ISSUER).
 */
import type { DocumentSystem } from '../model/report.js';

export interface DocumentKind {
  /** The code in its canonical case: "NQ", "QĐi", "TTr". */
  code: string;
  /** The full name of the kind. */
  name: string;
  systems: readonly DocumentSystem[];
  /** Other spellings of the code seen in text, e.g. "QD" typed without Đ. */
  aliases?: readonly string[];
}

const BOTH: readonly DocumentSystem[] = ['party', 'state'];
const PARTY: readonly DocumentSystem[] = ['party'];
const STATE: readonly DocumentSystem[] = ['state'];

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  { code: 'NQ', name: 'Nghị quyết', systems: BOTH },
  { code: 'QĐ', name: 'Quyết định', systems: BOTH, aliases: ['QD'] },
  { code: 'QĐi', name: 'Quy định', systems: PARTY, aliases: ['QDi'] },
  { code: 'QyĐ', name: 'Quy định', systems: BOTH },
  { code: 'CT', name: 'Chỉ thị', systems: BOTH },
  { code: 'KL', name: 'Kết luận', systems: PARTY },
  { code: 'QC', name: 'Quy chế', systems: BOTH },
  { code: 'HD', name: 'Hướng dẫn', systems: BOTH },
  { code: 'TB', name: 'Thông báo', systems: BOTH },
  { code: 'TT', name: 'Thông tri', systems: PARTY },
  { code: 'BC', name: 'Báo cáo', systems: BOTH },
  { code: 'TTr', name: 'Tờ trình', systems: BOTH },
  { code: 'CTr', name: 'Chương trình', systems: BOTH },
  { code: 'KH', name: 'Kế hoạch', systems: BOTH },
  { code: 'ĐA', name: 'Đề án', systems: BOTH },
  { code: 'PA', name: 'Phương án', systems: BOTH },
  { code: 'BB', name: 'Biên bản', systems: BOTH },
  { code: 'CV', name: 'Công văn', systems: BOTH },
  { code: 'CĐ', name: 'Công điện', systems: BOTH },
  { code: 'NQLT', name: 'Nghị quyết liên tịch', systems: BOTH },
  { code: 'TTLT', name: 'Thông tư liên tịch', systems: STATE },
  { code: 'HDLT', name: 'Hướng dẫn liên tịch', systems: BOTH },
  { code: 'NĐ', name: 'Nghị định', systems: STATE, aliases: ['ND'] },
  { code: 'TT', name: 'Thông tư', systems: STATE },
  { code: 'L', name: 'Lệnh', systems: STATE },
];

/**
 * A kind whose documents carry no kind code: laws and ordinances of the
 * National Assembly are numbered NUMBER/YEAR/QH14, UBTVQH14. Their kind is
 * taken from the word before the symbol ("Luật số 59/2020/QH14").
 */
export const UNCODED_KINDS: readonly DocumentKind[] = [
  { code: 'Luật', name: 'Luật', systems: STATE },
  { code: 'Bộ luật', name: 'Bộ luật', systems: STATE },
  { code: 'Pháp lệnh', name: 'Pháp lệnh', systems: STATE },
  { code: 'NQ', name: 'Nghị quyết', systems: STATE },
];

/**
 * Words that name a document kind before its number ("Nghị quyết số
 * 25-NQ/TW", "Kết luận 54-KL/TW"), longest first where one starts another.
 */
export const DOCUMENT_KIND_WORDS: readonly string[] = [
  'Nghị quyết liên tịch',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Quy định',
  'Quy chế',
  'Chỉ thị',
  'Kết luận',
  'Hướng dẫn liên tịch',
  'Hướng dẫn',
  'Thông báo kết luận',
  'Thông báo',
  'Thông tri',
  'Thông tư liên tịch',
  'Thông tư',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Lệnh',
  'Công văn',
  'Công điện',
  'Kế hoạch',
  'Chương trình hành động',
  'Chương trình',
  'Đề án',
  'Phương án',
  'Báo cáo',
  'Tờ trình',
  'Biên bản',
  'Văn bản',
];

/**
 * Lower-case words after an issuing body that begin the rest of the clause,
 * not more of the body's name: "của Ban Chấp hành Trung ương đã đi vào cuộc
 * sống", "của Chính phủ quy định mức phạt".
 */
export const BODY_FOLLOWERS: readonly string[] = [
  // Auxiliaries, copulas and connectives.
  'đã', 'đang', 'sẽ', 'được', 'bị', 'là', 'có', 'thì', 'mà', 'cũng', 'vẫn', 'còn', 'luôn', 'nhằm', 'để', 'trong', 'với',
  'đối với', 'tại', 'vào', 'nay', 'này', 'đó', 'như', 'theo', 'sau', 'trước', 'qua', 'từ', 'đến', 'gắn với', 'cùng',
  // Verbs that say what the document does.
  'ban hành', 'quy định', 'hướng dẫn', 'phê duyệt', 'sửa đổi', 'bổ sung', 'nêu', 'xác định', 'chỉ rõ', 'yêu cầu',
  'đề ra', 'khẳng định', 'nhấn mạnh', 'tiếp tục', 'đặt ra', 'thể hiện', 'tạo',
];

/**
 * Words that, after a comma, open a new clause rather than go on with a
 * document's subject: "về tổng kết công tác năm, sáng 15/1 huyện tổ chức ...".
 */
export const CLAUSE_OPENERS: readonly string[] = [
  'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm nay', 'hôm qua', 'vừa qua', 'vừa được', 'mới đây', 'qua đó', 'theo đó',
  'đồng thời', 'tuy nhiên', 'trong đó', 'nhờ đó', 'từ đó', 'do đó', 'vì vậy', 'vì thế', 'bởi vậy', 'đồng chí', 'đã', 'được',
  'nhằm', 'góp phần', 'tạo', 'qua', 'sau', 'trong thời gian', 'thời gian qua', 'đến nay',
];
