"""A hand-written plan (Nghị định 30/2020 layout, an agency outside the shipped corpus) whose
duties are timed without calendar dates: counted from its conference, at once after it is
issued, on request, promptly; with a unit list under "Nơi nhận"."""
from __future__ import annotations

FILENAME = "kh_trung_tam_kiem_dinh_2026.txt"

PLAN = """UBND TỈNH LÂM THÀNH
TRUNG TÂM KIỂM ĐỊNH XÂY DỰNG
Số: 07/KH-TTKĐ
Lâm Thành, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện Quy chế dân chủ ở cơ sở năm 2026 tại Trung tâm Kiểm định Xây dựng
I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy quyền làm chủ của viên chức và người lao động trong mọi hoạt động của Trung tâm.
2. Việc thực hiện phải thiết thực, gắn với nhiệm vụ chuyên môn, tránh hình thức.
II. NỘI DUNG THỰC HIỆN
1. Hội nghị viên chức và người lao động
Trung tâm tổ chức Hội nghị viên chức và người lao động năm 2026 vào ngày 15/01/2026 tại hội trường Trung tâm.
Các phòng chuyên môn gửi báo cáo kết quả hội nghị cấp phòng về Phòng Tổ chức - Hành chính trong 05 ngày làm việc sau khi kết thúc hội nghị.
2. Công khai thông tin
Phòng Kế hoạch - Tài chính công khai dự toán ngân sách năm 2026 trên trang thông tin điện tử của Trung tâm; cập nhật thường xuyên thông tin về tài sản công.
Các đơn vị trực thuộc cung cấp thông tin cho viên chức khi có yêu cầu.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Tổ chức - Hành chính chủ trì, phối hợp với các phòng chuyên môn tham mưu Giám đốc triển khai Kế hoạch; phổ biến Kế hoạch đến toàn thể viên chức ngay sau khi Kế hoạch được ban hành.
2. Phòng Tổ chức - Hành chính tổng hợp báo cáo kết quả thực hiện Quy chế dân chủ hằng năm gửi Sở Nội vụ qua hệ thống quản lý văn bản và điều hành trước ngày 20/11/2026.
3. Thủ trưởng các đơn vị trực thuộc báo cáo kịp thời những khó khăn, vướng mắc về Trung tâm (qua Phòng Tổ chức - Hành chính).
4. Các phòng chuyên môn báo cáo kết quả thực hiện Quy chế dân chủ 6 tháng đầu năm gửi Phòng Tổ chức - Hành chính trước ngày 10/6/2026.
Nơi nhận:
- Sở Nội vụ;
- Ban Giám đốc;
- Phòng Tổ chức - Hành chính;
- Phòng Kế hoạch - Tài chính;
- Phòng Kiểm định Vật liệu;
- Trạm Thí nghiệm số 1;
- Lưu: VT.
GIÁM ĐỐC
Trần Văn Minh
"""
