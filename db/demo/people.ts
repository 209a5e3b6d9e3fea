/** Name pools for the demo roster: common Vietnamese family, middle and given names. */
export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Mai', 'Cao', 'Lương', 'Tạ'];
export const MIDDLE_MALE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Xuân', 'Công', 'Ngọc', 'Tiến', 'Mạnh', 'Đình', 'Bá', 'Quốc', 'Trọng', 'Anh'];
export const MIDDLE_FEMALE = ['Thị', 'Thị Thu', 'Thị Minh', 'Thị Thanh', 'Ngọc', 'Thu', 'Thanh', 'Thị Hồng', 'Diệu', 'Phương', 'Thị Kim', 'Mỹ'];
export const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khải', 'Khoa', 'Khánh', 'Kiên', 'Long', 'Lâm', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quý', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh'];
export const GIVEN_FEMALE = ['Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thủy', 'Trang', 'Tú', 'Uyên', 'Vân', 'Yến'];
