<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="25"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="32"/>
        <source>Open visit</source>
        <translation>Buka kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="35"/>
        <source>Delete action</source>
        <translation>Hapus tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_dialog.py" line="55"/>
        <source>agreed at the visit of {date}</source>
        <translation>disepakati pada kunjungan {date}</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="48"/>
        <source>What will the EIT do?</source>
        <translation>Apa yang akan dilakukan EIT?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="62"/>
        <source>a year, local currency</source>
        <translation>per tahun, mata uang lokal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="64"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="64"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="64"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="65"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="66"/>
        <source>Expected saving</source>
        <translation>Penghematan yang diharapkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="66"/>
        <source>Done on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="67"/>
        <source>Actual saving</source>
        <translation>Penghematan nyata</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="67"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="85"/>
        <source>Agreed at a signed visit: what was agreed stays as signed; its progress (status, done on, actual saving, note) is still written here.</source>
        <translation>Disepakati pada kunjungan bertanda tangan: yang disepakati tetap seperti saat ditandatangani; kemajuannya (status, tanggal selesai, penghematan nyata, catatan) tetap ditulis di sini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="174"/>
        <source>(nobody yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="179"/>
        <source>{name} (left the EIT)</source>
        <translation>{name} (sudah keluar dari EIT)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="201"/>
        <source>{name} has left the EIT. The action stays theirs until you choose a current member.</source>
        <translation>{name} sudah keluar dari EIT. Tindakan ini tetap menjadi tanggung jawabnya sampai Anda memilih anggota saat ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="209"/>
        <source>(not written yet)</source>
        <translation>(belum ditulis)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_editor.py" line="210"/>
        <source>From the finding: &lt;a href=&quot;{id}&quot;&gt;{text}&lt;/a&gt;</source>
        <translation>Dari temuan: &lt;a href=&quot;{id}&quot;&gt;{text}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="25"/>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="104"/>
        <source>All enterprises</source>
        <translation>Semua perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="27"/>
        <source>All modules</source>
        <translation>Semua modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="30"/>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="113"/>
        <source>All owners</source>
        <translation>Semua penanggung jawab</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="32"/>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="33"/>
        <source>To do (open or in progress)</source>
        <translation>Harus dikerjakan (terbuka atau sedang berjalan)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="36"/>
        <source>Due any time</source>
        <translation>Tenggat kapan saja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="37"/>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="38"/>
        <source>Due this week</source>
        <translation>Tenggat minggu ini</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="41"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="47"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="47"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="48"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/action_filters.py" line="49"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="39"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="40"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="41"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="43"/>
        <source>After photos</source>
        <translation>Foto sesudah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="47"/>
        <source>New action from finding</source>
        <translation>Tindakan baru dari temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="49"/>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="88"/>
        <source>New action</source>
        <translation>Tindakan baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="51"/>
        <source>Open action…</source>
        <translation>Buka tindakan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/action_plan.py" line="54"/>
        <source>No actions agreed at this visit yet. Choose a finding and press Ctrl+T to turn its recommendation into an action.</source>
        <translation>Belum ada tindakan yang disepakati pada kunjungan ini. Pilih temuan lalu tekan Ctrl+T untuk menjadikan rekomendasinya sebuah tindakan.</translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <source>Show done and dropped actions too</source>
        <translation type="vanished">Tampilkan juga tindakan yang selesai dan dibatalkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="41"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="42"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="43"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="44"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="47"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="66"/>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="185"/>
        <source>Open visit</source>
        <translation>Buka kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="81"/>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="85"/>
        <source>F2 changes the status; Enter opens the visit.</source>
        <translation>F2 mengubah status; Enter membuka kunjungan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="138"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n tindakan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/actions_screen.py" line="186"/>
        <source>Open enterprise</source>
        <translation>Buka perusahaan</translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="50"/>
        <source>Add participants</source>
        <extracomment>How many people were just added (for the screen&apos;s status line).</extracomment>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="65"/>
        <source>Add the ticked members</source>
        <translation>Tambahkan anggota yang dicentang</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="68"/>
        <source>From the enterprise&apos;s EIT</source>
        <translation>Dari tim peningkatan perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="84"/>
        <source>Also add to the EIT</source>
        <translation>Tambahkan juga ke tim peningkatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="86"/>
        <source>Add person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="89"/>
        <source>A new person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="91"/>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="164"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="92"/>
        <source>Manager or worker</source>
        <translation>Manajer atau pekerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="93"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="94"/>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="164"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="110"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="134"/>
        <source>%n member(s) of the EIT already take part.</source>
        <translation>
            <numerusform>%n anggota tim peningkatan sudah ikut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="143"/>
        <source>Tick the members who attend first.</source>
        <translation>Centang dulu anggota yang hadir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="146"/>
        <source>%n participant(s) added.</source>
        <translation>
            <numerusform>%n peserta ditambahkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="153"/>
        <source>Type the person&apos;s name first.</source>
        <translation>Ketik nama orang itu dulu.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/add_participants_dialog.py" line="166"/>
        <source>{name} added.</source>
        <translation>{name} ditambahkan.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../score_desktop/ui/app.py" line="153"/>
        <source>SCORE Desktop is already open on this workspace, in another window.</source>
        <extracomment>The developers&apos; language: every string 40 % longer (ui/core/pseudo.py), to see layouts that would cut a translation. What the first screen does without: loaded when first used (sync, photos, reports), after the window is ready.</extracomment>
        <translation>SCORE Desktop sudah terbuka dengan ruang kerja ini, di jendela lain.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Manager or worker</source>
        <translation>Manajer atau pekerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="128"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="129"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="133"/>
        <source>Day {number}
{date}</source>
        <translation>Hari ke-{number}
{date}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="148"/>
        <source>Space ticks or unticks {name} on {date}</source>
        <translation>Spasi mencentang atau menghapus centang {name} pada {date}</translation>
    </message>
</context>
<context>
    <name>AttendeesDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/attendees_dialog.py" line="21"/>
        <source>Attendees from the EIT</source>
        <translation>Peserta dari EIT</translation>
    </message>
</context>
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="34"/>
        <location filename="../score_desktop/ui/actions/before_after.py" line="68"/>
        <source>The finding has no photos.</source>
        <extracomment>Before and after are compared, not browsed: bigger than a finding&apos;s thumbnails.</extracomment>
        <translation>Temuan ini tidak punya foto.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="42"/>
        <source>Before: the finding&apos;s photos</source>
        <translation>Sebelum: foto temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="43"/>
        <source>After: photos of the work done</source>
        <translation>Sesudah: foto pekerjaan yang selesai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/actions/before_after.py" line="69"/>
        <source>This action was not made from a finding.</source>
        <translation>Tindakan ini tidak dibuat dari temuan.</translation>
    </message>
</context>
<context>
    <name>CarriedActions</name>
    <message>
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="66"/>
        <source>Tick an action when it is done; double-click it (or press Enter) for its details and photos.</source>
        <extracomment>An action id: the trainer wants its details (to add an &quot;after&quot; photo, change the owner, ...).</extracomment>
        <translation>Centang tindakan setelah selesai; klik dua kali (atau tekan Enter) untuk detail dan fotonya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="78"/>
        <source>%n open action(s) from earlier visits</source>
        <translation>
            <numerusform>%n tindakan terbuka dari kunjungan sebelumnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedActionsModel</name>
    <message>
        <location filename="../score_desktop/ui/visits/carried_actions.py" line="33"/>
        <source>due {date}</source>
        <translation>tenggat {date}</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="126"/>
        <source>Free findings</source>
        <extracomment>Last time&apos;s worst rating per topic, and the topics whose good practice is in place at this visit.</extracomment>
        <translation>Temuan lain</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="134"/>
        <source>Findings that belong to no checklist topic</source>
        <translation>Temuan yang tidak termasuk topik daftar periksa mana pun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="137"/>
        <source>Last time: {rating}</source>
        <translation>Terakhir kali: {rating}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="140"/>
        <source>Good practice in place at this visit</source>
        <translation>Praktik baik sudah diterapkan pada kunjungan ini</translation>
    </message>
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="27"/>
        <source>Edit the value</source>
        <translation>Ubah nilai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="44"/>
        <source>Mine:</source>
        <translation>Milik saya:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="45"/>
        <source>Theirs:</source>
        <translation>Milik orang lain:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="48"/>
        <source>The value you save here goes to everyone with the next sync.</source>
        <translation>Nilai yang Anda simpan di sini akan dikirim ke semua orang pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_conflict_dialog.py" line="94"/>
        <source>Please write a number.</source>
        <translation>Harap tulis angka.</translation>
    </message>
</context>
<context>
    <name>ConflictSidePanel</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="50"/>
        <source>the record holds this now</source>
        <translation>data kini memakai nilai ini</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="50"/>
        <source>set aside</source>
        <translation>disisihkan</translation>
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
            <numerusform>%n kunjungan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="26"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n temuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="28"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="30"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n tindakan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="32"/>
        <source>%n EIT member(s)</source>
        <translation>
            <numerusform>%n anggota EIT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="34"/>
        <source>%n KPI reading(s)</source>
        <translation>
            <numerusform>%n catatan KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="36"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n saran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="38"/>
        <source>%n participant(s) in classroom sessions</source>
        <translation>
            <numerusform>%n peserta sesi kelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="40"/>
        <source>%n good practice check(s)</source>
        <translation>
            <numerusform>%n pemeriksaan praktik baik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="44"/>
        <source>{name} has %n signed visit(s). A signed visit is the enterprise&apos;s signed record: it is not deleted. If the enterprise was entered by mistake, reopen its signed visits (with that reason) first.</source>
        <translation>
            <numerusform>{name} memiliki %n kunjungan yang sudah ditandatangani. Kunjungan yang ditandatangani adalah catatan resmi perusahaan: tidak dihapus. Jika perusahaan dimasukkan karena keliru, buka kembali dulu kunjungan yang ditandatangani (dengan alasan itu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/deleting.py" line="49"/>
        <source>%n action(s) they own keep them as owner until you choose another.</source>
        <translation>
            <numerusform>%n tindakan yang menjadi tanggung jawabnya tetap mencantumkannya sebagai penanggung jawab sampai Anda memilih orang lain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="61"/>
        <source>Add the next day</source>
        <translation>Tambah hari berikutnya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="64"/>
        <source>Remove the last day</source>
        <translation>Hapus hari terakhir</translation>
    </message>
</context>
<context>
    <name>DeleteEnterprise</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="35"/>
        <source>Delete {name} and everything recorded for it?</source>
        <translation>Hapus {name} dan semua yang dicatat untuknya?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="39"/>
        <source>With it: {parts}.</source>
        <translation>Bersamanya: {parts}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="40"/>
        <source>Classroom sessions it took part in stay, with the other factories&apos; participants.</source>
        <translation>Sesi kelas yang pernah diikutinya tetap ada, bersama peserta dari pabrik lain.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="43"/>
        <source>Delete enterprise</source>
        <translation>Hapus perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="53"/>
        <source>Delete {name} from the EIT?</source>
        <translation>Hapus {name} dari EIT?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="55"/>
        <source>This is for a member added by mistake. Someone who left the team keeps their place in past visits: end their membership instead.</source>
        <translation>Ini untuk anggota yang ditambahkan karena keliru. Orang yang keluar dari tim tetap tercatat di kunjungan lalu: akhiri keanggotaannya saja.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/deleting.py" line="61"/>
        <source>Delete member</source>
        <translation>Hapus anggota</translation>
    </message>
</context>
<context>
    <name>DeleteVisit</name>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="25"/>
        <source>This visit is signed: it is the enterprise&apos;s signed record and is not deleted. If it was entered by mistake, reopen it (with that reason) first.</source>
        <translation>Kunjungan ini sudah ditandatangani: ini catatan resmi perusahaan dan tidak dihapus. Jika dimasukkan karena keliru, buka kembali dulu (dengan alasan itu).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="33"/>
        <source>Delete the {module} visit of {date} at {enterprise}?</source>
        <translation>Hapus kunjungan {module} tanggal {date} di {enterprise}?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="38"/>
        <source>With it: {parts}.</source>
        <translation>Bersamanya: {parts}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="40"/>
        <source>The KPI readings typed at it stay: they are the enterprise&apos;s figures.</source>
        <translation>Catatan KPI yang diketik saat kunjungan ini tetap ada: itu angka perusahaan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/deleting.py" line="52"/>
        <source>Delete visit</source>
        <translation>Hapus kunjungan</translation>
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
        <translation>Masuk ke Sampah; Edit ▸ Urungkan hapus (Ctrl+Z) atau Sampah mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <location filename="../score_desktop/ui/context.py" line="71"/>
        <source>Undo delete</source>
        <extracomment>(visit id, observation id): open the visit on that finding. A screen name of the sidebar (&quot;today&quot;, &quot;enterprises&quot;, ...). A visit id: preview its report (to print or save). An action id: open its editor (owner, due date, status, savings, before and after photos). The Actions screen narrowed by a filter: a dict of ``store.actions.ActionFilter`` fields, e.g. ``{&quot;enterprise_id&quot;: ..., &quot;due&quot;: &quot;overdue&quot;}``. (enterprise id, visit id or &quot;&quot;): enter a new KPI reading. A KPI reading id: change it (before it was synced) or correct it (after). (photo ids, the one to show first): the photo viewer. A classroom training session id: open its page. A visit id: the coordinator&apos;s review page of its report (ui/coordinator/).</extracomment>
        <translation>Urungkan hapus</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="73"/>
        <source>Undo delete photo</source>
        <translation>Urungkan hapus foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="75"/>
        <source>Undo delete action</source>
        <translation>Urungkan hapus tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="77"/>
        <source>Undo delete suggestion</source>
        <translation>Urungkan hapus saran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="79"/>
        <source>Undo delete enterprise</source>
        <translation>Urungkan hapus perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="81"/>
        <source>Undo delete visit</source>
        <translation>Urungkan hapus kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="83"/>
        <source>Undo delete EIT member</source>
        <translation>Urungkan hapus anggota EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/context.py" line="84"/>
        <source>Undo delete finding</source>
        <translation>Urungkan hapus temuan</translation>
    </message>
</context>
<context>
    <name>EitModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Manager or worker</source>
        <translation>Manajer atau pekerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="37"/>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="38"/>
        <source>Department</source>
        <translation>Departemen</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="38"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="38"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
</context>
<context>
    <name>EitPanel</name>
    <message>
        <source>Add member</source>
        <translation type="vanished">Tambah anggota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="92"/>
        <source>Add member…</source>
        <extracomment>A member&apos;s id: the trainer asked to delete them (the screen asks first, saying what it means).</extracomment>
        <translation>Tambah anggota…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="95"/>
        <source>End membership</source>
        <translation>Akhiri keanggotaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="97"/>
        <source>The member leaves the team today; past visits still list them.</source>
        <translation>Anggota keluar dari tim hari ini; kunjungan sebelumnya tetap mencantumkan namanya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="99"/>
        <source>Delete member…</source>
        <translation>Hapus anggota…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="101"/>
        <source>For a member added by mistake (to the Trash, with undo).</source>
        <translation>Untuk anggota yang ditambahkan karena keliru (ke Sampah, bisa diurungkan).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="111"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="111"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="111"/>
        <source>Manager or worker</source>
        <translation>Manajer atau pekerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="112"/>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="112"/>
        <source>Department</source>
        <translation>Departemen</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="112"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="113"/>
        <source>Member from</source>
        <translation>Anggota sejak</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="113"/>
        <source>Until</source>
        <translation>Sampai</translation>
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
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="181"/>
        <source>%n manager(s)</source>
        <translation>
            <numerusform>%n manajer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="182"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n pekerja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="183"/>
        <source>%n woman(s)</source>
        <translation>
            <numerusform>%n perempuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="183"/>
        <source>%n man(s)</source>
        <translation>
            <numerusform>%n laki-laki</numerusform>
        </translation>
    </message>
    <message>
        <source>{members} members: {managers} managers, {workers} workers · {women} women, {men} men</source>
        <translation type="vanished">{members} anggota: {managers} manajer, {workers} pekerja · {women} perempuan, {men} laki-laki</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="186"/>
        <source>SCORE needs managers and workers in the team.</source>
        <translation>SCORE memerlukan manajer dan pekerja di dalam tim.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="188"/>
        <source>Fewer workers than managers.</source>
        <translation>Jumlah pekerja lebih sedikit daripada manajer.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/eit_panel.py" line="190"/>
        <source>No women in the team.</source>
        <translation>Tidak ada perempuan di dalam tim.</translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="vanished">Anggota baru</translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="73"/>
        <source>Enterprise</source>
        <extracomment>Report languages by their own names, so a trainer finds theirs whatever the UI language.</extracomment>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="74"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="75"/>
        <source>Latin name</source>
        <translation>Nama dalam huruf Latin</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="76"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="77"/>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="78"/>
        <source>Sponsoring buyers</source>
        <translation>Pembeli sponsor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="80"/>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="81"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="82"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="83"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="84"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="86"/>
        <source>Headcount</source>
        <translation>Jumlah karyawan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="87"/>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="88"/>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="89"/>
        <source>Managers</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="90"/>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="99"/>
        <source>Contact and reports</source>
        <translation>Kontak dan laporan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="100"/>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="101"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="102"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="103"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="103"/>
        <source>Agrees to share its data with the programme</source>
        <translation>Setuju membagikan datanya kepada program</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="105"/>
        <source>Report language</source>
        <translation>Bahasa laporan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_form.py" line="106"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>EnterpriseScreen</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="37"/>
        <source>New visit…</source>
        <translation>Kunjungan baru…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="40"/>
        <source>Delete enterprise…</source>
        <translation>Hapus perusahaan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="42"/>
        <source>To the Trash, with its visits, EIT and KPIs; Edit ▸ Undo delete brings it all back.</source>
        <translation>Ke Sampah, beserta kunjungan, EIT, dan KPI-nya; Edit ▸ Urungkan hapus mengembalikan semuanya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="56"/>
        <source>Enterprise Improvement Team</source>
        <translation>Tim Peningkatan Perusahaan (EIT)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="60"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="61"/>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="77"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="62"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="65"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="76"/>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="78"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="79"/>
        <source>Present every day</source>
        <translation>Hadir setiap hari</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="80"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="86"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="114"/>
        <source>Profile, EIT and visits</source>
        <translation>Profil, EIT dan kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="115"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="116"/>
        <source>Suggestion scheme</source>
        <translation>Sistem saran</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="vanished">KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="vanished">Nilai awal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="vanished">Terbaru</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="vanished">Perubahan</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation type="vanished">Periode terbaru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_screen.py" line="85"/>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>KPI history</source>
        <translation type="vanished">Riwayat KPI</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="25"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="26"/>
        <source>Latin name</source>
        <translation>Nama dalam huruf Latin</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="27"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="28"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="30"/>
        <source>Sponsors</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprise_model.py" line="31"/>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
</context>
<context>
    <name>EnterprisesScreen</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="34"/>
        <source>Enterprises</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="36"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="36"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="36"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="37"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="43"/>
        <source>Show only enterprises of this {what}</source>
        <translation>Tampilkan hanya perusahaan dengan {what} ini</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="51"/>
        <source>New enterprise</source>
        <translation>Perusahaan baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="70"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/enterprises_screen.py" line="93"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n perusahaan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../score_desktop/errors.py" line="81"/>
        <source>enterprise</source>
        <extracomment>What a trainer calls each kind of record (errors name records in these words, never by their code).</extracomment>
        <translation>perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="82"/>
        <source>EIT member</source>
        <translation>anggota tim peningkatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="83"/>
        <source>training session</source>
        <translation>sesi pelatihan</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="84"/>
        <source>attendance record</source>
        <translation>catatan kehadiran</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="85"/>
        <source>visit</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="86"/>
        <source>finding</source>
        <translation>temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="87"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="88"/>
        <source>action</source>
        <translation>tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="89"/>
        <source>KPI reading</source>
        <translation>pembacaan KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="90"/>
        <source>practice check</source>
        <translation>pemeriksaan praktik</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="91"/>
        <source>suggestion</source>
        <translation>saran</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="92"/>
        <source>review</source>
        <translation>tinjauan</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="93"/>
        <source>review comment</source>
        <translation>komentar tinjauan</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../score_desktop/ui/core/errors.py" line="44"/>
        <source>Something went wrong inside SCORE Desktop. Your saved work is safe. Please send the details to your coordinator.</source>
        <translation>Terjadi kesalahan di dalam SCORE Desktop. Pekerjaan Anda yang sudah tersimpan aman. Harap kirim detailnya kepada koordinator Anda.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/errors.py" line="48"/>
        <source>Copy details</source>
        <translation>Salin detail</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="49"/>
        <location filename="../score_desktop/reports/layout.py" line="62"/>
        <source>The report cannot be saved as {path}: {reason}.</source>
        <extracomment>Printing renders pages as pictures at the printer&apos;s resolution, but no finer than this.</extracomment>
        <translation>Laporan tidak dapat disimpan sebagai {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="298"/>
        <source>The printer cannot be used.</source>
        <translation>Printer tidak dapat digunakan.</translation>
    </message>
    <message>
        <source>The workspace folder {path} cannot be opened: {reason}.</source>
        <translation type="vanished">Folder ruang kerja {path} tidak dapat dibuka: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="31"/>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="47"/>
        <source>The disk is full: nothing was saved from this step. Free some space and try again.</source>
        <extracomment>Parameters whose values are themselves English words to translate (in the ``Entities`` context).</extracomment>
        <translation>Disk penuh: tidak ada yang tersimpan dari langkah ini. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="52"/>
        <source>This workspace was written by a newer SCORE Desktop (format {found}, this app reads up to {supported}). Install the newer version to open it; nothing was changed.</source>
        <translation>Ruang kerja ini dibuat oleh SCORE Desktop versi yang lebih baru (format {found}, aplikasi ini hanya dapat membaca sampai {supported}). Pasang versi yang lebih baru untuk membukanya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="59"/>
        <source>The workspace is busy in another program. Close the other SCORE Desktop window and try again.</source>
        <translation>Ruang kerja sedang dipakai oleh program lain. Tutup jendela SCORE Desktop yang lain, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="64"/>
        <source>The workspace folder {path} cannot be created or written: {reason}.</source>
        <translation>Folder ruang kerja {path} tidak dapat dibuat atau ditulisi: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="68"/>
        <source>The workspace database {path} cannot be read: {reason}. Run &apos;score-desktop check&apos; for details.</source>
        <translation>Basis data ruang kerja {path} tidak dapat dibaca: {reason}. Jalankan &apos;score-desktop check&apos; untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>No {entity} with id {record_id} in this workspace.</source>
        <translation type="vanished">Tidak ada {entity} dengan id {record_id} di ruang kerja ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="73"/>
        <source>The workspace database {path} is empty, yet the workspace holds photos or backups: it was damaged, and SCORE Desktop will not start an empty workspace over it. Copy the newest file from {backups} to {path}, or run &apos;score-desktop check&apos;. Nothing was changed.</source>
        <translation>Basis data ruang kerja {path} kosong, padahal ruang kerja masih berisi foto atau cadangan: basis data itu rusak, dan SCORE Desktop tidak akan membuat ruang kerja kosong di atasnya. Salin berkas terbaru dari {backups} ke {path}, atau jalankan &apos;score-desktop check&apos;. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="101"/>
        <source>This {what} is no longer in the workspace: it was deleted, or it has not arrived by sync yet.</source>
        <translation>Data ini ({what}) tidak ada lagi di ruang kerja: sudah dihapus, atau belum tiba lewat sinkronisasi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="116"/>
        <source>{entity}: {details}</source>
        <translation>{entity}: {details}</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="134"/>
        <source>{name} is not a picture SCORE Desktop can read (it reads JPEG, PNG, WebP, TIFF and BMP).</source>
        <translation>{name} bukan gambar yang dapat dibaca SCORE Desktop (format yang didukung: JPEG, PNG, WebP, TIFF, dan BMP).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="136"/>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} kosong (0 byte).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="137"/>
        <source>{name} is damaged or incomplete (the picture data ends too early).</source>
        <translation>{name} rusak atau tidak lengkap (data gambarnya berakhir terlalu cepat).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="138"/>
        <source>{name} is too large: {width} x {height} pixels (at most {limit} megapixels).</source>
        <translation>{name} terlalu besar: {width} x {height} piksel (paling banyak {limit} megapiksel).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="140"/>
        <source>{name} is too large a file ({megabytes} MB; at most {limit} MB).</source>
        <translation>Berkas {name} terlalu besar ({megabytes} MB; paling besar {limit} MB).</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="141"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="147"/>
        <source>This visit is signed: its details, findings, photos, actions agreed at it, KPI readings and practice checks stay as they were signed. Reopen the visit with a reason to change them.</source>
        <translation>Kunjungan ini sudah ditandatangani: rinciannya, temuan, foto, tindakan yang disepakati, pembacaan KPI, dan pemeriksaan praktik tetap seperti saat ditandatangani. Buka kembali kunjungan dengan alasan untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="150"/>
        <source>A signed report is a document: it is never changed or deleted.</source>
        <translation>Laporan bertanda tangan adalah dokumen: tidak pernah diubah atau dihapus.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="156"/>
        <source>The export cannot be written to {path}: {reason}. Choose another file.</source>
        <translation>Ekspor tidak dapat ditulis ke {path}: {reason}. Pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="157"/>
        <source>The export cannot be written to {path}: it is a folder. Choose a file.</source>
        <translation>Ekspor tidak dapat ditulis ke {path}: itu sebuah folder. Pilih sebuah berkas.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="158"/>
        <source>The export cannot be written to {path}: its folder does not exist. Choose another file.</source>
        <translation>Ekspor tidak dapat ditulis ke {path}: foldernya tidak ada. Pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="163"/>
        <source>Say why the visit is reopened: the reason is printed in its next signed report.</source>
        <translation>Sebutkan alasan kunjungan dibuka kembali: alasannya dicetak di laporan bertanda tangan berikutnya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="170"/>
        <source>Both the trainer and the enterprise&apos;s representative sign, and the representative&apos;s name is typed, before the visit is signed.</source>
        <translation>Sebelum kunjungan ditandatangani, pelatih dan perwakilan perusahaan menandatangani, dan nama perwakilan diketik.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="173"/>
        <source>This visit is already signed.</source>
        <translation>Kunjungan ini sudah ditandatangani.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="174"/>
        <source>This visit is not signed, so there is nothing to reopen.</source>
        <translation>Kunjungan ini belum ditandatangani, jadi tidak ada yang perlu dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="175"/>
        <source>The visit changed while its report was being made (a sync brought news): sign it again.</source>
        <translation>Kunjungan berubah saat laporannya dibuat (sinkronisasi membawa data baru): tanda tangani lagi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="177"/>
        <source>The signed report of this visit is not on this laptop yet. Sync, or sign in, to download it.</source>
        <translation>Laporan bertanda tangan kunjungan ini belum ada di laptop ini. Sinkronkan, atau masuk, untuk mengunduhnya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/errors.py" line="179"/>
        <source>The signed report of this visit is damaged on this laptop (its bytes no longer match its SHA-256). Run &apos;score-desktop check&apos;, then sync to download it again.</source>
        <translation>Laporan bertanda tangan kunjungan ini rusak di laptop ini (isinya tidak lagi cocok dengan SHA-256-nya). Jalankan &apos;score-desktop check&apos;, lalu sinkronkan untuk mengunduhnya lagi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/layout.py" line="58"/>
        <source>The logo {path} cannot be read: choose a PNG or JPEG picture.</source>
        <translation>Logo {path} tidak dapat dibaca: pilih gambar PNG atau JPEG.</translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/certificates.py" line="31"/>
        <source>Nobody was marked present on every day of this session yet: there is no certificate to print.</source>
        <translation>Belum ada yang tercatat hadir setiap hari pada sesi ini: tidak ada sertifikat untuk dicetak.</translation>
    </message>
    <message>
        <location filename="../score_desktop/reports/sponsor_data.py" line="24"/>
        <source>No enterprise in this workspace names the sponsor {sponsor}. Sponsors it knows: {known}.</source>
        <translation>Tidak ada perusahaan di ruang kerja ini yang menyebut sponsor {sponsor}. Sponsor yang dikenal: {known}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="34"/>
        <source>Export for M&amp;E</source>
        <extracomment>Format -&gt; file extension.</extracomment>
        <translation>Ekspor untuk M&amp;E</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="45"/>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>The file of the last export that finished, for whoever asks (tests, a future &quot;open folder&quot;).</extracomment>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="46"/>
        <source>CSV files, one per sheet, in a zip (.zip)</source>
        <translation>Berkas CSV, satu per lembar, dalam zip (.zip)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="54"/>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="60"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="61"/>
        <source>&amp;Language of the sheets:</source>
        <translation>&amp;Bahasa lembar:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="62"/>
        <source>F&amp;ile:</source>
        <translation>Be&amp;rkas:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="65"/>
        <source>Every record of this workspace, one sheet per kind of record, with who created and last changed each one. Records in the trash are left out.</source>
        <translation>Semua data di ruang kerja ini, satu lembar per jenis data, dengan siapa yang membuat dan terakhir mengubah masing-masing. Data di tempat sampah tidak disertakan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="75"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="79"/>
        <source>&amp;Cancel export</source>
        <translation>Batalkan eks&amp;por</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="102"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="102"/>
        <source>Zip files (*.zip)</source>
        <translation>Berkas zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="103"/>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="114"/>
        <source>Choose the file to write.</source>
        <translation>Pilih berkas yang akan ditulis.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="129"/>
        <source>Exporting…</source>
        <translation>Sedang mengekspor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="153"/>
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>Telah mengekspor %n data ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="157"/>
        <source>The export failed: nothing was written.</source>
        <translation>Ekspor gagal: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/export_dialog.py" line="162"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Ekspor dibatalkan: tidak ada yang ditulis.</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="208"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="208"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="208"/>
        <source>Content useful
(1-5)</source>
        <translation>Materi bermanfaat
(1-5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="209"/>
        <source>Trainer clear
(1-5)</source>
        <translation>Pelatih jelas
(1-5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="209"/>
        <source>Will apply at work
(1-5)</source>
        <translation>Akan diterapkan di tempat kerja
(1-5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="209"/>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="243"/>
        <source>{field} must be a score from 1 to 5.</source>
        <translation>{field} harus berupa nilai 1 sampai 5.</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="28"/>
        <source>Finalise the visit</source>
        <translation>Finalisasi kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="34"/>
        <source>What the signed report would lack</source>
        <extracomment>What the trainer chose: GO_ON, FIX (with :attr:`to_fix`), or None (closed).</extracomment>
        <translation>Yang akan kurang di laporan bertanda tangan</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="39"/>
        <source>%n thing(s) to look at before signing</source>
        <translation>
            <numerusform>%n hal yang perlu dilihat sebelum menandatangani</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="40"/>
        <source>Ready to sign</source>
        <translation>Siap ditandatangani</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="41"/>
        <source>Fix them now, or go on: a visit may be signed without them, and the report shows what was recorded.</source>
        <translation>Perbaiki sekarang, atau lanjutkan: kunjungan tetap bisa ditandatangani tanpanya, dan laporan menampilkan apa yang tercatat.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="43"/>
        <source>Everything a signed report needs is recorded. Go on to sign it.</source>
        <translation>Semua yang dibutuhkan laporan bertanda tangan sudah tercatat. Lanjutkan untuk menandatanganinya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="45"/>
        <source>&amp;Go on to sign</source>
        <translation>&amp;Lanjut menandatangani</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finalise_dialog.py" line="47"/>
        <source>&amp;Fix it</source>
        <translation>&amp;Perbaiki</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="35"/>
        <source>Line, workshop or place</source>
        <translation>Lini, bagian, atau tempat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="41"/>
        <source>What did you see?</source>
        <translation>Apa yang Anda lihat?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="43"/>
        <source>What should the EIT do about it?</source>
        <translation>Apa yang sebaiknya dilakukan tim peningkatan?</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="45"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="45"/>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="45"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="46"/>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/finding_editor.py" line="71"/>
        <source>No finding for this topic yet. Rate the topic with 1-4, or press Ctrl+N to write a finding; drop photos here to start one with them.</source>
        <translation>Belum ada temuan untuk topik ini. Beri nilai 1-4 pada topik ini, atau tekan Ctrl+N untuk menulis temuan; letakkan foto di sini untuk memulai temuan dengan foto tersebut.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="153"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/checklist_model.py" line="179"/>
        <source>(not written yet)</source>
        <translation>(belum ditulis)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="36"/>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="70"/>
        <source>Welcome to {app}</source>
        <extracomment>How the trainer chose to begin (SIGN_IN, NEW_ENTERPRISE, DEMO or LATER), after the answers were saved.</extracomment>
        <translation>Selamat datang di {app}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="41"/>
        <source>As it appears on your reports</source>
        <extracomment>The language was changed here: it takes effect at the next start.</extracomment>
        <translation>Seperti yang tertulis di laporan Anda</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="48"/>
        <source>SCORE Desktop keeps your enterprises, visits, findings with photos, action plans and KPIs on this laptop, with or without a network, and prints each visit report in the factory&apos;s language. A few words about you first: they go on your reports.</source>
        <translation>SCORE Desktop menyimpan perusahaan, kunjungan, temuan beserta foto, rencana tindakan, dan KPI Anda di laptop ini, dengan atau tanpa jaringan, dan mencetak setiap laporan kunjungan dalam bahasa pabrik. Pertama, sedikit tentang Anda: informasi ini akan tercantum di laporan Anda.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="53"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="54"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="55"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Bahasa aplikasi:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="56"/>
        <source>Report &amp;paper size:</source>
        <translation>&amp;Ukuran kertas laporan:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="59"/>
        <source>&amp;Sign in to your programme&apos;s server…</source>
        <translation>&amp;Masuk ke server program…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="60"/>
        <source>&amp;Create your first enterprise…</source>
        <translation>Buat &amp;perusahaan pertama…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="61"/>
        <source>&amp;Try a demo workspace first</source>
        <translation>&amp;Coba ruang kerja demo dulu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="62"/>
        <source>Look around &amp;first</source>
        <translation>&amp;Lihat-lihat dulu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/first_start.py" line="66"/>
        <source>How would you like to begin?</source>
        <translation>Bagaimana Anda ingin memulai?</translation>
    </message>
</context>
<context>
    <name>KpiPhase</name>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="46"/>
        <source>Baseline</source>
        <translation>Awal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="47"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="48"/>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
</context>
<context>
    <name>KpiReadingDialog</name>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="53"/>
        <source>Correct a KPI reading</source>
        <translation>Koreksi data KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="54"/>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="190"/>
        <source>KPI reading</source>
        <translation>Data KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="54"/>
        <source>New KPI reading</source>
        <translation>Data KPI baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="85"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="85"/>
        <source>Numerator</source>
        <translation>Pembilang</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="85"/>
        <source>Denominator</source>
        <translation>Penyebut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="86"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="86"/>
        <source>Period from</source>
        <translation>Periode dari</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="87"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="87"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="87"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="88"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="172"/>
        <source>This reading has been synced, so it is not changed: what you change here becomes a correction, a new reading that replaces it. The history keeps both.</source>
        <translation>Data ini sudah disinkronkan, jadi tidak diubah: yang Anda ubah di sini menjadi koreksi, data baru yang menggantikannya. Riwayat menyimpan keduanya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="175"/>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="279"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="187"/>
        <source>This reading was entered at a signed visit: it stays as signed. Reopen the visit to correct it.</source>
        <translation>Pembacaan ini dimasukkan pada kunjungan bertanda tangan: tetap seperti saat ditandatangani. Buka kembali kunjungan untuk mengoreksinya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="206"/>
        <source>in the enterprise&apos;s currency</source>
        <translation>dalam mata uang perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="208"/>
        <source>Unit: {unit}</source>
        <translation>Satuan: {unit}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="278"/>
        <source>Saved as a correction.</source>
        <translation>Tersimpan sebagai koreksi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="283"/>
        <source>Not saved yet: {problem}</source>
        <translation>Belum tersimpan: {problem}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/kpis/reading_dialog.py" line="305"/>
        <source>This reading is not complete, so it is not saved. {problem}

Close and forget what you typed?</source>
        <translation>Data ini belum lengkap, jadi tidak tersimpan. {problem}

Tutup dan lupakan yang sudah Anda ketik?</translation>
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
        <translation>Awal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="43"/>
        <source>Latest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="43"/>
        <source>Latest period: {period}</source>
        <translation>Periode terakhir: {period}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="45"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="46"/>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation type="vanished">Periode terakhir</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="56"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="57"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="58"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="59"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="60"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="61"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="66"/>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="72"/>
        <source>New KPI reading…</source>
        <translation>Data KPI baru…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="69"/>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="205"/>
        <source>Correct reading…</source>
        <translation>Koreksi data…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="78"/>
        <source>No KPI readings yet. Record the baseline first: press Ctrl+K.</source>
        <translation>Belum ada data KPI. Catat data awal dulu: tekan Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="88"/>
        <source>Readings, corrections included</source>
        <translation>Data, termasuk koreksi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="177"/>
        <source>Replaced by a correction</source>
        <translation>Diganti oleh koreksi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="179"/>
        <source>Correction</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/kpi_tab.py" line="206"/>
        <source>Change reading…</source>
        <translation>Ubah data…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="17"/>
        <source>Good practice</source>
        <translation>Praktik baik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="18"/>
        <source>Needs improvement</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="19"/>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="20"/>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="21"/>
        <source>Baseline</source>
        <translation>Awal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="22"/>
        <source>Consultation</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="23"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="24"/>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="vanished">Draf</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished">Ditandatangani</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="30"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="31"/>
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="32"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="33"/>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="34"/>
        <source>Chair</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="35"/>
        <source>Secretary</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="36"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="37"/>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="38"/>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="39"/>
        <source>Woman</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="40"/>
        <source>Man</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="41"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="42"/>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="43"/>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="44"/>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="45"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="vanished">Kemajuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="49"/>
        <source>From the records</source>
        <translation>Dari catatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="50"/>
        <source>Estimate</source>
        <translation>Perkiraan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="51"/>
        <source>Lower is better</source>
        <translation>Makin rendah makin baik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="52"/>
        <source>Higher is better</source>
        <translation>Makin tinggi makin baik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="54"/>
        <source>New since last look</source>
        <translation>Baru sejak terakhir dilihat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="55"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="56"/>
        <source>Has issues</source>
        <translation>Ada masalah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="57"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="58"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="59"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="60"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>LastTimeLabel</name>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="36"/>
        <source>not rated</source>
        <extracomment>Findings listed per topic; the rest are counted.</extracomment>
        <translation>belum dinilai</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="42"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… dan %n lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="44"/>
        <source>Nothing was recorded on this topic.</source>
        <translation>Tidak ada yang dicatat pada topik ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="46"/>
        <source>Good practice in place then.</source>
        <translation>Saat itu praktik baik sudah diterapkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="47"/>
        <source>Good practice not in place then.</source>
        <translation>Saat itu praktik baik belum diterapkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/previous_findings.py" line="48"/>
        <source>Last time ({date}):</source>
        <translation>Terakhir kali ({date}):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="74"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Today</source>
        <extracomment>Sidebar entries in order; the enterprise and visit screens light up their list&apos;s entry. Entries only some accounts see: the review queue is a coordinator&apos;s (and an admin&apos;s). The workspace is open and every screen is built. Opening the workspace failed (a UserError, or a bug); the application shows it and ends. Set when the trainer asked to restart (a new language): the app starts again once this window closed. Windows of records (actions, KPI readings) open beside the main window, by (kind, id).</extracomment>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="74"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Enterprises</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="74"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="75"/>
        <location filename="../score_desktop/ui/main_window.py" line="309"/>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="75"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Trash</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="75"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="76"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="76"/>
        <location filename="../score_desktop/ui/main_window.py" line="310"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="76"/>
        <location filename="../score_desktop/ui/main_window.py" line="311"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="125"/>
        <source>SCORE Desktop — {path}</source>
        <translation>SCORE Desktop — {path}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="174"/>
        <source>A demo workspace opens in a second window.</source>
        <translation>Ruang kerja demo terbuka di jendela kedua.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="272"/>
        <source>Search enterprises, visits, findings, actions  (Ctrl+F)</source>
        <translation>Cari perusahaan, kunjungan, temuan, tindakan  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="289"/>
        <source>New enterprise</source>
        <translation>Perusahaan baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="291"/>
        <source>New visit…</source>
        <translation>Kunjungan baru…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="292"/>
        <source>Plan a training session…</source>
        <translation>Rencanakan sesi pelatihan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="294"/>
        <source>Sponsor report…</source>
        <translation>Laporan untuk sponsor…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="296"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="298"/>
        <source>Preferences…</source>
        <translation>Preferensi…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="300"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="301"/>
        <source>Undo delete</source>
        <translation>Urungkan hapus</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="304"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="305"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="313"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="315"/>
        <source>About SCORE Desktop</source>
        <translation>Tentang SCORE Desktop</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="325"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="339"/>
        <source>&amp;Visit</source>
        <translation>&amp;Kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="340"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="344"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="347"/>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="544"/>
        <source>Open or select an enterprise first, then start its visit.</source>
        <translation>Buka atau pilih perusahaan terlebih dahulu, lalu mulai kunjungannya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="573"/>
        <source>No enterprise names a sponsoring buyer yet: add one on an enterprise&apos;s page (Sponsoring buyers).</source>
        <translation>Belum ada perusahaan yang menyebut pembeli sponsor: tambahkan di halaman perusahaan (Pembeli sponsor).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="656"/>
        <source>Photo restored.</source>
        <translation>Foto dipulihkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="656"/>
        <source>Action restored.</source>
        <translation>Tindakan dipulihkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="657"/>
        <source>Suggestion restored.</source>
        <translation>Saran dipulihkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="658"/>
        <source>Enterprise restored, with what went with it.</source>
        <translation>Perusahaan dipulihkan, beserta yang ikut terhapus.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="659"/>
        <source>Visit restored, with its findings, photos and actions.</source>
        <translation>Kunjungan dipulihkan, beserta temuan, foto, dan tindakannya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="660"/>
        <source>EIT member restored.</source>
        <translation>Anggota EIT dipulihkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="661"/>
        <source>Finding restored.</source>
        <translation>Temuan dipulihkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="694"/>
        <source>SCORE Desktop speaks the new language from its next start. Restart it now? Your work is saved.</source>
        <translation>SCORE Desktop memakai bahasa baru mulai saat dijalankan berikutnya. Mulai ulang sekarang? Pekerjaan Anda sudah tersimpan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="697"/>
        <source>Restart now</source>
        <translation>Mulai ulang sekarang</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="698"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/main_window.py" line="720"/>
        <source>{app} {version}
For the accredited trainers of the ILO SCORE programme.</source>
        <translation>{app} {version}
Untuk para pelatih terakreditasi program SCORE ILO.</translation>
    </message>
</context>
<context>
    <name>ModuleOrderEditor</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/preferences_dialog.py" line="26"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/preferences_dialog.py" line="27"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
</context>
<context>
    <name>NewEnterpriseDialog</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="18"/>
        <source>New enterprise</source>
        <translation>Perusahaan baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="20"/>
        <source>As the factory writes it, e.g. 广州华美服装有限公司</source>
        <translation>Seperti ditulis pabrik, mis. PT Garmen Sejahtera</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="26"/>
        <source>Name in &amp;Latin letters:</source>
        <translation>Nama dalam huruf &amp;Latin:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="26"/>
        <source>&amp;City:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="27"/>
        <source>Everything else goes on the enterprise&apos;s page, which opens next.</source>
        <translation>Selebihnya diisi di halaman perusahaan, yang terbuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_enterprise_dialog.py" line="28"/>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
</context>
<context>
    <name>NewMemberDialog</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="31"/>
        <source>Add member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="37"/>
        <source>&amp;Manager or worker:</source>
        <translation>&amp;Manajer atau pekerja:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="37"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="38"/>
        <source>Role, department and dates follow in the team&apos;s list.</source>
        <translation>Peran, departemen, dan tanggal diisi kemudian di daftar tim.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/new_member_dialog.py" line="38"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="42"/>
        <source>New visit — {enterprise}</source>
        <translation>Kunjungan baru — {enterprise}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="68"/>
        <source>Names, separated by commas</source>
        <translation>Nama, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="77"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="78"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="79"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="80"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="81"/>
        <source>Co-visitors</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="82"/>
        <source>Attendees from the EIT</source>
        <translation>Peserta dari tim peningkatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/new_visit_dialog.py" line="84"/>
        <source>Start visit</source>
        <translation>Mulai kunjungan</translation>
    </message>
</context>
<context>
    <name>ParticipantRows</name>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="95"/>
        <source>Name</source>
        <extracomment>The participant&apos;s record id, for screens that act on the selected participant. The codes of a choice column (side, gender), for the choice delegate. A sentence when a value was refused, &quot;&quot; once a write went through.</extracomment>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="95"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="95"/>
        <source>Days present</source>
        <translation>Hari hadir</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="96"/>
        <source>Content useful</source>
        <translation>Materi bermanfaat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="96"/>
        <source>Trainer clear</source>
        <translation>Pelatih jelas</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="97"/>
        <source>Will apply at work</source>
        <translation>Akan diterapkan di tempat kerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/participants_model.py" line="97"/>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <location filename="../score_desktop/ui/photos/photo_canvas.py" line="120"/>
        <source>Loading the picture…</source>
        <extracomment>Shorter drags are clicks: they draw nothing (a trainer&apos;s touchpad twitches). A finished shape (a dict of the annotation layer). Where the text tool gets its words (the viewer&apos;s label field). None: fit the window; otherwise screen pixels per picture pixel.</extracomment>
        <translation>Memuat gambar…</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="161"/>
        <source>Attach photos…</source>
        <extracomment>Asks the screen for a finding to attach to when none is chosen (it creates one); returns via attach_to().</extracomment>
        <translation>Lampirkan foto…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="164"/>
        <source>Drop photos or a folder here, or paste with Ctrl+V.</source>
        <translation>Letakkan foto atau folder di sini, atau tempel dengan Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="167"/>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="292"/>
        <source>Importing %v of %m</source>
        <translation>Mengimpor %v dari %m</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="169"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="218"/>
        <source>Attach photos</source>
        <translation>Lampirkan foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="219"/>
        <source>Pictures ({patterns})</source>
        <translation>Gambar ({patterns})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="227"/>
        <source>Another import is still running; wait for it or cancel it.</source>
        <translation>Impor lain masih berjalan; tunggu sampai selesai atau batalkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="298"/>
        <source>Ready for the report: %v of %m</source>
        <translation>Disiapkan untuk laporan: %v dari %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="304"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n foto ditambahkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/photo_strip.py" line="306"/>
        <source>Import cancelled.</source>
        <translation>Impor dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="310"/>
        <source>%n file(s) skipped:</source>
        <translation>
            <numerusform>%n berkas dilewati:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/core/photo_strip.py" line="313"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… dan %n lainnya.</numerusform>
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
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="53"/>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="55"/>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="57"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="58"/>
        <source>Fit</source>
        <translation>Paskan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="59"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="60"/>
        <source>Turn ⟲</source>
        <translation>Putar ⟲</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="61"/>
        <source>Turn ⟳</source>
        <translation>Putar ⟳</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="66"/>
        <source>Look</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="66"/>
        <source>Arrow</source>
        <translation>Panah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="67"/>
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="67"/>
        <source>Rectangle</source>
        <translation>Persegi panjang</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="68"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="76"/>
        <source>Label text, then click the photo</source>
        <translation>Tulis teks label, lalu klik foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="81"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="82"/>
        <source>Clear</source>
        <translation>Hapus semua</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="89"/>
        <source>Caption, as it will print in the report</source>
        <translation>Keterangan, seperti yang akan dicetak di laporan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="95"/>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="106"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="96"/>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="108"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="97"/>
        <source>Delete photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="101"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/photos/photo_viewer.py" line="151"/>
        <source>{n} of {total}</source>
        <translation>{n} dari {total}</translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="37"/>
        <source>Plan a training session</source>
        <translation>Rencanakan sesi pelatihan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="56"/>
        <source>Names, separated by commas</source>
        <translation>Nama, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="61"/>
        <source>Type to find an enterprise</source>
        <translation>Ketik untuk mencari perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="81"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="82"/>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="83"/>
        <source>Number of days</source>
        <translation>Jumlah hari</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="84"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="85"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="86"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="87"/>
        <source>Co-trainers</source>
        <translation>Pelatih pendamping</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="88"/>
        <source>Papers in</source>
        <translation>Dokumen dalam</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="89"/>
        <source>Enterprises</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/plan_session_dialog.py" line="92"/>
        <source>Plan session</source>
        <translation>Rencanakan sesi</translation>
    </message>
</context>
<context>
    <name>PracticeCheck</name>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="30"/>
        <source>Good practice in place</source>
        <translation>Praktik baik sudah diterapkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="31"/>
        <source>SCORE&apos;s practice check for this topic at this visit (Ctrl+G)</source>
        <translation>Pemeriksaan praktik SCORE untuk topik ini pada kunjungan ini (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>PracticeScoreLabel</name>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="70"/>
        <source>baseline (this visit): {score}</source>
        <translation>awal (kunjungan ini): {score}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="72"/>
        <source>baseline: {score}</source>
        <translation>awal: {score}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="73"/>
        <source>this visit: {score}</source>
        <translation>kunjungan ini: {score}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="74"/>
        <source>&lt;b&gt;Good practices in place&lt;/b&gt;&lt;br&gt;{parts}</source>
        <translation>&lt;b&gt;Praktik baik yang sudah diterapkan&lt;/b&gt;&lt;br&gt;{parts}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="78"/>
        <source>not assessed</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/practice_panel.py" line="79"/>
        <source>{in_place} of {total} ({percent})</source>
        <translation>{in_place} dari {total} ({percent})</translation>
    </message>
    <message>
        <source>{in_place} of {total} ({percent} %)</source>
        <translation type="vanished">{in_place} dari {total} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/preferences_dialog.py" line="61"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/records_dialog.py" line="30"/>
        <source>%n record(s)</source>
        <extracomment>How many rows the list shows at most (a figure over the whole programme may stand on thousands).</extracomment>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/records_dialog.py" line="32"/>
        <source>{count}; the first {shown} are listed</source>
        <translation>{count}; {shown} yang pertama ditampilkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/records_dialog.py" line="33"/>
        <source>Enter or a double click opens one.</source>
        <translation>Enter atau klik ganda membukanya.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="23"/>
        <source>Reopen the signed visit</source>
        <translation>Buka kembali kunjungan bertanda tangan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="27"/>
        <source>The visit of {date} was signed. Reopening it lets you change what was recorded; then both sign again and its report becomes revision {revision}. The signed report stays as it is, and the next one prints why the visit was reopened, by whom and when.</source>
        <translation>Kunjungan tanggal {date} sudah ditandatangani. Membukanya kembali memungkinkan perubahan atas yang tercatat; lalu keduanya menandatangani lagi dan laporannya menjadi revisi {revision}. Laporan bertanda tangan tetap seperti adanya, dan laporan berikutnya mencetak alasan kunjungan dibuka kembali, oleh siapa dan kapan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="35"/>
        <source>For example: the October defect rate was entered for the wrong line.</source>
        <translation>Contoh: tingkat cacat Oktober tercatat untuk lini yang salah.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="38"/>
        <source>&amp;Why is the visit reopened? (required)</source>
        <translation>&amp;Mengapa kunjungan dibuka kembali? (wajib)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="40"/>
        <source>Reopened by {who}, now.</source>
        <translation>Dibuka kembali oleh {who}, sekarang.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="40"/>
        <source>(your name: set it in Preferences)</source>
        <translation>(nama Anda: atur di Preferensi)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/reopen_dialog.py" line="43"/>
        <source>&amp;Reopen</source>
        <translation>B&amp;uka kembali</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="65"/>
        <source>Visit report</source>
        <translation>Laporan kunjungan</translation>
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
        <translation>&amp;Bahasa laporan:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="vanished">&amp;Kertas:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="106"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="108"/>
        <source>&amp;Cancel build</source>
        <translation>Ba&amp;talkan pembuatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="125"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="128"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="168"/>
        <source>Building the report…</source>
        <translation>Menyusun laporan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="182"/>
        <source>Build cancelled.</source>
        <translation>Pembuatan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="183"/>
        <source>Build cancelled; the report shown is the one before.</source>
        <translation>Pembuatan dibatalkan; laporan yang tampil adalah yang sebelumnya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="234"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="236"/>
        <source>Signed report, revision {revision}: the signed document · {pages}</source>
        <translation>Laporan bertanda tangan, revisi {revision}: dokumen yang ditandatangani · {pages}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="239"/>
        <source>Unsigned translation of the signed report · {pages}</source>
        <translation>Terjemahan tanpa tanda tangan dari laporan bertanda tangan · {pages}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="253"/>
        <source>The report could not be built.</source>
        <translation>Laporan tidak dapat disusun.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="261"/>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/report_preview.py" line="262"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="23"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="40"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="23"/>
        <source>Factories</source>
        <translation>Pabrik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="24"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="43"/>
        <source>Attendance rate</source>
        <translation>Tingkat kehadiran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="24"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="43"/>
        <source>Present every day</source>
        <translation>Hadir setiap hari</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="25"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="41"/>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="25"/>
        <location filename="../score_desktop/ui/training/results_panel.py" line="42"/>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="26"/>
        <source>Feedback forms</source>
        <translation>Formulir umpan balik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="26"/>
        <source>Content useful</source>
        <translation>Materi bermanfaat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="27"/>
        <source>Trainer clear</source>
        <translation>Pelatih jelas</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="27"/>
        <source>Will apply at work</source>
        <translation>Akan diterapkan di tempat kerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="40"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="41"/>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="42"/>
        <source>Managers</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="47"/>
        <source>Counted over the participants of the enterprises in this workspace; a coordinator&apos;s workspace holds them all.</source>
        <translation>Dihitung dari peserta perusahaan di ruang kerja ini; ruang kerja koordinator memuat semuanya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/results_panel.py" line="49"/>
        <source>Scores are averages of the paper forms, from 1 (not at all) to 5 (very much).</source>
        <translation>Nilai adalah rata-rata formulir kertas, dari 1 (sama sekali tidak) sampai 5 (sangat).</translation>
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
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="48"/>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="49"/>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="49"/>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="54"/>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation type="vanished">Provi&amp;nsi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="54"/>
        <source>Provi&amp;nce</source>
        <translation>Pro&amp;vinsi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="55"/>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="55"/>
        <source>Sp&amp;onsor</source>
        <translation>Sp&amp;onsor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="56"/>
        <source>T&amp;rainer</source>
        <translation>Pelatih (&amp;R)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="64"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="75"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="82"/>
        <source>Enterprises</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="66"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="88"/>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="75"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="76"/>
        <source>Improved</source>
        <translation>Membaik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="76"/>
        <source>Worse</source>
        <translation>Memburuk</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="77"/>
        <source>Median change</source>
        <translation>Perubahan median</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="81"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="280"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="82"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="83"/>
        <source>Latest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="87"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="280"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="87"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="104"/>
        <source>KPI change from baseline to latest</source>
        <translation>Perubahan KPI dari baseline ke terbaru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="105"/>
        <source>Good practices in place, per module (%)</source>
        <translation>Praktik baik yang diterapkan, per modul (%)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="106"/>
        <source>Actions agreed at these visits</source>
        <translation>Tindakan yang disepakati pada kunjungan ini</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="112"/>
        <source>EIT balance</source>
        <translation>Komposisi EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="113"/>
        <source>Classroom training</source>
        <translation>Pelatihan kelas</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="114"/>
        <source>Visits per trainer and month</source>
        <translation>Kunjungan per pelatih dan bulan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="127"/>
        <source>Programme results</source>
        <translation>Hasil program</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="160"/>
        <source>All provinces</source>
        <translation>Semua provinsi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="161"/>
        <source>All modules</source>
        <translation>Semua modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="162"/>
        <source>All sponsors</source>
        <translation>Semua sponsor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="163"/>
        <source>All trainers</source>
        <translation>Semua pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="197"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="213"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n perusahaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="214"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n kunjungan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="215"/>
        <source>Photos received: {received} of {expected}</source>
        <translation>Foto diterima: {received} dari {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="217"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n konflik terbuka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="232"/>
        <source>Done on time</source>
        <translation>Selesai tepat waktu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="233"/>
        <source>Done late</source>
        <translation>Selesai terlambat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="234"/>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="235"/>
        <source>Open, not yet due</source>
        <translation>Terbuka, belum jatuh tempo</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="237"/>
        <source>Managers</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="238"/>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="239"/>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="240"/>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="242"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/results/results_screen.py" line="243"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="245"/>
        <source>Present every day: {share} · women: {women}</source>
        <translation>Hadir setiap hari: {share} · perempuan: {women}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="248"/>
        <source>content useful</source>
        <translation>materi bermanfaat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="248"/>
        <source>trainer clear</source>
        <translation>pelatih jelas</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="249"/>
        <source>will apply at work</source>
        <translation>akan diterapkan di tempat kerja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="253"/>
        <source>Satisfaction (1-5): {scores}</source>
        <translation>Kepuasan (1-5): {scores}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="269"/>
        <location filename="../score_desktop/ui/results/results_screen.py" line="279"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="269"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="271"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="279"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="287"/>
        <source>better</source>
        <translation>lebih baik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="287"/>
        <source>worse</source>
        <translation>lebih buruk</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="288"/>
        <source>no change yet</source>
        <translation>belum berubah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="311"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="311"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/results/results_screen.py" line="312"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="35"/>
        <source>Open the report…</source>
        <translation>Buka laporan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="45"/>
        <source>Open the visit</source>
        <translation>Buka kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="50"/>
        <source>Send comment</source>
        <translation>Kirim komentar</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="51"/>
        <source>A comment for the trainer: what to fix, what is missing, what is good</source>
        <translation>Komentar untuk pelatih: apa yang perlu diperbaiki, apa yang kurang, apa yang sudah baik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="58"/>
        <source>Set the review state, with the comment above if any (Alt+{n})</source>
        <translation>Tetapkan status tinjauan, dengan komentar di atas bila ada (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="60"/>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="120"/>
        <source>Review state: {state}</source>
        <translation>Status tinjauan: {state}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="80"/>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="108"/>
        <source>trainer: {account}</source>
        <translation>pelatih: {account}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="117"/>
        <source>Not a report to review yet (a draft)</source>
        <translation>Belum laporan untuk ditinjau (draf)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/review_page.py" line="118"/>
        <source> (set by {reviewer})</source>
        <translation> (ditetapkan oleh {reviewer})</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="31"/>
        <source>Answer your coordinator here. To fix a signed visit, reopen it with a reason (Sign-off tab) and sign it again: your answer or the new signature sends the report back to your coordinator.</source>
        <translation>Jawab koordinator Anda di sini. Untuk memperbaiki kunjungan yang sudah ditandatangani, buka kembali dengan alasan (tab Tanda tangan) lalu tandatangani lagi: jawaban Anda atau tanda tangan baru mengirim laporan kembali ke koordinator.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="34"/>
        <source>Send answer</source>
        <translation>Kirim jawaban</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="34"/>
        <source>Your answer to your coordinator</source>
        <translation>Jawaban Anda untuk koordinator</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="51"/>
        <source>Your coordinator has not reviewed this report yet.</source>
        <translation>Koordinator Anda belum meninjau laporan ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/review_panel.py" line="55"/>
        <source>Your coordinator&apos;s review: {state} ({reviewer})</source>
        <translation>Tinjauan koordinator Anda: {state} ({reviewer})</translation>
    </message>
</context>
<context>
    <name>ReviewQueueScreen</name>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="30"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="31"/>
        <source>Visit date</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="32"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="33"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="34"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="35"/>
        <source>Sponsors</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="36"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="46"/>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="46"/>
        <source>All trainers</source>
        <translation>Semua pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="47"/>
        <source>All enterprises</source>
        <translation>Semua perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="47"/>
        <source>All modules</source>
        <translation>Semua modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="48"/>
        <source>All sponsors</source>
        <translation>Semua sponsor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="62"/>
        <source>No visit reports to review: they arrive here once trainers finalise or sign a visit and sync.</source>
        <translation>Tidak ada laporan kunjungan untuk ditinjau: laporan datang ke sini setelah pelatih menyelesaikan atau menandatangani kunjungan dan menyinkronkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="66"/>
        <source>Visit reports to review</source>
        <translation>Laporan kunjungan untuk ditinjau</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/coordinator/queue_screen.py" line="117"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n laporan</numerusform>
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
        <translation>Belum ada komentar.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/review_thread.py" line="83"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../score_desktop/domain/roles.py" line="27"/>
        <source>Only a coordinator sets a report&apos;s review state.</source>
        <extracomment>What a trainer records at the factory; a coordinator&apos;s change to any of them is ``not_permitted``. The accounts that review visit reports.</extracomment>
        <translation>Hanya koordinator yang menetapkan status tinjauan laporan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/roles.py" line="28"/>
        <source>What a trainer recorded is changed by the trainer: write a comment in the review instead.</source>
        <translation>Yang dicatat pelatih diubah oleh pelatih: tulis komentar di tinjauan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/roles.py" line="30"/>
        <source>A comment is changed only by the person who wrote it.</source>
        <translation>Komentar hanya dapat diubah oleh penulisnya.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="53"/>
        <location filename="../score_desktop/ui/search/search_screen.py" line="59"/>
        <source>Enterprise</source>
        <extracomment>The trainer chose a hit: (entity, record id). A search finished: (query, number of hits).</extracomment>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="53"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="53"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="54"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="54"/>
        <source>EIT member</source>
        <translation>Anggota EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="54"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="56"/>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="57"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="58"/>
        <source>Where it matches</source>
        <translation>Bagian yang cocok</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="67"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="92"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="98"/>
        <source>Search: {query}</source>
        <translation>Cari: {query}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/search/search_screen.py" line="99"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n hasil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/search/search_screen.py" line="100"/>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Tidak ditemukan apa pun. Coba dengan kata yang lebih sedikit atau lebih pendek.</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="121"/>
        <source>Names, separated by commas</source>
        <translation>Nama, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="123"/>
        <source>The language of the attendance sheet and the certificates</source>
        <translation>Bahasa daftar hadir dan sertifikat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="127"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="127"/>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="127"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="128"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="128"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="128"/>
        <source>Co-trainers</source>
        <translation>Pelatih pendamping</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="129"/>
        <source>Papers in</source>
        <translation>Dokumen dalam</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="129"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="147"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="148"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="155"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="158"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="160"/>
        <source>Take the selected enterprise out of the session</source>
        <translation>Keluarkan perusahaan terpilih dari sesi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_details.py" line="162"/>
        <source>Enterprises whose people attend</source>
        <translation>Perusahaan yang mengirim peserta</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="78"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="180"/>
        <source>Add participants…</source>
        <extracomment>table_view&apos;s ``stretch``: the last column takes the spare width (the feedback&apos;s comment), or none does. The widest a column of names grows to fit its text (longer names are elided; the tooltip has them whole). The columns of what was typed (names, enterprises, positions, comments), which that width bounds; the others hold the app&apos;s words and get the width their title needs. (session id, ATTENDANCE_SHEET or CERTIFICATES): the main window opens the paper&apos;s preview.</extracomment>
        <translation>Tambah peserta…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="79"/>
        <source>Attendance sheet…</source>
        <translation>Daftar hadir…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="81"/>
        <source>Certificates…</source>
        <translation>Sertifikat…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="83"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="310"/>
        <source>Delete session</source>
        <translation>Hapus sesi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="106"/>
        <source>Everyone present on…</source>
        <translation>Semua hadir pada…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="109"/>
        <source>Add to the EIT</source>
        <translation>Tambahkan ke tim peningkatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="110"/>
        <source>Make the selected participant a member of their enterprise&apos;s EIT</source>
        <translation>Jadikan peserta terpilih anggota tim peningkatan perusahaannya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="111"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="301"/>
        <source>Remove participant</source>
        <translation>Hapus peserta</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="165"/>
        <source>Arrow keys move between people and days; the space bar ticks who is present. Double-click a name, role or position to correct it.</source>
        <translation>Tombol panah berpindah antar orang dan hari; spasi mencentang yang hadir. Klik ganda nama, peran, atau jabatan untuk memperbaikinya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="170"/>
        <source>Type each score from the paper form (1 to 5) and press Tab for the next one; leave a score empty when it was not given.</source>
        <translation>Ketik setiap nilai dari formulir kertas (1 sampai 5) lalu tekan Tab untuk berikutnya; kosongkan nilai yang tidak diisi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="174"/>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="175"/>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="176"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="209"/>
        <source>{place}    Session id: {id}</source>
        <translation>{place}    ID sesi: {id}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="213"/>
        <source>Day {number}: {date}</source>
        <translation>Hari ke-{number}: {date}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="287"/>
        <location filename="../score_desktop/ui/training/session_screen.py" line="298"/>
        <source>Select a participant first.</source>
        <translation>Pilih seorang peserta dulu.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="293"/>
        <source>{name} is on the EIT now.</source>
        <translation>{name} kini anggota tim peningkatan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="302"/>
        <source>Remove {name} from this session? Their ticks and feedback go with them.</source>
        <translation>Hapus {name} dari sesi ini? Centang kehadiran dan umpan baliknya ikut terhapus.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/session_screen.py" line="311"/>
        <source>Delete this session with its participants, attendance and feedback?</source>
        <translation>Hapus sesi ini beserta peserta, kehadiran, dan umpan baliknya?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="50"/>
        <source>The computer&apos;s language</source>
        <extracomment>&quot;text&quot;, &quot;choice&quot; (one of ``choices``) or &quot;order&quot; (a comma-separated ordering of codes). What each choice is called, in the same order (a choice is shown as itself when there are none). Texts marked with QT_TRANSLATE_NOOP are translated; a language&apos;s name is written in that language. The choice changes something the app sets up when it starts (the language): it offers to restart. Module codes in SCORE&apos;s teaching order; the catalog may know more, they then follow in catalog order. The languages the app speaks, each named in itself (&quot;&quot; follows the computer&apos;s language).</extracomment>
        <translation>Bahasa komputer</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="54"/>
        <source>Trainer name</source>
        <translation>Nama pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="56"/>
        <source>Language of the app</source>
        <translation>Bahasa aplikasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="59"/>
        <source>Default module order</source>
        <translation>Urutan modul bawaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="60"/>
        <source>Report paper size</source>
        <translation>Ukuran kertas laporan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/settings.py" line="62"/>
        <source>Sync server address</source>
        <translation>Alamat server sinkronisasi</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/shortcuts_dialog.py" line="15"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/shortcuts_dialog.py" line="22"/>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/shortcuts_dialog.py" line="22"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="45"/>
        <source>Sign in to the SCORE server</source>
        <extracomment>The server accepted: the credentials the sync goes on with.</extracomment>
        <translation>Masuk ke server SCORE</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="67"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="73"/>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="74"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="75"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="90"/>
        <source>The server&apos;s administrator gives you the address, your user name and a password. What the trainers synced comes to this laptop; your reviews and comments go back to them.</source>
        <translation>Administrator server memberi Anda alamat, nama pengguna, dan kata sandi. Yang disinkronkan pelatih datang ke laptop ini; tinjauan dan komentar Anda kembali kepada mereka.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="93"/>
        <source>Your coordinator gives you the address, your user name and a password. Your work stays on this laptop and syncs when there is a network.</source>
        <translation>Koordinator Anda memberikan alamat, nama pengguna, dan kata sandi. Pekerjaan Anda tetap tersimpan di laptop ini dan disinkronkan saat ada jaringan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="95"/>
        <source>Whoever runs your programme&apos;s server gives you its address, your user name and a password: your coordinator if you are a trainer, the server&apos;s administrator if you coordinate. Everything stays on this laptop and syncs when there is a network.</source>
        <translation>Pengelola server program Anda memberi alamat, nama pengguna, dan kata sandi: koordinator Anda bila Anda pelatih, administrator server bila Anda koordinator. Semuanya tersimpan di laptop ini dan disinkronkan saat ada jaringan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sign_in_dialog.py" line="103"/>
        <source>Please fill in the server address, your user name and your password.</source>
        <translation>Harap isi alamat server, nama pengguna, dan kata sandi Anda.</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="14"/>
        <source>No findings are recorded yet.</source>
        <translation>Belum ada temuan yang tercatat.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="16"/>
        <source>The action “{title}” has no owner.</source>
        <translation>Tindakan “{title}” belum punya penanggung jawab.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="19"/>
        <source>The action “{title}” has no due date.</source>
        <translation>Tindakan “{title}” belum punya tenggat.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="26"/>
        <source>The module&apos;s core KPI “{kpi}” is not entered at this visit.</source>
        <translation>KPI inti modul “{kpi}” belum dimasukkan pada kunjungan ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="35"/>
        <source>The trainer has not signed.</source>
        <translation>Pelatih belum menandatangani.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="37"/>
        <source>The enterprise&apos;s representative has not signed.</source>
        <translation>Perwakilan perusahaan belum menandatangani.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_texts.py" line="39"/>
        <source>Type the name of the enterprise&apos;s representative.</source>
        <translation>Ketik nama perwakilan perusahaan.</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="91"/>
        <source>Finalise…</source>
        <translation>Finalisasi…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="94"/>
        <source>For the SCORE trainer</source>
        <translation>Untuk pelatih SCORE</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="95"/>
        <source>e.g. SCORE trainer</source>
        <translation>mis. pelatih SCORE</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="96"/>
        <source>For the enterprise</source>
        <translation>Untuk perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="97"/>
        <source>Who signs for the factory</source>
        <translation>Yang menandatangani untuk pabrik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="98"/>
        <source>e.g. EIT chair, factory manager</source>
        <translation>mis. ketua EIT, manajer pabrik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="100"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="101"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="108"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Bahasa laporan:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="110"/>
        <source>Signed report…</source>
        <translation>Laporan bertanda tangan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="113"/>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="116"/>
        <source>Sign the visit…</source>
        <translation>Tandatangani kunjungan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="181"/>
        <source>Signed by {trainer} and {representative}, revision {revision}, on {when}. The visit is locked.</source>
        <translation>Ditandatangani oleh {trainer} dan {representative}, revisi {revision}, pada {when}. Kunjungan terkunci.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="187"/>
        <source>Reopened by {who} on {when}: {reason}. Sign again to lock it.</source>
        <translation>Dibuka kembali oleh {who} pada {when}: {reason}. Tandatangani lagi untuk menguncinya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="191"/>
        <source>Not signed yet. Both sign here, on the laptop; signing makes the report once and locks the visit.</source>
        <translation>Belum ditandatangani. Keduanya menandatangani di sini, di laptop; penandatanganan membuat laporan sekali dan mengunci kunjungan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="193"/>
        <source>Earlier revisions: {list}</source>
        <translation>Revisi sebelumnya: {list}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="194"/>
        <source>{revision} ({date})</source>
        <translation>{revision} ({date})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="206"/>
        <source>Still missing:</source>
        <translation>Masih kurang:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="207"/>
        <source>Everything a signed report needs is recorded.</source>
        <translation>Semua yang dibutuhkan laporan bertanda tangan sudah tercatat.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../score_desktop/ui/visits/signature_pad.py" line="40"/>
        <source>Sign here</source>
        <extracomment>Points closer than this (in box units) to the last one add nothing but weight. A stroke was finished or the pad was cleared: the strokes as they are now, in box units.</extracomment>
        <translation>Tanda tangan di sini</translation>
    </message>
</context>
<context>
    <name>SignedBanner</name>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="27"/>
        <source>Signed report…</source>
        <translation>Laporan bertanda tangan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="30"/>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="48"/>
        <source>Signed on {when} by {who} (revision {revision}).</source>
        <translation>Ditandatangani pada {when} oleh {who} (revisi {revision}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="50"/>
        <source>Signed by {who}.</source>
        <translation>Ditandatangani oleh {who}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signed_banner.py" line="52"/>
        <source>A signed visit is locked: its details, findings, photos, the actions agreed at it, its KPI readings and practice checks stay as signed. Actions still move on as the EIT works on them.</source>
        <translation>Kunjungan bertanda tangan terkunci: rinciannya, temuan, foto, tindakan yang disepakati, pembacaan KPI, dan pemeriksaan praktik tetap seperti saat ditandatangani. Tindakan tetap berjalan seiring kerja EIT.</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="45"/>
        <source>Clear signature</source>
        <translation>Hapus tanda tangan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="49"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="50"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="64"/>
        <source>Signed on {date}</source>
        <translation>Ditandatangani {date}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signoff_panel.py" line="65"/>
        <source>Not signed yet</source>
        <translation>Belum ditandatangani</translation>
    </message>
</context>
<context>
    <name>SponsorReportDialog</name>
    <message>
        <location filename="../score_desktop/ui/dialogs/sponsor_report.py" line="30"/>
        <source>Sponsor report</source>
        <translation>Laporan untuk sponsor</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/sponsor_report.py" line="31"/>
        <source>Sponsoring &amp;buyer:</source>
        <translation>Pembeli spo&amp;nsor:</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Submitted by</source>
        <translation>Diajukan oleh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="33"/>
        <source>Implemented</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="34"/>
        <source>On</source>
        <translation>Pada</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="34"/>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="34"/>
        <source>Saving</source>
        <translation>Penghematan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="54"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="54"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="77"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="77"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="82"/>
        <source>Add suggestion</source>
        <translation>Tambah saran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="85"/>
        <source>Delete suggestion</source>
        <translation>Hapus saran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="92"/>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="98"/>
        <source>Implemented</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="97"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="97"/>
        <source>Submitted by</source>
        <translation>Diajukan oleh</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="98"/>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="99"/>
        <source>Implemented on</source>
        <translation>Diterapkan pada</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="99"/>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="100"/>
        <source>Saving</source>
        <translation>Penghematan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="163"/>
        <source>{received}, {implemented} · savings {saving}</source>
        <translation>{received}, {implemented} · penghematan {saving}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="164"/>
        <source>%n received</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>%n diterima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/enterprises/suggestions_panel.py" line="165"/>
        <source>%n implemented</source>
        <comment>suggestions</comment>
        <translation>
            <numerusform>%n diterapkan</numerusform>
        </translation>
    </message>
    <message>
        <source>{received} received, {implemented} implemented · savings {saving}</source>
        <translation type="vanished">{received} diterima, {implemented} diterapkan · penghematan {saving}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../score_desktop/sync/account.py" line="22"/>
        <source>The user name or password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="23"/>
        <source>Cannot reach the server at {url}. Check the address and the network.</source>
        <translation>Tidak dapat terhubung ke server di {url}. Periksa alamat dan jaringan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="24"/>
        <source>This workspace syncs with {server} as {username}. Use a new workspace for another server or account.</source>
        <translation>Ruang kerja ini disinkronkan dengan {server} sebagai {username}. Gunakan ruang kerja baru untuk server atau akun lain.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="27"/>
        <source>A demo workspace never syncs. Sign in from your own workspace.</source>
        <translation>Ruang kerja demo tidak pernah disinkronkan. Masuklah dari ruang kerja Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="28"/>
        <source>The server refused the sign-in: {message}</source>
        <translation>Server menolak proses masuk: {message}</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/account.py" line="29"/>
        <source>Too many failed sign-ins for this account. Try again later (in {minutes} min), or ask your coordinator to unlock it.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi nanti (dalam {minutes} menit), atau minta koordinator Anda membukanya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="72"/>
        <source>The server cannot be reached right now; your changes are kept and will be sent later.</source>
        <extracomment>(connect, read) seconds. A push of 500 mutations on a slow hotel Wi-Fi still answers well within this. Seconds the server asked us to wait (Retry-After), when it said so. Messages for the user per outcome (translated by the UI in the ``Sync`` context).</extracomment>
        <translation>Server tidak dapat dihubungi saat ini; perubahan Anda tetap disimpan dan akan dikirim nanti.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="74"/>
        <source>Please sign in again: the server no longer accepts this sign-in. Your changes are kept.</source>
        <translation>Harap masuk lagi: server tidak lagi menerima sesi masuk ini. Perubahan Anda tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="76"/>
        <source>The server needs a newer SCORE Desktop: {message} You can go on working offline.</source>
        <translation>Server memerlukan SCORE Desktop versi yang lebih baru: {message} Anda dapat terus bekerja secara offline.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="78"/>
        <source>This workspace must be registered as a new device: please sign in again. Your changes are kept.</source>
        <translation>Ruang kerja ini harus didaftarkan sebagai perangkat baru: harap masuk lagi. Perubahan Anda tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="80"/>
        <source>Your account may not do this: {message}</source>
        <translation>Akun Anda tidak diizinkan melakukan ini: {message}</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/transport.py" line="81"/>
        <source>The server refused a request ({message}). Your changes are kept; please tell your coordinator.</source>
        <translation>Server menolak sebuah permintaan ({message}). Perubahan Anda tetap disimpan; harap beri tahu koordinator Anda.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="37"/>
        <source>Stopped before the end; it goes on next time.</source>
        <translation>Berhenti sebelum selesai; akan dilanjutkan lain kali.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="52"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="53"/>
        <source>EIT member</source>
        <translation>Anggota tim peningkatan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="54"/>
        <source>Training session</source>
        <translation>Sesi pelatihan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="55"/>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="56"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="57"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="58"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="59"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="60"/>
        <source>KPI reading</source>
        <translation>Pembacaan KPI</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="61"/>
        <source>Practice check</source>
        <translation>Pemeriksaan praktik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="62"/>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="63"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="64"/>
        <source>Signed report</source>
        <translation>Laporan bertanda tangan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="65"/>
        <source>Conflict resolution</source>
        <translation>Penyelesaian konflik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="72"/>
        <source>Deleted or edited</source>
        <translation>Dihapus atau diubah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="74"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="75"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="76"/>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="77"/>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="78"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="79"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="81"/>
        <source>Due date</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="82"/>
        <source>Visit date</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="83"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="84"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="98"/>
        <source>(empty)</source>
        <extracomment>Fields whose stored codes have words in ui/core/labels.py, per entity where the same name means different codes.</extracomment>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="103"/>
        <source>Edited: {fields}</source>
        <translation>Diubah: {fields}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="109"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="109"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="119"/>
        <source>A signed visit is reopened only with a reason. Reopen it again from the visit screen, saying why.</source>
        <translation>Kunjungan bertanda tangan hanya dibuka kembali dengan alasan. Buka kembali dari layar kunjungan dengan menyebutkan alasannya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="124"/>
        <source>A signed report is a document: the server keeps it as it was signed. Discard this change.</source>
        <translation>Laporan bertanda tangan adalah dokumen: server menyimpannya seperti saat ditandatangani. Buang perubahan ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="130"/>
        <source>The visit was signed: what was recorded at it stays as signed. Discard your change, or reopen the visit and send it again.</source>
        <translation>Kunjungan sudah ditandatangani: yang tercatat tetap seperti saat ditandatangani. Buang perubahan Anda, atau buka kembali kunjungan lalu kirim lagi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="133"/>
        <source>The visit of {date} was signed by {who} on {when}: what was recorded at it stays as signed. Discard your change, or ask {who} to reopen the visit and then send it again.</source>
        <translation>Kunjungan tanggal {date} ditandatangani oleh {who} pada {when}: yang tercatat tetap seperti saat ditandatangani. Buang perubahan Anda, atau minta {who} membuka kembali kunjungan lalu kirim lagi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="163"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="174"/>
        <source>today {time}</source>
        <translation>hari ini {time}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_texts.py" line="176"/>
        <source>yesterday {time}</source>
        <translation>kemarin {time}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day of this year</comment>
        <translation type="vanished">d MMM</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="32"/>
        <source>This photo is not available on the server.</source>
        <translation>Foto ini tidak tersedia di server.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="33"/>
        <source>This photo cannot be downloaded right now; it comes when the server can be reached.</source>
        <translation>Foto ini belum dapat diunduh sekarang; foto akan diunduh setelah server dapat dihubungi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="35"/>
        <source>Sign in to download this photo.</source>
        <translation>Masuk untuk mengunduh foto ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/blobs.py" line="36"/>
        <source>The photo arrived damaged; it will be downloaded again next time.</source>
        <translation>Foto diterima dalam keadaan rusak; foto akan diunduh lagi lain kali.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="30"/>
        <source>The signed report is not on the server yet: the laptop that signed it has not synced since.</source>
        <translation>Laporan bertanda tangan belum ada di server: laptop yang menandatanganinya belum sinkron sejak itu.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="32"/>
        <source>The signed report cannot be downloaded right now; try again when the server can be reached.</source>
        <translation>Laporan bertanda tangan belum bisa diunduh sekarang; coba lagi saat server dapat dijangkau.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="34"/>
        <source>Sign in to download the signed report.</source>
        <translation>Masuk untuk mengunduh laporan bertanda tangan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/sync/documents.py" line="35"/>
        <source>The signed report arrived damaged; nothing was kept. Try again.</source>
        <translation>Laporan bertanda tangan tiba dalam keadaan rusak; tidak ada yang disimpan. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="44"/>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="155"/>
        <source>Sign in…</source>
        <translation>Masuk…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="45"/>
        <source>Sign out</source>
        <translation>Keluar dari akun</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="46"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="48"/>
        <source>Send your changes and receive others&apos; now (F5)</source>
        <translation>Kirim perubahan Anda dan terima perubahan orang lain sekarang (F5)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="117"/>
        <source>Signed in as a coordinator: the trainers&apos; records are coming to this laptop…</source>
        <translation>Masuk sebagai koordinator: catatan para pelatih sedang datang ke laptop ini…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="118"/>
        <source>Signed in. Syncing…</source>
        <translation>Sudah masuk. Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="132"/>
        <source>Signed out. Your work stays on this laptop; sign in again to sync it.</source>
        <translation>Sudah keluar. Pekerjaan Anda tetap ada di laptop ini; masuk lagi untuk menyinkronkannya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_commands.py" line="156"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_controller.py" line="315"/>
        <source>This laptop&apos;s clock is %n minute(s) away from the server&apos;s. Please set the date, time and time zone right: the order of edits depends on them.</source>
        <extracomment>Keyword arguments for every round&apos;s SyncEngine (its retries); empty: the engine&apos;s own defaults. :attr:`state` changed (and with it, maybe, :attr:`last_result`). (stage &quot;push&quot; | &quot;photos&quot; | &quot;pull&quot;, done, total) during a round. A round ended (a RoundResult); the outbox, the log and the lists may have changed. The records a round brought or changed (a ChangeSet), for the screens. The server no longer accepts this sign-in: the sentence to show with a way to sign in again. Something to tell the trainer once (a newer app is needed, the clock is wrong): a translated sentence. The stage of the round under way (&quot;connect&quot;, &quot;push&quot;, &quot;photos&quot;, &quot;pull&quot;) and its (done, total).</extracomment>
        <translation>
            <numerusform>Jam laptop ini berselisih %n menit dengan jam server. Harap atur tanggal, waktu, dan zona waktu dengan benar: urutan perubahan bergantung padanya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="32"/>
        <source>Photo files</source>
        <translation>Berkas foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="34"/>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="41"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="42"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="43"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="63"/>
        <source>Under way or interrupted</source>
        <translation>Sedang berjalan atau terputus</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="64"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="65"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="66"/>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="67"/>
        <source>Sign-in needed</source>
        <translation>Perlu masuk</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="68"/>
        <source>Newer app needed</source>
        <translation>Perlu aplikasi yang lebih baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="69"/>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="70"/>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="75"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="77"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="78"/>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="79"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="80"/>
        <source>Photos (MB)</source>
        <translation>Foto (MB)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="81"/>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="103"/>
        <source>{entity}: deletion</source>
        <translation>{entity}: penghapusan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="104"/>
        <source>{entity}: change</source>
        <translation>{entity}: perubahan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="107"/>
        <source>(no title)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="115"/>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="191"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="116"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="117"/>
        <source>Fields</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="118"/>
        <source>The server&apos;s reason</source>
        <translation>Alasan dari server</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="161"/>
        <source>you ({username})</source>
        <extracomment>&quot;winning&quot; (the record holds it now) or &quot;losing&quot; (kept aside in the conflict).</extracomment>
        <translation>Anda ({username})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="164"/>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="185"/>
        <source>{value}  ·  {who}, {when}</source>
        <translation>{value}  ·  {who}, {when}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="192"/>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="193"/>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_models.py" line="194"/>
        <source>Theirs</source>
        <translation>Milik orang lain</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="68"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="97"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="105"/>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="106"/>
        <source>Theirs</source>
        <translation>Milik orang lain</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="107"/>
        <source>Keep mine</source>
        <translation>Pakai milik saya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="108"/>
        <source>Keep theirs</source>
        <translation>Pakai milik orang lain</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="109"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="121"/>
        <source>The same value was changed on two laptops. Until you decide, the record holds the later change and the other is kept here.</source>
        <translation>Nilai yang sama diubah di dua laptop. Sampai Anda memutuskan, data memakai perubahan yang lebih akhir dan perubahan lainnya disimpan di sini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="129"/>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="286"/>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="140"/>
        <source>Open record</source>
        <translation>Buka data</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="141"/>
        <source>Resend</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="142"/>
        <source>Discard…</source>
        <translation>Buang…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="153"/>
        <source>Changes the server refused stay on this laptop. Fix the record and resend it, or discard the change to take the server&apos;s version.</source>
        <translation>Perubahan yang ditolak server tetap ada di laptop ini. Perbaiki datanya lalu kirim ulang, atau buang perubahan untuk memakai versi server.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="161"/>
        <source>Why: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="174"/>
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="175"/>
        <source>Recent rounds</source>
        <translation>Sinkronisasi terbaru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="199"/>
        <source>Conflicts ({count})</source>
        <translation>Konflik ({count})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="200"/>
        <source>Needs attention ({count})</source>
        <translation>Perlu perhatian ({count})</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="222"/>
        <source>Not signed in. Sign in to send your work to the SCORE server.</source>
        <translation>Belum masuk. Masuk untuk mengirim pekerjaan Anda ke server SCORE.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="224"/>
        <source>Signed in to {server} as {username}.</source>
        <translation>Masuk ke {server} sebagai {username}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="257"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="300"/>
        <source>Discard the change</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="301"/>
        <source>Discard this change to “{record}”? The record takes the server&apos;s version again with the next sync.</source>
        <translation>Buang perubahan pada “{record}” ini? Data akan kembali memakai versi server pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_screen.py" line="304"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="29"/>
        <source>Opening the workspace…</source>
        <extracomment>The dot before the state: green online, grey offline, amber when the trainer must act, blue while syncing. The trainer clicked &quot;Needs attention&quot;: show the Sync screen.</extracomment>
        <translation>Membuka ruang kerja…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="72"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="72"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="72"/>
        <source>Syncing</source>
        <translation>Menyinkronkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="73"/>
        <source>Sign in again to sync</source>
        <translation>Masuk lagi untuk menyinkronkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="73"/>
        <source>Offline: a newer app is needed</source>
        <translation>Offline: perlu aplikasi yang lebih baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="74"/>
        <source>Sync stopped</source>
        <translation>Sinkronisasi berhenti</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="74"/>
        <source>Not signed in: File ▸ Sign in…</source>
        <translation>Belum masuk: Berkas ▸ Masuk…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="75"/>
        <source>Demo workspace: never syncs</source>
        <translation>Ruang kerja demo: tidak pernah disinkronkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="82"/>
        <source>Needs attention: {count}</source>
        <translation>Perlu perhatian: {count}</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="90"/>
        <source>Last sync: {when}</source>
        <translation>Sinkronisasi terakhir: {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_status.py" line="100"/>
        <source>%n change(s) and {megabytes} MB of photos waiting</source>
        <translation>
            <numerusform>%n perubahan dan {megabytes} MB foto menunggu dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/sync/sync_status.py" line="103"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n perubahan menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="104"/>
        <source>Nothing waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="118"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="118"/>
        <source>Sending changes…</source>
        <translation>Mengirim perubahan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="119"/>
        <source>Sending photos…</source>
        <translation>Mengirim foto…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/sync/sync_status.py" line="119"/>
        <source>Receiving changes…</source>
        <translation>Menerima perubahan…</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../score_desktop/ui/core/thumbnails.py" line="159"/>
        <source>Photo not on this laptop</source>
        <extracomment>Enough for every photo of a long visit; a 256-pixel thumbnail is about 200 KB decoded. ``fetch(sha256, ext) -&gt; Path``: brings a missing original to the photo store, or raises a UserError. The sha256 of a picture whose thumbnail is now available (or known to be missing). Pictures shown as a placeholder (not on this laptop), with what the placeholder says.</extracomment>
        <translation>Foto tidak ada di laptop ini</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="34"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="35"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="42"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="50"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="36"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="37"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="43"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="93"/>
        <source>Overdue actions</source>
        <translation>Tindakan yang lewat tenggat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="44"/>
        <source>Oldest due date</source>
        <translation>Tenggat paling lama</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="49"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="51"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="52"/>
        <source>Last comment</source>
        <translation>Komentar terakhir</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="61"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="221"/>
        <source>Your coordinator wrote</source>
        <translation>Koordinator Anda menulis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="72"/>
        <source>All overdue actions</source>
        <translation>Semua tindakan yang lewat tenggat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="77"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="219"/>
        <source>No visits planned this week.</source>
        <translation>Tidak ada kunjungan terjadwal minggu ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="78"/>
        <source>No overdue actions.</source>
        <translation>Tidak ada tindakan yang lewat tenggat.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="79"/>
        <source>Every past visit is finalised.</source>
        <translation>Semua kunjungan yang lalu sudah difinalkan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="88"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="215"/>
        <source>Visits today and this week</source>
        <translation>Kunjungan hari ini dan minggu ini</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="97"/>
        <location filename="../score_desktop/ui/today/today_screen.py" line="217"/>
        <source>Drafts to finalise</source>
        <translation>Draf yang perlu difinalkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="124"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="141"/>
        <source>Today, {date}</source>
        <translation>Hari ini, {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/today/today_screen.py" line="179"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="181"/>
        <source>&lt;b&gt;Classroom training:&lt;/b&gt; {session} · {details}</source>
        <translation>&lt;b&gt;Pelatihan kelas:&lt;/b&gt; {session} · {details}</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/today/today_screen.py" line="208"/>
        <source>&lt;b&gt;Review:&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n visit report(s) new since your last look&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Tinjauan:&lt;/b&gt; &lt;a href=&apos;review&apos;&gt;%n laporan kunjungan baru sejak terakhir Anda lihat&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="214"/>
        <source>The trainers&apos; visits today and this week</source>
        <translation>Kunjungan para pelatih hari ini dan minggu ini</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="216"/>
        <source>Trainers&apos; drafts not yet finalised</source>
        <translation>Draf pelatih yang belum diselesaikan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="218"/>
        <source>No trainer has a visit planned this week.</source>
        <translation>Tidak ada pelatih yang merencanakan kunjungan minggu ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/today/today_screen.py" line="220"/>
        <source>Trainers answered</source>
        <translation>Pelatih menjawab</translation>
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
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/dialogs/training_papers.py" line="28"/>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="31"/>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="32"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="33"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="34"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="35"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="36"/>
        <source>Enterprises</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="37"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="47"/>
        <source>Plan a session…</source>
        <translation>Rencanakan sesi…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="52"/>
        <source>No classroom sessions yet. Plan the first one: its module, days, venue and the enterprises whose people attend.</source>
        <translation>Belum ada sesi kelas. Rencanakan yang pertama: modul, hari, tempat, dan perusahaan yang mengirim peserta.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="55"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/training/training_screen.py" line="61"/>
        <source>Classroom days of each module, with managers and workers of several factories in one room. Coming sessions are in blue.</source>
        <translation>Hari-hari kelas setiap modul, manajer dan pekerja dari beberapa pabrik dalam satu ruangan. Sesi mendatang berwarna biru.</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/training/training_screen.py" line="78"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashScreen</name>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="21"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="21"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="21"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="22"/>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="24"/>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="25"/>
        <source>Text or caption</source>
        <translation>Teks atau keterangan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="43"/>
        <source>Deleted enterprises, visits, EIT members, findings, actions, suggestions and photos stay here; restore puts them back where they were, an enterprise or a visit with everything that went with it.</source>
        <translation>Perusahaan, kunjungan, anggota EIT, temuan, tindakan, saran, dan foto yang dihapus tersimpan di sini; memulihkan mengembalikannya ke tempat semula, perusahaan atau kunjungan beserta semua yang ikut terhapus.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="20"/>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="26"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="20"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="20"/>
        <source>EIT member</source>
        <translation>Anggota EIT</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="27"/>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="33"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/trash/trash_screen.py" line="37"/>
        <source>Trash</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <source>Deleted findings, actions, suggestions and photos stay here; restore puts them back where they were, with their photos and annotations.</source>
        <translation type="vanished">Temuan, tindakan, saran, dan foto yang dihapus tetap ada di sini; memulihkan mengembalikannya ke tempat semula, beserta foto dan anotasinya.</translation>
    </message>
    <message>
        <source>Deleted findings and photos stay here; restore puts them back where they were, with their photos and annotations.</source>
        <translation type="vanished">Temuan dan foto yang dihapus tetap ada di sini; memulihkan akan mengembalikannya ke tempat semula, beserta foto dan anotasinya.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="23"/>
        <source>{field} is required.</source>
        <translation>{field} wajib diisi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="24"/>
        <source>{field} must be text.</source>
        <translation>{field} harus berupa teks.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="25"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} terlalu panjang ({length} karakter; paling banyak {limit}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="26"/>
        <source>{field} cannot be &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>{field} tidak boleh &apos;{value}&apos;; pilih salah satu dari: {choices}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="27"/>
        <source>{field} must be a whole number.</source>
        <translation>{field} harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="28"/>
        <source>{field} must be a number.</source>
        <translation>{field} harus berupa angka.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="29"/>
        <source>{field} is out of range (at most {limit} either side of zero).</source>
        <translation>{field} di luar rentang (paling banyak {limit}, positif maupun negatif).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="30"/>
        <source>{field} must be yes or no.</source>
        <translation>{field} harus ya atau tidak.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="31"/>
        <source>{field} must be a date written YYYY-MM-DD.</source>
        <translation>{field} harus berupa tanggal dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="32"/>
        <source>{field} must be a date and time (RFC 3339).</source>
        <translation>{field} harus berupa tanggal dan waktu (RFC 3339).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="33"/>
        <source>{field} must be a list of texts.</source>
        <translation>{field} harus berupa daftar teks.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="34"/>
        <source>{field} must be a list or an object.</source>
        <translation>{field} harus berupa daftar atau objek.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="35"/>
        <source>{field} must be the id of a record.</source>
        <translation>{field} harus berupa id sebuah data.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="36"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="37"/>
        <source>{field} cannot be before {other}.</source>
        <translation>{field} tidak boleh sebelum {other}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="38"/>
        <source>{field} must be a module code such as WC, QM, CP, HR or OSH.</source>
        <translation>{field} harus berupa kode modul seperti WC, QM, CP, HR, atau OSH.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="39"/>
        <source>A photo belongs to exactly one visit, finding or action.</source>
        <translation>Sebuah foto hanya milik tepat satu kunjungan, temuan, atau tindakan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="40"/>
        <source>{field} must be 64 lowercase hexadecimal characters.</source>
        <translation>{field} harus berupa 64 karakter heksadesimal huruf kecil.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="41"/>
        <source>{field} does not name a record of this enterprise.</source>
        <translation>{field} tidak merujuk ke data mana pun milik perusahaan ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="42"/>
        <source>A KPI reading needs a value, or a numerator and a denominator.</source>
        <translation>Pembacaan KPI memerlukan sebuah nilai, atau pembilang dan penyebut.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="44"/>
        <source>{field} must list days written YYYY-MM-DD, each once, in order.</source>
        <translation>{field} harus berisi hari dengan format YYYY-MM-DD, masing-masing sekali, berurutan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="45"/>
        <source>A training session has at most {limit} days.</source>
        <translation>Satu sesi pelatihan paling banyak {limit} hari.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="46"/>
        <source>{field} must be the first day of the session.</source>
        <translation>{field} harus hari pertama sesi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="47"/>
        <source>{field} must be the number of days of the session.</source>
        <translation>{field} harus jumlah hari sesi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="48"/>
        <source>{field} must be a score from 1 to 5.</source>
        <translation>{field} harus berupa nilai 1 sampai 5.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="49"/>
        <source>A training session needs at least one enterprise.</source>
        <translation>Satu sesi pelatihan memerlukan setidaknya satu perusahaan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="50"/>
        <source>{name} is already a participant of this session.</source>
        <translation>{name} sudah menjadi peserta sesi ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="51"/>
        <source>{day} is not a day of this session ({days}).</source>
        <translation>{day} bukan hari sesi ini ({days}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="52"/>
        <source>Participants are marked present on {day}: untick them before removing that day.</source>
        <translation>Ada peserta yang tercatat hadir pada {day}: hapus centangnya sebelum menghapus hari itu.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="54"/>
        <source>Add the participant&apos;s enterprise to the session first.</source>
        <translation>Tambahkan dulu perusahaan peserta ke sesi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="55"/>
        <source>This enterprise already takes part in the session.</source>
        <translation>Perusahaan ini sudah ikut dalam sesi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/validation.py" line="56"/>
        <source>This enterprise still has participants in the session: remove them first.</source>
        <translation>Perusahaan ini masih punya peserta dalam sesi: hapus mereka dulu.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/kpis.py" line="17"/>
        <source>{field} cannot be zero: there is nothing to divide by.</source>
        <translation>{field} tidak boleh nol: tidak ada yang bisa dibagi.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/kpis.py" line="18"/>
        <source>A percentage cannot be over 100 % (this one is {value} %): check {field}.</source>
        <translation>Persentase tidak boleh lebih dari 100 % (ini {value} %): periksa {field}.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/kpis.py" line="20"/>
        <source>Enter both the numerator and the denominator, or neither.</source>
        <translation>Isi pembilang dan penyebut, atau kosongkan keduanya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/actions.py" line="19"/>
        <source>{field} cannot be before the visit that agreed it ({date}).</source>
        <extracomment>Still to be done: these carry into the next visit and can be overdue.</extracomment>
        <translation>{field} tidak boleh sebelum kunjungan yang menyepakatinya ({date}).</translation>
    </message>
    <message>
        <location filename="../score_desktop/domain/actions.py" line="20"/>
        <source>{field} cannot be in the future.</source>
        <translation>{field} tidak boleh di masa depan.</translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="39"/>
        <source>Signed comes from signing the visit on its Sign-off tab (Ctrl+Shift+S).</source>
        <translation>“Ditandatangani” didapat dengan menandatangani kunjungan di tab Tanda tangan (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="42"/>
        <source>Names, separated by commas</source>
        <translation>Nama, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="46"/>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="48"/>
        <source>Tick who came from the EIT (someone late, someone who left).</source>
        <translation>Centang siapa dari EIT yang hadir (yang terlambat, yang sudah pergi).</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="60"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="60"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="61"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="62"/>
        <source>Co-visitors</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="63"/>
        <source>Objectives</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="64"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="65"/>
        <source>Next visit</source>
        <translation>Kunjungan berikutnya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="72"/>
        <source>Attendees</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_details.py" line="107"/>
        <source>Nobody from the EIT recorded.</source>
        <translation>Tidak ada anggota tim peningkatan yang tercatat.</translation>
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
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="31"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="32"/>
        <source>Numerator / denominator</source>
        <translation>Pembilang / penyebut</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="33"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="34"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="38"/>
        <source>New KPI reading…</source>
        <translation>Data KPI baru…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="41"/>
        <source>Change or correct…</source>
        <translation>Ubah atau koreksi…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="44"/>
        <source>No KPI readings entered at this visit. Press Ctrl+K to enter one; the enterprise&apos;s KPI tab shows them all with their trends.</source>
        <translation>Belum ada data KPI yang dimasukkan pada kunjungan ini. Tekan Ctrl+K untuk memasukkan; tab KPI perusahaan menampilkan semuanya beserta trennya.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="79"/>
        <source>Replaced by a correction</source>
        <translation>Diganti oleh koreksi</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_kpis.py" line="80"/>
        <source>Correction</source>
        <translation>Koreksi</translation>
    </message>
</context>
<context>
    <name>VisitScoreLabel</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_score.py" line="24"/>
        <source>&lt;b&gt;Score&lt;/b&gt;: no topic rated yet</source>
        <translation>&lt;b&gt;Skor&lt;/b&gt;: belum ada topik yang dinilai</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/visit_score.py" line="27"/>
        <source>&lt;b&gt;Score&lt;/b&gt;: {good} of %n topic(s) rated good practice ({percent})</source>
        <translation>
            <numerusform>&lt;b&gt;Skor&lt;/b&gt;: {good} dari %n topik dinilai praktik baik ({percent})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="85"/>
        <source>Rate:</source>
        <translation>Beri nilai:</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="90"/>
        <source>Press {key} in the checklist or the findings, or Alt+{key} anywhere</source>
        <translation>Tekan {key} di daftar periksa atau daftar temuan, atau Alt+{key} di mana saja</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="103"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="206"/>
        <source>New finding</source>
        <translation>Temuan baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="105"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="260"/>
        <source>Delete finding</source>
        <translation>Hapus temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="107"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="218"/>
        <source>New action from finding</source>
        <translation>Tindakan baru dari temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="156"/>
        <source>Checklist and findings</source>
        <translation>Daftar periksa dan temuan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="157"/>
        <source>Visit details</source>
        <translation>Detail kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="158"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="476"/>
        <source>Action plan</source>
        <translation>Rencana tindakan</translation>
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
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="162"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="480"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="177"/>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="216"/>
        <source>Report…</source>
        <translation>Laporan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="208"/>
        <source>Next topic</source>
        <translation>Topik berikutnya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="210"/>
        <source>Previous topic</source>
        <translation>Topik sebelumnya</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="212"/>
        <source>Attach photos…</source>
        <translation>Lampirkan foto…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="220"/>
        <source>New KPI reading…</source>
        <translation>Data KPI baru…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="222"/>
        <source>Good practice in place</source>
        <translation>Praktik baik sudah diterapkan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="224"/>
        <source>Finalise…</source>
        <translation>Finalisasi…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="226"/>
        <source>Sign the visit…</source>
        <translation>Tandatangani kunjungan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="227"/>
        <source>Reopen the signed visit…</source>
        <translation>Buka kembali kunjungan bertanda tangan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="230"/>
        <source>Delete visit…</source>
        <translation>Hapus kunjungan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="350"/>
        <source>Free findings</source>
        <translation>Temuan lain</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="351"/>
        <source>Anything you noticed outside the checklist of this module.</source>
        <translation>Apa saja yang Anda perhatikan di luar daftar periksa modul ini.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="480"/>
        <source>Review ●</source>
        <translation>Tinjauan ●</translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="vanished">Tindakan baru</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visit_screen.py" line="476"/>
        <source>Action plan ({count})</source>
        <translation>Rencana tindakan ({count})</translation>
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
        <translation>Tandatangani kunjungan</translation>
    </message>
</context>
<context>
    <name>VisitSigner</name>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="52"/>
        <location filename="../score_desktop/ui/visits/signing.py" line="85"/>
        <source>Sign the visit</source>
        <extracomment>The visit is signed: its ``signed_report`` record.</extracomment>
        <translation>Tandatangani kunjungan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="53"/>
        <source>Sign the visit of {date}? Its report is made once, now, and kept as the signed document; the visit is then locked until someone reopens it with a reason.</source>
        <translation>Tandatangani kunjungan tanggal {date}? Laporannya dibuat sekali, sekarang, dan disimpan sebagai dokumen bertanda tangan; kunjungan lalu terkunci sampai seseorang membukanya kembali dengan alasan.</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="57"/>
        <source>&amp;Sign</source>
        <translation>&amp;Tandatangani</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="83"/>
        <source>Making the signed report…</source>
        <translation>Membuat laporan bertanda tangan…</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/signing.py" line="83"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="27"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="28"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/core/labels.py" line="29"/>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="25"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="26"/>
        <source>Enterprise</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="27"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="28"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="31"/>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="44"/>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message numerus="yes">
        <location filename="../score_desktop/ui/visits/visits_screen.py" line="67"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n kunjungan</numerusform>
        </translation>
    </message>
</context>
</TS>
