"""The words of the reports in the six shipped languages, with dates and numbers written the local way.

A report's language is chosen per report and is independent of the UI language (a Chinese-speaking trainer prints
for a Vietnamese factory), so the labels are data here rather than Qt translations. Catalog names (modules,
topics, KPIs) come from the catalog; what the trainer typed is printed as written.
"""

from __future__ import annotations

import datetime as dt
import math

from score_desktop.domain.catalog import SUPPORTED_LANGUAGES

LANGUAGES = SUPPORTED_LANGUAGES
#: Each language's own name, for choosers.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "es": "Español", "fr": "Français", "vi": "Tiếng Việt",
                  "id": "Bahasa Indonesia"}

# One column per language: en, zh_CN, es, fr, vi, id.
_TABLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "visit_report": ("Visit report", "企业走访报告", "Informe de visita", "Rapport de visite",
                     "Báo cáo chuyến thăm", "Laporan kunjungan"),
    "progress_report": ("Enterprise progress report", "企业进展报告", "Informe de avance de la empresa",
                        "Rapport d'avancement de l'entreprise", "Báo cáo tiến độ doanh nghiệp",
                        "Laporan kemajuan perusahaan"),
    "programme": ("SCORE programme", "SCORE 项目", "Programa SCORE", "Programme SCORE", "Chương trình SCORE",
                  "Program SCORE"),
    "enterprise": ("Enterprise", "企业", "Empresa", "Entreprise", "Doanh nghiệp", "Perusahaan"),
    # Classroom training: the attendance sheet, the certificates, the visit report's line about the session.
    "attendance_sheet": ("Attendance sheet", "培训签到表", "Hoja de asistencia", "Feuille de présence",
                         "Danh sách điểm danh", "Daftar hadir"),
    "certificate": ("Certificate of participation", "培训结业证书", "Certificado de participación",
                    "Attestation de participation", "Giấy chứng nhận tham gia", "Sertifikat keikutsertaan"),
    "certifies": ("This certifies that", "兹证明", "Se certifica que", "Nous attestons que", "Chứng nhận",
                  "Dengan ini menyatakan bahwa"),
    "took_part": ("took part in the classroom training of the module", "参加了以下模块的课堂培训",
                  "participó en la formación en aula del módulo", "a suivi la formation en salle du module",
                  "đã tham gia khóa đào tạo tại lớp của học phần", "telah mengikuti pelatihan kelas modul"),
    "issued_on": ("Issued on {date}", "颁发日期：{date}", "Expedido el {date}", "Délivrée le {date}", "Cấp {date}",
                  "Diterbitkan pada {date}"),
    "classroom_training": ("Classroom training", "课堂培训", "Formación en aula", "Formation en salle",
                           "Đào tạo tại lớp", "Pelatihan kelas"),
    "classroom_people": ("Participants from this enterprise: {count} · full attendance: {full}",
                         "本企业参训：{count} 人 · 全勤：{full} 人",
                         "Participantes de esta empresa: {count} · asistencia completa: {full}",
                         "Participants de cette entreprise\u00a0: {count} · présence complète\u00a0: {full}",
                         "Học viên của doanh nghiệp: {count} · tham dự đủ: {full}",
                         "Peserta dari perusahaan ini: {count} · hadir penuh: {full}"),
    "dates": ("Dates", "培训日期", "Fechas", "Dates", "Các ngày", "Tanggal"),
    "venue": ("Venue", "培训地点", "Lugar", "Lieu", "Địa điểm", "Tempat"),
    "city": ("City", "城市", "Ciudad", "Ville", "Thành phố", "Kota"),
    "trainers": ("Trainers", "培训师", "Capacitadores", "Formateurs", "Giảng viên", "Pelatih"),
    "number_short": ("No.", "序号", "N.º", "N°", "STT", "No."),
    "position": ("Position", "职务", "Cargo", "Fonction", "Chức vụ", "Jabatan"),
    "manager_worker": ("Manager / worker", "管理人员/工人", "Directivo / trabajador", "Cadre / ouvrier",
                       "Quản lý / công nhân", "Manajer / pekerja"),
    "sex": ("Sex", "性别", "Sexo", "Sexe", "Giới tính", "Jenis kelamin"),
    "gender.female": ("Woman", "女", "Mujer", "Femme", "Nữ", "Perempuan"),
    "gender.male": ("Man", "男", "Hombre", "Homme", "Nam", "Laki-laki"),
    "gender.other": ("Other", "其他", "Otro", "Autre", "Khác", "Lainnya"),
    "day_no": ("Day {number}", "第 {number} 天", "Día {number}", "Jour {number}", "Ngày {number}", "Hari ke-{number}"),
    "sheet_hint": ("Each participant signs in the column of every day they attend.",
                   "请学员在每个参训日的栏内签名。",
                   "Cada participante firma en la columna de cada día al que asiste.",
                   "Chaque participant signe dans la colonne de chaque jour de présence.",
                   "Mỗi học viên ký vào cột của từng ngày tham dự.",
                   "Setiap peserta menandatangani kolom setiap hari kehadirannya."),
    "trainer_signature": ("Trainer's signature", "培训师签名", "Firma del capacitador", "Signature du formateur",
                          "Chữ ký giảng viên", "Tanda tangan pelatih"),
    "module": ("Module", "模块", "Módulo", "Module", "Học phần", "Modul"),
    "visit_no": ("Visit {number}", "第 {number} 次走访", "Visita n.º {number}", "Visite n° {number}",
                 "Lần thăm thứ {number}", "Kunjungan ke-{number}"),
    "visit_type": ("Visit type", "走访类型", "Tipo de visita", "Type de visite", "Loại chuyến thăm",
                   "Jenis kunjungan"),
    "type.baseline": ("Baseline", "基线走访", "Línea de base", "État initial", "Khảo sát ban đầu",
                      "Data dasar (baseline)"),
    "type.consultation": ("Consultation", "咨询走访", "Consultoría", "Conseil", "Tư vấn", "Konsultasi"),
    "type.follow_up": ("Follow-up", "跟进走访", "Seguimiento", "Suivi", "Theo dõi", "Tindak lanjut"),
    "type.final": ("Final", "总结走访", "Final", "Finale", "Tổng kết", "Akhir"),
    "date": ("Date", "日期", "Fecha", "Date", "Ngày", "Tanggal"),
    "trainer": ("Trainer", "培训师", "Capacitador(a)", "Formateur", "Giảng viên", "Pelatih"),
    "co_visitors": ("Co-visitors", "同行人员", "Acompañantes", "Accompagnateurs", "Người đi cùng", "Pendamping"),
    "attendees": ("Attendees", "参加人员", "Participantes", "Participants", "Người tham dự", "Peserta"),
    "status": ("Status", "状态", "Estado", "Statut", "Trạng thái", "Status"),
    "visit_status.draft": ("Draft", "草稿", "Borrador", "Brouillon", "Bản nháp", "Draf"),
    "visit_status.final": ("Final", "定稿", "Final", "Définitif", "Hoàn tất", "Final"),
    "visit_status.signed": ("Signed", "已签署", "Firmado", "Signé", "Đã ký", "Ditandatangani"),
    "objectives": ("Objectives", "走访目标", "Objetivos", "Objectifs", "Mục tiêu", "Tujuan"),
    "summary": ("Summary", "总结", "Resumen", "Synthèse", "Tóm tắt", "Ringkasan"),
    "eit": ("Enterprise Improvement Team (EIT)", "企业改善团队（EIT）", "Equipo de Mejora de la Empresa (EIT)",
            "Équipe d'amélioration de l'entreprise (EIT)", "Nhóm Cải tiến Doanh nghiệp (EIT)",
            "Tim Perbaikan Perusahaan (EIT)"),
    "balance_attendees": ("Attendees from the EIT", "参加走访的团队成员", "Participantes del EIT",
                          "Participants de l'EIT", "Thành viên EIT tham dự", "Peserta dari EIT"),
    "balance_eit": ("Whole EIT", "团队全体成员", "EIT completo", "EIT au complet", "Toàn nhóm EIT",
                    "Seluruh EIT"),
    "role.chair": ("Chair", "组长", "Presidencia", "Président(e)", "Trưởng nhóm", "Ketua"),
    "role.secretary": ("Secretary", "秘书", "Secretaría", "Secrétaire", "Thư ký", "Sekretaris"),
    "role.member": ("Member", "成员", "Miembro", "Membre", "Thành viên", "Anggota"),
    "side.manager": ("Manager", "管理人员", "Directivo", "Cadre", "Quản lý", "Manajer"),
    "side.worker": ("Worker", "工人", "Trabajador", "Ouvrier", "Công nhân", "Pekerja"),
    "earlier_actions": ("Actions agreed at earlier visits", "以往走访商定的行动",
                        "Acciones acordadas en visitas anteriores",
                        "Actions convenues lors des visites précédentes",
                        "Hành động đã thống nhất ở các lần thăm trước",
                        "Tindakan yang disepakati pada kunjungan sebelumnya"),
    "no_earlier_actions": ("No actions are pending from earlier visits.", "以往走访没有待跟进的行动。",
                           "No hay acciones pendientes de visitas anteriores.",
                           "Aucune action en attente des visites précédentes.",
                           "Không có hành động nào còn tồn đọng từ các lần thăm trước.",
                           "Tidak ada tindakan tertunda dari kunjungan sebelumnya."),
    "findings": ("Findings", "现场发现", "Hallazgos", "Constats", "Phát hiện", "Temuan"),
    "no_findings": ("No findings were recorded at this visit.", "本次走访未记录现场发现。",
                    "No se registraron hallazgos en esta visita.",
                    "Aucun constat n'a été enregistré lors de cette visite.",
                    "Không có phát hiện nào được ghi nhận trong lần thăm này.",
                    "Tidak ada temuan yang dicatat pada kunjungan ini."),
    "other_topic": ("Other findings", "其他发现", "Otros hallazgos", "Autres constats", "Phát hiện khác",
                    "Temuan lainnya"),
    "finding_no": ("Finding {number}", "发现 {number}", "Hallazgo {number}", "Constat {number}",
                   "Phát hiện {number}", "Temuan {number}"),
    "location": ("Location", "位置", "Lugar", "Lieu", "Vị trí", "Lokasi"),
    "recommendation": ("Recommendation", "建议", "Recomendación", "Recommandation", "Khuyến nghị", "Rekomendasi"),
    "rating.good": ("Good practice", "良好做法", "Buena práctica", "Bonne pratique", "Thực hành tốt",
                    "Praktik baik"),
    "rating.improve": ("Needs improvement", "需要改进", "Necesita mejorar", "À améliorer", "Cần cải thiện",
                       "Perlu perbaikan"),
    "rating.critical": ("Critical", "严重问题", "Crítico", "Critique", "Nghiêm trọng", "Kritis"),
    "rating.na": ("Not applicable", "不适用", "No aplica", "Sans objet", "Không áp dụng", "Tidak berlaku"),
    "photo_missing": ("Photo not available", "照片无法显示", "Foto no disponible", "Photo non disponible",
                      "Không có ảnh", "Foto tidak tersedia"),
    "kind.before": ("Before", "改善前", "Antes", "Avant", "Trước", "Sebelum"),
    "kind.after": ("After", "改善后", "Después", "Après", "Sau", "Sesudah"),
    "kind.evidence": ("Evidence", "现场证据", "Evidencia", "Preuve", "Minh chứng", "Bukti"),
    "kpis": ("Key performance indicators", "关键绩效指标", "Indicadores clave de desempeño",
             "Indicateurs clés de performance", "Chỉ số hiệu quả chính (KPI)", "Indikator kinerja utama"),
    "indicator": ("Indicator", "指标", "Indicador", "Indicateur", "Chỉ số", "Indikator"),
    "baseline": ("Baseline", "基线", "Línea de base", "Référence", "Ban đầu", "Data dasar"),
    "this_period": ("This period", "本期", "Este período", "Cette période", "Kỳ này", "Periode ini"),
    "latest": ("Latest", "最新", "Último", "Dernier", "Mới nhất", "Terbaru"),
    "change": ("Change", "变化", "Cambio", "Évolution", "Thay đổi", "Perubahan"),
    "kpi_chart": ("Change from baseline (%)", "与基线相比的变化（%）", "Cambio respecto a la línea de base (%)",
                  "Évolution par rapport à la référence (%)", "Thay đổi so với ban đầu (%)",
                  "Perubahan dari data dasar (%)"),
    "no_kpis": ("No KPI readings have been recorded yet.", "尚未记录关键绩效指标数据。",
                "Aún no se han registrado indicadores.", "Aucun indicateur n'a encore été relevé.",
                "Chưa ghi nhận số liệu chỉ số nào.", "Belum ada data indikator yang dicatat."),
    "better": ("better", "改善", "mejor", "mieux", "tốt hơn", "lebih baik"),
    "worse": ("worse", "变差", "peor", "moins bien", "kém hơn", "lebih buruk"),
    "action_plan": ("Action plan agreed at this visit", "本次走访商定的行动计划",
                    "Plan de acción acordado en esta visita", "Plan d'action convenu lors de cette visite",
                    "Kế hoạch hành động thống nhất trong lần thăm này",
                    "Rencana tindakan yang disepakati pada kunjungan ini"),
    "no_actions": ("No new actions were agreed at this visit.", "本次走访未商定新的行动。",
                   "No se acordaron nuevas acciones en esta visita.",
                   "Aucune nouvelle action n'a été convenue lors de cette visite.",
                   "Không có hành động mới nào được thống nhất trong lần thăm này.",
                   "Tidak ada tindakan baru yang disepakati pada kunjungan ini."),
    "action": ("Action", "行动", "Acción", "Action", "Hành động", "Tindakan"),
    "owner": ("Owner", "负责人", "Responsable", "Responsable", "Người phụ trách", "Penanggung jawab"),
    "due": ("Due", "完成期限", "Fecha límite", "Échéance", "Hạn", "Tenggat"),
    "agreed": ("Agreed", "商定日期", "Acordada", "Convenue", "Ngày thống nhất", "Disepakati"),
    "action_status.open": ("Open", "未开始", "Abierta", "Ouverte", "Chưa làm", "Terbuka"),
    "action_status.in_progress": ("In progress", "进行中", "En curso", "En cours", "Đang làm", "Sedang berjalan"),
    "action_status.done": ("Done", "已完成", "Hecha", "Faite", "Đã xong", "Selesai"),
    "action_status.dropped": ("Dropped", "已取消", "Descartada", "Abandonnée", "Đã hủy", "Dibatalkan"),
    "overdue": ("overdue", "已逾期", "vencida", "en retard", "quá hạn", "terlambat"),
    "done_late": ("late", "逾期", "con retraso", "en retard", "trễ hạn", "terlambat"),
    "next_visit": ("Next visit", "下次走访", "Próxima visita", "Prochaine visite", "Lần thăm tiếp theo",
                   "Kunjungan berikutnya"),
    "not_planned": ("Not planned yet", "尚未安排", "Aún sin fecha", "Pas encore prévue", "Chưa lên lịch",
                    "Belum dijadwalkan"),
    "signatures": ("Signatures", "签字", "Firmas", "Signatures", "Chữ ký", "Tanda tangan"),
    "sign_trainer": ("For the SCORE trainer", "SCORE 培训师", "Por el equipo SCORE", "Pour le formateur SCORE",
                     "Đại diện giảng viên SCORE", "Untuk pelatih SCORE"),
    "sign_enterprise": ("For the enterprise", "企业代表", "Por la empresa", "Pour l'entreprise",
                        "Đại diện doanh nghiệp", "Untuk perusahaan"),
    "name": ("Name", "姓名", "Nombre", "Nom", "Họ tên", "Nama"),
    "signature": ("Signature", "签名", "Firma", "Signature", "Chữ ký", "Tanda tangan"),
    "signed_report": ("Signed report · revision {revision} · signed on {date}",
                      "已签署报告 · 第 {revision} 版 · 签署日期：{date}",
                      "Informe firmado · revisión {revision} · firmado el {date}",
                      "Rapport signé · révision {revision} · signé le {date}",
                      "Báo cáo đã ký · bản sửa đổi {revision} · ký {date}",
                      "Laporan bertanda tangan · revisi {revision} · ditandatangani {date}"),
    "reopened": ("Reopened on {date} by {who}. Reason: {reason}", "{who}于{date}重新打开本次走访。原因：{reason}",
                 "Reabierta el {date} por {who}. Motivo: {reason}", "Rouverte le {date} par {who}. Motif : {reason}",
                 "Mở lại {date} bởi {who}. Lý do: {reason}", "Dibuka kembali {date} oleh {who}. Alasan: {reason}"),
    "unsigned_translation": ("UNSIGNED TRANSLATION", "未签署译本", "TRADUCCIÓN SIN FIRMA", "TRADUCTION NON SIGNÉE",
                             "BẢN DỊCH KHÔNG CÓ CHỮ KÝ", "TERJEMAHAN TANPA TANDA TANGAN"),
    "translation_note": (
        "Unsigned translation of the signed report (original in {language}, revision {revision}, signed on {date}). "
        "Only the signed original counts.",
        "本文件为已签署报告的未签署译本（原件语言：{language}，第 {revision} 版，签署日期：{date}）。"
        "仅已签署的原件有效。",
        "Traducción sin firma del informe firmado (original en {language}, revisión {revision}, firmado el {date}). "
        "Solo vale el original firmado.",
        "Traduction non signée du rapport signé (original en {language}, révision {revision}, signé le {date}). "
        "Seul l'original signé fait foi.",
        "Bản dịch không có chữ ký của báo cáo đã ký (bản gốc bằng {language}, bản sửa đổi {revision}, ký {date}). "
        "Chỉ bản gốc đã ký có giá trị.",
        "Terjemahan tanpa tanda tangan dari laporan bertanda tangan (asli dalam {language}, revisi {revision}, "
        "ditandatangani {date}). Hanya dokumen asli bertanda tangan yang berlaku."),
    "signed_in_original": ("Signed in the original", "原件已签署", "Firmado en el original", "Signé dans l'original",
                           "Đã ký trên bản gốc", "Ditandatangani pada dokumen asli"),
    "page": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页", "Página {page} de {pages}",
             "Page {page} sur {pages}", "Trang {page}/{pages}", "Halaman {page} dari {pages}"),
    "printed": ("Printed {date}", "打印日期：{date}", "Impreso el {date}", "Imprimé le {date}", "In {date}",
                "Dicetak {date}"),
    "sector": ("Sector", "行业", "Sector", "Secteur", "Ngành", "Sektor"),
    "location_city": ("Location", "所在地", "Ubicación", "Localisation", "Địa điểm", "Lokasi"),
    "workforce": ("Workforce", "员工人数", "Plantilla", "Effectif", "Số lao động", "Jumlah pekerja"),
    "workforce_value": ("{total} ({women} women, {men} men)", "{total} 人（女 {women}，男 {men}）",
                        "{total} ({women} mujeres, {men} hombres)", "{total} ({women} femmes, {men} hommes)",
                        "{total} ({women} nữ, {men} nam)", "{total} ({women} perempuan, {men} laki-laki)"),
    "sponsors": ("Sponsoring buyers", "赞助买家", "Compradores patrocinadores", "Acheteurs parrains",
                 "Nhãn hàng tài trợ", "Pembeli sponsor"),
    "period": ("Period", "期间", "Período", "Période", "Giai đoạn", "Periode"),
    "visits": ("Visits", "走访记录", "Visitas", "Visites", "Các lần thăm", "Kunjungan"),
    "no_visits": ("No visits have been recorded yet.", "尚未记录任何走访。", "Aún no se ha registrado ninguna visita.",
                  "Aucune visite n'a encore été enregistrée.", "Chưa ghi nhận lần thăm nào.",
                  "Belum ada kunjungan yang dicatat."),
    "number": ("No.", "序号", "N.º", "N°", "STT", "No."),
    "findings_count": ("Findings", "发现", "Hallazgos", "Constats", "Phát hiện", "Temuan"),
    "actions_count": ("Actions", "行动", "Acciones", "Actions", "Hành động", "Tindakan"),
    "kpi_trends": ("KPI trends from baseline", "关键绩效指标趋势（与基线相比）",
                   "Evolución de los indicadores desde la línea de base",
                   "Évolution des indicateurs depuis la référence", "Xu hướng chỉ số so với ban đầu",
                   "Tren indikator sejak data dasar"),
    "action_results": ("Action plan results", "行动计划完成情况", "Resultados del plan de acción",
                       "Résultats du plan d'action", "Kết quả thực hiện kế hoạch hành động", "Hasil rencana tindakan"),
    "actions_total": ("Actions agreed", "商定的行动", "Acciones acordadas", "Actions convenues",
                      "Hành động đã thống nhất", "Tindakan yang disepakati"),
    "done_on_time": ("Done on time", "按时完成", "Hechas a tiempo", "Faites à temps", "Hoàn thành đúng hạn",
                     "Selesai tepat waktu"),
    "done_late_count": ("Done late", "逾期完成", "Hechas con retraso", "Faites en retard", "Hoàn thành trễ hạn",
                        "Selesai terlambat"),
    "still_open": ("Still open", "尚未完成", "Aún abiertas", "Encore ouvertes", "Chưa hoàn thành",
                   "Masih terbuka"),
    "of_which_overdue": ("of which overdue", "其中已逾期", "de ellas vencidas", "dont en retard",
                         "trong đó quá hạn", "di antaranya terlambat"),
    "dropped": ("Dropped", "已取消", "Descartadas", "Abandonnées", "Đã hủy", "Dibatalkan"),
    "open_actions": ("Open actions", "未完成的行动", "Acciones abiertas", "Actions ouvertes",
                     "Hành động chưa hoàn thành", "Tindakan yang masih terbuka"),
    "no_open_actions": ("Every agreed action is closed.", "所有商定的行动均已关闭。",
                        "Todas las acciones acordadas están cerradas.", "Toutes les actions convenues sont closes.",
                        "Tất cả hành động đã thống nhất đều đã đóng.", "Semua tindakan yang disepakati sudah ditutup."),
    "eit_and_suggestions": ("EIT and suggestion scheme", "企业改善团队与合理化建议", "EIT y sistema de sugerencias",
                            "EIT et système de suggestions", "Nhóm EIT và hệ thống góp ý", "EIT dan sistem saran"),
    "eit_members": ("EIT members", "团队成员", "Miembros del EIT", "Membres de l'EIT", "Thành viên EIT",
                    "Anggota EIT"),
    "eit_meetings": ("EIT meetings (visits with EIT members present)", "团队会议（有团队成员参加的走访）",
                     "Reuniones del EIT (visitas con miembros del EIT)",
                     "Réunions de l'EIT (visites avec des membres de l'EIT)",
                     "Cuộc họp EIT (lần thăm có thành viên EIT tham dự)",
                     "Rapat EIT (kunjungan yang dihadiri anggota EIT)"),
    "suggestions_received": ("Suggestions received", "收到的建议", "Sugerencias recibidas", "Suggestions reçues",
                             "Góp ý nhận được", "Saran diterima"),
    "suggestions_implemented": ("Suggestions implemented", "已实施的建议", "Sugerencias aplicadas",
                                "Suggestions appliquées", "Góp ý đã áp dụng", "Saran diterapkan"),
    "total": ("Total", "合计", "Total", "Total", "Tổng", "Total"),
    # Punctuation: Chinese has its own list comma and full-width brackets.
    "list_sep": (", ", "、", ", ", ", ", ", ", ", "),
    # After a label: French sets a space before the colon, Chinese uses the full-width one.
    "colon": (": ", "：", ": ", "\u00a0: ", ": ", ": "),
    "item_sep": ("; ", "；", "; ", " ; ", "; ", "; "),
    "detail": ("{text} ({detail})", "{text}（{detail}）", "{text} ({detail})", "{text} ({detail})",
               "{text} ({detail})", "{text} ({detail})"),
    "trend_summary": ("Baseline {baseline} → latest {latest} · {change}", "基线 {baseline} → 最新 {latest} · {change}",
                      "Línea de base {baseline} → último {latest} · {change}",
                      "Référence {baseline} → dernier {latest} · {change}",
                      "Ban đầu {baseline} → mới nhất {latest} · {change}",
                      "Data dasar {baseline} → terbaru {latest} · {change}"),
    "open": ("Open", "未完成", "Abiertas", "Ouvertes", "Chưa hoàn thành", "Terbuka"),
    # The improvement cycle: good practices in place, before and after.
    "practices": ("Good practices in place", "良好做法落实情况", "Buenas prácticas implantadas",
                  "Bonnes pratiques en place", "Thực hành tốt đã áp dụng", "Praktik baik yang sudah diterapkan"),
    "topic": ("Checklist topic", "检查项目", "Tema de la lista de verificación", "Point de la liste de contrôle",
              "Nội dung kiểm tra", "Topik daftar periksa"),
    "this_visit": ("This visit", "本次走访", "Esta visita", "Cette visite", "Lần thăm này", "Kunjungan ini"),
    "in_place_yes": ("In place", "已落实", "Implantada", "En place", "Đã áp dụng", "Sudah diterapkan"),
    "in_place_no": ("Not yet", "尚未落实", "Aún no", "Pas encore", "Chưa áp dụng", "Belum"),
    "practice_score": ("Practice score", "良好做法得分", "Puntuación de prácticas", "Score des pratiques",
                       "Điểm thực hành", "Skor praktik"),
    "score_value": ("{in_place} of {total} ({percent})", "{total} 项中 {in_place} 项（{percent}）",
                    "{in_place} de {total} ({percent})", "{in_place} sur {total} ({percent})",
                    "{in_place}/{total} ({percent})", "{in_place} dari {total} ({percent})"),
    "baseline_assessed": ("Baseline assessed on {date}.", "基线评估日期：{date}。", "Línea de base evaluada el {date}.",
                          "Référence établie le {date}.", "Đánh giá ban đầu vào {date}.",
                          "Data dasar dinilai pada {date}."),
    "no_practice_checks": ("No good practices have been assessed for this module yet.", "本模块尚未评估良好做法。",
                           "Aún no se han evaluado buenas prácticas de este módulo.",
                           "Aucune bonne pratique de ce module n'a encore été évaluée.",
                           "Chưa đánh giá thực hành tốt nào của học phần này.",
                           "Belum ada praktik baik modul ini yang dinilai."),
    "before_after": ("Before and after", "改善前后对比", "Antes y después", "Avant et après", "Trước và sau",
                     "Sebelum dan sesudah"),
    "no_before_photo": ("No photo of the finding", "该发现没有照片", "El hallazgo no tiene foto",
                        "Pas de photo du constat", "Phát hiện không có ảnh", "Temuan tidak punya foto"),
}
_COLUMN = {lang: index for index, lang in enumerate(LANGUAGES)}

#: Counted nouns: (singular, plural) per language; Chinese, Vietnamese and Indonesian do not inflect.
_COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "manager": {"en": ("{n} manager", "{n} managers"), "zh_CN": ("管理人员 {n} 人",) * 2,
                "es": ("{n} directivo", "{n} directivos"), "fr": ("{n} cadre", "{n} cadres"),
                "vi": ("{n} quản lý",) * 2, "id": ("{n} manajer",) * 2},
    "worker": {"en": ("{n} worker", "{n} workers"), "zh_CN": ("工人 {n} 人",) * 2,
               "es": ("{n} trabajador", "{n} trabajadores"), "fr": ("{n} ouvrier", "{n} ouvriers"),
               "vi": ("{n} công nhân",) * 2, "id": ("{n} pekerja",) * 2},
    "woman": {"en": ("{n} woman", "{n} women"), "zh_CN": ("女性 {n} 人",) * 2, "es": ("{n} mujer", "{n} mujeres"),
              "fr": ("{n} femme", "{n} femmes"), "vi": ("{n} nữ",) * 2, "id": ("{n} perempuan",) * 2},
    "man": {"en": ("{n} man", "{n} men"), "zh_CN": ("男性 {n} 人",) * 2, "es": ("{n} hombre", "{n} hombres"),
            "fr": ("{n} homme", "{n} hommes"), "vi": ("{n} nam",) * 2, "id": ("{n} laki-laki",) * 2},
}

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}
#: (decimal separator, thousands separator) per language.
_SEPARATORS = {"en": (".", ","), "zh_CN": (".", ","), "es": (",", "."), "fr": (",", "\u00a0"), "vi": (",", "."),
               "id": (",", ".")}


def check_language(lang: str) -> str:
    if lang not in _COLUMN:
        raise ValueError(f"unknown report language {lang!r}; the reports speak {', '.join(LANGUAGES)}")
    return lang


def label(lang: str, key: str, **params: object) -> str:
    """The label ``key`` in ``lang``, with ``{name}`` placeholders filled from ``params``."""
    text = _TABLE[key][_COLUMN[lang]]
    return text.format(**params) if params else text


def counted(lang: str, noun: str, n: int) -> str:
    """``n`` and ``noun`` with the plural rule of ``lang`` (French counts 0 and 1 as singular)."""
    singular, plural = _COUNTED[noun][lang]
    one = n <= 1 if lang == "fr" else n == 1
    return (singular if one else plural).format(n=n)


def balance(lang: str, *, managers: int, workers: int, women: int, men: int) -> str:
    """The EIT balance line: "3 managers · 5 workers · 6 women · 2 men"."""
    return " · ".join((counted(lang, "manager", managers), counted(lang, "worker", workers),
                       counted(lang, "woman", women), counted(lang, "man", men)))


def long_date(value: str | dt.date | None, lang: str) -> str:
    """``2026-11-20`` as a reader of ``lang`` writes it in a sentence: "20 November 2026", "2026年11月20日"."""
    day = _as_date(value)
    if day is None:
        return "—"
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    if lang == "vi":
        return f"ngày {day.day} tháng {day.month} năm {day.year}"
    month = _MONTHS[lang].split()[day.month - 1]
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def short_date(value: str | dt.date | None, lang: str) -> str:
    """A date for a table cell: ``2026-11-20`` in English and Chinese (unambiguous), ``20/11/2026`` elsewhere."""
    day = _as_date(value)
    if day is None:
        return "—"
    if lang in ("en", "zh_CN"):
        return day.isoformat()
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def percent(value: float | None, lang: str, *, decimals: int = 0, signed: bool = False) -> str:
    """``12.5`` as "12.5%" (English, Chinese) or "12,5 %" (the others put a non-breaking space before it)."""
    text = number(value, lang, decimals=decimals, signed=signed)
    if text == "—":
        return text
    return text + ("%" if lang in ("en", "zh_CN") else "\u00a0%")


def number(value: float | None, lang: str, *, decimals: int | None = None, signed: bool = False) -> str:
    """``value`` with the decimal and thousands separators of ``lang``; None is "—".

    Without ``decimals``: whole numbers from 100 up, one decimal from 10, two below.
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if decimals is None:
        size = abs(value)
        decimals = 0 if size >= 100 else 1 if size >= 10 else 2
    rounded = round(value, decimals)
    text = f"{abs(rounded):,.{decimals}f}"
    point, thousands = _SEPARATORS[lang]
    text = text.replace(",", "\x00").replace(".", point).replace("\x00", thousands)
    sign = "−" if rounded < 0 else "+" if signed and rounded > 0 else ""
    return sign + text
