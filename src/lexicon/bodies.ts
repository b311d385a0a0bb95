/**
 * Names of bodies (Party, State, mass organizations, armed forces), the
 * administrative units and places that complete them, and the abbreviations
 * reports use for them. They tell where a position title ends and keep body
 * and place names from being read as personal names. Entries are folded
 * (lower case, new-style tone placement), space-separated.
 */

/** Whole body names and parts of them, matched as one unit. */
export const BODY_PHRASES: readonly string[] = [
  // Party
  'bộ chính trị', 'ban bí thư', 'ban chấp hành', 'ban chấp hành trung ương', 'ban chấp hành trung ương đảng',
  'ban chấp hành đảng bộ', 'trung ương đảng', 'trung ương', 'đảng', 'ban thường vụ', 'thường vụ', 'tỉnh ủy',
  'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'đảng ủy', 'đảng bộ', 'chi bộ', 'đảng đoàn', 'ban cán sự đảng',
  'ban dân vận', 'ban tuyên giáo', 'ban tổ chức', 'ban kiểm tra', 'ban đối ngoại', 'ban nội chính', 'ban kinh tế',
  'ban tuyên giáo và dân vận', 'ban chỉ đạo', 'ban thường trực', 'ủy ban kiểm tra', 'văn phòng trung ương đảng',
  'hội đồng lý luận trung ương', 'đảng ủy khối', 'đảng ủy khối các cơ quan', 'đảng ủy khối doanh nghiệp',
  'đảng ủy khối các cơ quan và doanh nghiệp', 'đảng ủy khối các cơ quan trung ương', 'đảng ủy khối doanh nghiệp trung ương', 'quân ủy trung ương', 'đảng ủy quân sự', 'đảng ủy công an',
  'ban bảo vệ chăm sóc sức khỏe cán bộ', 'ban chính sách chiến lược', 'đảng cộng sản việt nam',
  // State
  'quốc hội', 'thượng viện', 'hạ viện', 'nghị viện', 'chính phủ', 'nhà nước', 'ủy ban thường vụ quốc hội', 'hội đồng dân tộc', 'ủy ban', 'ủy ban nhân dân',
  'hội đồng nhân dân', 'ủy ban dân tộc', 'văn phòng', 'văn phòng chính phủ', 'văn phòng quốc hội',
  // Committees of the National Assembly, whose names run on in lower case.
  'ủy ban về các vấn đề xã hội', 'ủy ban pháp luật', 'ủy ban tư pháp', 'ủy ban kinh tế', 'ủy ban đối ngoại',
  'ủy ban tài chính , ngân sách', 'ủy ban tài chính - ngân sách', 'ủy ban quốc phòng và an ninh',
  'ủy ban văn hóa , giáo dục , thanh niên , thiếu niên và nhi đồng', 'ủy ban văn hóa , giáo dục',
  'ủy ban khoa học , công nghệ và môi trường',
  'văn phòng chủ tịch nước', 'tòa án nhân dân', 'tòa án nhân dân tối cao', 'viện kiểm sát nhân dân',
  'viện kiểm sát nhân dân tối cao', 'kiểm toán nhà nước', 'thanh tra chính phủ', 'ngân hàng nhà nước',
  'đoàn đại biểu quốc hội', 'hội đồng quản trị', 'ban quản lý', 'tổng cục', 'chi cục', 'bộ ngoại giao', 'bộ nội vụ',
  'bộ tư pháp', 'bộ tài chính', 'bộ kế hoạch và đầu tư', 'bộ công thương', 'bộ nông nghiệp và phát triển nông thôn',
  'bộ nông nghiệp và môi trường', 'bộ giao thông vận tải', 'bộ xây dựng', 'bộ tài nguyên và môi trường',
  'bộ thông tin và truyền thông', 'bộ lao động thương binh và xã hội', 'bộ văn hóa thể thao và du lịch',
  'bộ khoa học và công nghệ', 'bộ giáo dục và đào tạo', 'bộ y tế', 'bộ dân tộc và tôn giáo', 'bộ quốc phòng',
  'bộ công an', 'bộ lao động , thương binh và xã hội', 'bộ văn hóa , thể thao và du lịch', 'bộ kế hoạch - đầu tư',
  'bộ tài nguyên - môi trường', 'bộ nông nghiệp - phát triển nông thôn', 'sở nội vụ', 'sở tư pháp', 'sở tài chính', 'sở y tế', 'sở xây dựng', 'sở công thương',
  // Mass organizations
  'mặt trận tổ quốc', 'mặt trận tổ quốc việt nam', 'mặt trận', 'đoàn chủ tịch', 'hội liên hiệp phụ nữ',
  'hội liên hiệp phụ nữ việt nam', 'hội nông dân', 'hội cựu chiến binh', 'đoàn thanh niên', 'đoàn thanh niên cộng sản',
  'đoàn thanh niên cộng sản hồ chí minh', 'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'trung ương đoàn',
  'liên đoàn lao động', 'tổng liên đoàn lao động việt nam', 'hội chữ thập đỏ', 'hội người cao tuổi',
  'hội cựu thanh niên xung phong', 'hội khuyến học', 'liên hiệp các hội khoa học và kỹ thuật', 'hội nhà báo',
  'hội luật gia', 'liên minh hợp tác xã',
  // Armed forces
  'quân đội nhân dân', 'quân đội nhân dân việt nam', 'công an nhân dân', 'tổng cục chính trị', 'cục dân vận',
  'bộ tổng tham mưu', 'quân khu', 'quân đoàn', 'binh đoàn', 'quân chủng', 'binh chủng', 'bộ tư lệnh',
  'bộ chỉ huy quân sự', 'bộ chỉ huy bộ đội biên phòng', 'bộ đội biên phòng', 'cảnh sát biển', 'hải quân',
  'phòng không không quân', 'học viện chính trị', 'công an tỉnh', 'công an huyện', 'công an thành phố',
  // International organizations
  'liên hợp quốc', 'ngân hàng thế giới', 'quỹ tiền tệ quốc tế', 'tổ chức thương mại thế giới', 'tổ chức y tế thế giới',
  'tổ chức lao động quốc tế', 'ngân hàng phát triển châu á', 'diễn đàn kinh tế thế giới', 'hiệp hội các quốc gia đông nam á',
];

/**
 * Words that open an organization's name ("Tổng cục Chính trị", "Sở Y tế").
 * After a comma inside a title, one of these continues the same position
 * ("Cục trưởng Cục Dân vận, Tổng cục Chính trị QĐND Việt Nam").
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  'ban', 'bộ', 'sở', 'cục', 'vụ', 'tổng cục', 'ủy ban', 'hội', 'liên đoàn', 'mặt trận', 'trung tâm', 'trường',
  'viện', 'học viện', 'báo', 'đài', 'tập đoàn', 'tổng công ty', 'công ty', 'ngân hàng', 'bệnh viện', 'quân khu',
  'văn phòng', 'phòng', 'chi cục', 'hội đồng', 'tòa án', 'viện kiểm sát', 'kho bạc', 'bộ tư lệnh', 'bộ chỉ huy',
  'công an', 'quân đoàn', 'binh đoàn', 'sư đoàn', 'lữ đoàn', 'trung đoàn', 'đảng ủy', 'đảng bộ', 'chi bộ',
  'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'đại học',
  'quân chủng', 'binh chủng', 'bộ tổng tham mưu', 'tổng cục chính trị', 'quân đội', 'đoàn', 'công đoàn',
];

/**
 * Heads of a business's name, which is a proper name of its own, often
 * foreign ("Tập đoàn Puma Energy", "Ngân hàng HSBC", "Hãng Boeing"): a
 * capitalized run right after one names the business, not its director.
 */
export const BUSINESS_HEADS: readonly string[] = [
  'tập đoàn', 'tổng công ty', 'công ty', 'ngân hàng', 'hãng', 'quỹ', 'liên doanh', 'nhà máy', 'thương hiệu',
];

/**
 * Compound words found inside body names, whose later syllables are written
 * in lower case after a capitalized first one ("Ban Dân vận", "Ủy ban nhân
 * dân", "Sở Tài nguyên và Môi trường"). A title runs on through them.
 */
export const BODY_WORDS: readonly string[] = [
  'dân vận', 'tuyên giáo', 'tổ chức', 'kiểm tra', 'đối ngoại', 'nội chính', 'kinh tế', 'thành ủy', 'tỉnh ủy',
  'huyện ủy', 'quận ủy', 'thị ủy', 'đảng ủy', 'đảng bộ', 'chi bộ', 'đảng đoàn', 'thường vụ', 'thường trực',
  'trung ương', 'chính trị', 'tổ quốc', 'mặt trận', 'nhân dân', 'thanh niên', 'phụ nữ', 'nông dân', 'đoàn kết', 'đất nước',
  'ô tô', 'xe máy',
  'cựu chiến binh', 'chiến binh', 'lao động', 'tài nguyên', 'môi trường', 'giáo dục', 'đào tạo', 'y tế',
  'công an', 'quân sự', 'tư pháp', 'tài chính', 'kế hoạch', 'đầu tư', 'công thương', 'xây dựng', 'giao thông',
  'vận tải', 'nội vụ', 'ngoại vụ', 'ngoại giao', 'văn hóa', 'thể thao', 'du lịch', 'thông tin', 'truyền thông',
  'khoa học', 'công nghệ', 'nông nghiệp', 'phát triển', 'nông thôn', 'thương binh', 'xã hội', 'dân tộc',
  'tôn giáo', 'dân số', 'ủy ban', 'hội đồng', 'chấp hành', 'bí thư', 'văn phòng', 'quản lý', 'quản trị',
  'chỉ đạo', 'chỉ huy', 'tham mưu', 'biên phòng', 'bộ đội', 'quân đội', 'quân khu', 'tổng cục', 'chi cục',
  'liên hiệp', 'liên đoàn', 'cộng sản', 'chữ thập đỏ', 'cao tuổi', 'khuyến học', 'luật gia', 'nhà báo',
  'thanh tra', 'kiểm sát', 'kiểm toán', 'tòa án', 'ngân hàng', 'kho bạc', 'bảo hiểm', 'thuế', 'hải quan',
  'thống kê', 'dân chủ', 'pháp luật', 'quốc hội', 'chính phủ', 'nhà nước', 'đô thị', 'hành chính',
  'tổng hợp', 'an ninh', 'quốc phòng', 'cảnh sát', 'cứu nạn', 'cứu hộ', 'phòng cháy', 'chữa cháy',
  'đại học', 'học viện', 'trung tâm', 'bệnh viện', 'tập đoàn', 'công ty', 'điện lực', 'dầu khí', 'lý luận',
  'tuyên truyền', 'báo chí', 'xuất bản', 'phát thanh', 'truyền hình', 'sự nghiệp', 'dự án', 'khu công nghiệp',
  'công nghiệp', 'hợp tác', 'hợp tác xã', 'liên minh', 'doanh nghiệp', 'doanh nhân', 'đặc biệt',
  'dự khuyết', 'đại biểu', 'chuyên trách', 'tổng thư ký', 'thư ký', 'biên tập', 'điều hành',
  'chiến lược', 'chính sách', 'bảo vệ', 'chăm sóc', 'sức khỏe', 'cán bộ', 'thi đua', 'khen thưởng',
  'kỷ luật', 'tài sản', 'thu nhập', 'an toàn', 'tiếp công dân', 'công dân', 'dân nguyện', 'pháp chế',
  'xã hội chủ nghĩa', 'trung đoàn', 'sư đoàn', 'lữ đoàn', 'quân đoàn', 'binh đoàn', 'tiểu đoàn', 'hải quân',
  'không quân', 'phòng không', 'cảnh sát biển', 'biên giới', 'hải đảo', 'miền núi', 'đồng bằng',
  'kiến trúc', 'quy hoạch', 'người cao tuổi', 'thanh niên xung phong', 'tình nguyện', 'nhân đạo',
  'quốc gia', 'quốc tế', 'nghiên cứu', 'kỹ thuật', 'bách khoa', 'sư phạm', 'dạy nghề', 'cao đẳng', 'trung cấp',
  'phổ thông', 'tiểu học', 'mầm non', 'điều dưỡng', 'dược', 'thú y', 'thủy lợi', 'thủy sản', 'lâm nghiệp',
  'kiểm lâm', 'khuyến nông', 'địa chính', 'đo đạc', 'bản đồ', 'khí tượng', 'thủy văn', 'viễn thông',
  'bưu điện', 'bưu chính', 'đường sắt', 'hàng không', 'hàng hải', 'cảng vụ', 'đăng kiểm', 'chứng khoán',
  'tín dụng', 'phát triển', 'chính sách xã hội', 'ngoại thương', 'công thương', 'nông nghiệp', 'an sinh',
  'việc làm', 'người có công', 'trẻ em', 'gia đình', 'bình đẳng giới', 'dân sự', 'hình sự',
  'tổ chức cán bộ', 'nội chính', 'cải cách', 'đổi mới', 'hội nhập', 'biển đảo', 'biên giới', 'lãnh thổ',
  'đối ngoại nhân dân', 'hữu nghị', 'vận động', 'xúc tiến', 'thương mại', 'văn nghệ', 'nghệ thuật', 'di sản',
  'bảo tàng', 'thư viện', 'lưu trữ', 'thông tấn', 'tiếng nói', 'nhân quyền', 'ngân sách', 'đô thị', 'đề án', 'hỗ trợ',
  'bổ trợ', 'đăng ký', 'giao dịch',
  'thiếu niên', 'nhi đồng', 'thanh thiếu niên', 'thượng viện', 'hạ viện', 'nghị viện', 'khảo thí', 'kiểm định',
  'chất lượng', 'công đoàn', 'cổ phần', 'trách nhiệm hữu hạn', 'xe khách', 'vận tải ô tô', 'xúc tiến thương mại',
];

/** Press bodies, which bylines name after the author ("Minh Hà - Báo Lào Cai"). */
export const PRESS_BODIES: readonly string[] = [
  'báo', 'đài', 'cổng thông tin', 'cổng thông tin điện tử', 'trang thông tin', 'tạp chí', 'truyền hình', 'phát thanh',
  'thông tấn xã', 'ttxvn', 'vna', 'vtv', 'vov', 'ttx', 'tin tức', 'bản tin', 'kênh',
  // News agencies, outlets and stock sources credited for photos and reprints: not authors.
  'reuters', 'afp', 'ap', 'epa', 'getty', 'getty images', 'xinhua', 'tân hoa xã', 'kyodo', 'yonhap', 'sputnik', 'tass',
  'cnn', 'bbc', 'rt', 'nhk', 'ria novosti', 'shutterstock', 'internet', 'tư liệu', 'minh họa', 'nguồn', 'zing', 'zing.vn',
  'vnexpress', 'vietnamnet', 'vietnamplus', 'dân trí', 'tuổi trẻ', 'thanh niên', 'tiền phong', 'lao động',
  'người lao động', 'nhân dân', 'quân đội nhân dân', 'công an nhân dân', 'sài gòn giải phóng', 'hà nội mới',
  'an ninh thủ đô', 'đại đoàn kết', 'pháp luật', 'trí thức trẻ', 'kinh tế đô thị', 'đời sống', 'infonet', 'vtc',
  'giáo dục thời đại', 'gd&tđ', 'chinhphu.vn', 'baochinhphu.vn', 'vov.vn', 'vtv.vn', 'soha', 'kenh14', 'plo',
  'zuma', 'zuma press', 'kcna', 'ap photo', 'gettyimages', 'pixabay', 'wikipedia', 'facebook', 'twitter', 'youtube',
  // Portals and outlets written short in credits ("Ảnh: Cổng TTĐT UBKTTW", "Ảnh: Vietnam+").
  'cổng ttđt', 'cổng tt-đt', 'cổng tt&đt', 'trang ttđt', 'vietnam+', 'vietnam +', 'vietnam',
];

/**
 * English words in the names of publications, sites and picture libraries
 * ("The Daily Signal", "Military Today", "Google Maps"): a photo credit with
 * one of them names a source, not a photographer.
 */
export const OUTLET_WORDS: readonly string[] = [
  'the', 'daily', 'times', 'post', 'news', 'press', 'photo', 'photos', 'images', 'image', 'pictures', 'maps', 'magazine',
  'journal', 'today', 'tv', 'channel', 'network', 'media', 'blog', 'mail', 'herald', 'tribune', 'review', 'weekly',
  'online', 'insider', 'business', 'telegraph', 'guardian', 'gazette', 'observer', 'chronicle', 'wire', 'agency',
  'report', 'street', 'story', 'world', 'global', 'digital', 'studio', 'official', 'group', 'inc', 'com',
];

/**
 * A position's own unit named in lower case right after the position
 * ("Hiệu trưởng nhà trường", "Giám đốc công ty", "Chủ tịch hội"): part of the title.
 */
/**
 * Bodies named after the matter they deal with, written after "về" in lower
 * case ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ban Chỉ đạo Trung
 * ương về phòng, chống tham nhũng", "Hội đồng Quốc gia về phát triển bền vững").
 */
export const MATTER_BODIES: readonly string[] = [
  'ủy ban nhà nước', 'ủy ban quốc gia', 'hội đồng quốc gia', 'hội đồng nhà nước', 'ban chỉ đạo nhà nước',
  'ban chỉ đạo trung ương', 'ban chỉ đạo quốc gia',
];

export const OWN_UNITS: readonly string[] = [
  'nhà trường', 'đơn vị', 'địa phương', 'cơ quan', 'tỉnh nhà', 'huyện nhà', 'công ty', 'doanh nghiệp',
  'hợp tác xã', 'bệnh viện', 'chi hội', 'nhà máy', 'tập đoàn', 'chi bộ', 'đảng ủy', 'câu lạc bộ', 'trung tâm',
];

/** Administrative units: a title runs on through them and the place name after them. */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'tp', 'tp.', 'huyện', 'quận', 'thị xã', 'tx', 'xã', 'phường', 'thị trấn', 'thôn', 'bản',
  'ấp', 'khu phố', 'tổ dân phố', 'làng', 'xóm', 'đặc khu', 'khu vực', 'cụm', 'bang', 'vùng', 'miền',
];

/**
 * Countries (and the capitals and seats of power standing for them) that
 * reports write before a foreign leader's name ("Thủ tướng Đức Angela
 * Merkel", "Thủ tướng Campuchia Hun Sen").
 */
export const COUNTRIES: readonly string[] = [
  'mỹ', 'hoa kỳ', 'nga', 'liên bang nga', 'trung quốc', 'nhật bản', 'hàn quốc', 'lào', 'campuchia', 'việt nam',
  'đức', 'pháp', 'ý', 'úc', 'bỉ', 'áo', 'anh quốc', 'vương quốc anh', 'italy', 'italia', 'australia', 'canada',
  'tây ban nha', 'bồ đào nha', 'hà lan', 'thụy sĩ', 'thụy sỹ', 'thụy điển', 'na uy', 'đan mạch', 'phần lan', 'ba lan', 'séc',
  'hungary', 'ukraine', 'belarus', 'hy lạp', 'hi lạp', 'thổ nhĩ kỳ', 'israel', 'palestine', 'iran', 'iraq', 'syria', 'jordan',
  'ả rập xê út', 'saudi arabia', 'qatar', 'ai cập', 'nam phi', 'ấn độ', 'pakistan', 'bangladesh', 'sri lanka', 'nepal',
  'thái lan', 'malaysia', 'singapore', 'indonesia', 'philippines', 'myanmar', 'brunei', 'đông timor', 'mông cổ',
  'triều tiên', 'cộng hòa dân chủ nhân dân triều tiên', 'đài loan', 'hồng kông', 'hong kong', 'new zealand',
  'mexico', 'brazil', 'argentina', 'chile', 'peru', 'colombia', 'venezuela', 'cuba', 'cu-ba', 'kazakhstan', 'kazakh',
  'uzbekistan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'azerbaijan', 'armenia', 'gruzia', 'georgia',
  'afghanistan', 'slovakia', 'slovenia', 'croatia', 'romania', 'bulgaria', 'serbia', 'ireland', 'luxembourg', 'kuwait',
  'nigeria', 'kenya', 'ethiopia', 'algeria', 'maroc', 'morocco', 'tunisia', 'libya', 'mozambique', 'angola',
  'haiti', 'panama', 'ecuador', 'bolivia', 'uruguay', 'paraguay', 'estonia', 'latvia', 'litva', 'iceland', 'liban',
  'lebanon', 'yemen', 'oman', 'bahrain', 'uae', 'các tiểu vương quốc ả rập thống nhất', 'chdcnd lào', 'chdcnd triều tiên',
  'liên minh châu âu', 'châu âu', 'châu á', 'châu phi', 'châu mỹ', 'châu úc', 'châu đại dương', 'thái bình dương',
  'châu á - thái bình dương', 'châu á thái bình dương', 'châu á-thái bình dương', 'đông nam á', 'đông á', 'nam á',
  'trung đông', 'bắc mỹ', 'mỹ latinh', 'mỹ la-tinh', 'bắc phi', 'tây âu', 'đông âu', 'eu', 'nato', 'asean', 'apec', 'liên hợp quốc', 'lhq',
  'lầu năm góc', 'nhà trắng', 'điện kremlin', 'kremlin', 'washington', 'moscow', 'bắc kinh', 'tokyo', 'seoul',
  'bình nhưỡng', 'paris', 'berlin', 'london', 'brussels', 'viêng chăn', 'phnom penh', 'bangkok', 'jakarta',
];

/**
 * Provinces, centrally run cities and other places whose names open with a
 * family name or could pass for one ("Hà Nội", "Cao Bằng", "Lâm Đồng"), plus
 * the countries reports name most.
 */
export const PLACES: readonly string[] = [
  'hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế', 'an giang', 'bà rịa vũng tàu', 'bà rịa',
  'vũng tàu', 'bắc giang', 'bắc kạn', 'bạc liêu', 'bắc ninh', 'bến tre', 'bình định', 'bình dương', 'bình phước',
  'bình thuận', 'cà mau', 'cao bằng', 'đắk lắk', 'đắk nông', 'điện biên', 'đồng nai', 'đồng tháp', 'gia lai',
  'hà giang', 'hà nam', 'hà tĩnh', 'hải dương', 'hậu giang', 'hòa bình', 'hưng yên', 'khánh hòa', 'kiên giang',
  'kon tum', 'lai châu', 'lâm đồng', 'lạng sơn', 'lào cai', 'long an', 'nam định', 'nghệ an', 'ninh bình',
  'ninh thuận', 'phú thọ', 'phú yên', 'quảng bình', 'quảng nam', 'quảng ngãi', 'quảng ninh', 'quảng trị',
  'sóc trăng', 'sơn la', 'tây ninh', 'thái bình', 'thái nguyên', 'thanh hóa', 'thừa thiên huế', 'tiền giang',
  'trà vinh', 'tuyên quang', 'vĩnh long', 'vĩnh phúc', 'yên bái', 'điện biên phủ', 'tây nguyên', 'tây bắc',
  'đông bắc', 'nam bộ', 'bắc bộ', 'trung bộ', 'miền trung', 'miền nam', 'miền bắc', 'việt nam', 'lào',
  'campuchia', 'trung quốc', 'hoa kỳ', 'nhật bản', 'hàn quốc', 'liên bang nga', 'hoàng sa', 'trường sa',
  ...COUNTRIES,
  // Provincial cities and towns, and the districts of Hà Nội and TP Hồ Chí Minh reports name most.
  'hạ long', 'cẩm phả', 'móng cái', 'uông bí', 'đông triều', 'quảng yên', 'việt trì', 'sông công', 'vĩnh yên',
  'phúc yên', 'chí linh', 'phủ lý', 'tam điệp', 'sầm sơn', 'cửa lò', 'hồng lĩnh', 'đồng hới', 'đông hà', 'tam kỳ',
  'hội an', 'quy nhơn', 'tuy hòa', 'nha trang', 'cam ranh', 'tháp chàm', 'pleiku',
  'buôn ma thuột', 'gia nghĩa', 'đà lạt', 'bảo lộc', 'đồng xoài', 'thủ dầu một', 'biên hòa', 'long khánh', 'tân an',
  'mỹ tho', 'sa đéc', 'long xuyên', 'châu đốc', 'rạch giá', 'vị thanh', 'ngã bảy', 'sa pa', 'thủ đức',
  'hoàn kiếm', 'ba đình', 'đống đa', 'hai bà trưng', 'cầu giấy', 'thanh xuân', 'long biên', 'tây hồ',
  'từ liêm', 'nam từ liêm', 'bắc từ liêm', 'sơn tây', 'ba vì', 'đông anh', 'gia lâm', 'sóc sơn', 'thanh trì',
  'mê linh', 'mỹ đức', 'ứng hòa', 'thường tín', 'phú xuyên', 'chương mỹ', 'thạch thất', 'quốc oai', 'đan phượng',
  'phúc thọ', 'thanh oai', 'bình thạnh', 'gò vấp', 'phú nhuận', 'tân bình', 'tân phú', 'bình tân', 'nhà bè',
  'cần giờ', 'củ chi', 'hóc môn', 'bình chánh', 'mường tè', 'sìn hồ', 'bắc hà', 'mèo vạc',
  'mai châu', 'mai sơn', 'lâm hà', 'cao lãnh', 'hà tiên', 'hà đông', 'hồ tây', 'hồ gươm', 'văn miếu',
  'quốc tử giám', 'kim bôi', 'kim sơn', 'kim bảng', 'từ sơn', 'lý sơn', 'cao phong', 'cao lộc', 'lục nam',
  'lục ngạn', 'thái thụy', 'đinh lập', 'mạc thị bưởi', 'triệu phong', 'triệu sơn', 'vũ thư', 'lê chân',
  'ngô quyền', 'hồng bàng', 'đồ sơn', 'bảo thắng', 'nguyên đán',
];

/**
 * Abbreviations of bodies and places with their expansions, used to
 * normalize titles ("UBND" → "Ủy ban nhân dân"). Keys are folded, without
 * dots; two abbreviations may form one key ("tp hcm").
 */
export const ABBREVIATION_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['tp hcm', 'Thành phố Hồ Chí Minh'],
  ['tphcm', 'Thành phố Hồ Chí Minh'],
  ['hcm', 'Hồ Chí Minh'],
  ['tp', 'Thành phố'],
  ['ubnd', 'Ủy ban nhân dân'],
  ['hđnd', 'Hội đồng nhân dân'],
  ['mttq', 'Mặt trận Tổ quốc'],
  ['mttqvn', 'Mặt trận Tổ quốc Việt Nam'],
  ['ubmttq', 'Ủy ban Mặt trận Tổ quốc'],
  ['tw', 'Trung ương'],
  ['tư', 'Trung ương'],
  ['bch', 'Ban Chấp hành'],
  ['btv', 'Ban Thường vụ'],
  ['qđnd', 'Quân đội nhân dân'],
  ['cand', 'Công an nhân dân'],
  ['ctdv', 'công tác dân vận'],
  ['đbqh', 'Đại biểu Quốc hội'],
  ['ubkt', 'Ủy ban Kiểm tra'],
  ['lđlđ', 'Liên đoàn Lao động'],
  ['hlhpn', 'Hội Liên hiệp Phụ nữ'],
  ['ccb', 'Cựu chiến binh'],
  ['bcđ', 'Ban Chỉ đạo'],
  ['bql', 'Ban Quản lý'],
  ['hđqt', 'Hội đồng quản trị'],
  ['vn', 'Việt Nam'],
  ['tx', 'Thị xã'],
  ['tncs', 'Thanh niên Cộng sản'],
  ['tuv', 'Tỉnh ủy viên'],
  ['huv', 'Huyện ủy viên'],
  ['tvtu', 'Thường vụ Tỉnh ủy'],
  ['hđtv', 'Hội đồng thành viên'],
  ['bhxh', 'Bảo hiểm xã hội'],
  ['bhyt', 'Bảo hiểm y tế'],
  ['vpcp', 'Văn phòng Chính phủ'],
  ['ubtvqh', 'Ủy ban Thường vụ Quốc hội'],
  ['ubtw', 'Ủy ban Trung ương'],
  ['ttxvn', 'Thông tấn xã Việt Nam'],
  ['gđ', 'Giám đốc'],
  ['pgđ', 'Phó Giám đốc'],
  ['tgđ', 'Tổng Giám đốc'],
  // Ministries and departments, written with "&", dashes or run together.
  ['nn ptnt', 'Nông nghiệp và Phát triển nông thôn'],
  ['nn&ptnt', 'Nông nghiệp và Phát triển nông thôn'],
  ['nnptnt', 'Nông nghiệp và Phát triển nông thôn'],
  ['vh tt dl', 'Văn hóa Thể thao và Du lịch'],
  ['vh tt&dl', 'Văn hóa Thể thao và Du lịch'],
  ['vhtt&dl', 'Văn hóa Thể thao và Du lịch'],
  ['vhttdl', 'Văn hóa Thể thao và Du lịch'],
  ['lđtb&xh', 'Lao động Thương binh và Xã hội'],
  ['lđ tb&xh', 'Lao động Thương binh và Xã hội'],
  ['lđ tb xh', 'Lao động Thương binh và Xã hội'],
  ['lđtbxh', 'Lao động Thương binh và Xã hội'],
  ['tn&mt', 'Tài nguyên và Môi trường'],
  ['tn mt', 'Tài nguyên và Môi trường'],
  ['tnmt', 'Tài nguyên và Môi trường'],
  ['kh&cn', 'Khoa học và Công nghệ'],
  ['kh cn', 'Khoa học và Công nghệ'],
  ['khcn', 'Khoa học và Công nghệ'],
  ['kh&đt', 'Kế hoạch và Đầu tư'],
  ['kh đt', 'Kế hoạch và Đầu tư'],
  ['khđt', 'Kế hoạch và Đầu tư'],
  ['gd&đt', 'Giáo dục và Đào tạo'],
  ['gd đt', 'Giáo dục và Đào tạo'],
  ['gdđt', 'Giáo dục và Đào tạo'],
  ['tt&tt', 'Thông tin và Truyền thông'],
  ['tttt', 'Thông tin và Truyền thông'],
  ['gtvt', 'Giao thông vận tải'],
  ['nn&mt', 'Nông nghiệp và Môi trường'],
]);
