/**
 * A small built-in catalog of central Party documents, so that `vnreport
 * check` can tell an editor "25-NQ/TW was issued on 03/6/2013; the text says
 * 03/6/2014". Each entry was checked against a published record (the source
 * note says which); documents whose date and issuer could not be confirmed
 * are left out rather than guessed. `--catalog FILE` adds more.
 */

export interface CatalogEntry {
  /** Canonical symbol, as the citation extractor writes it. */
  id: string;
  /** Issue date, ISO YYYY-MM-DD. */
  date: string;
  /** The body that issued it ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"). */
  issuedBy: string;
  /** Party term of the issuing body, where the record gives it. */
  term?: string;
  title: string;
  /** Where the date and the issuer were checked. */
  source?: string;
}

export const BUILTIN_CATALOG: readonly CatalogEntry[] = [
  {
    id: '43-NQ/TW',
    date: '2023-11-24',
    issuedBy: 'Ban Chấp hành Trung ương',
    term: 'XIII',
    title: 'Về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
    source: 'Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Yên Bái (danguykhoicqvadn.yenbai.gov.vn): "Nghị quyết số 43-NQ/TW ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng khóa XIII"',
  },
  {
    id: '118-QĐ/TW',
    date: '2023-08-22',
    issuedBy: 'Ban Bí thư',
    title: 'Ban hành Quy chế tổ chức và hoạt động của hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở Trung ương',
    source: 'vietnamnet.vn: "Quyết định số 118 ngày 22/8/2023 của Ban Bí thư"; lienhiephoi.quangngai.gov.vn (03/9/2023): signed on behalf of the Ban Bí thư',
  },
  {
    id: '99-QĐ/TW',
    date: '2017-10-03',
    issuedBy: 'Ban Bí thư',
    title:
      'Ban hành Hướng dẫn khung để các cấp ủy, tổ chức đảng trực thuộc Trung ương tiếp tục phát huy vai trò của Nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái, "tự diễn biến", "tự chuyển hóa" trong nội bộ',
    source: 'Ban Dân vận Trung ương (danvan.vn), Công văn 1316-CV/BDVTW of 01/11/2017: "Ngày 03/10/2017, Ban Bí thư Trung ương Đảng đã có Quyết định số 99-QĐ/TW"',
  },
  {
    id: '58-KL/TW',
    date: '2023-06-23',
    issuedBy: 'Ban Bí thư',
    title: 'Về tổ chức và hoạt động của Hội Người cao tuổi Việt Nam',
    source: 'sggp.org.vn and gialaitv.vn (12/9/2023): "Kết luận 58 ... ngày 23-6-2023 của Ban Bí thư"',
  },
  {
    id: '23-QĐ/TW',
    date: '2021-07-30',
    issuedBy: 'Bộ Chính trị',
    title: 'Về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
    source:
      'thuvienphapluat.vn: full text headed "Số: 23-QĐ/TW, Hà Nội, ngày 30 tháng 7 năm 2021", "BỘ CHÍNH TRỊ QUYẾT ĐỊNH", signed "T/M BỘ CHÍNH TRỊ, TỔNG BÍ THƯ"; it replaces 290-QĐ/TW; luatvietnam.vn gives the same date (30/07/2021)',
  },
  {
    id: '290-QĐ/TW',
    date: '2010-02-25',
    issuedBy: 'Bộ Chính trị',
    title: 'Ban hành Quy chế công tác dân vận của hệ thống chính trị',
    source: 'Ban Dân vận Trung ương (danvan.vn): full text, "T/M BỘ CHÍNH TRỊ", "Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị"',
  },
  {
    id: '97-QĐ/TW',
    date: '2023-02-07',
    issuedBy: 'Bộ Chính trị',
    title: 'Quy định chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, mối quan hệ công tác của đảng đoàn, ban cán sự đảng ở Trung ương',
    source: 'mattran.org.vn: full text headed "Số: 97-QĐ/TW, Hà Nội, ngày 07 tháng 02 năm 2023", "Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị"',
  },
  {
    id: '24-NQ/TW',
    date: '2013-06-03',
    issuedBy: 'Ban Chấp hành Trung ương',
    term: 'XI',
    title: 'Về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường',
    source: 'tapchimoitruong.vn (30/11/2023): "Nghị quyết số 24-NQ/TW ngày 3/6/2013 Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XI"',
  },
  {
    id: '25-NQ/TW',
    date: '2013-06-03',
    issuedBy: 'Ban Chấp hành Trung ương',
    term: 'XI',
    title: 'Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
    source:
      'baomoi.com (report of the closing of the 7th plenum of the XI Central Committee, 11/5/2013): the plenum "thông qua Nghị quyết về Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"; the date 03/6/2013 is the signing date of that plenum\'s resolutions (24-NQ/TW of the same plenum: "ngày 3/6/2013", tapchimoitruong.vn), not read off 25-NQ/TW\'s own record',
  },
  {
    id: '56-KL/TW',
    date: '2019-08-23',
    issuedBy: 'Bộ Chính trị',
    title: 'Về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường',
    source: 'tapchimoitruong.vn (30/11/2023): "Kết luận số 56-KL/TW ngày 23/8/2019 của Bộ Chính trị"',
  },
  {
    id: '34-KL/TW',
    date: '2022-04-18',
    issuedBy: 'Bộ Chính trị',
    title: 'Về Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030',
    source: 'baohanam.com.vn: "Thay mặt Bộ Chính trị, ... ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022"',
  },
  {
    id: '162-QĐ/TW',
    date: '2024-05-29',
    issuedBy: 'Ban Bí thư',
    title: 'Về chức năng, nhiệm vụ, mối quan hệ công tác của đảng bộ, chi bộ cơ sở cơ quan hội quần chúng',
    source: 'vusta.vn: "Quy định số 162-QĐ/TW, ngày 29/5/2024 của Ban Bí thư"',
  },
];
