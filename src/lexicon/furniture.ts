/**
 * Words of web page furniture: the buttons, menus, counters and footers that
 * news sites print around an article. Matched against the folded form of a
 * whole short line (lower case, new-style tone placement).
 */

/** Whole-line UI labels: a line that is only one of these is furniture. */
export const UI_LABELS: readonly string[] = [
  'chia sẻ', 'chia sẻ bài viết', 'chia sẻ bài này', 'lên đầu trang', 'về đầu trang', 'đầu trang',
  'đăng nhập', 'đăng ký', 'đăng xuất', 'gửi cho bạn bè', 'gửi bài viết', 'gửi email', 'gửi', 'phản hồi',
  'thông tin người gửi phản hồi', 'ý kiến bạn đọc', 'bình luận', 'viết bình luận', 'in bài', 'in bài viết',
  'bản in', 'quay lại', 'trở về', 'trở lại', 'xem thêm', 'xem tiếp', 'đọc thêm', 'đọc tiếp', 'tin tức', 'tin liên quan',
  'các tin khác', 'tin khác', 'tin mới', 'tin mới nhất', 'tin đọc nhiều', 'bài viết liên quan', 'tin cùng chuyên mục',
  'trang chủ', 'tìm kiếm', 'liên hệ', 'sơ đồ trang', 'sơ đồ site', 'quảng cáo', 'từ khóa', 'tags', 'tag',
  'thống kê truy cập', 'lượt truy cập', 'bản quyền', 'facebook', 'twitter', 'zalo', 'email', 'print',
  'like', 'share', 'tweet', 'top', 'menu', 'rss', 'english', 'tiếng việt', 'video', 'ảnh', 'podcast',
];

/** Labels of counters: "Đang online: 12", "Hôm nay: 1", "Tất cả: 10.234". */
export const COUNTER_LABELS: readonly string[] = [
  'đang online', 'online', 'đang truy cập', 'hôm nay', 'hôm qua', 'trong tuần', 'tuần này', 'tuần trước',
  'trong tháng', 'tháng này', 'tháng trước', 'tất cả', 'tổng cộng', 'tổng số', 'tổng truy cập',
  'lượt truy cập', 'tổng lượt truy cập', 'số lượt truy cập', 'lượt xem', 'khách', 'thành viên',
];

/**
 * Line openings of site footers and editorial boxes: ownership, licence,
 * contact. A line that starts with one of these (then ":" or a space) is
 * furniture, and so is everything after it at the end of the page.
 */
export const FOOTER_OPENINGS: readonly string[] = [
  'cơ quan quản lý', 'cơ quan chủ quản', 'cơ quan thường trực', 'trưởng ban biên tập', 'phó trưởng ban biên tập',
  'tổng biên tập', 'phó tổng biên tập', 'chịu trách nhiệm', 'chịu trách nhiệm chính', 'chịu trách nhiệm nội dung',
  'giấy phép', 'bản quyền', 'copyright', '©', 'địa chỉ', 'điện thoại', 'đt', 'fax', 'email', 'e-mail', 'hotline',
  'website', 'trụ sở', 'cổng thông tin điện tử', 'trang thông tin điện tử', 'thiết kế bởi', 'phát triển bởi',
  'ghi rõ nguồn', 'đề nghị ghi rõ nguồn', 'thống kê truy cập', 'liên kết website', 'liên kết web',
];
