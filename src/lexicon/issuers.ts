/**
 * Issuers named by code in document symbols: the part after the kind
 * ("TW" in 25-NQ/TW, "CP" in 15/2020/NĐ-CP), with the full name of the body.
 * Party codes follow Hướng dẫn 36-HD/VPTW (2018): the Central Committee, the
 * Politburo and the Secretariat all issue under "TW" (their documents are
 * headed "BAN CHẤP HÀNH TRUNG ƯƠNG"); provinces and centrally governed
 * cities write TU, districts HU, urban districts QU, towns TXU, cities under
 * a province ThU, Party committees ĐU, cells CB. State codes follow
 * Nghị định 30/2020/NĐ-CP (the issuing agency after the kind).
 *
 * Party issuers are mostly built from a department and a level: "BDV" + "HU"
 * is "Ban Dân vận Huyện ủy". Whole codes listed in PARTY_ISSUERS win over the
 * composition.
 */

export interface Issuer {
  /** The code in its canonical case: "TW", "BTGTW", "TTg". */
  code: string;
  name: string;
  /** Other spellings of the code seen in text: "TƯ" for "TW". */
  aliases?: readonly string[];
}

/** A Party level: its name as a whole issuer, and after a department. */
export interface PartyLevel extends Issuer {
  /** "Trung ương" in "Ban Dân vận Trung ương". */
  suffix: string;
}

export const PARTY_LEVELS: readonly PartyLevel[] = [
  { code: 'TW', name: 'Ban Chấp hành Trung ương', suffix: 'Trung ương', aliases: ['TƯ'] },
  // Provinces and centrally governed cities both write TU.
  { code: 'TU', name: 'Tỉnh ủy (Thành ủy)', suffix: 'Tỉnh ủy (Thành ủy)' },
  { code: 'ThU', name: 'Thành ủy', suffix: 'Thành ủy' },
  { code: 'HU', name: 'Huyện ủy', suffix: 'Huyện ủy' },
  { code: 'QU', name: 'Quận ủy', suffix: 'Quận ủy' },
  { code: 'ĐU', name: 'Đảng ủy', suffix: 'Đảng ủy', aliases: ['DU'] },
  { code: 'ĐUK', name: 'Đảng ủy Khối', suffix: 'Đảng ủy Khối' },
  { code: 'TXU', name: 'Thị ủy', suffix: 'Thị ủy' },
  { code: 'CB', name: 'Chi bộ', suffix: 'Chi bộ' },
];

export const PARTY_DEPARTMENTS: readonly Issuer[] = [
  { code: 'BTC', name: 'Ban Tổ chức' },
  { code: 'BTG', name: 'Ban Tuyên giáo' },
  { code: 'BTGDV', name: 'Ban Tuyên giáo và Dân vận' },
  { code: 'BDV', name: 'Ban Dân vận' },
  { code: 'BNC', name: 'Ban Nội chính' },
  { code: 'BKT', name: 'Ban Kinh tế' },
  { code: 'BĐN', name: 'Ban Đối ngoại' },
  { code: 'UBKT', name: 'Ủy ban Kiểm tra' },
  { code: 'VP', name: 'Văn phòng' },
  { code: 'BTV', name: 'Ban Thường vụ' },
  { code: 'BCĐ', name: 'Ban Chỉ đạo' },
  { code: 'BBVCSSK', name: 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ' },
  { code: 'TTBD', name: 'Trung tâm Bồi dưỡng chính trị' },
];

/** Whole Party issuer codes whose name is not the plain composition. */
export const PARTY_ISSUERS: readonly Issuer[] = [
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng', aliases: ['VPTƯ'] },
  { code: 'UBKTTW', name: 'Ủy ban Kiểm tra Trung ương', aliases: ['UBKTTƯ'] },
  { code: 'QUTW', name: 'Quân ủy Trung ương', aliases: ['QUTƯ'] },
  { code: 'ĐUQSTW', name: 'Đảng ủy Quân sự Trung ương', aliases: ['ĐUQSTƯ'] },
  { code: 'ĐUCATW', name: 'Đảng ủy Công an Trung ương', aliases: ['ĐUCATƯ'] },
  { code: 'ĐUKCQTW', name: 'Đảng ủy Khối các cơ quan Trung ương' },
  { code: 'ĐUKDNTW', name: 'Đảng ủy Khối doanh nghiệp Trung ương' },
  { code: 'TWĐTN', name: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', aliases: ['TƯĐTN'] },
  { code: 'BCSĐ', name: 'Ban cán sự đảng' },
  { code: 'BCĐ', name: 'Ban Chỉ đạo' },
  { code: 'ĐĐ', name: 'Đảng đoàn' },
  { code: 'ĐĐQH', name: 'Đảng đoàn Quốc hội' },
  { code: 'BCSĐCP', name: 'Ban cán sự đảng Chính phủ' },
];

export const STATE_ISSUERS: readonly Issuer[] = [
  { code: 'QH', name: 'Quốc hội' },
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội' },
  { code: 'CTN', name: 'Chủ tịch nước' },
  { code: 'CP', name: 'Chính phủ' },
  { code: 'TTg', name: 'Thủ tướng Chính phủ' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ' },
  { code: 'HĐND', name: 'Hội đồng nhân dân', aliases: ['HDND'] },
  { code: 'UBND', name: 'Ủy ban nhân dân' },
  { code: 'BCĐ', name: 'Ban Chỉ đạo' },
  { code: 'BNV', name: 'Bộ Nội vụ' },
  { code: 'BTC', name: 'Bộ Tài chính' },
  { code: 'BCA', name: 'Bộ Công an' },
  { code: 'BQP', name: 'Bộ Quốc phòng' },
  { code: 'BNG', name: 'Bộ Ngoại giao' },
  { code: 'BTP', name: 'Bộ Tư pháp' },
  { code: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư' },
  { code: 'BCT', name: 'Bộ Công Thương' },
  { code: 'BNNPTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn' },
  { code: 'BNNMT', name: 'Bộ Nông nghiệp và Môi trường' },
  { code: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường' },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải' },
  { code: 'BXD', name: 'Bộ Xây dựng' },
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông' },
  { code: 'BLĐTBXH', name: 'Bộ Lao động - Thương binh và Xã hội' },
  { code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ' },
  { code: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo' },
  { code: 'BYT', name: 'Bộ Y tế' },
  { code: 'BDTTG', name: 'Bộ Dân tộc và Tôn giáo' },
  { code: 'UBDT', name: 'Ủy ban Dân tộc' },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam' },
  { code: 'TTCP', name: 'Thanh tra Chính phủ' },
  { code: 'KTNN', name: 'Kiểm toán nhà nước' },
  { code: 'TANDTC', name: 'Tòa án nhân dân tối cao' },
  { code: 'VKSNDTC', name: 'Viện kiểm sát nhân dân tối cao' },
  { code: 'HĐTP', name: 'Hội đồng Thẩm phán Tòa án nhân dân tối cao' },
  { code: 'BHXH', name: 'Bảo hiểm xã hội Việt Nam' },
  { code: 'MTTQ', name: 'Mặt trận Tổ quốc Việt Nam' },
  { code: 'UBTWMTTQVN', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  { code: 'SNV', name: 'Sở Nội vụ' },
  { code: 'STC', name: 'Sở Tài chính' },
  { code: 'SGDĐT', name: 'Sở Giáo dục và Đào tạo' },
  { code: 'SYT', name: 'Sở Y tế' },
];

/**
 * Issuers of laws and ordinances, written with the legislature's term number
 * and no kind: 59/2020/QH14, 02/2022/UBTVQH15.
 */
export const LEGISLATIVE_ISSUERS: readonly Issuer[] = [
  { code: 'QH', name: 'Quốc hội' },
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội' },
];

/**
 * Bodies that articles name after "của", with the issuer codes their
 * documents carry, so that "của Bộ Chính trị" and "của BCH TW" can be told
 * apart, and "Ban Chấp hành Trung ương Đảng (khóa XI)" recognised as the
 * Central Committee. `forms` are in the scoring fold with the common
 * abbreviations expanded ("bch tw" → "ban chấp hành trung ương").
 */
export interface IssuingBody {
  name: string;
  forms: readonly string[];
  /** Issuer codes the body's documents carry. */
  codes: readonly string[];
}

export const ISSUING_BODIES: readonly IssuingBody[] = [
  {
    name: 'Ban Chấp hành Trung ương',
    forms: ['ban chấp hành trung ương', 'trung ương', 'hội nghị trung ương', 'hội nghị ban chấp hành trung ương'],
    codes: ['TW'],
  },
  { name: 'Bộ Chính trị', forms: ['bộ chính trị', 'bct'], codes: ['TW'] },
  { name: 'Ban Bí thư', forms: ['ban bí thư', 'ban bí thư trung ương', 'bbt'], codes: ['TW'] },
  { name: 'Quốc hội', forms: ['quốc hội'], codes: ['QH'] },
  { name: 'Ủy ban Thường vụ Quốc hội', forms: ['ủy ban thường vụ quốc hội', 'ubtvqh'], codes: ['UBTVQH'] },
  { name: 'Chủ tịch nước', forms: ['chủ tịch nước'], codes: ['CTN'] },
  { name: 'Chính phủ', forms: ['chính phủ'], codes: ['CP'] },
  { name: 'Thủ tướng Chính phủ', forms: ['thủ tướng chính phủ', 'thủ tướng', 'ttg'], codes: ['TTg'] },
];

/** Words after a body's name that qualify it without naming another body ("Đảng", "khóa XI"). */
export const BODY_QUALIFIERS: readonly string[] = ['đảng', 'khóa', 'nhiệm kỳ', 'lần thứ', 'trung ương đảng', 'việt nam'];
