<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="25"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="32"/>
        <source>Open visit</source>
        <translation>Mở chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="35"/>
        <source>Delete action</source>
        <translation>Xóa hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="55"/>
        <source>agreed at the visit of {date}</source>
        <translation>thống nhất ở chuyến thăm ngày {date}</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="48"/>
        <source>What will the EIT do?</source>
        <translation>Nhóm EIT sẽ làm gì?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="62"/>
        <source>a year, local currency</source>
        <translation>mỗi năm, tiền địa phương</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="64"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="64"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="64"/>
        <source>Due</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="65"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="65"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="66"/>
        <source>Expected saving</source>
        <translation>Tiết kiệm dự kiến</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="66"/>
        <source>Done on</source>
        <translation>Xong ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="67"/>
        <source>Actual saving</source>
        <translation>Tiết kiệm thực tế</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="67"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="85"/>
        <source>Agreed at a signed visit: what was agreed stays as signed; its progress (status, done on, actual saving, note) is still written here.</source>
        <translation>Được thống nhất ở một chuyến thăm đã ký: nội dung thống nhất giữ nguyên như lúc ký; tiến độ (trạng thái, ngày xong, tiết kiệm thực tế, ghi chú) vẫn được ghi ở đây.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="174"/>
        <source>(nobody yet)</source>
        <translation>(chưa có ai)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="179"/>
        <source>{name} (left the EIT)</source>
        <translation>{name} (đã rời EIT)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="201"/>
        <source>{name} has left the EIT. The action stays theirs until you choose a current member.</source>
        <translation>{name} đã rời nhóm EIT. Hành động vẫn do người này phụ trách cho đến khi bạn chọn một thành viên hiện tại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="209"/>
        <source>(not written yet)</source>
        <translation>(chưa viết)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="210"/>
        <source>From the finding: &lt;a href=&quot;{id}&quot;&gt;{text}&lt;/a&gt;</source>
        <translation>Từ phát hiện: &lt;a href=&quot;{id}&quot;&gt;{text}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="25"/>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="104"/>
        <source>All enterprises</source>
        <translation>Tất cả doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="27"/>
        <source>All modules</source>
        <translation>Tất cả mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="30"/>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="113"/>
        <source>All owners</source>
        <translation>Tất cả người phụ trách</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="32"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="33"/>
        <source>To do (open or in progress)</source>
        <translation>Cần làm (chưa xong hoặc đang thực hiện)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="36"/>
        <source>Due any time</source>
        <translation>Mọi hạn chót</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="37"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="38"/>
        <source>Due this week</source>
        <translation>Đến hạn tuần này</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="41"/>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="47"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="47"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="48"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="48"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="49"/>
        <source>Due</source>
        <translation>Hạn chót</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="39"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="40"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="41"/>
        <source>Due</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="42"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="43"/>
        <source>After photos</source>
        <translation>Ảnh sau</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="47"/>
        <source>New action from finding</source>
        <translation>Hành động mới từ phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="49"/>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="88"/>
        <source>New action</source>
        <translation>Hành động mới</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="51"/>
        <source>Open action…</source>
        <translation>Mở hành động…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="54"/>
        <source>No actions agreed at this visit yet. Choose a finding and press Ctrl+T to turn its recommendation into an action.</source>
        <translation>Chưa có hành động nào được thống nhất ở chuyến thăm này. Chọn một phát hiện và nhấn Ctrl+T để biến khuyến nghị của nó thành hành động.</translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <source>Show done and dropped actions too</source>
        <translation type="vanished">Hiện cả các hành động đã xong và đã hủy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="41"/>
        <source>Due</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="42"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="43"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="44"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="45"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="47"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="66"/>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="185"/>
        <source>Open visit</source>
        <translation>Mở chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="81"/>
        <source>Actions</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="85"/>
        <source>F2 changes the status; Enter opens the visit.</source>
        <translation>F2 đổi trạng thái; Enter mở chuyến thăm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="138"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n hành động</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="186"/>
        <source>Open enterprise</source>
        <translation>Mở doanh nghiệp</translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="50"/>
        <source>Add participants</source>
        <extracomment>How many people were just added (for the screen&apos;s status line).</extracomment>
        <translation>Thêm học viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="65"/>
        <source>Add the ticked members</source>
        <translation>Thêm các thành viên đã chọn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="68"/>
        <source>From the enterprise&apos;s EIT</source>
        <translation>Từ nhóm cải tiến của doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="84"/>
        <source>Also add to the EIT</source>
        <translation>Thêm cả vào nhóm cải tiến</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="86"/>
        <source>Add person</source>
        <translation>Thêm người này</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="89"/>
        <source>A new person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="91"/>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="164"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="92"/>
        <source>Manager or worker</source>
        <translation>Quản lý hay công nhân</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="93"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="94"/>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="164"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="110"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="134"/>
        <source>%n member(s) of the EIT already take part.</source>
        <translation>
            <numerusform>%n thành viên nhóm cải tiến đã tham gia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="143"/>
        <source>Tick the members who attend first.</source>
        <translation>Hãy chọn trước các thành viên tham dự.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="146"/>
        <source>%n participant(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n học viên.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="153"/>
        <source>Type the person&apos;s name first.</source>
        <translation>Hãy nhập họ tên trước.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="166"/>
        <source>{name} added.</source>
        <translation>Đã thêm {name}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../score_desktop/ui/app.py" line="153"/>
        <source>SCORE Desktop is already open on this workspace, in another window.</source>
        <extracomment>The developers&apos; language: every string 40 % longer (ui/core/pseudo.py), to see layouts that would cut a translation. What the first screen does without: loaded when first used (sync, photos, reports), after the window is ready.</extracomment>
        <translation>SCORE Desktop đã được mở với không gian làm việc này, trong một cửa sổ khác.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Manager or worker</source>
        <translation>Quản lý hay công nhân</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="129"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="133"/>
        <source>Day {number}
{date}</source>
        <translation>Ngày {number}
{date}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="148"/>
        <source>Space ticks or unticks {name} on {date}</source>
        <translation>Phím cách đánh dấu hoặc bỏ đánh dấu {name} ngày {date}</translation>
    </message>
</context>
<context>
    <name>AttendeesDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/attendees_dialog.py" line="21"/>
        <source>Attendees from the EIT</source>
        <translation>Thành viên EIT tham dự</translation>
    </message>
</context>
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="34"/>
        <location filename="../score_desktop/ui/actions/before_after.py" line="68"/>
        <source>The finding has no photos.</source>
        <extracomment>Before and after are compared, not browsed: bigger than a finding&apos;s thumbnails.</extracomment>
        <translation>Phát hiện này không có ảnh.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="42"/>
        <source>Before: the finding&apos;s photos</source>
        <translation>Trước: ảnh của phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="43"/>
        <source>After: photos of the work done</source>
        <translation>Sau: ảnh công việc đã làm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="69"/>
        <source>This action was not made from a finding.</source>
        <translation>Hành động này không được tạo từ một phát hiện.</translation>
    </message>
</context>
<context>
    <name>CarriedActions</name>
    <message>
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="66"/>
        <source>Tick an action when it is done; double-click it (or press Enter) for its details and photos.</source>
        <extracomment>An action id: the trainer wants its details (to add an &quot;after&quot; photo, change the owner, ...).</extracomment>
        <translation>Đánh dấu hành động khi đã xong; nhấp đúp (hoặc nhấn Enter) để xem chi tiết và ảnh.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="78"/>
        <source>%n open action(s) from earlier visits</source>
        <translation>
            <numerusform>%n hành động chưa xong từ các lần thăm trước</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedActionsModel</name>
    <message>
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="33"/>
        <source>due {date}</source>
        <translation>hạn {date}</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="126"/>
        <source>Free findings</source>
        <extracomment>Last time&apos;s worst rating per topic, and the topics whose good practice is in place at this visit.</extracomment>
        <translation>Phát hiện khác</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="134"/>
        <source>Findings that belong to no checklist topic</source>
        <translation>Các phát hiện không thuộc mục kiểm tra nào</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="137"/>
        <source>Last time: {rating}</source>
        <translation>Lần trước: {rating}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="140"/>
        <source>Good practice in place at this visit</source>
        <translation>Thực hành tốt đã áp dụng ở chuyến thăm này</translation>
    </message>
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="27"/>
        <source>Edit the value</source>
        <translation>Sửa giá trị</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="44"/>
        <source>Mine:</source>
        <translation>Của tôi:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="45"/>
        <source>Theirs:</source>
        <translation>Của người khác:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="48"/>
        <source>The value you save here goes to everyone with the next sync.</source>
        <translation>Giá trị bạn lưu ở đây sẽ được gửi đến mọi người trong lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="94"/>
        <source>Please write a number.</source>
        <translation>Vui lòng nhập một số.</translation>
    </message>
</context>
<context>
    <name>ConflictSidePanel</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="50"/>
        <source>the record holds this now</source>
        <translation>bản ghi đang dùng giá trị này</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="50"/>
        <source>set aside</source>
        <translation>để riêng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="51"/>
        <source>{who}, {when} · {stands}</source>
        <translation>{who}, {when} · {stands}</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="24"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n lần thăm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="26"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n phát hiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="28"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="30"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n hành động</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="32"/>
        <source>%n EIT member(s)</source>
        <translation>
            <numerusform>%n thành viên EIT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="34"/>
        <source>%n KPI reading(s)</source>
        <translation>
            <numerusform>%n số liệu KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="36"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n góp ý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="38"/>
        <source>%n participant(s) in classroom sessions</source>
        <translation>
            <numerusform>%n học viên trong các buổi học trên lớp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="40"/>
        <source>%n good practice check(s)</source>
        <translation>
            <numerusform>%n mục kiểm tra thực hành tốt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="44"/>
        <source>{name} has %n signed visit(s). A signed visit is the enterprise&apos;s signed record: it is not deleted. If the enterprise was entered by mistake, reopen its signed visits (with that reason) first.</source>
        <translation>
            <numerusform>{name} có %n chuyến thăm đã ký. Chuyến thăm đã ký là hồ sơ có chữ ký của doanh nghiệp: không bị xóa. Nếu doanh nghiệp được nhập nhầm, trước tiên hãy mở lại các chuyến thăm đã ký (với lý do đó).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="49"/>
        <source>%n action(s) they own keep them as owner until you choose another.</source>
        <translation>
            <numerusform>%n hành động do người này phụ trách vẫn giữ họ làm người phụ trách cho đến khi bạn chọn người khác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="61"/>
        <source>Add the next day</source>
        <translation>Thêm ngày tiếp theo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="64"/>
        <source>Remove the last day</source>
        <translation>Bỏ ngày cuối</translation>
    </message>
</context>
<context>
    <name>DeleteEnterprise</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="35"/>
        <source>Delete {name} and everything recorded for it?</source>
        <translation>Xóa {name} và mọi thứ đã ghi cho doanh nghiệp này?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="39"/>
        <source>With it: {parts}.</source>
        <translation>Cùng với nó: {parts}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="40"/>
        <source>Classroom sessions it took part in stay, with the other factories&apos; participants.</source>
        <translation>Các buổi học trên lớp mà doanh nghiệp đã tham gia vẫn được giữ, cùng học viên của các nhà máy khác.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="43"/>
        <source>Delete enterprise</source>
        <translation>Xóa doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="53"/>
        <source>Delete {name} from the EIT?</source>
        <translation>Xóa {name} khỏi EIT?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="55"/>
        <source>This is for a member added by mistake. Someone who left the team keeps their place in past visits: end their membership instead.</source>
        <translation>Thao tác này dành cho thành viên thêm nhầm. Người đã rời nhóm vẫn giữ chỗ trong các lần thăm trước: hãy kết thúc tư cách thành viên của họ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="61"/>
        <source>Delete member</source>
        <translation>Xóa thành viên</translation>
    </message>
</context>
<context>
    <name>DeleteVisit</name>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="25"/>
        <source>This visit is signed: it is the enterprise&apos;s signed record and is not deleted. If it was entered by mistake, reopen it (with that reason) first.</source>
        <translation>Chuyến thăm này đã được ký: đó là hồ sơ có chữ ký của doanh nghiệp và không bị xóa. Nếu được nhập nhầm, trước tiên hãy mở lại (với lý do đó).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="33"/>
        <source>Delete the {module} visit of {date} at {enterprise}?</source>
        <translation>Xóa lần thăm {module} ngày {date} tại {enterprise}?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="38"/>
        <source>With it: {parts}.</source>
        <translation>Cùng với nó: {parts}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="40"/>
        <source>The KPI readings typed at it stay: they are the enterprise&apos;s figures.</source>
        <translation>Các số liệu KPI nhập trong lần thăm này vẫn được giữ: đó là số liệu của doanh nghiệp.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="52"/>
        <source>Delete visit</source>
        <translation>Xóa lần thăm</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <location filename="../score_desktop/ui/core/deleting.py" line="61"/>
        <source>, </source>
        <extracomment>The order the parts are named in: what a trainer counts first.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/deleting.py" line="70"/>
        <source>It goes to the Trash; Edit ▸ Undo delete (Ctrl+Z) or the Trash brings it back.</source>
        <translation>Mục này được chuyển vào Thùng rác; Sửa ▸ Hoàn tác xóa (Ctrl+Z) hoặc Thùng rác sẽ khôi phục lại.</translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <location filename="../score_desktop/ui/context.py" line="71"/>
        <source>Undo delete</source>
        <extracomment>(visit id, observation id): open the visit on that finding. A screen name of the sidebar (&quot;today&quot;, &quot;enterprises&quot;, ...). A visit id: preview its report (to print or save). An action id: open its editor (owner, due date, status, savings, before and after photos). The Actions screen narrowed by a filter: a dict of ``store.actions.ActionFilter`` fields, e.g. ``{&quot;enterprise_id&quot;: ..., &quot;due&quot;: &quot;overdue&quot;}``. (enterprise id, visit id or &quot;&quot;): enter a new KPI reading. A KPI reading id: change it (before it was synced) or correct it (after). (photo ids, the one to show first): the photo viewer. A classroom training session id: open its page. A visit id: the coordinator&apos;s review page of its report (ui/coordinator/).</extracomment>
        <translation>Hoàn tác xóa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="73"/>
        <source>Undo delete photo</source>
        <translation>Hoàn tác xóa ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="75"/>
        <source>Undo delete action</source>
        <translation>Hoàn tác xóa hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="77"/>
        <source>Undo delete suggestion</source>
        <translation>Hoàn tác xóa góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="79"/>
        <source>Undo delete enterprise</source>
        <translation>Hoàn tác xóa doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="81"/>
        <source>Undo delete visit</source>
        <translation>Hoàn tác xóa lần thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="83"/>
        <source>Undo delete EIT member</source>
        <translation>Hoàn tác xóa thành viên EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="84"/>
        <source>Undo delete finding</source>
        <translation>Hoàn tác xóa phát hiện</translation>
    </message>
</context>
<context>
    <name>EitModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Manager or worker</source>
        <translation>Quản lý hay công nhân</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="38"/>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="38"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="38"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>EitPanel</name>
    <message>
        <source>Add member</source>
        <translation type="vanished">Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="92"/>
        <source>Add member…</source>
        <extracomment>A member&apos;s id: the trainer asked to delete them (the screen asks first, saying what it means).</extracomment>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="95"/>
        <source>End membership</source>
        <translation>Kết thúc tư cách thành viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="97"/>
        <source>The member leaves the team today; past visits still list them.</source>
        <translation>Thành viên rời nhóm từ hôm nay; các chuyến thăm trước vẫn ghi tên người này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="99"/>
        <source>Delete member…</source>
        <translation>Xóa thành viên…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="101"/>
        <source>For a member added by mistake (to the Trash, with undo).</source>
        <translation>Dành cho thành viên thêm nhầm (vào Thùng rác, có thể hoàn tác).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="111"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="111"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="111"/>
        <source>Manager or worker</source>
        <translation>Quản lý hay công nhân</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="112"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="112"/>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="112"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="113"/>
        <source>Member from</source>
        <translation>Thành viên từ ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="113"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="179"/>
        <source>{members}: {managers}, {workers} · {women}, {men}</source>
        <comment>the EIT&apos;s balance</comment>
        <translation>{members}: {managers}, {workers} · {women}, {men}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="180"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n thành viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="181"/>
        <source>%n manager(s)</source>
        <translation>
            <numerusform>%n quản lý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="182"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n công nhân</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="183"/>
        <source>%n woman(s)</source>
        <translation>
            <numerusform>%n nữ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="183"/>
        <source>%n man(s)</source>
        <translation>
            <numerusform>%n nam</numerusform>
        </translation>
    </message>
    <message>
        <source>{members} members: {managers} managers, {workers} workers · {women} women, {men} men</source>
        <translation type="vanished">{members} thành viên: {managers} quản lý, {workers} công nhân · {women} nữ, {men} nam</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="186"/>
        <source>SCORE needs managers and workers in the team.</source>
        <translation>SCORE cần có cả quản lý và công nhân trong nhóm.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="188"/>
        <source>Fewer workers than managers.</source>
        <translation>Số công nhân ít hơn số quản lý.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="190"/>
        <source>No women in the team.</source>
        <translation>Nhóm không có thành viên nữ.</translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="vanished">Thành viên mới</translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="73"/>
        <source>Enterprise</source>
        <extracomment>Report languages by their own names, so a trainer finds theirs whatever the UI language.</extracomment>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="74"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="75"/>
        <source>Latin name</source>
        <translation>Tên viết bằng chữ Latinh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="76"/>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="77"/>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="78"/>
        <source>Sponsoring buyers</source>
        <translation>Bên mua tài trợ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="80"/>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="81"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="82"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="83"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="84"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="86"/>
        <source>Headcount</source>
        <translation>Tổng số lao động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="87"/>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="88"/>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="89"/>
        <source>Managers</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="90"/>
        <source>Workers</source>
        <translation>Công nhân</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="99"/>
        <source>Contact and reports</source>
        <translation>Liên hệ và báo cáo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="100"/>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="101"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="102"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="103"/>
        <source>Consent</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="103"/>
        <source>Agrees to share its data with the programme</source>
        <translation>Đồng ý chia sẻ dữ liệu của doanh nghiệp với chương trình</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="105"/>
        <source>Report language</source>
        <translation>Ngôn ngữ báo cáo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="106"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>EnterpriseScreen</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="37"/>
        <source>New visit…</source>
        <translation>Chuyến thăm mới…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="40"/>
        <source>Delete enterprise…</source>
        <translation>Xóa doanh nghiệp…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="42"/>
        <source>To the Trash, with its visits, EIT and KPIs; Edit ▸ Undo delete brings it all back.</source>
        <translation>Vào Thùng rác, cùng các lần thăm, EIT và KPI; Sửa ▸ Hoàn tác xóa sẽ khôi phục tất cả.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="56"/>
        <source>Enterprise Improvement Team</source>
        <translation>Nhóm cải tiến doanh nghiệp (EIT)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="60"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="61"/>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="77"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="62"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="64"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="65"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="76"/>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="78"/>
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="79"/>
        <source>Present every day</source>
        <translation>Có mặt đủ các ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="80"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="86"/>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="114"/>
        <source>Profile, EIT and visits</source>
        <translation>Hồ sơ, EIT và chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="115"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="116"/>
        <source>Suggestion scheme</source>
        <translation>Hệ thống góp ý</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="vanished">Chỉ số KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="vanished">Giá trị ban đầu</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="vanished">Mới nhất</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="vanished">Thay đổi</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation type="vanished">Kỳ gần nhất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="85"/>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>KPI history</source>
        <translation type="vanished">Lịch sử KPI</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="25"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="26"/>
        <source>Latin name</source>
        <translation>Tên viết bằng chữ Latinh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="27"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="28"/>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="30"/>
        <source>Sponsors</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="31"/>
        <source>Workers</source>
        <translation>Công nhân</translation>
    </message>
</context>
<context>
    <name>EnterprisesScreen</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="34"/>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="36"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="36"/>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="36"/>
        <source>Sponsor</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="37"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="43"/>
        <source>Show only enterprises of this {what}</source>
        <translation>Chỉ hiện các doanh nghiệp thuộc {what} này</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="51"/>
        <source>New enterprise</source>
        <translation>Doanh nghiệp mới</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="70"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="93"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n doanh nghiệp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../score_desktop/errors.py" line="81"/>
        <source>enterprise</source>
        <extracomment>What a trainer calls each kind of record (errors name records in these words, never by their code).</extracomment>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="82"/>
        <source>EIT member</source>
        <translation>thành viên nhóm cải tiến</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="83"/>
        <source>training session</source>
        <translation>buổi đào tạo</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="84"/>
        <source>attendance record</source>
        <translation>bản ghi điểm danh</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="85"/>
        <source>visit</source>
        <translation>chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="86"/>
        <source>finding</source>
        <translation>phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="87"/>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="88"/>
        <source>action</source>
        <translation>hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="89"/>
        <source>KPI reading</source>
        <translation>số đo KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="90"/>
        <source>practice check</source>
        <translation>kiểm tra thực hành</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="91"/>
        <source>suggestion</source>
        <translation>góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="92"/>
        <source>review</source>
        <translation>xem xét</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="93"/>
        <source>review comment</source>
        <translation>nhận xét duyệt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../score_desktop/ui/core/errors.py" line="44"/>
        <source>Something went wrong inside SCORE Desktop. Your saved work is safe. Please send the details to your coordinator.</source>
        <translation>Đã xảy ra lỗi bên trong SCORE Desktop. Công việc đã lưu của bạn vẫn an toàn. Vui lòng gửi thông tin chi tiết cho điều phối viên của bạn.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/errors.py" line="48"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="49"/>
        <location filename="../score_desktop/reports/layout.py" line="62"/>
        <source>The report cannot be saved as {path}: {reason}.</source>
        <extracomment>Printing renders pages as pictures at the printer&apos;s resolution, but no finer than this.</extracomment>
        <translation>Không thể lưu báo cáo thành {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="298"/>
        <source>The printer cannot be used.</source>
        <translation>Không thể sử dụng máy in.</translation>
    </message>
    <message>
        <source>The workspace folder {path} cannot be opened: {reason}.</source>
        <translation type="vanished">Không thể mở thư mục không gian làm việc {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="31"/>
        <source>Something went wrong.</source>
        <translation>Đã xảy ra lỗi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="47"/>
        <source>The disk is full: nothing was saved from this step. Free some space and try again.</source>
        <extracomment>Parameters whose values are themselves English words to translate (in the ``Entities`` context).</extracomment>
        <translation>Ổ đĩa đã đầy: bước này chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="52"/>
        <source>This workspace was written by a newer SCORE Desktop (format {found}, this app reads up to {supported}). Install the newer version to open it; nothing was changed.</source>
        <translation>Không gian làm việc này được tạo bởi phiên bản SCORE Desktop mới hơn (định dạng {found}, ứng dụng này chỉ đọc được đến {supported}). Hãy cài phiên bản mới hơn để mở; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="59"/>
        <source>The workspace is busy in another program. Close the other SCORE Desktop window and try again.</source>
        <translation>Không gian làm việc đang được một chương trình khác sử dụng. Hãy đóng cửa sổ SCORE Desktop kia rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="64"/>
        <source>The workspace folder {path} cannot be created or written: {reason}.</source>
        <translation>Không thể tạo hoặc ghi vào thư mục không gian làm việc {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="68"/>
        <source>The workspace database {path} cannot be read: {reason}. Run &apos;score-desktop check&apos; for details.</source>
        <translation>Không thể đọc cơ sở dữ liệu của không gian làm việc {path}: {reason}. Hãy chạy &apos;score-desktop check&apos; để xem chi tiết.</translation>
    </message>
    <message>
        <source>No {entity} with id {record_id} in this workspace.</source>
        <translation type="vanished">Không có {entity} nào có mã {record_id} trong không gian làm việc này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="73"/>
        <source>The workspace database {path} is empty, yet the workspace holds photos or backups: it was damaged, and SCORE Desktop will not start an empty workspace over it. Copy the newest file from {backups} to {path}, or run &apos;score-desktop check&apos;. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu của không gian làm việc {path} trống, trong khi không gian làm việc vẫn còn ảnh hoặc bản sao lưu: cơ sở dữ liệu đã bị hỏng, và SCORE Desktop sẽ không tạo một không gian làm việc trống đè lên nó. Hãy chép tệp mới nhất trong {backups} thành {path}, hoặc chạy “score-desktop check”. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="101"/>
        <source>This {what} is no longer in the workspace: it was deleted, or it has not arrived by sync yet.</source>
        <translation>Mục này ({what}) không còn trong không gian làm việc: đã bị xóa, hoặc chưa được đồng bộ về.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="116"/>
        <source>{entity}: {details}</source>
        <translation>{entity}: {details}</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="134"/>
        <source>{name} is not a picture SCORE Desktop can read (it reads JPEG, PNG, WebP, TIFF and BMP).</source>
        <translation>{name} không phải là ảnh mà SCORE Desktop đọc được (hỗ trợ JPEG, PNG, WebP, TIFF và BMP).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="136"/>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} trống (0 byte).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="137"/>
        <source>{name} is damaged or incomplete (the picture data ends too early).</source>
        <translation>{name} bị hỏng hoặc không đầy đủ (dữ liệu ảnh kết thúc quá sớm).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="138"/>
        <source>{name} is too large: {width} x {height} pixels (at most {limit} megapixels).</source>
        <translation>{name} quá lớn: {width} x {height} điểm ảnh (tối đa {limit} megapixel).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="140"/>
        <source>{name} is too large a file ({megabytes} MB; at most {limit} MB).</source>
        <translation>Tệp {name} quá lớn ({megabytes} MB; tối đa {limit} MB).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="141"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Không thể đọc {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="147"/>
        <source>This visit is signed: its details, findings, photos, actions agreed at it, KPI readings and practice checks stay as they were signed. Reopen the visit with a reason to change them.</source>
        <translation>Chuyến thăm này đã được ký: thông tin, phát hiện, ảnh, hành động đã thống nhất, số liệu KPI và kiểm tra thực hành được giữ nguyên như lúc ký. Hãy mở lại chuyến thăm kèm lý do để thay đổi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="150"/>
        <source>A signed report is a document: it is never changed or deleted.</source>
        <translation>Báo cáo đã ký là một văn bản: không bao giờ được sửa hay xóa.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="156"/>
        <source>The export cannot be written to {path}: {reason}. Choose another file.</source>
        <translation>Không thể ghi tệp xuất vào {path}: {reason}. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="157"/>
        <source>The export cannot be written to {path}: it is a folder. Choose a file.</source>
        <translation>Không thể ghi tệp xuất vào {path}: đó là một thư mục. Hãy chọn một tệp.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="158"/>
        <source>The export cannot be written to {path}: its folder does not exist. Choose another file.</source>
        <translation>Không thể ghi tệp xuất vào {path}: thư mục của nó không tồn tại. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="163"/>
        <source>Say why the visit is reopened: the reason is printed in its next signed report.</source>
        <translation>Hãy nêu lý do mở lại chuyến thăm: lý do sẽ được in trong báo cáo đã ký tiếp theo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="170"/>
        <source>Both the trainer and the enterprise&apos;s representative sign, and the representative&apos;s name is typed, before the visit is signed.</source>
        <translation>Trước khi ký chuyến thăm, giảng viên và đại diện doanh nghiệp đều phải ký, và phải nhập họ tên người đại diện.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="173"/>
        <source>This visit is already signed.</source>
        <translation>Chuyến thăm này đã được ký.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="174"/>
        <source>This visit is not signed, so there is nothing to reopen.</source>
        <translation>Chuyến thăm này chưa được ký nên không cần mở lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="175"/>
        <source>The visit changed while its report was being made (a sync brought news): sign it again.</source>
        <translation>Chuyến thăm đã thay đổi trong lúc tạo báo cáo (đồng bộ mang về dữ liệu mới): hãy ký lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="177"/>
        <source>The signed report of this visit is not on this laptop yet. Sync, or sign in, to download it.</source>
        <translation>Báo cáo đã ký của chuyến thăm này chưa có trên máy. Hãy đồng bộ hoặc đăng nhập để tải về.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="179"/>
        <source>The signed report of this visit is damaged on this laptop (its bytes no longer match its SHA-256). Run &apos;score-desktop check&apos;, then sync to download it again.</source>
        <translation>Báo cáo đã ký của chuyến thăm này bị hỏng trên máy (nội dung không còn khớp SHA-256). Hãy chạy &apos;score-desktop check&apos; rồi đồng bộ để tải lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/layout.py" line="58"/>
        <source>The logo {path} cannot be read: choose a PNG or JPEG picture.</source>
        <translation>Không thể đọc logo {path}: hãy chọn ảnh PNG hoặc JPEG.</translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/certificates.py" line="31"/>
        <source>Nobody was marked present on every day of this session yet: there is no certificate to print.</source>
        <translation>Chưa có ai được đánh dấu có mặt đủ các ngày của khóa này: chưa có giấy chứng nhận nào để in.</translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/sponsor_data.py" line="24"/>
        <source>No enterprise in this workspace names the sponsor {sponsor}. Sponsors it knows: {known}.</source>
        <translation>Không doanh nghiệp nào trong không gian làm việc này có nhãn hàng tài trợ {sponsor}. Các nhãn hàng đã biết: {known}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="34"/>
        <source>Export for M&amp;E</source>
        <extracomment>Format -&gt; file extension.</extracomment>
        <translation>Xuất dữ liệu giám sát và đánh giá</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="45"/>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>The file of the last export that finished, for whoever asks (tests, a future &quot;open folder&quot;).</extracomment>
        <translation>Sổ làm việc Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="46"/>
        <source>CSV files, one per sheet, in a zip (.zip)</source>
        <translation>Tệp CSV, mỗi trang một tệp, trong một tệp zip (.zip)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="54"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="60"/>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="61"/>
        <source>&amp;Language of the sheets:</source>
        <translation>&amp;Ngôn ngữ của các trang:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="62"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="65"/>
        <source>Every record of this workspace, one sheet per kind of record, with who created and last changed each one. Records in the trash are left out.</source>
        <translation>Mọi bản ghi của không gian làm việc này, mỗi loại bản ghi một trang, kèm người tạo và người sửa lần cuối của từng bản ghi. Bản ghi trong thùng rác không được xuất.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="75"/>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="79"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Hủy xuất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="102"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="102"/>
        <source>Zip files (*.zip)</source>
        <translation>Tệp zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="103"/>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="114"/>
        <source>Choose the file to write.</source>
        <translation>Hãy chọn tệp để ghi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="129"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="153"/>
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>Đã xuất %n bản ghi ra {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="157"/>
        <source>The export failed: nothing was written.</source>
        <translation>Xuất thất bại: không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="162"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Đã hủy xuất: không có gì được ghi.</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="208"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="208"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="208"/>
        <source>Content useful
(1-5)</source>
        <translation>Nội dung hữu ích
(1-5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="209"/>
        <source>Trainer clear
(1-5)</source>
        <translation>Giảng viên dễ hiểu
(1-5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="209"/>
        <source>Will apply at work
(1-5)</source>
        <translation>Sẽ áp dụng vào công việc
(1-5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="209"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="243"/>
        <source>{field} must be a score from 1 to 5.</source>
        <translation>{field} phải là điểm từ 1 đến 5.</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="28"/>
        <source>Finalise the visit</source>
        <translation>Hoàn tất chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="34"/>
        <source>What the signed report would lack</source>
        <extracomment>What the trainer chose: GO_ON, FIX (with :attr:`to_fix`), or None (closed).</extracomment>
        <translation>Những gì báo cáo đã ký còn thiếu</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="39"/>
        <source>%n thing(s) to look at before signing</source>
        <translation>
            <numerusform>%n điểm cần xem trước khi ký</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="40"/>
        <source>Ready to sign</source>
        <translation>Sẵn sàng để ký</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="41"/>
        <source>Fix them now, or go on: a visit may be signed without them, and the report shows what was recorded.</source>
        <translation>Sửa ngay bây giờ, hoặc tiếp tục: chuyến thăm vẫn ký được khi thiếu chúng, và báo cáo thể hiện đúng những gì đã ghi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="43"/>
        <source>Everything a signed report needs is recorded. Go on to sign it.</source>
        <translation>Đã ghi đủ mọi thứ báo cáo đã ký cần. Hãy tiếp tục để ký.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="45"/>
        <source>&amp;Go on to sign</source>
        <translation>&amp;Tiếp tục để ký</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="47"/>
        <source>&amp;Fix it</source>
        <translation>&amp;Sửa</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="35"/>
        <source>Line, workshop or place</source>
        <translation>Dây chuyền, xưởng hoặc vị trí</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="41"/>
        <source>What did you see?</source>
        <translation>Bạn đã thấy gì?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="43"/>
        <source>What should the EIT do about it?</source>
        <translation>Nhóm cải tiến nên làm gì về việc này?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="45"/>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="45"/>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="45"/>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="46"/>
        <source>Recommendation</source>
        <translation>Khuyến nghị</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="71"/>
        <source>No finding for this topic yet. Rate the topic with 1-4, or press Ctrl+N to write a finding; drop photos here to start one with them.</source>
        <translation>Mục này chưa có phát hiện nào. Hãy đánh giá mục từ 1-4, hoặc nhấn Ctrl+N để ghi phát hiện; thả ảnh vào đây để bắt đầu một phát hiện kèm các ảnh đó.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="179"/>
        <source>(not written yet)</source>
        <translation>(chưa ghi)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="36"/>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="70"/>
        <source>Welcome to {app}</source>
        <extracomment>How the trainer chose to begin (SIGN_IN, NEW_ENTERPRISE, DEMO or LATER), after the answers were saved.</extracomment>
        <translation>Chào mừng bạn đến với {app}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="41"/>
        <source>As it appears on your reports</source>
        <extracomment>The language was changed here: it takes effect at the next start.</extracomment>
        <translation>Như sẽ ghi trên báo cáo của bạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="48"/>
        <source>SCORE Desktop keeps your enterprises, visits, findings with photos, action plans and KPIs on this laptop, with or without a network, and prints each visit report in the factory&apos;s language. A few words about you first: they go on your reports.</source>
        <translation>SCORE Desktop lưu doanh nghiệp, chuyến thăm, phát hiện kèm ảnh, kế hoạch hành động và KPI của bạn ngay trên máy này, dù có mạng hay không, và in báo cáo mỗi chuyến thăm bằng ngôn ngữ của nhà máy. Trước tiên, vài thông tin về bạn: chúng sẽ có trên báo cáo của bạn.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="53"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="54"/>
        <source>&amp;Organisation:</source>
        <translation>Tổ &amp;chức:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="55"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Ngôn ngữ ứng dụng:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="56"/>
        <source>Report &amp;paper size:</source>
        <translation>Khổ &amp;giấy báo cáo:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="59"/>
        <source>&amp;Sign in to your programme&apos;s server…</source>
        <translation>Đăng nhập &amp;máy chủ của chương trình…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="60"/>
        <source>&amp;Create your first enterprise…</source>
        <translation>&amp;Tạo doanh nghiệp đầu tiên…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="61"/>
        <source>&amp;Try a demo workspace first</source>
        <translation>&amp;Dùng thử không gian mẫu trước</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="62"/>
        <source>Look around &amp;first</source>
        <translation>&amp;Xem qua trước đã</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="66"/>
        <source>How would you like to begin?</source>
        <translation>Bạn muốn bắt đầu thế nào?</translation>
    </message>
</context>
<context>
    <name>KpiPhase</name>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="46"/>
        <source>Baseline</source>
        <translation>Ban đầu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="47"/>
        <source>Progress</source>
        <translation>Giữa kỳ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="48"/>
        <source>Final</source>
        <translation>Cuối kỳ</translation>
    </message>
</context>
<context>
    <name>KpiReadingDialog</name>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="53"/>
        <source>Correct a KPI reading</source>
        <translation>Sửa số liệu KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="54"/>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="190"/>
        <source>KPI reading</source>
        <translation>Số liệu KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="54"/>
        <source>New KPI reading</source>
        <translation>Số liệu KPI mới</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="85"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="85"/>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="85"/>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="86"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="86"/>
        <source>Period from</source>
        <translation>Kỳ từ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="87"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="87"/>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="87"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="88"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="172"/>
        <source>This reading has been synced, so it is not changed: what you change here becomes a correction, a new reading that replaces it. The history keeps both.</source>
        <translation>Số liệu này đã được đồng bộ nên không bị sửa: những gì bạn thay đổi ở đây trở thành một bản sửa, tức một số liệu mới thay thế nó. Lịch sử giữ lại cả hai.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="175"/>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="279"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="187"/>
        <source>This reading was entered at a signed visit: it stays as signed. Reopen the visit to correct it.</source>
        <translation>Số liệu này được nhập ở một chuyến thăm đã ký: giữ nguyên như lúc ký. Hãy mở lại chuyến thăm để sửa.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="206"/>
        <source>in the enterprise&apos;s currency</source>
        <translation>theo tiền tệ của doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="208"/>
        <source>Unit: {unit}</source>
        <translation>Đơn vị: {unit}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="278"/>
        <source>Saved as a correction.</source>
        <translation>Đã lưu thành bản sửa.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="283"/>
        <source>Not saved yet: {problem}</source>
        <translation>Chưa lưu: {problem}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="305"/>
        <source>This reading is not complete, so it is not saved. {problem}

Close and forget what you typed?</source>
        <translation>Số liệu này chưa đầy đủ nên chưa được lưu. {problem}

Đóng và bỏ những gì bạn đã nhập?</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="39"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="40"/>
        <source>Baseline</source>
        <translation>Ban đầu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="43"/>
        <source>Latest</source>
        <translation>Mới nhất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="43"/>
        <source>Latest period: {period}</source>
        <translation>Kỳ gần nhất: {period}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="45"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="46"/>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation type="vanished">Kỳ gần nhất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="56"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="57"/>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="58"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="59"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="60"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="61"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="66"/>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="72"/>
        <source>New KPI reading…</source>
        <translation>Số liệu KPI mới…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="69"/>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="205"/>
        <source>Correct reading…</source>
        <translation>Sửa số liệu…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="78"/>
        <source>No KPI readings yet. Record the baseline first: press Ctrl+K.</source>
        <translation>Chưa có số liệu KPI. Hãy ghi số liệu ban đầu trước: nhấn Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="88"/>
        <source>Readings, corrections included</source>
        <translation>Các số liệu, kể cả bản sửa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="177"/>
        <source>Replaced by a correction</source>
        <translation>Đã được bản sửa thay thế</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="179"/>
        <source>Correction</source>
        <translation>Bản sửa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="206"/>
        <source>Change reading…</source>
        <translation>Sửa số liệu…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="17"/>
        <source>Good practice</source>
        <translation>Thực hành tốt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="18"/>
        <source>Needs improvement</source>
        <translation>Cần cải thiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="19"/>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="20"/>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="21"/>
        <source>Baseline</source>
        <translation>Ban đầu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="22"/>
        <source>Consultation</source>
        <translation>Tư vấn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="23"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="24"/>
        <source>Final</source>
        <translation>Cuối cùng</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="vanished">Bản nháp</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished">Đã ký</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="30"/>
        <source>Open</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="31"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="32"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="33"/>
        <source>Dropped</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="34"/>
        <source>Chair</source>
        <translation>Trưởng nhóm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="35"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="36"/>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="37"/>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="38"/>
        <source>Worker</source>
        <translation>Công nhân</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="39"/>
        <source>Woman</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="40"/>
        <source>Man</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="41"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="42"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="43"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="44"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="45"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="vanished">Tiến độ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="49"/>
        <source>From the records</source>
        <translation>Theo sổ sách</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="50"/>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="51"/>
        <source>Lower is better</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="52"/>
        <source>Higher is better</source>
        <translation>Càng cao càng tốt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="54"/>
        <source>New since last look</source>
        <translation>Mới kể từ lần xem trước</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="55"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="56"/>
        <source>Has issues</source>
        <translation>Có vấn đề</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="57"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="58"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="59"/>
        <source>Coordinator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="60"/>
        <source>Admin</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>LastTimeLabel</name>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="36"/>
        <source>not rated</source>
        <extracomment>Findings listed per topic; the rest are counted.</extracomment>
        <translation>chưa đánh giá</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="42"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n mục nữa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="44"/>
        <source>Nothing was recorded on this topic.</source>
        <translation>Không ghi nhận gì về nội dung này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="46"/>
        <source>Good practice in place then.</source>
        <translation>Khi đó thực hành tốt đã được áp dụng.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="47"/>
        <source>Good practice not in place then.</source>
        <translation>Khi đó thực hành tốt chưa được áp dụng.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="48"/>
        <source>Last time ({date}):</source>
        <translation>Lần trước ({date}):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="74"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Today</source>
        <extracomment>Sidebar entries in order; the enterprise and visit screens light up their list&apos;s entry. Entries only some accounts see: the review queue is a coordinator&apos;s (and an admin&apos;s). The workspace is open and every screen is built. Opening the workspace failed (a UserError, or a bug); the application shows it and ends. Set when the trainer asked to restart (a new language): the app starts again once this window closed. Windows of records (actions, KPI readings) open beside the main window, by (kind, id).</extracomment>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="74"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="74"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="75"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Actions</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="75"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="75"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="76"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="76"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Review</source>
        <translation>Duyệt báo cáo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="76"/>
        <location filename="../score_desktop/ui/main_window.py" line="311"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="125"/>
        <source>SCORE Desktop — {path}</source>
        <translation>SCORE Desktop — {path}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="174"/>
        <source>A demo workspace opens in a second window.</source>
        <translation>Một không gian làm việc mẫu sẽ mở trong cửa sổ thứ hai.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="272"/>
        <source>Search enterprises, visits, findings, actions  (Ctrl+F)</source>
        <translation>Tìm doanh nghiệp, chuyến thăm, phát hiện, hành động  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="289"/>
        <source>New enterprise</source>
        <translation>Doanh nghiệp mới</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="291"/>
        <source>New visit…</source>
        <translation>Chuyến thăm mới…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="292"/>
        <source>Plan a training session…</source>
        <translation>Lên kế hoạch khóa đào tạo…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="294"/>
        <source>Sponsor report…</source>
        <translation>Báo cáo cho nhãn hàng tài trợ…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="296"/>
        <source>Export…</source>
        <translation>Xuất dữ liệu…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="298"/>
        <source>Preferences…</source>
        <translation>Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="300"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="301"/>
        <source>Undo delete</source>
        <translation>Hoàn tác xóa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="304"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="305"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="313"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="315"/>
        <source>About SCORE Desktop</source>
        <translation>Giới thiệu SCORE Desktop</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="325"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="339"/>
        <source>&amp;Visit</source>
        <translation>&amp;Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="340"/>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="344"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="347"/>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="544"/>
        <source>Open or select an enterprise first, then start its visit.</source>
        <translation>Hãy mở hoặc chọn một doanh nghiệp trước, rồi bắt đầu chuyến thăm.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="573"/>
        <source>No enterprise names a sponsoring buyer yet: add one on an enterprise&apos;s page (Sponsoring buyers).</source>
        <translation>Chưa có doanh nghiệp nào ghi nhãn hàng tài trợ: hãy thêm trên trang doanh nghiệp (Nhãn hàng tài trợ).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="656"/>
        <source>Photo restored.</source>
        <translation>Đã khôi phục ảnh.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="656"/>
        <source>Action restored.</source>
        <translation>Đã khôi phục hành động.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="657"/>
        <source>Suggestion restored.</source>
        <translation>Đã khôi phục góp ý.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="658"/>
        <source>Enterprise restored, with what went with it.</source>
        <translation>Đã khôi phục doanh nghiệp cùng những gì đã xóa theo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="659"/>
        <source>Visit restored, with its findings, photos and actions.</source>
        <translation>Đã khôi phục lần thăm cùng các phát hiện, ảnh và hành động.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="660"/>
        <source>EIT member restored.</source>
        <translation>Đã khôi phục thành viên EIT.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="661"/>
        <source>Finding restored.</source>
        <translation>Đã khôi phục phát hiện.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="694"/>
        <source>SCORE Desktop speaks the new language from its next start. Restart it now? Your work is saved.</source>
        <translation>SCORE Desktop sẽ dùng ngôn ngữ mới từ lần khởi động sau. Khởi động lại ngay bây giờ? Công việc của bạn đã được lưu.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="697"/>
        <source>Restart now</source>
        <translation>Khởi động lại ngay</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="698"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="720"/>
        <source>{app} {version}
For the accredited trainers of the ILO SCORE programme.</source>
        <translation>{app} {version}
Dành cho các giảng viên được công nhận của chương trình SCORE thuộc ILO.</translation>
    </message>
</context>
<context>
    <name>ModuleOrderEditor</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/preferences_dialog.py" line="26"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/preferences_dialog.py" line="27"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
</context>
<context>
    <name>NewEnterpriseDialog</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="18"/>
        <source>New enterprise</source>
        <translation>Doanh nghiệp mới</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="20"/>
        <source>As the factory writes it, e.g. 广州华美服装有限公司</source>
        <translation>Như nhà máy tự viết, ví dụ Công ty May Hà Nội</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="26"/>
        <source>Name in &amp;Latin letters:</source>
        <translation>Tên bằng chữ &amp;Latinh (không dấu):</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="26"/>
        <source>&amp;City:</source>
        <translation>Thành &amp;phố:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="27"/>
        <source>Everything else goes on the enterprise&apos;s page, which opens next.</source>
        <translation>Những thông tin khác điền ở trang doanh nghiệp, sẽ mở ngay sau đây.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="28"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="31"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="37"/>
        <source>&amp;Manager or worker:</source>
        <translation>&amp;Quản lý hay công nhân:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="37"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="38"/>
        <source>Role, department and dates follow in the team&apos;s list.</source>
        <translation>Vai trò, bộ phận và ngày tháng được điền tiếp trong danh sách nhóm.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="38"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="42"/>
        <source>New visit — {enterprise}</source>
        <translation>Chuyến thăm mới — {enterprise}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="68"/>
        <source>Names, separated by commas</source>
        <translation>Họ tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="77"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="78"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="79"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="80"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="81"/>
        <source>Co-visitors</source>
        <translation>Người đi cùng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="82"/>
        <source>Attendees from the EIT</source>
        <translation>Thành viên nhóm cải tiến tham dự</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="84"/>
        <source>Start visit</source>
        <translation>Bắt đầu chuyến thăm</translation>
    </message>
</context>
<context>
    <name>ParticipantRows</name>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="95"/>
        <source>Name</source>
        <extracomment>The participant&apos;s record id, for screens that act on the selected participant. The codes of a choice column (side, gender), for the choice delegate. A sentence when a value was refused, &quot;&quot; once a write went through.</extracomment>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="95"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="95"/>
        <source>Days present</source>
        <translation>Các ngày có mặt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="96"/>
        <source>Content useful</source>
        <translation>Nội dung hữu ích</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="96"/>
        <source>Trainer clear</source>
        <translation>Giảng viên dễ hiểu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="97"/>
        <source>Will apply at work</source>
        <translation>Sẽ áp dụng vào công việc</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="97"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <location filename="../score_desktop/ui/photos/photo_canvas.py" line="120"/>
        <source>Loading the picture…</source>
        <extracomment>Shorter drags are clicks: they draw nothing (a trainer&apos;s touchpad twitches). A finished shape (a dict of the annotation layer). Where the text tool gets its words (the viewer&apos;s label field). None: fit the window; otherwise screen pixels per picture pixel.</extracomment>
        <translation>Đang tải ảnh…</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="161"/>
        <source>Attach photos…</source>
        <extracomment>Asks the screen for a finding to attach to when none is chosen (it creates one); returns via attach_to().</extracomment>
        <translation>Đính kèm ảnh…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="164"/>
        <source>Drop photos or a folder here, or paste with Ctrl+V.</source>
        <translation>Thả ảnh hoặc thư mục vào đây, hoặc dán bằng Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="167"/>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="292"/>
        <source>Importing %v of %m</source>
        <translation>Đang nhập %v / %m</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="169"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="218"/>
        <source>Attach photos</source>
        <translation>Đính kèm ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="219"/>
        <source>Pictures ({patterns})</source>
        <translation>Ảnh ({patterns})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="227"/>
        <source>Another import is still running; wait for it or cancel it.</source>
        <translation>Một lần nhập khác vẫn đang chạy; hãy chờ hoặc hủy lần nhập đó.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="298"/>
        <source>Ready for the report: %v of %m</source>
        <translation>Chuẩn bị cho báo cáo: %v/%m</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="304"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="306"/>
        <source>Import cancelled.</source>
        <translation>Đã hủy nhập.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="310"/>
        <source>%n file(s) skipped:</source>
        <translation>
            <numerusform>Đã bỏ qua %n tệp:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="313"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n tệp khác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="40"/>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="154"/>
        <source>Photo</source>
        <extracomment>The photo shown belongs to a signed visit: nothing of it may change.</extracomment>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="53"/>
        <source>◀ Previous</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="55"/>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="57"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="58"/>
        <source>Fit</source>
        <translation>Vừa cửa sổ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="59"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="60"/>
        <source>Turn ⟲</source>
        <translation>Xoay ⟲</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="61"/>
        <source>Turn ⟳</source>
        <translation>Xoay ⟳</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="66"/>
        <source>Look</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="66"/>
        <source>Arrow</source>
        <translation>Mũi tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="67"/>
        <source>Circle</source>
        <translation>Hình tròn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="67"/>
        <source>Rectangle</source>
        <translation>Hình chữ nhật</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="68"/>
        <source>Text</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="76"/>
        <source>Label text, then click the photo</source>
        <translation>Nhập chữ chú thích, rồi nhấp vào ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="81"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="82"/>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="89"/>
        <source>Caption, as it will print in the report</source>
        <translation>Chú thích ảnh, như sẽ in trong báo cáo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="95"/>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="106"/>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="96"/>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="108"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="97"/>
        <source>Delete photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="101"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="151"/>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="37"/>
        <source>Plan a training session</source>
        <translation>Lên kế hoạch khóa đào tạo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="56"/>
        <source>Names, separated by commas</source>
        <translation>Họ tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="61"/>
        <source>Type to find an enterprise</source>
        <translation>Gõ để tìm doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="81"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="82"/>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="83"/>
        <source>Number of days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="84"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="85"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="86"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="87"/>
        <source>Co-trainers</source>
        <translation>Giảng viên cùng dạy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="88"/>
        <source>Papers in</source>
        <translation>Tài liệu bằng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="89"/>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="92"/>
        <source>Plan session</source>
        <translation>Lên kế hoạch</translation>
    </message>
</context>
<context>
    <name>PracticeCheck</name>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="30"/>
        <source>Good practice in place</source>
        <translation>Đã áp dụng thực hành tốt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="31"/>
        <source>SCORE&apos;s practice check for this topic at this visit (Ctrl+G)</source>
        <translation>Kiểm tra thực hành SCORE cho nội dung này ở chuyến thăm này (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>PracticeScoreLabel</name>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="70"/>
        <source>baseline (this visit): {score}</source>
        <translation>ban đầu (chuyến thăm này): {score}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="72"/>
        <source>baseline: {score}</source>
        <translation>ban đầu: {score}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="73"/>
        <source>this visit: {score}</source>
        <translation>chuyến thăm này: {score}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="74"/>
        <source>&lt;b&gt;Good practices in place&lt;/b&gt;&lt;br&gt;{parts}</source>
        <translation>&lt;b&gt;Thực hành tốt đã áp dụng&lt;/b&gt;&lt;br&gt;{parts}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="78"/>
        <source>not assessed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="79"/>
        <source>{in_place} of {total} ({percent})</source>
        <translation>{in_place}/{total} ({percent})</translation>
    </message>
    <message>
        <source>{in_place} of {total} ({percent} %)</source>
        <translation type="vanished">{in_place}/{total} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/preferences_dialog.py" line="61"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/records_dialog.py" line="30"/>
        <source>%n record(s)</source>
        <extracomment>How many rows the list shows at most (a figure over the whole programme may stand on thousands).</extracomment>
        <translation>
            <numerusform>%n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/records_dialog.py" line="32"/>
        <source>{count}; the first {shown} are listed</source>
        <translation>{count}; liệt kê {shown} bản ghi đầu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/records_dialog.py" line="33"/>
        <source>Enter or a double click opens one.</source>
        <translation>Nhấn Enter hoặc nháy đúp để mở.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="23"/>
        <source>Reopen the signed visit</source>
        <translation>Mở lại chuyến thăm đã ký</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="27"/>
        <source>The visit of {date} was signed. Reopening it lets you change what was recorded; then both sign again and its report becomes revision {revision}. The signed report stays as it is, and the next one prints why the visit was reopened, by whom and when.</source>
        <translation>Chuyến thăm ngày {date} đã được ký. Mở lại cho phép thay đổi những gì đã ghi; sau đó hai bên ký lại và báo cáo trở thành bản sửa đổi {revision}. Báo cáo đã ký được giữ nguyên, bản tiếp theo sẽ in lý do mở lại, người mở và thời điểm.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="35"/>
        <source>For example: the October defect rate was entered for the wrong line.</source>
        <translation>Ví dụ: tỷ lệ lỗi tháng 10 bị ghi nhầm dây chuyền.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="38"/>
        <source>&amp;Why is the visit reopened? (required)</source>
        <translation>&amp;Vì sao mở lại chuyến thăm? (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="40"/>
        <source>Reopened by {who}, now.</source>
        <translation>Người mở lại: {who}, ngay bây giờ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="40"/>
        <source>(your name: set it in Preferences)</source>
        <translation>(tên của bạn: đặt trong Tùy chọn)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="43"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="65"/>
        <source>Visit report</source>
        <translation>Báo cáo chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="97"/>
        <source>A4</source>
        <extracomment>The signed report shown (or translated), None for a report built now.</extracomment>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="98"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="104"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Ngôn ngữ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="vanished">&amp;Khổ giấy:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="106"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="108"/>
        <source>&amp;Cancel build</source>
        <translation>&amp;Hủy tạo báo cáo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="125"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="128"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="168"/>
        <source>Building the report…</source>
        <translation>Đang tạo báo cáo…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="182"/>
        <source>Build cancelled.</source>
        <translation>Đã hủy tạo báo cáo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="183"/>
        <source>Build cancelled; the report shown is the one before.</source>
        <translation>Đã hủy tạo báo cáo; báo cáo đang hiển thị là bản trước.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="236"/>
        <source>Signed report, revision {revision}: the signed document · {pages}</source>
        <translation>Báo cáo đã ký, bản sửa đổi {revision}: văn bản đã ký · {pages}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="239"/>
        <source>Unsigned translation of the signed report · {pages}</source>
        <translation>Bản dịch không có chữ ký của báo cáo đã ký · {pages}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="253"/>
        <source>The report could not be built.</source>
        <translation>Không thể tạo báo cáo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="261"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="262"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="23"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="40"/>
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="23"/>
        <source>Factories</source>
        <translation>Số nhà máy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="24"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="43"/>
        <source>Attendance rate</source>
        <translation>Tỷ lệ có mặt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="24"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="43"/>
        <source>Present every day</source>
        <translation>Có mặt đủ các ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="25"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="41"/>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="25"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="42"/>
        <source>Workers</source>
        <translation>Công nhân</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="26"/>
        <source>Feedback forms</source>
        <translation>Phiếu phản hồi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="26"/>
        <source>Content useful</source>
        <translation>Nội dung hữu ích</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="27"/>
        <source>Trainer clear</source>
        <translation>Giảng viên dễ hiểu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="27"/>
        <source>Will apply at work</source>
        <translation>Sẽ áp dụng vào công việc</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="40"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="41"/>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="42"/>
        <source>Managers</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="47"/>
        <source>Counted over the participants of the enterprises in this workspace; a coordinator&apos;s workspace holds them all.</source>
        <translation>Tính trên học viên của các doanh nghiệp trong không gian làm việc này; không gian của điều phối viên có tất cả.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="49"/>
        <source>Scores are averages of the paper forms, from 1 (not at all) to 5 (very much).</source>
        <translation>Điểm là trung bình của phiếu giấy, từ 1 (hoàn toàn không) đến 5 (rất nhiều).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="73"/>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="48"/>
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="48"/>
        <source>Last 12 months</source>
        <translation>12 tháng qua</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="49"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="49"/>
        <source>Last year</source>
        <translation>Năm ngoái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="54"/>
        <source>&amp;Period</source>
        <translation>Giai đoạn (&amp;P)</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation type="vanished">Tỉ&amp;nh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="54"/>
        <source>Provi&amp;nce</source>
        <translation>Tỉ&amp;nh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="55"/>
        <source>&amp;Module</source>
        <translation>Học phần (&amp;M)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="55"/>
        <source>Sp&amp;onsor</source>
        <translation>Nhãn hàng (&amp;O)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="56"/>
        <source>T&amp;rainer</source>
        <translation>Giảng viên (&amp;R)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="64"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="75"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="82"/>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="66"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="88"/>
        <source>Visits</source>
        <translation>Lần thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="75"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="76"/>
        <source>Improved</source>
        <translation>Cải thiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="76"/>
        <source>Worse</source>
        <translation>Kém đi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="77"/>
        <source>Median change</source>
        <translation>Thay đổi trung vị</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="81"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="280"/>
        <source>Module</source>
        <translation>Học phần</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="82"/>
        <source>Baseline</source>
        <translation>Ban đầu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="83"/>
        <source>Latest</source>
        <translation>Gần nhất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="87"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="280"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="87"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="104"/>
        <source>KPI change from baseline to latest</source>
        <translation>Thay đổi KPI từ ban đầu đến gần nhất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="105"/>
        <source>Good practices in place, per module (%)</source>
        <translation>Thực hành tốt đã áp dụng, theo học phần (%)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="106"/>
        <source>Actions agreed at these visits</source>
        <translation>Hành động thống nhất tại các lần thăm này</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="112"/>
        <source>EIT balance</source>
        <translation>Cơ cấu EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="113"/>
        <source>Classroom training</source>
        <translation>Đào tạo tại lớp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="114"/>
        <source>Visits per trainer and month</source>
        <translation>Số lần thăm theo giảng viên và tháng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="127"/>
        <source>Programme results</source>
        <translation>Kết quả chương trình</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="160"/>
        <source>All provinces</source>
        <translation>Tất cả tỉnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="161"/>
        <source>All modules</source>
        <translation>Tất cả học phần</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="162"/>
        <source>All sponsors</source>
        <translation>Tất cả nhãn hàng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="163"/>
        <source>All trainers</source>
        <translation>Tất cả giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="197"/>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="213"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n doanh nghiệp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="214"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n lần thăm</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="215"/>
        <source>Photos received: {received} of {expected}</source>
        <translation>Ảnh đã nhận: {received} / {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="217"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n xung đột chưa xử lý</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="232"/>
        <source>Done on time</source>
        <translation>Xong đúng hạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="233"/>
        <source>Done late</source>
        <translation>Xong trễ hạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="234"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="235"/>
        <source>Open, not yet due</source>
        <translation>Đang mở, chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="237"/>
        <source>Managers</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="238"/>
        <source>Workers</source>
        <translation>Công nhân</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="239"/>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="240"/>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="242"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n học viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="243"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n khóa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="245"/>
        <source>Present every day: {share} · women: {women}</source>
        <translation>Có mặt đủ các ngày: {share} · nữ: {women}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="248"/>
        <source>content useful</source>
        <translation>nội dung hữu ích</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="248"/>
        <source>trainer clear</source>
        <translation>giảng viên dễ hiểu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="249"/>
        <source>will apply at work</source>
        <translation>sẽ áp dụng vào công việc</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="253"/>
        <source>Satisfaction (1-5): {scores}</source>
        <translation>Mức hài lòng (1-5): {scores}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="269"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="279"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="269"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="271"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="279"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="287"/>
        <source>better</source>
        <translation>tốt hơn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="287"/>
        <source>worse</source>
        <translation>kém hơn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="288"/>
        <source>no change yet</source>
        <translation>chưa thay đổi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="311"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="311"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="312"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="35"/>
        <source>Open the report…</source>
        <translation>Mở báo cáo…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="45"/>
        <source>Open the visit</source>
        <translation>Mở chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="50"/>
        <source>Send comment</source>
        <translation>Gửi nhận xét</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="51"/>
        <source>A comment for the trainer: what to fix, what is missing, what is good</source>
        <translation>Nhận xét cho giảng viên: cần sửa gì, còn thiếu gì, điều gì tốt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="58"/>
        <source>Set the review state, with the comment above if any (Alt+{n})</source>
        <translation>Đặt trạng thái duyệt, kèm nhận xét ở trên nếu có (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="60"/>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="120"/>
        <source>Review state: {state}</source>
        <translation>Trạng thái duyệt: {state}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="80"/>
        <source>Comments</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="108"/>
        <source>trainer: {account}</source>
        <translation>giảng viên: {account}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="117"/>
        <source>Not a report to review yet (a draft)</source>
        <translation>Chưa phải báo cáo cần duyệt (bản nháp)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="118"/>
        <source> (set by {reviewer})</source>
        <translation> (do {reviewer} đặt)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="31"/>
        <source>Answer your coordinator here. To fix a signed visit, reopen it with a reason (Sign-off tab) and sign it again: your answer or the new signature sends the report back to your coordinator.</source>
        <translation>Trả lời điều phối viên tại đây. Để sửa một chuyến thăm đã ký, hãy mở lại kèm lý do (thẻ Ký duyệt) rồi ký lại: câu trả lời hoặc chữ ký mới sẽ gửi báo cáo lại cho điều phối viên.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="34"/>
        <source>Send answer</source>
        <translation>Gửi trả lời</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="34"/>
        <source>Your answer to your coordinator</source>
        <translation>Câu trả lời cho điều phối viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="51"/>
        <source>Your coordinator has not reviewed this report yet.</source>
        <translation>Điều phối viên chưa duyệt báo cáo này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="55"/>
        <source>Your coordinator&apos;s review: {state} ({reviewer})</source>
        <translation>Kết quả duyệt của điều phối viên: {state} ({reviewer})</translation>
    </message>
</context>
<context>
    <name>ReviewQueueScreen</name>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="30"/>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="31"/>
        <source>Visit date</source>
        <translation>Ngày thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="32"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="33"/>
        <source>Module</source>
        <translation>Học phần</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="34"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="35"/>
        <source>Sponsors</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="36"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="46"/>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="46"/>
        <source>All trainers</source>
        <translation>Mọi giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="47"/>
        <source>All enterprises</source>
        <translation>Mọi doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="47"/>
        <source>All modules</source>
        <translation>Mọi học phần</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="48"/>
        <source>All sponsors</source>
        <translation>Mọi nhà tài trợ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="62"/>
        <source>No visit reports to review: they arrive here once trainers finalise or sign a visit and sync.</source>
        <translation>Không có báo cáo nào cần duyệt: báo cáo sẽ đến đây khi giảng viên hoàn tất hoặc ký một chuyến thăm và đồng bộ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="66"/>
        <source>Visit reports to review</source>
        <translation>Báo cáo chuyến thăm cần duyệt</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="117"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n báo cáo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewThread</name>
    <message>
        <location filename="../score_desktop/ui/core/review_thread.py" line="53"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/review_thread.py" line="76"/>
        <source>No comments yet.</source>
        <translation>Chưa có nhận xét.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/review_thread.py" line="83"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../score_desktop/domain/roles.py" line="27"/>
        <source>Only a coordinator sets a report&apos;s review state.</source>
        <extracomment>What a trainer records at the factory; a coordinator&apos;s change to any of them is ``not_permitted``. The accounts that review visit reports.</extracomment>
        <translation>Chỉ điều phối viên mới đặt trạng thái duyệt của báo cáo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/roles.py" line="28"/>
        <source>What a trainer recorded is changed by the trainer: write a comment in the review instead.</source>
        <translation>Nội dung giảng viên ghi do giảng viên sửa: hãy viết nhận xét trong phần duyệt.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/roles.py" line="30"/>
        <source>A comment is changed only by the person who wrote it.</source>
        <translation>Chỉ người viết mới sửa được nhận xét.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="53"/>
        <location filename="../score_desktop/ui/search/search_screen.py" line="59"/>
        <source>Enterprise</source>
        <extracomment>The trainer chose a hit: (entity, record id). A search finished: (query, number of hits).</extracomment>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="53"/>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="53"/>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="54"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="54"/>
        <source>EIT member</source>
        <translation>Thành viên EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="54"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="56"/>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="57"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="58"/>
        <source>Where it matches</source>
        <translation>Nội dung khớp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="67"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="92"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="98"/>
        <source>Search: {query}</source>
        <translation>Tìm kiếm: {query}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/search/search_screen.py" line="99"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="100"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Không tìm thấy gì. Hãy thử ít từ hơn hoặc từ ngắn hơn.</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="121"/>
        <source>Names, separated by commas</source>
        <translation>Họ tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="123"/>
        <source>The language of the attendance sheet and the certificates</source>
        <translation>Ngôn ngữ của danh sách điểm danh và giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="127"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="127"/>
        <source>Days</source>
        <translation>Các ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="127"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="128"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="128"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="128"/>
        <source>Co-trainers</source>
        <translation>Giảng viên cùng dạy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="129"/>
        <source>Papers in</source>
        <translation>Tài liệu bằng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="129"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="147"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="148"/>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="155"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="158"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="160"/>
        <source>Take the selected enterprise out of the session</source>
        <translation>Đưa doanh nghiệp đã chọn ra khỏi khóa đào tạo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="162"/>
        <source>Enterprises whose people attend</source>
        <translation>Doanh nghiệp cử người tham dự</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="78"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="180"/>
        <source>Add participants…</source>
        <extracomment>table_view&apos;s ``stretch``: the last column takes the spare width (the feedback&apos;s comment), or none does. The widest a column of names grows to fit its text (longer names are elided; the tooltip has them whole). The columns of what was typed (names, enterprises, positions, comments), which that width bounds; the others hold the app&apos;s words and get the width their title needs. (session id, ATTENDANCE_SHEET or CERTIFICATES): the main window opens the paper&apos;s preview.</extracomment>
        <translation>Thêm học viên…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="79"/>
        <source>Attendance sheet…</source>
        <translation>Danh sách điểm danh…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="81"/>
        <source>Certificates…</source>
        <translation>Giấy chứng nhận…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="83"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="310"/>
        <source>Delete session</source>
        <translation>Xóa khóa đào tạo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="106"/>
        <source>Everyone present on…</source>
        <translation>Tất cả có mặt ngày…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="109"/>
        <source>Add to the EIT</source>
        <translation>Thêm vào nhóm cải tiến</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="110"/>
        <source>Make the selected participant a member of their enterprise&apos;s EIT</source>
        <translation>Đưa học viên đã chọn vào nhóm cải tiến của doanh nghiệp họ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="111"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="301"/>
        <source>Remove participant</source>
        <translation>Bỏ học viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="165"/>
        <source>Arrow keys move between people and days; the space bar ticks who is present. Double-click a name, role or position to correct it.</source>
        <translation>Phím mũi tên di chuyển giữa người và ngày; phím cách đánh dấu người có mặt. Nhấp đúp vào họ tên, vai trò hoặc chức vụ để sửa.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="170"/>
        <source>Type each score from the paper form (1 to 5) and press Tab for the next one; leave a score empty when it was not given.</source>
        <translation>Nhập từng điểm trên phiếu giấy (1 đến 5) rồi nhấn Tab để sang điểm tiếp theo; để trống điểm không được chấm.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="174"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="175"/>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="176"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="209"/>
        <source>{place}    Session id: {id}</source>
        <translation>{place}    Mã khóa đào tạo: {id}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="213"/>
        <source>Day {number}: {date}</source>
        <translation>Ngày {number}: {date}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="287"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="298"/>
        <source>Select a participant first.</source>
        <translation>Hãy chọn một học viên trước.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="293"/>
        <source>{name} is on the EIT now.</source>
        <translation>{name} đã vào nhóm cải tiến.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="302"/>
        <source>Remove {name} from this session? Their ticks and feedback go with them.</source>
        <translation>Bỏ {name} khỏi khóa đào tạo này? Điểm danh và phản hồi của người này cũng bị bỏ theo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="311"/>
        <source>Delete this session with its participants, attendance and feedback?</source>
        <translation>Xóa khóa đào tạo này cùng học viên, điểm danh và phản hồi?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="50"/>
        <source>The computer&apos;s language</source>
        <extracomment>&quot;text&quot;, &quot;choice&quot; (one of ``choices``) or &quot;order&quot; (a comma-separated ordering of codes). What each choice is called, in the same order (a choice is shown as itself when there are none). Texts marked with QT_TRANSLATE_NOOP are translated; a language&apos;s name is written in that language. The choice changes something the app sets up when it starts (the language): it offers to restart. Module codes in SCORE&apos;s teaching order; the catalog may know more, they then follow in catalog order. The languages the app speaks, each named in itself (&quot;&quot; follows the computer&apos;s language).</extracomment>
        <translation>Ngôn ngữ của máy tính</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="54"/>
        <source>Trainer name</source>
        <translation>Tên giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="55"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="56"/>
        <source>Language of the app</source>
        <translation>Ngôn ngữ ứng dụng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="59"/>
        <source>Default module order</source>
        <translation>Thứ tự mô-đun mặc định</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="60"/>
        <source>Report paper size</source>
        <translation>Khổ giấy của báo cáo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="62"/>
        <source>Sync server address</source>
        <translation>Địa chỉ máy chủ đồng bộ</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/shortcuts_dialog.py" line="15"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/shortcuts_dialog.py" line="22"/>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/shortcuts_dialog.py" line="22"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="45"/>
        <source>Sign in to the SCORE server</source>
        <extracomment>The server accepted: the credentials the sync goes on with.</extracomment>
        <translation>Đăng nhập vào máy chủ SCORE</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="67"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="73"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="74"/>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="75"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="90"/>
        <source>The server&apos;s administrator gives you the address, your user name and a password. What the trainers synced comes to this laptop; your reviews and comments go back to them.</source>
        <translation>Quản trị viên máy chủ cung cấp địa chỉ, tên người dùng và mật khẩu. Những gì giảng viên đã đồng bộ sẽ về máy này; kết quả duyệt và nhận xét của bạn sẽ gửi lại cho họ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="93"/>
        <source>Your coordinator gives you the address, your user name and a password. Your work stays on this laptop and syncs when there is a network.</source>
        <translation>Điều phối viên sẽ cung cấp cho bạn địa chỉ, tên người dùng và mật khẩu. Công việc của bạn được lưu trên máy tính này và sẽ đồng bộ khi có mạng.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="95"/>
        <source>Whoever runs your programme&apos;s server gives you its address, your user name and a password: your coordinator if you are a trainer, the server&apos;s administrator if you coordinate. Everything stays on this laptop and syncs when there is a network.</source>
        <translation>Người quản lý máy chủ của chương trình cung cấp địa chỉ, tên người dùng và mật khẩu: điều phối viên nếu bạn là giảng viên, quản trị viên máy chủ nếu bạn là điều phối viên. Mọi thứ được lưu trên máy này và đồng bộ khi có mạng.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="103"/>
        <source>Please fill in the server address, your user name and your password.</source>
        <translation>Vui lòng nhập địa chỉ máy chủ, tên người dùng và mật khẩu của bạn.</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="14"/>
        <source>No findings are recorded yet.</source>
        <translation>Chưa ghi nhận phát hiện nào.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="16"/>
        <source>The action “{title}” has no owner.</source>
        <translation>Hành động “{title}” chưa có người phụ trách.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="19"/>
        <source>The action “{title}” has no due date.</source>
        <translation>Hành động “{title}” chưa có hạn.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="26"/>
        <source>The module&apos;s core KPI “{kpi}” is not entered at this visit.</source>
        <translation>KPI cốt lõi của học phần “{kpi}” chưa được nhập ở lần thăm này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="35"/>
        <source>The trainer has not signed.</source>
        <translation>Giảng viên chưa ký.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="37"/>
        <source>The enterprise&apos;s representative has not signed.</source>
        <translation>Đại diện doanh nghiệp chưa ký.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="39"/>
        <source>Type the name of the enterprise&apos;s representative.</source>
        <translation>Nhập họ tên người đại diện doanh nghiệp.</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="91"/>
        <source>Finalise…</source>
        <translation>Hoàn tất…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="94"/>
        <source>For the SCORE trainer</source>
        <translation>Đại diện giảng viên SCORE</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="95"/>
        <source>e.g. SCORE trainer</source>
        <translation>vd: giảng viên SCORE</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="96"/>
        <source>For the enterprise</source>
        <translation>Đại diện doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="97"/>
        <source>Who signs for the factory</source>
        <translation>Người ký thay mặt nhà máy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="98"/>
        <source>e.g. EIT chair, factory manager</source>
        <translation>vd: trưởng nhóm EIT, giám đốc nhà máy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="100"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="101"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="108"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Ngôn ngữ báo cáo:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="110"/>
        <source>Signed report…</source>
        <translation>Báo cáo đã ký…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="113"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="116"/>
        <source>Sign the visit…</source>
        <translation>Ký chuyến thăm…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="181"/>
        <source>Signed by {trainer} and {representative}, revision {revision}, on {when}. The visit is locked.</source>
        <translation>{trainer} và {representative} đã ký, bản sửa đổi {revision}, lúc {when}. Chuyến thăm đã bị khóa.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="187"/>
        <source>Reopened by {who} on {when}: {reason}. Sign again to lock it.</source>
        <translation>{who} mở lại lúc {when}: {reason}. Ký lại để khóa.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="191"/>
        <source>Not signed yet. Both sign here, on the laptop; signing makes the report once and locks the visit.</source>
        <translation>Chưa ký. Hai bên ký ngay trên máy này; khi ký, báo cáo được tạo một lần và chuyến thăm bị khóa.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="193"/>
        <source>Earlier revisions: {list}</source>
        <translation>Các bản sửa đổi trước: {list}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="194"/>
        <source>{revision} ({date})</source>
        <translation>{revision} ({date})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="206"/>
        <source>Still missing:</source>
        <translation>Còn thiếu:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="207"/>
        <source>Everything a signed report needs is recorded.</source>
        <translation>Đã ghi đủ mọi thứ báo cáo đã ký cần.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../score_desktop/ui/visits/signature_pad.py" line="40"/>
        <source>Sign here</source>
        <extracomment>Points closer than this (in box units) to the last one add nothing but weight. A stroke was finished or the pad was cleared: the strokes as they are now, in box units.</extracomment>
        <translation>Ký vào đây</translation>
    </message>
</context>
<context>
    <name>SignedBanner</name>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="27"/>
        <source>Signed report…</source>
        <translation>Báo cáo đã ký…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="30"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="48"/>
        <source>Signed on {when} by {who} (revision {revision}).</source>
        <translation>Ký lúc {when} bởi {who} (bản sửa đổi {revision}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="50"/>
        <source>Signed by {who}.</source>
        <translation>{who} đã ký.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="52"/>
        <source>A signed visit is locked: its details, findings, photos, the actions agreed at it, its KPI readings and practice checks stay as signed. Actions still move on as the EIT works on them.</source>
        <translation>Chuyến thăm đã ký bị khóa: thông tin, phát hiện, ảnh, các hành động đã thống nhất, số liệu KPI và kiểm tra thực hành giữ nguyên như lúc ký. Các hành động vẫn được cập nhật khi nhóm EIT thực hiện.</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="45"/>
        <source>Clear signature</source>
        <translation>Xóa chữ ký</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="49"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="50"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="64"/>
        <source>Signed on {date}</source>
        <translation>Ký ngày {date}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="65"/>
        <source>Not signed yet</source>
        <translation>Chưa ký</translation>
    </message>
</context>
<context>
    <name>SponsorReportDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/sponsor_report.py" line="30"/>
        <source>Sponsor report</source>
        <translation>Báo cáo cho nhãn hàng tài trợ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/sponsor_report.py" line="31"/>
        <source>Sponsoring &amp;buyer:</source>
        <translation>Nhãn hàng tài trợ (&amp;B):</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Suggestion</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Submitted by</source>
        <translation>Người góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Implemented</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="34"/>
        <source>On</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="34"/>
        <source>Reward</source>
        <translation>Phần thưởng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="34"/>
        <source>Saving</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="54"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="54"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="77"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="77"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="82"/>
        <source>Add suggestion</source>
        <translation>Thêm góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="85"/>
        <source>Delete suggestion</source>
        <translation>Xóa góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="92"/>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="98"/>
        <source>Implemented</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="97"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="97"/>
        <source>Submitted by</source>
        <translation>Người góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="98"/>
        <source>Suggestion</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="99"/>
        <source>Implemented on</source>
        <translation>Áp dụng ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="99"/>
        <source>Reward</source>
        <translation>Phần thưởng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="100"/>
        <source>Saving</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="163"/>
        <source>{received}, {implemented} · savings {saving}</source>
        <translation>{received}, {implemented} · tiết kiệm {saving}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="164"/>
        <source>%n received</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>nhận %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="165"/>
        <source>%n implemented</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>áp dụng %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{received} received, {implemented} implemented · savings {saving}</source>
        <translation type="vanished">Nhận {received}, đã áp dụng {implemented} · tiết kiệm {saving}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../score_desktop/sync/account.py" line="22"/>
        <source>The user name or password is wrong.</source>
        <translation>Tên người dùng hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="23"/>
        <source>Cannot reach the server at {url}. Check the address and the network.</source>
        <translation>Không thể kết nối tới máy chủ tại {url}. Hãy kiểm tra địa chỉ và mạng.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="24"/>
        <source>This workspace syncs with {server} as {username}. Use a new workspace for another server or account.</source>
        <translation>Không gian làm việc này đồng bộ với {server} dưới tên {username}. Hãy dùng một không gian làm việc mới cho máy chủ hoặc tài khoản khác.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="27"/>
        <source>A demo workspace never syncs. Sign in from your own workspace.</source>
        <translation>Không gian làm việc mẫu không bao giờ đồng bộ. Hãy đăng nhập từ không gian làm việc của riêng bạn.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="28"/>
        <source>The server refused the sign-in: {message}</source>
        <translation>Máy chủ đã từ chối đăng nhập: {message}</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="29"/>
        <source>Too many failed sign-ins for this account. Try again later (in {minutes} min), or ask your coordinator to unlock it.</source>
        <translation>Tài khoản này đã đăng nhập sai quá nhiều lần. Hãy thử lại sau ({minutes} phút nữa), hoặc nhờ điều phối viên mở khóa.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="72"/>
        <source>The server cannot be reached right now; your changes are kept and will be sent later.</source>
        <extracomment>(connect, read) seconds. A push of 500 mutations on a slow hotel Wi-Fi still answers well within this. Seconds the server asked us to wait (Retry-After), when it said so. Messages for the user per outcome (translated by the UI in the ``Sync`` context).</extracomment>
        <translation>Hiện không thể kết nối tới máy chủ; các thay đổi của bạn được giữ lại và sẽ được gửi sau.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="74"/>
        <source>Please sign in again: the server no longer accepts this sign-in. Your changes are kept.</source>
        <translation>Vui lòng đăng nhập lại: máy chủ không còn chấp nhận phiên đăng nhập này. Các thay đổi của bạn vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="76"/>
        <source>The server needs a newer SCORE Desktop: {message} You can go on working offline.</source>
        <translation>Máy chủ cần phiên bản SCORE Desktop mới hơn: {message} Bạn vẫn có thể tiếp tục làm việc ngoại tuyến.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="78"/>
        <source>This workspace must be registered as a new device: please sign in again. Your changes are kept.</source>
        <translation>Không gian làm việc này phải được đăng ký làm thiết bị mới: vui lòng đăng nhập lại. Các thay đổi của bạn vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="80"/>
        <source>Your account may not do this: {message}</source>
        <translation>Tài khoản của bạn không được phép làm việc này: {message}</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="81"/>
        <source>The server refused a request ({message}). Your changes are kept; please tell your coordinator.</source>
        <translation>Máy chủ đã từ chối một yêu cầu ({message}). Các thay đổi của bạn vẫn được giữ lại; vui lòng báo cho điều phối viên.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="37"/>
        <source>Stopped before the end; it goes on next time.</source>
        <translation>Đã dừng trước khi xong; lần sau sẽ tiếp tục.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="52"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="53"/>
        <source>EIT member</source>
        <translation>Thành viên nhóm cải tiến</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="54"/>
        <source>Training session</source>
        <translation>Buổi đào tạo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="55"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="56"/>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="57"/>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="58"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="59"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="60"/>
        <source>KPI reading</source>
        <translation>Số đo KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="61"/>
        <source>Practice check</source>
        <translation>Kiểm tra thực hành</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="62"/>
        <source>Suggestion</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="63"/>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="64"/>
        <source>Signed report</source>
        <translation>Báo cáo đã ký</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="65"/>
        <source>Conflict resolution</source>
        <translation>Xử lý xung đột</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="72"/>
        <source>Deleted or edited</source>
        <translation>Đã xóa hoặc đã sửa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="74"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="75"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="76"/>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="77"/>
        <source>Recommendation</source>
        <translation>Khuyến nghị</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="78"/>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="79"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="80"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="81"/>
        <source>Due date</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="82"/>
        <source>Visit date</source>
        <translation>Ngày thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="83"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="84"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="98"/>
        <source>(empty)</source>
        <extracomment>Fields whose stored codes have words in ui/core/labels.py, per entity where the same name means different codes.</extracomment>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="103"/>
        <source>Edited: {fields}</source>
        <translation>Đã sửa: {fields}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="109"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="109"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="119"/>
        <source>A signed visit is reopened only with a reason. Reopen it again from the visit screen, saying why.</source>
        <translation>Chuyến thăm đã ký chỉ được mở lại khi có lý do. Hãy mở lại từ màn hình chuyến thăm và nêu lý do.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="124"/>
        <source>A signed report is a document: the server keeps it as it was signed. Discard this change.</source>
        <translation>Báo cáo đã ký là một văn bản: máy chủ giữ nguyên như lúc ký. Hãy bỏ thay đổi này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="130"/>
        <source>The visit was signed: what was recorded at it stays as signed. Discard your change, or reopen the visit and send it again.</source>
        <translation>Chuyến thăm đã được ký: những gì đã ghi được giữ nguyên như lúc ký. Hãy bỏ thay đổi của bạn, hoặc mở lại chuyến thăm rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="133"/>
        <source>The visit of {date} was signed by {who} on {when}: what was recorded at it stays as signed. Discard your change, or ask {who} to reopen the visit and then send it again.</source>
        <translation>Chuyến thăm ngày {date} đã được {who} ký lúc {when}: những gì đã ghi được giữ nguyên như lúc ký. Hãy bỏ thay đổi của bạn, hoặc nhờ {who} mở lại chuyến thăm rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="163"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="174"/>
        <source>today {time}</source>
        <translation>hôm nay {time}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="176"/>
        <source>yesterday {time}</source>
        <translation>hôm qua {time}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day of this year</comment>
        <translation type="vanished">d MMM</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="32"/>
        <source>This photo is not available on the server.</source>
        <translation>Ảnh này không có trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="33"/>
        <source>This photo cannot be downloaded right now; it comes when the server can be reached.</source>
        <translation>Hiện chưa tải được ảnh này; ảnh sẽ được tải về khi kết nối được với máy chủ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="35"/>
        <source>Sign in to download this photo.</source>
        <translation>Đăng nhập để tải ảnh này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="36"/>
        <source>The photo arrived damaged; it will be downloaded again next time.</source>
        <translation>Ảnh tải về bị hỏng; lần sau sẽ tải lại.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="30"/>
        <source>The signed report is not on the server yet: the laptop that signed it has not synced since.</source>
        <translation>Máy chủ chưa có báo cáo đã ký này: máy đã ký chưa đồng bộ kể từ đó.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="32"/>
        <source>The signed report cannot be downloaded right now; try again when the server can be reached.</source>
        <translation>Hiện không tải được báo cáo đã ký; hãy thử lại khi kết nối được máy chủ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="34"/>
        <source>Sign in to download the signed report.</source>
        <translation>Hãy đăng nhập để tải báo cáo đã ký.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="35"/>
        <source>The signed report arrived damaged; nothing was kept. Try again.</source>
        <translation>Báo cáo đã ký tải về bị hỏng; không lưu gì cả. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="44"/>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="155"/>
        <source>Sign in…</source>
        <translation>Đăng nhập…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="45"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="46"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="48"/>
        <source>Send your changes and receive others&apos; now (F5)</source>
        <translation>Gửi thay đổi của bạn và nhận thay đổi của người khác ngay (F5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="117"/>
        <source>Signed in as a coordinator: the trainers&apos; records are coming to this laptop…</source>
        <translation>Đã đăng nhập với vai trò điều phối viên: dữ liệu của giảng viên đang về máy này…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="118"/>
        <source>Signed in. Syncing…</source>
        <translation>Đã đăng nhập. Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="132"/>
        <source>Signed out. Your work stays on this laptop; sign in again to sync it.</source>
        <translation>Đã đăng xuất. Công việc của bạn vẫn lưu trên máy tính này; hãy đăng nhập lại để đồng bộ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="156"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_controller.py" line="315"/>
        <source>This laptop&apos;s clock is %n minute(s) away from the server&apos;s. Please set the date, time and time zone right: the order of edits depends on them.</source>
        <extracomment>Keyword arguments for every round&apos;s SyncEngine (its retries); empty: the engine&apos;s own defaults. :attr:`state` changed (and with it, maybe, :attr:`last_result`). (stage &quot;push&quot; | &quot;photos&quot; | &quot;pull&quot;, done, total) during a round. A round ended (a RoundResult); the outbox, the log and the lists may have changed. The records a round brought or changed (a ChangeSet), for the screens. The server no longer accepts this sign-in: the sentence to show with a way to sign in again. Something to tell the trainer once (a newer app is needed, the clock is wrong): a translated sentence. The stage of the round under way (&quot;connect&quot;, &quot;push&quot;, &quot;photos&quot;, &quot;pull&quot;) and its (done, total).</extracomment>
        <translation>
            <numerusform>Đồng hồ của máy tính này lệch %n phút so với máy chủ. Vui lòng đặt đúng ngày, giờ và múi giờ: thứ tự các chỉnh sửa phụ thuộc vào chúng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="32"/>
        <source>Photo files</source>
        <translation>Tệp ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="34"/>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="41"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="42"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="43"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="63"/>
        <source>Under way or interrupted</source>
        <translation>Đang chạy hoặc bị gián đoạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="64"/>
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="65"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="66"/>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="67"/>
        <source>Sign-in needed</source>
        <translation>Cần đăng nhập</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="68"/>
        <source>Newer app needed</source>
        <translation>Cần ứng dụng mới hơn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="69"/>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="70"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="75"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="77"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="78"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="79"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="80"/>
        <source>Photos (MB)</source>
        <translation>Ảnh (MB)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="81"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="103"/>
        <source>{entity}: deletion</source>
        <translation>{entity}: xóa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="104"/>
        <source>{entity}: change</source>
        <translation>{entity}: thay đổi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="107"/>
        <source>(no title)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="115"/>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="191"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="116"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="117"/>
        <source>Fields</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="118"/>
        <source>The server&apos;s reason</source>
        <translation>Lý do từ máy chủ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="161"/>
        <source>you ({username})</source>
        <extracomment>&quot;winning&quot; (the record holds it now) or &quot;losing&quot; (kept aside in the conflict).</extracomment>
        <translation>bạn ({username})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="164"/>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="185"/>
        <source>{value}  ·  {who}, {when}</source>
        <translation>{value}  ·  {who}, {when}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="192"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="193"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="194"/>
        <source>Theirs</source>
        <translation>Của người khác</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="68"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="97"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="105"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="106"/>
        <source>Theirs</source>
        <translation>Của người khác</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="107"/>
        <source>Keep mine</source>
        <translation>Giữ của tôi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="108"/>
        <source>Keep theirs</source>
        <translation>Giữ của người khác</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="109"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="121"/>
        <source>The same value was changed on two laptops. Until you decide, the record holds the later change and the other is kept here.</source>
        <translation>Cùng một giá trị đã bị thay đổi trên hai máy tính. Cho đến khi bạn quyết định, bản ghi dùng thay đổi muộn hơn và thay đổi kia được giữ ở đây.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="129"/>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="286"/>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="140"/>
        <source>Open record</source>
        <translation>Mở bản ghi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="141"/>
        <source>Resend</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="142"/>
        <source>Discard…</source>
        <translation>Bỏ…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="153"/>
        <source>Changes the server refused stay on this laptop. Fix the record and resend it, or discard the change to take the server&apos;s version.</source>
        <translation>Những thay đổi bị máy chủ từ chối vẫn nằm trên máy tính này. Hãy sửa bản ghi rồi gửi lại, hoặc bỏ thay đổi để dùng phiên bản trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="161"/>
        <source>Why: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="174"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="175"/>
        <source>Recent rounds</source>
        <translation>Các lần đồng bộ gần đây</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="199"/>
        <source>Conflicts ({count})</source>
        <translation>Xung đột ({count})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="200"/>
        <source>Needs attention ({count})</source>
        <translation>Cần xử lý ({count})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="222"/>
        <source>Not signed in. Sign in to send your work to the SCORE server.</source>
        <translation>Chưa đăng nhập. Hãy đăng nhập để gửi công việc của bạn lên máy chủ SCORE.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="224"/>
        <source>Signed in to {server} as {username}.</source>
        <translation>Đã đăng nhập vào {server} với tên {username}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="257"/>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="300"/>
        <source>Discard the change</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="301"/>
        <source>Discard this change to “{record}”? The record takes the server&apos;s version again with the next sync.</source>
        <translation>Bỏ thay đổi này đối với “{record}”? Bản ghi sẽ trở lại phiên bản trên máy chủ trong lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="304"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="29"/>
        <source>Opening the workspace…</source>
        <extracomment>The dot before the state: green online, grey offline, amber when the trainer must act, blue while syncing. The trainer clicked &quot;Needs attention&quot;: show the Sync screen.</extracomment>
        <translation>Đang mở không gian làm việc…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="72"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="72"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="72"/>
        <source>Syncing</source>
        <translation>Đang đồng bộ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="73"/>
        <source>Sign in again to sync</source>
        <translation>Đăng nhập lại để đồng bộ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="73"/>
        <source>Offline: a newer app is needed</source>
        <translation>Ngoại tuyến: cần ứng dụng mới hơn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="74"/>
        <source>Sync stopped</source>
        <translation>Đồng bộ đã dừng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="74"/>
        <source>Not signed in: File ▸ Sign in…</source>
        <translation>Chưa đăng nhập: Tệp ▸ Đăng nhập…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="75"/>
        <source>Demo workspace: never syncs</source>
        <translation>Không gian làm việc mẫu: không bao giờ đồng bộ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="82"/>
        <source>Needs attention: {count}</source>
        <translation>Cần xử lý: {count}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="90"/>
        <source>Last sync: {when}</source>
        <translation>Lần đồng bộ cuối: {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_status.py" line="100"/>
        <source>%n change(s) and {megabytes} MB of photos waiting</source>
        <translation>
            <numerusform>%n thay đổi và {megabytes} MB ảnh đang chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_status.py" line="103"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n thay đổi đang chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="104"/>
        <source>Nothing waiting</source>
        <translation>Không có gì đang chờ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="118"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="118"/>
        <source>Sending changes…</source>
        <translation>Đang gửi thay đổi…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="119"/>
        <source>Sending photos…</source>
        <translation>Đang gửi ảnh…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="119"/>
        <source>Receiving changes…</source>
        <translation>Đang nhận thay đổi…</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../score_desktop/ui/core/thumbnails.py" line="159"/>
        <source>Photo not on this laptop</source>
        <extracomment>Enough for every photo of a long visit; a 256-pixel thumbnail is about 200 KB decoded. ``fetch(sha256, ext) -&gt; Path``: brings a missing original to the photo store, or raises a UserError. The sha256 of a picture whose thumbnail is now available (or known to be missing). Pictures shown as a placeholder (not on this laptop), with what the placeholder says.</extracomment>
        <translation>Ảnh không có trên máy tính này</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="34"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="35"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="42"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="50"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="36"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="37"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="38"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="43"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="93"/>
        <source>Overdue actions</source>
        <translation>Hành động quá hạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="44"/>
        <source>Oldest due date</source>
        <translation>Hạn chót sớm nhất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="49"/>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="51"/>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="52"/>
        <source>Last comment</source>
        <translation>Nhận xét mới nhất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="61"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="221"/>
        <source>Your coordinator wrote</source>
        <translation>Điều phối viên đã viết</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="72"/>
        <source>All overdue actions</source>
        <translation>Tất cả hành động quá hạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="77"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="219"/>
        <source>No visits planned this week.</source>
        <translation>Tuần này không có chuyến thăm nào.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="78"/>
        <source>No overdue actions.</source>
        <translation>Không có hành động quá hạn.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="79"/>
        <source>Every past visit is finalised.</source>
        <translation>Mọi chuyến thăm đã qua đều đã hoàn tất.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="88"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="215"/>
        <source>Visits today and this week</source>
        <translation>Chuyến thăm hôm nay và tuần này</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="97"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="217"/>
        <source>Drafts to finalise</source>
        <translation>Bản nháp cần hoàn tất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="124"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="141"/>
        <source>Today, {date}</source>
        <translation>Hôm nay, {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/today/today_screen.py" line="179"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n học viên</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="181"/>
        <source>&lt;b&gt;Classroom training:&lt;/b&gt; {session} · {details}</source>
        <translation>&lt;b&gt;Đào tạo tại lớp:&lt;/b&gt; {session} · {details}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/today/today_screen.py" line="208"/>
        <source>&lt;b&gt;Review:&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n visit report(s) new since your last look&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Duyệt:&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n báo cáo chuyến thăm mới kể từ lần xem trước&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="214"/>
        <source>The trainers&apos; visits today and this week</source>
        <translation>Chuyến thăm của giảng viên hôm nay và tuần này</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="216"/>
        <source>Trainers&apos; drafts not yet finalised</source>
        <translation>Bản nháp chưa hoàn tất của giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="218"/>
        <source>No trainer has a visit planned this week.</source>
        <translation>Tuần này không giảng viên nào có lịch thăm.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="220"/>
        <source>Trainers answered</source>
        <translation>Giảng viên đã trả lời</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../score_desktop/ui/training/common.py" line="46"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation type="vanished">{value}%</translation>
    </message>
</context>
<context>
    <name>TrainingPaperDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/training_papers.py" line="28"/>
        <source>Attendance sheet</source>
        <translation>Danh sách điểm danh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/training_papers.py" line="28"/>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="31"/>
        <source>Days</source>
        <translation>Các ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="32"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="33"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="34"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="35"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="36"/>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="37"/>
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="47"/>
        <source>Plan a session…</source>
        <translation>Lên kế hoạch khóa học…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="52"/>
        <source>No classroom sessions yet. Plan the first one: its module, days, venue and the enterprises whose people attend.</source>
        <translation>Chưa có khóa đào tạo tại lớp nào. Hãy lên kế hoạch khóa đầu tiên: mô-đun, ngày, địa điểm và các doanh nghiệp cử người tham dự.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="55"/>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="61"/>
        <source>Classroom days of each module, with managers and workers of several factories in one room. Coming sessions are in blue.</source>
        <translation>Các ngày học tại lớp của từng mô-đun, quản lý và công nhân của nhiều nhà máy học chung một lớp. Các khóa sắp tới có màu xanh.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/training_screen.py" line="78"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n khóa đào tạo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashScreen</name>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="21"/>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="21"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="21"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="22"/>
        <source>Suggestion</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="24"/>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="25"/>
        <source>Text or caption</source>
        <translation>Nội dung hoặc chú thích</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="43"/>
        <source>Deleted enterprises, visits, EIT members, findings, actions, suggestions and photos stay here; restore puts them back where they were, an enterprise or a visit with everything that went with it.</source>
        <translation>Doanh nghiệp, lần thăm, thành viên EIT, phát hiện, hành động, góp ý và ảnh đã xóa nằm ở đây; khôi phục sẽ đưa chúng về chỗ cũ, doanh nghiệp hoặc lần thăm cùng mọi thứ đã xóa theo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="20"/>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="26"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="20"/>
        <source>Visit</source>
        <translation>Lần thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="20"/>
        <source>EIT member</source>
        <translation>Thành viên EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="27"/>
        <source>Deleted</source>
        <translation>Ngày xóa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="33"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="37"/>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Deleted findings, actions, suggestions and photos stay here; restore puts them back where they were, with their photos and annotations.</source>
        <translation type="vanished">Phát hiện, hành động, góp ý và ảnh đã xóa vẫn ở đây; khôi phục sẽ đưa chúng về chỗ cũ, kèm ảnh và chú thích.</translation>
    </message>
    <message>
        <source>Deleted findings and photos stay here; restore puts them back where they were, with their photos and annotations.</source>
        <translation type="vanished">Các phát hiện và ảnh đã xóa được giữ ở đây; khôi phục sẽ đưa chúng về đúng chỗ cũ, kèm theo ảnh và các chú thích vẽ trên ảnh.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="23"/>
        <source>{field} is required.</source>
        <translation>{field} là bắt buộc.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="24"/>
        <source>{field} must be text.</source>
        <translation>{field} phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="25"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} quá dài ({length} ký tự; tối đa {limit}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="26"/>
        <source>{field} cannot be &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>{field} không thể là &apos;{value}&apos;; hãy chọn một trong: {choices}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="27"/>
        <source>{field} must be a whole number.</source>
        <translation>{field} phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="28"/>
        <source>{field} must be a number.</source>
        <translation>{field} phải là một số.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="29"/>
        <source>{field} is out of range (at most {limit} either side of zero).</source>
        <translation>{field} nằm ngoài phạm vi (tối đa {limit} về cả phía âm lẫn phía dương).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="30"/>
        <source>{field} must be yes or no.</source>
        <translation>{field} phải là có hoặc không.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="31"/>
        <source>{field} must be a date written YYYY-MM-DD.</source>
        <translation>{field} phải là ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="32"/>
        <source>{field} must be a date and time (RFC 3339).</source>
        <translation>{field} phải là ngày và giờ (RFC 3339).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="33"/>
        <source>{field} must be a list of texts.</source>
        <translation>{field} phải là danh sách văn bản.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="34"/>
        <source>{field} must be a list or an object.</source>
        <translation>{field} phải là danh sách hoặc đối tượng.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="35"/>
        <source>{field} must be the id of a record.</source>
        <translation>{field} phải là mã của một bản ghi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="36"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} không được âm.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="37"/>
        <source>{field} cannot be before {other}.</source>
        <translation>{field} không được sớm hơn {other}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="38"/>
        <source>{field} must be a module code such as WC, QM, CP, HR or OSH.</source>
        <translation>{field} phải là mã mô-đun như WC, QM, CP, HR hoặc OSH.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="39"/>
        <source>A photo belongs to exactly one visit, finding or action.</source>
        <translation>Mỗi ảnh thuộc về đúng một chuyến thăm, một phát hiện hoặc một hành động.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="40"/>
        <source>{field} must be 64 lowercase hexadecimal characters.</source>
        <translation>{field} phải gồm 64 ký tự thập lục phân viết thường.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="41"/>
        <source>{field} does not name a record of this enterprise.</source>
        <translation>{field} không chỉ tới bản ghi nào của doanh nghiệp này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="42"/>
        <source>A KPI reading needs a value, or a numerator and a denominator.</source>
        <translation>Số đo KPI cần có một giá trị, hoặc tử số và mẫu số.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="44"/>
        <source>{field} must list days written YYYY-MM-DD, each once, in order.</source>
        <translation>{field} phải liệt kê các ngày dạng YYYY-MM-DD, mỗi ngày một lần, theo thứ tự.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="45"/>
        <source>A training session has at most {limit} days.</source>
        <translation>Một khóa đào tạo có tối đa {limit} ngày.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="46"/>
        <source>{field} must be the first day of the session.</source>
        <translation>{field} phải là ngày đầu của khóa đào tạo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="47"/>
        <source>{field} must be the number of days of the session.</source>
        <translation>{field} phải là số ngày của khóa đào tạo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="48"/>
        <source>{field} must be a score from 1 to 5.</source>
        <translation>{field} phải là điểm từ 1 đến 5.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="49"/>
        <source>A training session needs at least one enterprise.</source>
        <translation>Một khóa đào tạo cần ít nhất một doanh nghiệp.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="50"/>
        <source>{name} is already a participant of this session.</source>
        <translation>{name} đã là học viên của khóa đào tạo này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="51"/>
        <source>{day} is not a day of this session ({days}).</source>
        <translation>{day} không phải là ngày của khóa đào tạo này ({days}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="52"/>
        <source>Participants are marked present on {day}: untick them before removing that day.</source>
        <translation>Có học viên được đánh dấu có mặt ngày {day}: hãy bỏ đánh dấu trước khi bỏ ngày đó.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="54"/>
        <source>Add the participant&apos;s enterprise to the session first.</source>
        <translation>Hãy thêm doanh nghiệp của học viên vào khóa đào tạo trước.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="55"/>
        <source>This enterprise already takes part in the session.</source>
        <translation>Doanh nghiệp này đã tham gia khóa đào tạo.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="56"/>
        <source>This enterprise still has participants in the session: remove them first.</source>
        <translation>Doanh nghiệp này vẫn còn học viên trong khóa đào tạo: hãy bỏ họ trước.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/kpis.py" line="17"/>
        <source>{field} cannot be zero: there is nothing to divide by.</source>
        <translation>{field} không thể bằng không: không có gì để chia.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/kpis.py" line="18"/>
        <source>A percentage cannot be over 100 % (this one is {value} %): check {field}.</source>
        <translation>Tỷ lệ phần trăm không thể vượt quá 100 % (ở đây là {value} %): hãy kiểm tra {field}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/kpis.py" line="20"/>
        <source>Enter both the numerator and the denominator, or neither.</source>
        <translation>Nhập cả tử số và mẫu số, hoặc không nhập cả hai.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/actions.py" line="19"/>
        <source>{field} cannot be before the visit that agreed it ({date}).</source>
        <extracomment>Still to be done: these carry into the next visit and can be overdue.</extracomment>
        <translation>{field} không thể trước chuyến thăm đã thống nhất nó ({date}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/actions.py" line="20"/>
        <source>{field} cannot be in the future.</source>
        <translation>{field} không thể ở tương lai.</translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="39"/>
        <source>Signed comes from signing the visit on its Sign-off tab (Ctrl+Shift+S).</source>
        <translation>“Đã ký” có được khi ký chuyến thăm ở thẻ Ký duyệt (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="42"/>
        <source>Names, separated by commas</source>
        <translation>Họ tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="46"/>
        <source>Change…</source>
        <translation>Thay đổi…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="48"/>
        <source>Tick who came from the EIT (someone late, someone who left).</source>
        <translation>Đánh dấu thành viên EIT đã đến (người đến muộn, người đã về).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="60"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="60"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="61"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="61"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="62"/>
        <source>Co-visitors</source>
        <translation>Người đi cùng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="63"/>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="64"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="65"/>
        <source>Next visit</source>
        <translation>Chuyến thăm tiếp theo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="72"/>
        <source>Attendees</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="107"/>
        <source>Nobody from the EIT recorded.</source>
        <translation>Không ghi nhận thành viên nhóm cải tiến nào.</translation>
    </message>
</context>
<context>
    <name>VisitKpis</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="29"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="30"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="31"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="32"/>
        <source>Numerator / denominator</source>
        <translation>Tử số / mẫu số</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="33"/>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="34"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="38"/>
        <source>New KPI reading…</source>
        <translation>Số liệu KPI mới…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="41"/>
        <source>Change or correct…</source>
        <translation>Sửa hoặc hiệu chỉnh…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="44"/>
        <source>No KPI readings entered at this visit. Press Ctrl+K to enter one; the enterprise&apos;s KPI tab shows them all with their trends.</source>
        <translation>Chưa nhập số liệu KPI nào ở chuyến thăm này. Nhấn Ctrl+K để nhập; thẻ KPI của doanh nghiệp hiển thị tất cả cùng xu hướng.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="79"/>
        <source>Replaced by a correction</source>
        <translation>Đã được bản sửa thay thế</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="80"/>
        <source>Correction</source>
        <translation>Bản sửa</translation>
    </message>
</context>
<context>
    <name>VisitScoreLabel</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_score.py" line="24"/>
        <source>&lt;b&gt;Score&lt;/b&gt;: no topic rated yet</source>
        <translation>&lt;b&gt;Điểm&lt;/b&gt;: chưa đánh giá chủ đề nào</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/visit_score.py" line="27"/>
        <source>&lt;b&gt;Score&lt;/b&gt;: {good} of %n topic(s) rated good practice ({percent})</source>
        <translation>
            <numerusform>&lt;b&gt;Điểm&lt;/b&gt;: {good}/%n chủ đề được đánh giá là thực hành tốt ({percent})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="85"/>
        <source>Rate:</source>
        <translation>Đánh giá:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="90"/>
        <source>Press {key} in the checklist or the findings, or Alt+{key} anywhere</source>
        <translation>Nhấn {key} trong danh sách kiểm tra hoặc danh sách phát hiện, hoặc Alt+{key} ở bất kỳ đâu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="103"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="206"/>
        <source>New finding</source>
        <translation>Phát hiện mới</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="105"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="260"/>
        <source>Delete finding</source>
        <translation>Xóa phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="107"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="218"/>
        <source>New action from finding</source>
        <translation>Hành động mới từ phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="156"/>
        <source>Checklist and findings</source>
        <translation>Danh sách kiểm tra và phát hiện</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="157"/>
        <source>Visit details</source>
        <translation>Chi tiết chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="158"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="476"/>
        <source>Action plan</source>
        <translation>Kế hoạch hành động</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="159"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="478"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="160"/>
        <source>Sign-off</source>
        <translation>Ký duyệt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="162"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="480"/>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="177"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="216"/>
        <source>Report…</source>
        <translation>Báo cáo…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="208"/>
        <source>Next topic</source>
        <translation>Mục tiếp theo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="210"/>
        <source>Previous topic</source>
        <translation>Mục trước</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="212"/>
        <source>Attach photos…</source>
        <translation>Đính kèm ảnh…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="220"/>
        <source>New KPI reading…</source>
        <translation>Số liệu KPI mới…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="222"/>
        <source>Good practice in place</source>
        <translation>Đã áp dụng thực hành tốt</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="224"/>
        <source>Finalise…</source>
        <translation>Hoàn tất…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="226"/>
        <source>Sign the visit…</source>
        <translation>Ký chuyến thăm…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="227"/>
        <source>Reopen the signed visit…</source>
        <translation>Mở lại chuyến thăm đã ký…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="230"/>
        <source>Delete visit…</source>
        <translation>Xóa lần thăm…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="350"/>
        <source>Free findings</source>
        <translation>Phát hiện khác</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="351"/>
        <source>Anything you noticed outside the checklist of this module.</source>
        <translation>Những gì bạn nhận thấy ngoài danh sách kiểm tra của mô-đun này.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="480"/>
        <source>Review ●</source>
        <translation>Duyệt ●</translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="vanished">Hành động mới</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="476"/>
        <source>Action plan ({count})</source>
        <translation>Kế hoạch hành động ({count})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="478"/>
        <source>KPIs ({count})</source>
        <translation>KPI ({count})</translation>
    </message>
</context>
<context>
    <name>VisitSignOff</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_signoff.py" line="106"/>
        <source>Sign the visit</source>
        <extracomment>The dialog open now (tests and screenshots reach it here).</extracomment>
        <translation>Ký chuyến thăm</translation>
    </message>
</context>
<context>
    <name>VisitSigner</name>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="52"/>
        <location filename="../score_desktop/ui/visits/signing.py" line="85"/>
        <source>Sign the visit</source>
        <extracomment>The visit is signed: its ``signed_report`` record.</extracomment>
        <translation>Ký chuyến thăm</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="53"/>
        <source>Sign the visit of {date}? Its report is made once, now, and kept as the signed document; the visit is then locked until someone reopens it with a reason.</source>
        <translation>Ký chuyến thăm ngày {date}? Báo cáo được tạo một lần ngay bây giờ và lưu làm văn bản đã ký; sau đó chuyến thăm bị khóa cho đến khi có người mở lại kèm lý do.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="57"/>
        <source>&amp;Sign</source>
        <translation>&amp;Ký</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="83"/>
        <source>Making the signed report…</source>
        <translation>Đang tạo báo cáo đã ký…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="83"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="27"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="28"/>
        <source>Final</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="29"/>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="25"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="26"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="27"/>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="28"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="30"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="31"/>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="44"/>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="67"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n chuyến thăm</numerusform>
        </translation>
    </message>
</context>
</TS>
