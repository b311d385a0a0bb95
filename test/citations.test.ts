import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { analyzeCitations, extractCitations, extractReferences } from '../src/extract/citations.js';
import { resolveShortForms } from '../src/extract/citations/shortForms.js';
import type { Citation, DocumentReference } from '../src/model/report.js';
import { prepareDocument } from '../src/text/document.js';
import { fold } from '../src/text/fold.js';

const cite = (text: string): Citation[] => extractCitations(prepareDocument(text, 'test'));

interface Case {
  name: string;
  text: string;
  expected: Partial<Citation>[];
}

const SYMBOL_VARIANTS: Case[] = [
  {
    name: 'full Party reference: date, body with term, subject',
    text: 'Hội nghị quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (khóa XII) về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.',
    expected: [
      {
        id: '18-NQ/TW',
        date: '2017-10-25',
        issuedBy: 'Ban Chấp hành Trung ương',
        term: 'XII',
        subject: 'một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả',
        system: 'party',
        number: '18',
        kind: 'NQ',
        kindName: 'Nghị quyết',
        issuer: 'TW',
        issuerName: 'Ban Chấp hành Trung ương',
        year: null,
      },
    ],
  },
  {
    name: 'space before the dash',
    text: 'Huyện ủy tổng kết 10 năm thực hiện Nghị quyết 33 -NQ/TW về xây dựng và phát triển văn hóa, con người Việt Nam.',
    expected: [{ id: '33-NQ/TW', date: null, issuedBy: null, subject: 'xây dựng và phát triển văn hóa, con người Việt Nam' }],
  },
  {
    name: 'spaces around the dash',
    text: 'Các chi bộ tiếp tục thực hiện Chỉ thị 05 - CT/TW của Bộ Chính trị.',
    expected: [{ id: '05-CT/TW', kind: 'CT', kindName: 'Chỉ thị', issuedBy: 'Bộ Chính trị' }],
  },
  {
    name: 'en dash, mixed-case kind',
    text: 'Ban Thường vụ Huyện ủy ban hành kế hoạch thực hiện Quy định 08–QĐi/TW của Ban Chấp hành Trung ương.',
    expected: [{ id: '08-QĐi/TW', kind: 'QĐi', kindName: 'Quy định', issuedBy: 'Ban Chấp hành Trung ương' }],
  },
  {
    name: 'TƯ written for TW',
    text: 'Đảng ủy xã triển khai Kết luận số 21-KL/TƯ ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng.',
    expected: [{ id: '21-KL/TW', date: '2021-10-25', issuer: 'TW', subject: 'đẩy mạnh xây dựng, chỉnh đốn Đảng' }],
  },
  {
    name: 'lower-case kind and issuer',
    text: 'Cấp ủy quán triệt nghị quyết số 35-nq/tw ngày 22/10/2018 của bộ chính trị.',
    expected: [{ id: '35-NQ/TW', date: '2018-10-22', issuedBy: 'bộ chính trị' }],
  },
  {
    name: 'lower-case mixed-case kind keeps its canonical case',
    text: 'Chi bộ thực hiện nghiêm quy định 08-qđi/tw và tờ trình 45-ttr/bdvtu.',
    expected: [
      { id: '08-QĐi/TW', kind: 'QĐi' },
      { id: '45-TTr/BDVTU', kind: 'TTr', kindName: 'Tờ trình', issuerName: 'Ban Dân vận Tỉnh ủy (Thành ủy)' },
    ],
  },
  {
    name: 'dash between kind and issuer',
    text: 'Việc thực hiện Kết luận 21-KL-TW được kiểm tra định kỳ.',
    expected: [{ id: '21-KL/TW', kind: 'KL', kindName: 'Kết luận' }],
  },
  {
    name: 'symbol broken by a line break',
    text: 'Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-\nNQ/TW ngày 22/10/2018 của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng.',
    expected: [{ id: '35-NQ/TW', date: '2018-10-22', issuedBy: 'Bộ Chính trị', subject: 'bảo vệ nền tảng tư tưởng của Đảng' }],
  },
  {
    name: 'date on the next line of the same sentence',
    text: 'Thực hiện Chỉ thị số 42-CT/TW\nngày 24/3/2020 của Ban Bí thư, các cấp ủy đã rà soát đội ngũ.',
    expected: [{ id: '42-CT/TW', date: '2020-03-24', issuedBy: 'Ban Bí thư' }],
  },
  {
    name: 'kind word and body broken by line breaks',
    text: 'Các chi bộ học tập Nghị quyết số\n21-NQ/TW ngày 16/6/2022 của\nBan Chấp hành Trung ương về tăng cường củng cố tổ chức cơ sở đảng.',
    expected: [{ id: '21-NQ/TW', kindName: 'Nghị quyết', date: '2022-06-16', issuedBy: 'Ban Chấp hành Trung ương' }],
  },
  {
    name: 'a new paragraph is not read as the same sentence',
    text: 'Hội nghị quán triệt Nghị quyết số 21-NQ/TW của Bộ Chính trị\n\nVề dự có lãnh đạo các ban, ngành.',
    expected: [{ id: '21-NQ/TW', issuedBy: 'Bộ Chính trị', subject: null }],
  },
  {
    name: '"Số:" before the symbol',
    text: 'Ban Tuyên giáo Tỉnh ủy gửi văn bản Số: 12-HD/BTGTU hướng dẫn tuyên truyền kỷ niệm ngày thành lập Đảng.',
    expected: [{ id: '12-HD/BTGTU', kind: 'HD', kindName: 'Hướng dẫn', issuer: 'BTGTU', issuerName: 'Ban Tuyên giáo Tỉnh ủy (Thành ủy)' }],
  },
  {
    name: 'kind word without "số"',
    text: 'Đoàn công tác kiểm tra việc thực hiện Thông báo kết luận 123-TB/TW của Bộ Chính trị tại tỉnh.',
    expected: [{ id: '123-TB/TW', kindName: 'Thông báo', issuedBy: 'Bộ Chính trị' }],
  },
  {
    name: 'symbol alone, no kind word',
    text: 'Theo Hướng dẫn của Ban Dân vận (số 06-HD/BDVTW), các địa phương báo cáo trước ngày 15/12.',
    expected: [{ id: '06-HD/BDVTW', issuerName: 'Ban Dân vận Trung ương', date: null }],
  },
  {
    name: 'joint Party issuers',
    text: 'Hai ban ban hành Quy chế phối hợp số 05-QC/BTCTU-BDVTU ngày 10/4/2022 về công tác cán bộ.',
    expected: [
      {
        id: '05-QC/BTCTU-BDVTU',
        kindName: 'Quy chế',
        issuer: 'BTCTU-BDVTU',
        issuerName: 'Ban Tổ chức Tỉnh ủy (Thành ủy), Ban Dân vận Tỉnh ủy (Thành ủy)',
        date: '2022-04-10',
        subject: 'công tác cán bộ',
      },
    ],
  },
  {
    name: 'central departments and district issuers',
    text: 'Các văn bản 06-HD/BTCTW, 15-HD/UBKTTW, 20-CTr/HU và 04-KH/BDVHU được triển khai đồng bộ.',
    expected: [
      { id: '06-HD/BTCTW', issuerName: 'Ban Tổ chức Trung ương' },
      { id: '15-HD/UBKTTW', issuerName: 'Ủy ban Kiểm tra Trung ương' },
      { id: '20-CTr/HU', kindName: 'Chương trình', issuerName: 'Huyện ủy' },
      { id: '04-KH/BDVHU', kindName: 'Kế hoạch', issuerName: 'Ban Dân vận Huyện ủy' },
    ],
  },
];

const DATES_AND_BODIES: Case[] = [
  {
    name: 'date with dashes',
    text: 'Tỉnh ủy sơ kết Nghị quyết số 39-NQ/TW ngày 17-4-2015 của Bộ Chính trị về tinh giản biên chế.',
    expected: [{ id: '39-NQ/TW', date: '2015-04-17', issuedBy: 'Bộ Chính trị', subject: 'tinh giản biên chế' }],
  },
  {
    name: 'date spelled with tháng and năm',
    text: 'Đảng bộ quán triệt Nghị quyết số 26-NQ/TW ngày 19 tháng 5 năm 2018 của Hội nghị Trung ương 7.',
    expected: [{ id: '26-NQ/TW', date: '2018-05-19', issuedBy: 'Hội nghị Trung ương 7' }],
  },
  {
    name: 'date after a comma',
    text: 'Các đơn vị tiếp tục thực hiện Chỉ thị số 39-CT/TW, ngày 30/10/2019 của Ban Bí thư về nâng cao hiệu quả tín dụng chính sách xã hội.',
    expected: [{ id: '39-CT/TW', date: '2019-10-30', issuedBy: 'Ban Bí thư' }],
  },
  {
    name: 'date in parentheses',
    text: 'Theo Kết luận số 01-KL/TW (ngày 18/5/2021) của Bộ Chính trị, việc học tập được đẩy mạnh.',
    expected: [{ id: '01-KL/TW', date: '2021-05-18', issuedBy: 'Bộ Chính trị' }],
  },
  {
    name: 'date after the body',
    text: 'Chi bộ thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị ngày 15/5/2016 về đẩy mạnh học tập và làm theo Bác.',
    expected: [{ id: '05-CT/TW', date: '2016-05-15', issuedBy: 'Bộ Chính trị', subject: 'đẩy mạnh học tập và làm theo Bác' }],
  },
  {
    name: 'a day and month alone give no date',
    text: 'Thực hiện Quyết định số 23-QĐ/TW ngày 30/7 của Bộ Chính trị, huyện đã kiện toàn ban chỉ đạo.',
    expected: [{ id: '23-QĐ/TW', date: null, issuedBy: 'Bộ Chính trị' }],
  },
  {
    name: 'body with "Đảng" and a term in parentheses, old-style tone',
    text: 'Đại biểu quán triệt Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương Đảng (Khoá XI) về đổi mới căn bản, toàn diện giáo dục và đào tạo.',
    expected: [
      {
        id: '29-NQ/TW',
        date: '2013-11-04',
        issuedBy: 'Ban Chấp hành Trung ương Đảng',
        term: 'XI',
        subject: 'đổi mới căn bản, toàn diện giáo dục và đào tạo',
      },
    ],
  },
  {
    name: 'term without parentheses, with a period of office',
    text: 'Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương khóa XIII (nhiệm kỳ 2021-2026) về tăng cường củng cố tổ chức cơ sở đảng.',
    expected: [{ id: '21-NQ/TW', issuedBy: 'Ban Chấp hành Trung ương', term: 'XIII', subject: 'tăng cường củng cố tổ chức cơ sở đảng' }],
  },
  {
    name: 'term in parentheses with its period',
    text: 'Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương (khóa XII, nhiệm kỳ 2016-2021) về đổi mới hệ thống tổ chức.',
    expected: [{ id: '19-NQ/TW', term: 'XII', subject: 'đổi mới hệ thống tổ chức' }],
  },
  {
    name: 'body ends at a comma',
    text: 'Quyết định số 99-QĐ/TW của Bộ Chính trị, Ban Bí thư được phổ biến rộng rãi.',
    expected: [{ id: '99-QĐ/TW', issuedBy: 'Bộ Chính trị' }],
  },
  {
    name: 'body ends where the clause goes on',
    text: 'Sau 10 năm, Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương đã đi vào cuộc sống.',
    expected: [{ id: '25-NQ/TW', issuedBy: 'Ban Chấp hành Trung ương' }],
  },
  {
    name: 'body ends at "và" before a lower-case word',
    text: 'Cán bộ nắm vững Quy định số 65-QĐ/TW của Bộ Chính trị và các văn bản hướng dẫn thi hành.',
    expected: [{ id: '65-QĐ/TW', issuedBy: 'Bộ Chính trị' }],
  },
  {
    name: 'two bodies joined by "và" stay together',
    text: 'Quy định số 105-QĐ/TW của Bộ Chính trị và Ban Bí thư về phân cấp quản lý cán bộ được thực hiện nghiêm.',
    expected: [{ id: '105-QĐ/TW', issuedBy: 'Bộ Chính trị và Ban Bí thư', subject: 'phân cấp quản lý cán bộ được thực hiện nghiêm' }],
  },
];

const SUBJECTS_AND_MERGING: Case[] = [
  {
    name: 'subject stops before the next reference',
    text: 'Hội nghị triển khai Nghị quyết số 25-NQ/TW về công tác dân vận và Chỉ thị số 49-CT/TW về xây dựng gia đình thời kỳ mới.',
    expected: [
      { id: '25-NQ/TW', subject: 'công tác dân vận' },
      { id: '49-CT/TW', subject: 'xây dựng gia đình thời kỳ mới' },
    ],
  },
  {
    name: 'subject stops at a semicolon',
    text: 'Huyện thực hiện tốt Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới hoạt động của Mặt trận; đồng thời kiện toàn tổ chức.',
    expected: [{ id: '62-KL/TW', subject: 'đổi mới hoạt động của Mặt trận' }],
  },
  {
    name: 'subject stops at a comma that opens a new clause',
    text: 'Thực hiện Kế hoạch số 125-KH/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy về tổng kết công tác xây dựng Đảng, sáng 15/1, Huyện ủy tổ chức hội nghị.',
    expected: [{ id: '125-KH/TU', issuedBy: 'Ban Thường vụ Tỉnh ủy', subject: 'tổng kết công tác xây dựng Đảng' }],
  },
  {
    name: 'quoted subject',
    text: 'Tỉnh tổng kết Chỉ thị số 12-CT/TW về “Tăng cường sự lãnh đạo của Đảng đối với công tác dân tộc”, đạt nhiều kết quả.',
    expected: [{ id: '12-CT/TW', subject: 'Tăng cường sự lãnh đạo của Đảng đối với công tác dân tộc' }],
  },
  {
    name: 'quoted title that starts with "Về"',
    text: 'Đảng ủy sơ kết Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị (khóa XII) “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.',
    expected: [
      { id: '05-CT/TW', term: 'XII', issuedBy: 'Bộ Chính trị', subject: 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
    ],
  },
  {
    name: 'two mentions of one document merge',
    text: 'Năm 2023, huyện triển khai Chỉ thị số 35-CT/TW. Theo đó, Chỉ thị số 35 - CT/TW ngày 14/6/2019 của Bộ Chính trị về đại hội đảng bộ các cấp được quán triệt đến chi bộ.',
    expected: [{ id: '35-CT/TW', date: '2019-06-14', issuedBy: 'Bộ Chính trị' }],
  },
];

const STATE_SYMBOLS: Case[] = [
  {
    name: 'NUMBER/YEAR/KIND-ISSUER',
    text: 'Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ quy định xử phạt vi phạm hành chính.',
    expected: [
      {
        id: '15/2020/NĐ-CP',
        system: 'state',
        number: '15',
        year: 2020,
        kind: 'NĐ',
        kindName: 'Nghị định',
        issuer: 'CP',
        issuerName: 'Chính phủ',
        date: '2020-02-03',
        issuedBy: 'Chính phủ',
      },
    ],
  },
  {
    name: 'NUMBER/KIND-ISSUER with a mixed-case issuer',
    text: 'Thực hiện Quyết định số 1234/QĐ-TTg ngày 5/8/2022 của Thủ tướng Chính phủ và Quyết định 15/qđ-bnv của Bộ Nội vụ.',
    expected: [
      { id: '1234/QĐ-TTg', issuer: 'TTg', issuerName: 'Thủ tướng Chính phủ', year: null, date: '2022-08-05', issuedBy: 'Thủ tướng Chính phủ' },
      { id: '15/QĐ-BNV', issuerName: 'Bộ Nội vụ', issuedBy: 'Bộ Nội vụ' },
    ],
  },
  {
    name: 'circulars and council resolutions',
    text: 'Căn cứ Thông tư số 01/2021/TT-BNV và Nghị quyết số 03/2022/NQ-HĐND của HĐND tỉnh, Nghị quyết số 54/NQ-CP của Chính phủ.',
    expected: [
      { id: '01/2021/TT-BNV', kindName: 'Thông tư', year: 2021 },
      { id: '03/2022/NQ-HĐND', issuerName: 'Hội đồng nhân dân', issuedBy: 'HĐND tỉnh' },
      { id: '54/NQ-CP', kindName: 'Nghị quyết', issuer: 'CP' },
    ],
  },
  {
    name: 'law numbered by the National Assembly term',
    text: 'Luật số 59/2020/QH14 về doanh nghiệp có hiệu lực từ năm 2021.',
    expected: [{ id: '59/2020/QH14', kind: 'Luật', kindName: 'Luật', issuer: 'QH14', issuerName: 'Quốc hội', year: 2020 }],
  },
  {
    name: 'official letter NUMBER/ISSUER-UNIT',
    text: 'UBND huyện có Công văn số 12/UBND-VX hướng dẫn tổ chức lễ hội.',
    expected: [{ id: '12/UBND-VX', kind: 'CV', kindName: 'Công văn', issuer: 'UBND', issuerName: 'Ủy ban nhân dân' }],
  },
  {
    name: 'odd State numbering',
    text: 'Các Nghị quyết số 19-2017/NQ-CP và 36a/NQ-CP của Chính phủ về cải thiện môi trường kinh doanh.',
    expected: [
      { id: '19-2017/NQ-CP', year: 2017 },
      { id: '36a/NQ-CP', number: '36a', issuedBy: 'Chính phủ' },
    ],
  },
  {
    name: 'a State day and month take the symbol year',
    text: 'Nghị quyết số 01/2024/NQ-HĐND ngày 15/3 của HĐND tỉnh quy định mức hỗ trợ.',
    expected: [{ id: '01/2024/NQ-HĐND', date: '2024-03-15', issuedBy: 'HĐND tỉnh' }],
  },
];

const RULE_GRAMMAR: Case[] = [
  {
    name: 'Party kinds and levels of Hướng dẫn 36-HD/VPTW: thông cáo, town and cell committees',
    text: 'Thị ủy ban hành Nghị quyết số 12-NQ/TXU, chi bộ ban hành Nghị quyết số 03-NQ/CB và Trung ương ra Thông cáo số 02-TC/TW.',
    expected: [
      { id: '12-NQ/TXU', issuerName: 'Thị ủy' },
      { id: '03-NQ/CB', issuerName: 'Chi bộ' },
      { id: '02-TC/TW', kind: 'TC', kindName: 'Thông cáo' },
    ],
  },
  {
    name: 'Party official letters, with the drafting unit in lower case',
    text: 'Văn phòng gửi Công văn số 5127-CV/VPTW/nb ngày 14/3/2022 của Văn phòng Trung ương Đảng và Công văn số 61-CV/BCĐ ngày 02/8/2024.',
    expected: [
      { id: '5127-CV/VPTW/nb', kindName: 'Công văn', issuer: 'VPTW', date: '2022-03-14', issuedBy: 'Văn phòng Trung ương Đảng' },
      { id: '61-CV/BCĐ', issuerName: 'Ban Chỉ đạo', date: '2024-08-02' },
    ],
  },
  {
    name: 'older ordinance and order numbering with the legislature term',
    text: 'Căn cứ Pháp lệnh số 07/2003/PL-UBTVQH11 và Lệnh số 11/2003/L-CTN, cùng Thông tư liên tịch số 04/2016/TTLT-BNV-BTC.',
    expected: [
      { id: '07/2003/PL-UBTVQH11', kind: 'PL', kindName: 'Pháp lệnh', issuer: 'UBTVQH11', issuerName: 'Ủy ban Thường vụ Quốc hội', year: 2003 },
      { id: '11/2003/L-CTN', kindName: 'Lệnh', issuerName: 'Chủ tịch nước' },
      { id: '04/2016/TTLT-BNV-BTC', kindName: 'Thông tư liên tịch', issuer: 'BNV-BTC' },
    ],
  },
  {
    name: 'State kinds of Nghị định 30/2020/NĐ-CP: quy định QyĐ, phương án, công điện',
    text: 'UBND tỉnh ban hành Quy định số 02/QyĐ-UBND, Phương án số 14/PA-UBND và Công điện số 09/CĐ-TTg ngày 8/9/2024 của Thủ tướng Chính phủ.',
    expected: [
      { id: '02/QyĐ-UBND', kindName: 'Quy định' },
      { id: '14/PA-UBND', kindName: 'Phương án' },
      { id: '09/CĐ-TTg', kindName: 'Công điện', issuedBy: 'Thủ tướng Chính phủ', date: '2024-09-08' },
    ],
  },
];

const NOT_CITATIONS: Case[] = [
  {
    name: 'documents named without a symbol',
    text: 'Nghị quyết Đại hội XIII của Đảng, Đề án 06 của Chính phủ, Quyết định số 994 của Thủ tướng và Chỉ thị 05 của Bộ Chính trị được triển khai.',
    expected: [],
  },
  {
    name: 'dates, ratios, phone numbers, COVID-19',
    text: 'Ngày 13/1/2022 và ngày 3-6-2013, có 14/14 xã đạt chuẩn; đường dây nóng 0214-3840-123; dịch COVID-19/2021 được kiểm soát, năng suất 5/ha, giá 20.000 đồng/kg.',
    expected: [],
  },
  {
    name: 'letters after a slash that are no document kind or issuer',
    text: 'Tỷ lệ đạt 12/tháng-năm, điểm 25-cao/thấp và số 7-AB/XYZ không phải văn bản.',
    expected: [],
  },
];

function checkCases(cases: Case[]) {
  it.each(cases)('$name', ({ text, expected }) => {
    const found = cite(text);
    expect(found.map((c) => c.id)).toEqual(expected.map((e) => e.id));
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });
}

describe('extractCitations: symbol variants', () => checkCases(SYMBOL_VARIANTS));
describe('extractCitations: dates and issuing bodies', () => checkCases(DATES_AND_BODIES));
describe('extractCitations: subjects and merging', () => checkCases(SUBJECTS_AND_MERGING));
describe('extractCitations: State symbols', () => checkCases(STATE_SYMBOLS));
describe('extractCitations: kinds and issuers of the official rules', () => checkCases(RULE_GRAMMAR));
describe('extractCitations: not citations', () => checkCases(NOT_CITATIONS));

describe('extractCitations: mentions and spans', () => {
  it('records every mention as written, in input offsets', () => {
    const input = 'Tin tổng hợp\r\n\r\nHuyện ủy thực hiện Nghị quyết số 25 -NQ/TW. Sau đó, Nghị quyết số 25-NQ/TƯ được sơ kết.\r\n';
    const [citation, ...rest] = extractCitations(prepareDocument(input, 'test'));
    expect(rest).toEqual([]);
    expect(citation.mentions.map((m) => m.text)).toEqual(['25 -NQ/TW', '25-NQ/TƯ']);
    for (const m of citation.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
    expect([citation.start, citation.end]).toEqual([citation.mentions[0].start, citation.mentions[0].end]);
  });

  it('keeps a symbol broken by a line break as one mention', () => {
    const [citation] = cite('Chi bộ thực hiện Nghị quyết số 21-\nNQ/TW của Ban Chấp hành Trung ương.');
    expect(citation.id).toBe('21-NQ/TW');
    expect(citation.mentions[0].text).toBe('21-\nNQ/TW');
  });
});

// ---------------------------------------------------------------------------
// Against the fixtures' gold, with the scoring fold of docs/ANNOTATION.md.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

interface GoldCitation {
  id: string;
  date: string | null;
  issuedBy: string | null;
}

const scoreId = (id: string) => id.replace(/\s+/gu, '').toUpperCase().replace(/TƯ/gu, 'TW');
const scoreText = (s: string) =>
  fold(s.normalize('NFC'))
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

const SEEDS = readdirSync(join(FIXTURES, 'seeds')).filter((f) => f.endsWith('.txt'));

function loadFixture(seed: string): { found: Citation[]; gold: GoldCitation[] } {
  const input = readFileSync(join(FIXTURES, 'seeds', seed), 'utf8');
  const gold: GoldCitation[] = JSON.parse(readFileSync(join(FIXTURES, 'gold', seed.replace(/\.txt$/u, '.json')), 'utf8')).citations;
  return { found: extractCitations(prepareDocument(input, seed)), gold };
}

describe('extractCitations: fixtures gold', () => {
  it.each(SEEDS)('%s: ids, dates and issuing bodies', (seed) => {
    const { found, gold } = loadFixture(seed);
    expect(found.map((c) => scoreId(c.id)).sort()).toEqual(gold.map((g) => scoreId(g.id)).sort());
    for (const g of gold) {
      const c = found.find((f) => scoreId(f.id) === scoreId(g.id))!;
      expect(c.date, g.id).toBe(g.date);
      expect(c.issuedBy === null ? null : scoreText(c.issuedBy), g.id).toBe(g.issuedBy === null ? null : scoreText(g.issuedBy));
    }
  });

  it('reaches P = R = 1 over all fixtures', () => {
    let output = 0;
    let goldTotal = 0;
    let matched = 0;
    for (const seed of SEEDS) {
      const { found, gold } = loadFixture(seed);
      const ids = new Set(found.map((c) => scoreId(c.id)));
      output += ids.size;
      goldTotal += gold.length;
      matched += gold.filter((g) => ids.has(scoreId(g.id))).length;
    }
    expect(goldTotal).toBeGreaterThan(0);
    expect(matched / output).toBe(1);
    expect(matched / goldTotal).toBe(1);
  });
});

// ---------------------------------------------------------------------------
// Short forms, resolved like eyecite's short cites, and references.

interface ShortCase {
  name: string;
  text: string;
  /** Every mention of each citation, in text order: "*" marks a short form. */
  mentions: Record<string, string[]>;
  references?: Partial<DocumentReference>[];
}

const mentionsOf = (text: string) =>
  Object.fromEntries(cite(text).map((c) => [c.id, c.mentions.map((m) => `${m.short ? '*' : ''}${m.text}`)]));

const SHORT_FORMS: ShortCase[] = [
  {
    name: 'kind word and "số" with the bare number',
    text: 'Huyện ủy quán triệt Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương. Qua 2 năm thực hiện Nghị quyết số 21, tổ chức cơ sở đảng được củng cố.',
    mentions: { '21-NQ/TW': ['21-NQ/TW', '*Nghị quyết số 21'] },
  },
  {
    name: 'kind word with the bare number and the issuing body',
    text: 'Các chi bộ thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Việc học tập theo Chỉ thị 05 của Bộ Chính trị trở thành nền nếp.',
    mentions: { '05-CT/TW': ['05-CT/TW', '*Chỉ thị 05'] },
  },
  {
    name: 'a bare number without "số" needs a word that ends the name after it',
    text: 'Tỉnh ủy ban hành Kết luận số 3-KL/TU về công tác cán bộ. Hội nghị thống nhất Kết luận 3 nội dung trọng tâm, còn Kết luận 3 đã được phổ biến.',
    mentions: { '3-KL/TU': ['3-KL/TU', '*Kết luận 3'] },
  },
  {
    name: '"này" and "nói trên" point to the nearest document of that kind',
    text: 'Đảng ủy ban hành Nghị quyết số 07-NQ/ĐU về chuyển đổi số và Quyết định số 45-QĐ/ĐU về nhân sự. Nghị quyết này được cụ thể hóa bằng kế hoạch; Quyết định nói trên có hiệu lực ngay.',
    mentions: { '07-NQ/ĐU': ['07-NQ/ĐU', '*Nghị quyết này'], '45-QĐ/ĐU': ['45-QĐ/ĐU', '*Quyết định nói trên'] },
  },
  {
    name: 'a text a decision issues, named again later',
    text: 'UBND xã có Quyết định số 88/QĐ-UBND ngày 10/2/2024 về việc ban hành Quy chế tiếp công dân của xã. Cán bộ thực hiện đúng Quy chế tiếp công dân của xã; Quy chế dân chủ ở cơ sở cũng được phát huy.',
    mentions: { '88/QĐ-UBND': ['88/QĐ-UBND', '*Quy chế tiếp công dân của xã'] },
  },
  {
    name: 'two documents with the same number and kind: no referent is clear',
    text: 'Tỉnh ủy thực hiện Nghị quyết số 09-NQ/TU và Nghị quyết số 09-NQ/HU. Nghị quyết số 09 được sơ kết.',
    mentions: { '09-NQ/TU': ['09-NQ/TU'], '09-NQ/HU': ['09-NQ/HU'] },
  },
  {
    name: 'the kind word must agree: "Chỉ thị 21" is no short form of 21-NQ/TW',
    text: 'Chi bộ học tập Nghị quyết số 21-NQ/TW. Chỉ thị 21 của Ban Thường vụ được triển khai.',
    mentions: { '21-NQ/TW': ['21-NQ/TW'] },
    references: [{ kindWord: 'Chỉ thị', number: '21', issuedBy: 'Ban Thường vụ' }],
  },
  {
    name: 'a short form before the full citation is covered by it, not a reference',
    text: 'Chỉ thị 05 của Bộ Chính trị được quán triệt. Sau đó Chỉ thị số 05-CT/TW ngày 15/5/2016 được sơ kết.',
    mentions: { '05-CT/TW': ['05-CT/TW'] },
    references: [],
  },
];

describe('extractCitations: short forms', () => {
  it.each(SHORT_FORMS)('$name', ({ text, mentions, references }) => {
    expect(mentionsOf(text)).toEqual(mentions);
    if (references) expect(extractReferences(prepareDocument(text, 'test'))).toMatchObject(references);
  });

  it('keeps short mentions in input offsets, marked short', () => {
    const input = 'Đảng bộ quán triệt Chỉ thị số 35-CT/TW.\r\nChỉ thị này được thực hiện nghiêm.';
    const [citation] = extractCitations(prepareDocument(input, 'test'));
    const short = citation.mentions.find((m) => m.short)!;
    expect(short.text).toBe('Chỉ thị này');
    expect(input.slice(short.start, short.end)).toBe('Chỉ thị này');
  });

  it('records the kind word as written on every mention, for check', () => {
    const { mentions } = analyzeCitations(prepareDocument('Nghị quyết số 23-QĐ/TW của Bộ Chính trị và Quyết định này.', 'test'));
    expect(mentions.map((m) => [m.kindWord, m.short])).toEqual([
      ['nghị quyết', false],
      ['quyết định', true],
    ]);
  });
});

const REFERENCES: { name: string; text: string; expected: Partial<DocumentReference>[] }[] = [
  {
    name: 'a numbered decision named without its symbol',
    text: 'Thực hiện Quyết định số 994 ngày 12/5/2021 của Thủ tướng Chính phủ, tỉnh đã rà soát hộ nghèo.',
    expected: [{ kindWord: 'Quyết định', number: '994', issuedBy: 'Thủ tướng Chính phủ', date: '2021-05-12' }],
  },
  {
    name: 'repeated references to one document are one entry',
    text: 'Nghị quyết số 08 của Tỉnh ủy được triển khai. Đến nay Nghị quyết số 08 đã hoàn thành mục tiêu.',
    expected: [{ kindWord: 'Nghị quyết', number: '08', issuedBy: 'Tỉnh ủy' }],
  },
  {
    name: 'names and counts are no references',
    text: 'Nghị quyết Đại hội XIII, Chương trình 135, Đề án 06 và Kết luận 3 nội dung đã được nêu.',
    expected: [],
  },
];

describe('extractReferences', () => {
  it.each(REFERENCES)('$name', ({ text, expected }) => {
    const found = extractReferences(prepareDocument(text, 'test'));
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });

  it('gives every mention of a reference as written', () => {
    const [reference] = extractReferences(prepareDocument('Quyết định số 12 của UBND huyện. Quyết định số 12 đã có hiệu lực.', 'test'));
    expect(reference.mentions.map((m) => m.text)).toEqual(['Quyết định số 12', 'Quyết định số 12']);
  });
});

// ---------------------------------------------------------------------------
// Long and repetitive texts: what the one-pass readers give is what reading
// each sentence, mention and name on its own gave (outputs, not timings).

const shortsIn = (text: string) => cite(text).flatMap((c) => c.mentions.filter((m) => m.short).map((m) => ({ id: c.id, ...m })));

describe('extractCitations: long and repetitive texts', () => {
  it('resolves short forms thousands of sentences without a kind word after the citation', () => {
    const filler = 'Các xã đạt kết quả tốt. '.repeat(3000);
    const text = `Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU về phát triển du lịch. ${filler}Nghị quyết này được sơ kết. ${filler}Nghị quyết 12 của Tỉnh ủy đi vào cuộc sống.`;
    expect(mentionsOf(text)).toEqual({ '12-NQ/TU': ['12-NQ/TU', '*Nghị quyết này', '*Nghị quyết 12'] });
  });

  it('takes no kind word glued to the letters before it', () => {
    const text = 'Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU. Tệp thuyetminhnghị quyết này được lưu; Nghị quyết này được sơ kết.';
    expect(mentionsOf(text)).toEqual({ '12-NQ/TU': ['12-NQ/TU', '*Nghị quyết này'] });
  });

  it('reads only the kind words inside the sentences it is given, not between them', () => {
    const text = 'Quyết định số 1 của Tỉnh ủy. Quyết định số 2 của Tỉnh ủy. Quyết định số 3 của Tỉnh ủy. Quyết định số 4 của Tỉnh ủy.';
    const at = (s: string) => text.indexOf(s);
    const sentences = [
      { start: 0, end: at('. Quyết định số 2') + 1 },
      // Starting inside "Quyết định": the kind word is cut and names nothing.
      { start: at('định số 2'), end: at('. Quyết định số 3') + 1 },
      // The third sentence is left out.
      { start: at('Quyết định số 4'), end: text.length },
    ];
    const { references } = resolveShortForms(prepareDocument(text, 'test'), sentences, []);
    expect(references.map((r) => r.number)).toEqual(['1', '4']);
  });

  it('resolves every repetition of a text a decision issued, and not the decision\'s own wording', () => {
    const decision = 'UBND huyện ban hành Quyết định số 15/QĐ-UBND về việc ban hành Quy chế làm việc của Ban chỉ đạo. ';
    const shorts = shortsIn(decision + 'Quy chế làm việc của Ban chỉ đạo được thực hiện nghiêm. '.repeat(200));
    expect(shorts).toHaveLength(200);
    expect(new Set(shorts.map((m) => `${m.id} ${m.text}`))).toEqual(new Set(['15/QĐ-UBND Quy chế làm việc của Ban chỉ đạo']));
  });

  it('resolves a text named by two mentions of the same decision once', () => {
    const decision = 'UBND huyện ban hành Quyết định số 15/QĐ-UBND về việc ban hành Quy chế làm việc của Ban chỉ đạo. ';
    expect(mentionsOf(`${decision}${decision}Các thành viên thực hiện đúng Quy chế làm việc của Ban chỉ đạo.`)).toEqual({
      '15/QĐ-UBND': ['15/QĐ-UBND', '15/QĐ-UBND', '*Quy chế làm việc của Ban chỉ đạo'],
    });
  });

  it('needs all the words of a short name and the first four of a long one', () => {
    const text =
      'Trường có Quyết định số 7/QĐ-THPT về việc ban hành Quy chế chi tiêu nội bộ và Quyết định số 8/QĐ-THPT về việc ban hành Quy chế chi tiêu công. ' +
      'Quy chế chi tiêu nội bộ được công khai; Quy chế chi tiêu công cũng vậy; Quy chế chi tiêu thì chưa rõ.';
    expect(mentionsOf(text)).toEqual({
      '7/QĐ-THPT': ['7/QĐ-THPT', '*Quy chế chi tiêu nội bộ'],
      '8/QĐ-THPT': ['8/QĐ-THPT', '*Quy chế chi tiêu công'],
    });
  });

  it('resolves no name that two decisions share in their first four words', () => {
    const last = 'Các xã thực hiện Quy chế làm việc của Ban chỉ đạo xã.';
    const text = `Huyện có Quyết định số 15/QĐ-UBND về việc ban hành Quy chế làm việc của Ban chỉ đạo huyện và Quyết định số 16/QĐ-UBND về việc ban hành Quy chế làm việc của Ban chỉ đạo xã. ${last}`;
    expect(shortsIn(text).filter((m) => m.start >= text.indexOf(last))).toEqual([]);
  });

  it('resolves a bare number after hundreds of mentions of its document', () => {
    const text = 'Nghị quyết số 25-NQ/TW của Bộ Chính trị được quán triệt. '.repeat(300) + 'Nghị quyết 25 của Bộ Chính trị đi vào cuộc sống.';
    const [citation, ...rest] = cite(text);
    expect(rest).toEqual([]);
    expect(citation.mentions).toHaveLength(301);
    expect(citation.mentions.at(-1)).toMatchObject({ text: 'Nghị quyết 25', short: true });
  });

  it('tells documents with one number apart by their issuing body, however often each is named', () => {
    const text =
      'Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU của Tỉnh ủy. Huyện ủy có Nghị quyết số 09-NQ/HU của Huyện ủy. ' +
      'Nghị quyết số 09-NQ/TU của Tỉnh ủy được sơ kết. Nghị quyết số 09 của Huyện ủy đạt kết quả.';
    expect(mentionsOf(text)).toEqual({ '09-NQ/TU': ['09-NQ/TU', '09-NQ/TU'], '09-NQ/HU': ['09-NQ/HU', '*Nghị quyết số 09'] });
  });

  it.each([
    ['a quotation that closes only in a later sentence gives no subject', 'Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU “Về phát triển du lịch. Sau đó, huyện có “Kế hoạch hành động”.', { term: null, subject: null }],
    ['a quotation closed in the sentence gives the subject', 'Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU “Về phát triển du lịch”. Sau đó, huyện có “Kế hoạch hành động”.', { subject: 'phát triển du lịch' }],
    ['a term whose parenthesis closes only in a later sentence', 'Tỉnh ủy thực hiện Nghị quyết số 12-NQ/TW của Ban Chấp hành Trung ương (khóa XI về công tác dân vận. Đại hội (lần thứ nhất) thành công.', { term: 'XI', subject: 'công tác dân vận', issuedBy: 'Ban Chấp hành Trung ương' }],
    ['a subject with no comma, before a sentence with one', 'Huyện ủy thực hiện Nghị quyết số 12-NQ/TW về tăng cường công tác dân vận. Sau đó, sáng 15/1, hội nghị bế mạc.', { subject: 'tăng cường công tác dân vận' }],
    ['a subject cut at a comma that opens a clause', 'Huyện ủy thực hiện Nghị quyết số 12-NQ/TW về tăng cường công tác dân vận, sáng 15/1 hội nghị bế mạc.', { subject: 'tăng cường công tác dân vận' }],
  ])('reads the tail within its sentence: %s', (_name, text, expected) => {
    const [citation, ...rest] = cite(text);
    expect(rest).toEqual([]);
    expect(citation).toMatchObject(expected);
  });

  it('finds unknown symbols among many known ones, each once', () => {
    const text = `Chi bộ học tập ${'Nghị quyết số 25-NX/TW và Nghị quyết số 26-NQ/TW, '.repeat(50)}số 12/QX-UBND.`;
    const { unknownSymbols } = analyzeCitations(prepareDocument(text, 'test'));
    expect(unknownSymbols).toHaveLength(51);
    expect(new Set(unknownSymbols.map((u) => `${u.kind}/${u.issuer}`))).toEqual(new Set(['NX/TW', 'QX/UBND']));
    expect(new Set(unknownSymbols.map((u) => u.start)).size).toBe(51);
  });
});

// ---------------------------------------------------------------------------
// The scorer's gates over the fixtures.

describe('vnreport eval fixtures/gold', () => {
  it('keeps citations F1 ≥ 0.98 and date and issuedBy accuracy ≥ 0.95', async () => {
    const gold = join(FIXTURES, 'gold');
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(['node', 'vnreport', 'eval', gold, '--min', 'citations=0.98', '--min', 'date=0.95', '--min', 'issuedBy=0.95']);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
  });
});
