/**
 * Kinds of numbered Party and State documents: the code written in a
 * document's symbol ("NQ" in 25-NQ/TW, "NĐ" in 15/2020/NĐ-CP), its full
 * Vietnamese name, and which system uses it.
 *
 * Sources of the codes:
 * - Party (NUMBER-KIND/ISSUER): Hướng dẫn 36-HD/VPTW of 03/4/2018 of the
 *   Central Party Office on the form of Party documents (its table of kind
 *   abbreviations), with the kinds of the Party's rules on document kinds.
 * - State administrative documents (NUMBER/KIND-ISSUER or
 *   NUMBER/YEAR/KIND-ISSUER): Nghị định 30/2020/NĐ-CP, Phụ lục III (table
 *   of abbreviations of administrative document kinds).
 * - State legal documents: the Law on Promulgation of Legal Documents and
 *   its decrees (NĐ, TT, TTLT, NQLT, L, and laws and resolutions of the
 *   National Assembly numbered NUMBER/YEAR/QHk with no kind code), plus the
 *   older "PL-UBTVQH" numbering of ordinances.
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
  // Kinds both systems use, under the same code.
  { code: 'NQ', name: 'Nghị quyết', systems: BOTH },
  { code: 'QĐ', name: 'Quyết định', systems: BOTH, aliases: ['QD'] },
  { code: 'CT', name: 'Chỉ thị', systems: BOTH },
  { code: 'QC', name: 'Quy chế', systems: BOTH },
  { code: 'HD', name: 'Hướng dẫn', systems: BOTH },
  { code: 'TB', name: 'Thông báo', systems: BOTH },
  { code: 'TC', name: 'Thông cáo', systems: BOTH },
  { code: 'BC', name: 'Báo cáo', systems: BOTH },
  { code: 'TTr', name: 'Tờ trình', systems: BOTH },
  { code: 'CTr', name: 'Chương trình', systems: BOTH },
  { code: 'KH', name: 'Kế hoạch', systems: BOTH },
  { code: 'ĐA', name: 'Đề án', systems: BOTH },
  { code: 'DA', name: 'Dự án', systems: BOTH },
  { code: 'PA', name: 'Phương án', systems: BOTH },
  { code: 'BB', name: 'Biên bản', systems: BOTH },
  { code: 'CV', name: 'Công văn', systems: BOTH },
  { code: 'GM', name: 'Giấy mời', systems: BOTH },
  { code: 'GGT', name: 'Giấy giới thiệu', systems: BOTH },
  { code: 'GNP', name: 'Giấy nghỉ phép', systems: BOTH },
  { code: 'PG', name: 'Phiếu gửi', systems: BOTH },
  { code: 'PC', name: 'Phiếu chuyển', systems: BOTH },
  { code: 'NQLT', name: 'Nghị quyết liên tịch', systems: BOTH },
  { code: 'HDLT', name: 'Hướng dẫn liên tịch', systems: BOTH },
  // Party only (Hướng dẫn 36-HD/VPTW): "Quy định" is QĐi, "TT" is a thông tri.
  { code: 'QĐi', name: 'Quy định', systems: PARTY, aliases: ['QDi'] },
  { code: 'KL', name: 'Kết luận', systems: PARTY },
  { code: 'TT', name: 'Thông tri', systems: PARTY },
  { code: 'QH', name: 'Quy hoạch', systems: PARTY },
  { code: 'GCN', name: 'Giấy chứng nhận', systems: PARTY },
  // State only (Nghị định 30/2020/NĐ-CP, Phụ lục III): "Quy định" is QyĐ.
  { code: 'QyĐ', name: 'Quy định', systems: STATE, aliases: ['QyD'] },
  { code: 'HĐ', name: 'Hợp đồng', systems: STATE },
  { code: 'CĐ', name: 'Công điện', systems: STATE, aliases: ['CD'] },
  { code: 'GN', name: 'Bản ghi nhớ', systems: STATE },
  { code: 'TTh', name: 'Bản thỏa thuận', systems: STATE },
  { code: 'GUQ', name: 'Giấy ủy quyền', systems: STATE },
  { code: 'PB', name: 'Phiếu báo', systems: STATE },
  // State legal documents.
  { code: 'NĐ', name: 'Nghị định', systems: STATE, aliases: ['ND'] },
  { code: 'TT', name: 'Thông tư', systems: STATE },
  { code: 'TTLT', name: 'Thông tư liên tịch', systems: STATE },
  { code: 'L', name: 'Lệnh', systems: STATE },
  { code: 'PL', name: 'Pháp lệnh', systems: STATE },
];

/**
 * The kind of a law-numbered symbol (59/2020/QH14, 02/2022/UBTVQH15): it
 * carries no kind code, so the symbol's kind is this empty code until the
 * word before it names the kind.
 */
export const UNCODED = '';

/**
 * Kinds whose documents carry no kind code: laws, codes, ordinances and
 * resolutions of the National Assembly are numbered NUMBER/YEAR/QH14,
 * UBTVQH14. Their kind is taken from the word before the symbol ("Luật số
 * 59/2020/QH14").
 */
export const UNCODED_KINDS: readonly DocumentKind[] = [
  { code: 'Luật', name: 'Luật', systems: STATE },
  { code: 'Bộ luật', name: 'Bộ luật', systems: STATE },
  { code: 'Pháp lệnh', name: 'Pháp lệnh', systems: STATE },
  { code: 'NQ', name: 'Nghị quyết', systems: STATE },
];

/**
 * A word that names a document's kind before its number ("Nghị quyết số
 * 25-NQ/TW", "Kết luận 54-KL/TW"), with the symbol kind codes it agrees with.
 * UNCODED stands for a law-numbered symbol; `any` for a generic word
 * ("Văn bản"). "Quy định" is written QĐi (Party, since 2018), QyĐ (State)
 * and, in practice, QĐ: all three agree.
 */
export interface KindWord {
  word: string;
  codes: readonly string[] | 'any';
  /** Short forms with this word and a bare number ("Nghị quyết 25") name a document. */
  normative: boolean;
}

export const KIND_WORDS: readonly KindWord[] = [
  { word: 'Nghị quyết liên tịch', codes: ['NQLT'], normative: true },
  { word: 'Nghị quyết', codes: ['NQ', 'NQLT', UNCODED], normative: true },
  { word: 'Nghị định', codes: ['NĐ'], normative: true },
  { word: 'Quyết định', codes: ['QĐ'], normative: true },
  { word: 'Quy định', codes: ['QĐi', 'QyĐ', 'QĐ'], normative: true },
  { word: 'Quy chế', codes: ['QC'], normative: true },
  { word: 'Chỉ thị', codes: ['CT'], normative: true },
  { word: 'Kết luận', codes: ['KL'], normative: true },
  { word: 'Hướng dẫn liên tịch', codes: ['HDLT'], normative: true },
  { word: 'Hướng dẫn', codes: ['HD', 'HDLT'], normative: true },
  { word: 'Thông báo kết luận', codes: ['TB'], normative: true },
  { word: 'Thông báo', codes: ['TB'], normative: true },
  { word: 'Thông cáo', codes: ['TC'], normative: false },
  { word: 'Thông tri', codes: ['TT'], normative: true },
  { word: 'Thông tư liên tịch', codes: ['TTLT'], normative: true },
  { word: 'Thông tư', codes: ['TT', 'TTLT'], normative: true },
  { word: 'Bộ luật', codes: [UNCODED], normative: false },
  { word: 'Luật', codes: [UNCODED], normative: false },
  { word: 'Pháp lệnh', codes: ['PL', UNCODED], normative: false },
  { word: 'Lệnh', codes: ['L'], normative: false },
  { word: 'Công văn', codes: ['CV'], normative: true },
  { word: 'Công điện', codes: ['CĐ'], normative: true },
  { word: 'Kế hoạch', codes: ['KH'], normative: false },
  { word: 'Chương trình hành động', codes: ['CTr'], normative: false },
  { word: 'Chương trình', codes: ['CTr'], normative: false },
  { word: 'Quy hoạch', codes: ['QH'], normative: false },
  { word: 'Đề án', codes: ['ĐA'], normative: false },
  { word: 'Dự án', codes: ['DA'], normative: false },
  { word: 'Phương án', codes: ['PA'], normative: false },
  { word: 'Báo cáo', codes: ['BC'], normative: false },
  { word: 'Tờ trình', codes: ['TTr'], normative: false },
  { word: 'Biên bản', codes: ['BB'], normative: false },
  { word: 'Hợp đồng', codes: ['HĐ'], normative: false },
  { word: 'Văn bản', codes: 'any', normative: false },
];

/** The kind words alone, longest first where one starts another. */
export const DOCUMENT_KIND_WORDS: readonly string[] = KIND_WORDS.map((k) => k.word);

/**
 * Words after a kind word that point back to the document last named of
 * that kind: "Nghị quyết này", "Chỉ thị nói trên".
 */
export const ANAPHORA_WORDS: readonly string[] = ['nói trên', 'trên đây', 'này', 'đó', 'trên'];

/**
 * Words before "Quy chế", "Quy định" in a decision's subject that say the
 * decision issues that text: "Quyết định ... về việc ban hành Quy chế ...".
 */
export const ISSUING_VERBS: readonly string[] = ['về việc ban hành', 'ban hành', 'về'];

/** Kinds of text that a decision issues and that articles then name alone. */
export const ATTACHED_KIND_WORDS: readonly string[] = ['Quy chế', 'Quy định', 'Điều lệ', 'Chương trình', 'Kế hoạch', 'Đề án'];

/**
 * Words that may follow the bare number of a short form without a "số"
 * ("Chỉ thị 05 của Bộ Chính trị", "Nghị quyết 25 về ..."), where any other
 * word means the number counts something ("Kết luận 3 nội dung").
 */
export const SHORT_FORM_FOLLOWERS: readonly string[] = [
  'của', 'ngày', 'về', 'và', 'hoặc', 'cùng', 'đã', 'được', 'là', 'trong', 'tại', 'khóa', 'đối với', 'nay', 'năm', 'thì', 'vẫn',
  'đang', 'sẽ', 'với', 'nhằm', 'theo',
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
