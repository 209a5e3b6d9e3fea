const n = (x: number) => x.toLocaleString('vi-VN');

/** Texts of the seating section (Xếp chỗ ngồi), Vietnamese: the source of the shape. */
export const seatingVi = {
  title: 'Xếp chỗ ngồi',
  subtitle: 'Sơ đồ hội trường, Đoàn Chủ tịch và chỗ ngồi của từng đại biểu theo thứ tự ưu tiên.',
  plan: 'Sơ đồ',
  seatCount: (x: number) => `${n(x)} ghế`,
  newPlan: 'Tạo sơ đồ',
  noPlansTitle: 'Chưa có sơ đồ chỗ ngồi',
  noPlansBody: 'Tạo sơ đồ hội trường từ vài con số: số hàng, số ghế mỗi hàng, lối đi và Đoàn Chủ tịch. Sau đó có thể sửa từng ghế.',
};
