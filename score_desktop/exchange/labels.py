"""The words of the M&E exports in the six shipped languages: sheet names, column headers, code names.

An export's language is chosen per export (an M&E officer in Jakarta reads Indonesian whatever the laptop speaks),
so these are data, like the reports' labels, not Qt translations. Module, checklist topic and KPI names come from
the catalog. Pure Python: the server imports this through :mod:`score_desktop.exchange.sheets`.
"""

from __future__ import annotations

from score_desktop.domain.catalog import SUPPORTED_LANGUAGES

LANGUAGES = SUPPORTED_LANGUAGES

# One column per language: en, zh_CN, es, fr, vi, id.
_SHEETS: dict[str, tuple[str, str, str, str, str, str]] = {
    "enterprise": ("Enterprises", "企业", "Empresas", "Entreprises", "Doanh nghiệp", "Perusahaan"),
    "sponsor": ("Sponsors", "赞助买家", "Patrocinadores", "Parrains", "Nhà tài trợ", "Sponsor"),
    "eit_member": ("EIT members", "改善团队成员", "Miembros del EIT", "Membres de l'EIT", "Thành viên EIT",
                   "Anggota EIT"),
    "training_session": ("Training sessions", "课堂培训", "Sesiones de formación", "Sessions de formation",
                         "Khóa đào tạo", "Sesi pelatihan"),
    "training_enrolment": ("Training enterprises", "参训企业", "Empresas en formación", "Entreprises formées",
                           "Doanh nghiệp dự đào tạo", "Perusahaan peserta"),
    "attendance": ("Participants", "参训学员", "Participantes", "Participants", "Học viên", "Peserta"),
    "visit": ("Visits", "走访", "Visitas", "Visites", "Chuyến thăm", "Kunjungan"),
    "observation": ("Findings", "现场发现", "Hallazgos", "Constats", "Phát hiện", "Temuan"),
    "action_item": ("Actions", "行动计划", "Acciones", "Actions", "Hành động", "Tindakan"),
    "photo": ("Photos", "照片", "Fotos", "Photos", "Ảnh", "Foto"),
    "kpi_reading": ("KPI readings", "关键绩效指标数据", "Lecturas de KPI", "Relevés des KPI", "Số liệu KPI",
                    "Data KPI"),
    "practice_check": ("Practice checks", "良好做法检查", "Buenas prácticas", "Bonnes pratiques",
                       "Kiểm tra thực hành", "Cek praktik baik"),
    "suggestion": ("Suggestions", "合理化建议", "Sugerencias", "Suggestions", "Đề xuất", "Saran"),
    "review": ("Reviews", "审核", "Revisiones", "Relectures", "Đánh giá", "Tinjauan"),
    "signed_report": ("Signed reports", "已签署报告", "Informes firmados", "Rapports signés", "Báo cáo đã ký",
                      "Laporan bertanda tangan"),
    "review_comment": ("Review comments", "审核意见", "Comentarios de revisión", "Commentaires de relecture",
                       "Ý kiến đánh giá", "Komentar tinjauan"),
    "conflict": ("Conflicts", "冲突", "Conflictos", "Conflits", "Xung đột", "Konflik"),
}

_COLUMNS: dict[str, tuple[str, str, str, str, str, str]] = {
    "id": ("ID", "编号", "ID", "ID", "Mã", "ID"),
    "enterprise_id": ("Enterprise ID", "企业编号", "ID de la empresa", "ID de l'entreprise", "Mã doanh nghiệp",
                      "ID perusahaan"),
    "enterprise": ("Enterprise", "企业", "Empresa", "Entreprise", "Doanh nghiệp", "Perusahaan"),
    "enterprise_latin": ("Enterprise (Latin script)", "企业（拉丁字母）", "Empresa (alfabeto latino)",
                         "Entreprise (alphabet latin)", "Doanh nghiệp (chữ Latinh)", "Perusahaan (huruf Latin)"),
    "name": ("Name", "名称", "Nombre", "Nom", "Tên", "Nama"),
    "name_latin": ("Name (Latin script)", "名称（拉丁字母）", "Nombre (alfabeto latino)", "Nom (alphabet latin)",
                   "Tên (chữ Latinh)", "Nama (huruf Latin)"),
    "person": ("Name", "姓名", "Nombre", "Nom", "Họ tên", "Nama"),
    "sector": ("Sector", "行业", "Sector", "Secteur", "Ngành", "Sektor"),
    "products": ("Products", "产品", "Productos", "Produits", "Sản phẩm", "Produk"),
    "address": ("Address", "地址", "Dirección", "Adresse", "Địa chỉ", "Alamat"),
    "city": ("City", "城市", "Ciudad", "Ville", "Thành phố", "Kota"),
    "province": ("Province", "省份", "Provincia", "Province", "Tỉnh", "Provinsi"),
    "country": ("Country", "国家", "País", "Pays", "Quốc gia", "Negara"),
    "headcount_women": ("Women", "女员工", "Mujeres", "Femmes", "Nữ", "Perempuan"),
    "headcount_men": ("Men", "男员工", "Hombres", "Hommes", "Nam", "Laki-laki"),
    "headcount_managers": ("Managers", "管理人员", "Directivos", "Cadres", "Quản lý", "Manajer"),
    "headcount_workers": ("Workers", "工人", "Trabajadores", "Ouvriers", "Công nhân", "Pekerja"),
    "sponsors": ("Sponsors", "赞助买家", "Patrocinadores", "Parrains", "Nhà tài trợ", "Sponsor"),
    "sponsor": ("Sponsor", "赞助买家", "Patrocinador", "Parrain", "Nhà tài trợ", "Sponsor"),
    "contact_name": ("Contact person", "联系人", "Persona de contacto", "Personne de contact", "Người liên hệ",
                     "Narahubung"),
    "contact_phone": ("Contact phone", "联系电话", "Teléfono de contacto", "Téléphone", "Điện thoại liên hệ",
                      "Telepon"),
    "contact_email": ("Contact e-mail", "联系邮箱", "Correo de contacto", "Courriel", "Email liên hệ", "Email"),
    "consent_share": ("Consents to share data", "同意共享数据", "Consiente compartir datos",
                      "Accepte le partage des données", "Đồng ý chia sẻ dữ liệu", "Setuju berbagi data"),
    "report_language": ("Report language", "报告语言", "Idioma del informe", "Langue du rapport",
                        "Ngôn ngữ báo cáo", "Bahasa laporan"),
    "notes": ("Notes", "备注", "Notas", "Notes", "Ghi chú", "Catatan"),
    "note": ("Note", "备注", "Nota", "Note", "Ghi chú", "Catatan"),
    "role_code": ("Role code", "角色代码", "Código de función", "Code du rôle", "Mã vai trò", "Kode peran"),
    "role": ("Role", "角色", "Función", "Rôle", "Vai trò", "Peran"),
    "side_code": ("Manager / worker code", "管理人员/工人代码", "Código directivo / trabajador",
                  "Code cadre / ouvrier", "Mã quản lý / công nhân", "Kode manajer / pekerja"),
    "side": ("Manager / worker", "管理人员/工人", "Directivo / trabajador", "Cadre / ouvrier",
             "Quản lý / công nhân", "Manajer / pekerja"),
    "gender_code": ("Sex code", "性别代码", "Código de sexo", "Code du sexe", "Mã giới tính", "Kode jenis kelamin"),
    "gender": ("Sex", "性别", "Sexo", "Sexe", "Giới tính", "Jenis kelamin"),
    "department": ("Department", "部门", "Departamento", "Service", "Bộ phận", "Departemen"),
    "position": ("Position", "职务", "Cargo", "Fonction", "Chức vụ", "Jabatan"),
    "from_date": ("From", "起始日期", "Desde", "Du", "Từ ngày", "Dari"),
    "to_date": ("To", "结束日期", "Hasta", "Au", "Đến ngày", "Sampai"),
    "module_code": ("Module code", "模块代码", "Código del módulo", "Code du module", "Mã học phần", "Kode modul"),
    "module": ("Module", "模块", "Módulo", "Module", "Học phần", "Modul"),
    "session_date": ("First day", "首日", "Primer día", "Premier jour", "Ngày đầu", "Hari pertama"),
    "days": ("Days", "天数", "Días", "Jours", "Số ngày", "Jumlah hari"),
    "dates": ("Dates", "日期", "Fechas", "Dates", "Các ngày", "Tanggal"),
    "location": ("Location", "位置", "Lugar", "Lieu", "Vị trí", "Lokasi"),
    "trainer": ("Trainer", "培训师", "Capacitador(a)", "Formateur", "Giảng viên", "Pelatih"),
    "trainer_account": ("Trainer (account)", "培训师（账户）", "Capacitador(a) (cuenta)", "Formateur (compte)",
                        "Giảng viên (tài khoản)", "Pelatih (akun)"),
    "co_trainers": ("Co-trainers", "协同培训师", "Cocapacitadores", "Co-formateurs", "Giảng viên cùng dạy",
                    "Pelatih pendamping"),
    "language": ("Language", "语言", "Idioma", "Langue", "Ngôn ngữ", "Bahasa"),
    "training_session_id": ("Training session ID", "培训编号", "ID de la sesión", "ID de la session",
                            "Mã khóa đào tạo", "ID sesi"),
    "days_attended": ("Days attended", "出勤天数", "Días de asistencia", "Jours de présence", "Số ngày tham dự",
                      "Hari hadir"),
    "feedback_content": ("Feedback: content (1-5)", "反馈：内容（1-5）", "Opinión: contenido (1-5)",
                         "Avis : contenu (1-5)", "Phản hồi: nội dung (1-5)", "Umpan balik: materi (1-5)"),
    "feedback_trainer": ("Feedback: trainer (1-5)", "反馈：培训师（1-5）", "Opinión: capacitador (1-5)",
                         "Avis : formateur (1-5)", "Phản hồi: giảng viên (1-5)", "Umpan balik: pelatih (1-5)"),
    "feedback_apply": ("Feedback: will apply (1-5)", "反馈：能否应用（1-5）", "Opinión: aplicará (1-5)",
                       "Avis : mise en pratique (1-5)", "Phản hồi: sẽ áp dụng (1-5)",
                       "Umpan balik: akan diterapkan (1-5)"),
    "feedback_comment": ("Feedback: comment", "反馈：意见", "Opinión: comentario", "Avis : commentaire",
                         "Phản hồi: nhận xét", "Umpan balik: komentar"),
    "visit_id": ("Visit ID", "走访编号", "ID de la visita", "ID de la visite", "Mã chuyến thăm", "ID kunjungan"),
    "visit_date": ("Visit date", "走访日期", "Fecha de la visita", "Date de la visite", "Ngày thăm",
                   "Tanggal kunjungan"),
    "visit_type_code": ("Visit type code", "走访类型代码", "Código del tipo de visita", "Code du type de visite",
                        "Mã loại chuyến thăm", "Kode jenis kunjungan"),
    "visit_type": ("Visit type", "走访类型", "Tipo de visita", "Type de visite", "Loại chuyến thăm",
                   "Jenis kunjungan"),
    "status_code": ("Status code", "状态代码", "Código de estado", "Code du statut", "Mã trạng thái", "Kode status"),
    "status": ("Status", "状态", "Estado", "Statut", "Trạng thái", "Status"),
    "co_visitors": ("Co-visitors", "同行人员", "Acompañantes", "Accompagnateurs", "Người đi cùng", "Pendamping"),
    "attendees": ("Attendees", "参加人员", "Participantes", "Participants", "Người tham dự", "Peserta"),
    "objectives": ("Objectives", "走访目标", "Objetivos", "Objectifs", "Mục tiêu", "Tujuan"),
    "summary": ("Summary", "总结", "Resumen", "Synthèse", "Tóm tắt", "Ringkasan"),
    "next_visit_date": ("Next visit", "下次走访", "Próxima visita", "Prochaine visite", "Lần thăm tiếp theo",
                        "Kunjungan berikutnya"),
    "topic_code": ("Topic code", "检查项目代码", "Código del tema", "Code du point", "Mã chủ đề", "Kode topik"),
    "topic": ("Checklist topic", "检查项目", "Tema de la lista", "Point de la liste", "Chủ đề kiểm tra",
              "Topik daftar periksa"),
    "text": ("Text", "内容", "Texto", "Texte", "Nội dung", "Teks"),
    "rating_code": ("Rating code", "评级代码", "Código de valoración", "Code de l'appréciation", "Mã đánh giá",
                    "Kode penilaian"),
    "rating": ("Rating", "评级", "Valoración", "Appréciation", "Đánh giá", "Penilaian"),
    "recommendation": ("Recommendation", "建议", "Recomendación", "Recommandation", "Khuyến nghị", "Rekomendasi"),
    "title": ("Action", "行动", "Acción", "Action", "Hành động", "Tindakan"),
    "owner": ("Owner", "负责人", "Responsable", "Responsable", "Người phụ trách", "Penanggung jawab"),
    "due_date": ("Due", "完成期限", "Fecha límite", "Échéance", "Hạn", "Tenggat"),
    "completed_date": ("Completed", "完成日期", "Completada", "Terminée le", "Ngày hoàn thành", "Selesai pada"),
    "expected_saving": ("Expected saving", "预期节约", "Ahorro esperado", "Économie attendue", "Tiết kiệm dự kiến",
                        "Penghematan diharapkan"),
    "actual_saving": ("Actual saving", "实际节约", "Ahorro real", "Économie réelle", "Tiết kiệm thực tế",
                      "Penghematan nyata"),
    "observation_id": ("Finding ID", "发现编号", "ID del hallazgo", "ID du constat", "Mã phát hiện", "ID temuan"),
    "action_item_id": ("Action ID", "行动编号", "ID de la acción", "ID de l'action", "Mã hành động",
                       "ID tindakan"),
    "kind_code": ("Kind code", "类别代码", "Código de tipo", "Code du type", "Mã loại", "Kode jenis"),
    "kind": ("Kind", "类别", "Tipo", "Type", "Loại", "Jenis"),
    "caption": ("Caption", "说明", "Pie de foto", "Légende", "Chú thích", "Keterangan"),
    "taken_at": ("Taken", "拍摄时间", "Tomada", "Prise le", "Thời điểm chụp", "Diambil"),
    "mime": ("File type", "文件类型", "Tipo de archivo", "Type de fichier", "Loại tệp", "Jenis berkas"),
    "size": ("Size (bytes)", "大小（字节）", "Tamaño (bytes)", "Taille (octets)", "Kích thước (byte)",
             "Ukuran (byte)"),
    "sha256": ("SHA-256", "SHA-256", "SHA-256", "SHA-256", "SHA-256", "SHA-256"),
    "original_name": ("Original file name", "原文件名", "Nombre original", "Nom d'origine", "Tên tệp gốc",
                      "Nama berkas asli"),
    "kpi_code": ("KPI code", "指标代码", "Código del KPI", "Code du KPI", "Mã KPI", "Kode KPI"),
    "kpi": ("KPI", "关键绩效指标", "KPI", "KPI", "KPI", "KPI"),
    "unit": ("Unit", "单位", "Unidad", "Unité", "Đơn vị", "Satuan"),
    "phase_code": ("Phase code", "阶段代码", "Código de fase", "Code de la phase", "Mã giai đoạn", "Kode fase"),
    "phase": ("Phase", "阶段", "Fase", "Phase", "Giai đoạn", "Fase"),
    "period_start": ("Period start", "期间开始", "Inicio del período", "Début de la période", "Đầu kỳ",
                     "Awal periode"),
    "period_end": ("Period end", "期间结束", "Fin del período", "Fin de la période", "Cuối kỳ", "Akhir periode"),
    "value": ("Value", "数值", "Valor", "Valeur", "Giá trị", "Nilai"),
    "numerator": ("Numerator", "分子", "Numerador", "Numérateur", "Tử số", "Pembilang"),
    "denominator": ("Denominator", "分母", "Denominador", "Dénominateur", "Mẫu số", "Penyebut"),
    "source_code": ("Source code", "来源代码", "Código de fuente", "Code de la source", "Mã nguồn", "Kode sumber"),
    "source": ("Source", "来源", "Fuente", "Source", "Nguồn", "Sumber"),
    "supersedes_id": ("Corrects reading ID", "更正的数据编号", "Corrige la lectura", "Corrige le relevé",
                      "Sửa số liệu mã", "Mengoreksi data ID"),
    "in_place": ("In place", "已落实", "Implantada", "En place", "Đã áp dụng", "Sudah diterapkan"),
    "received_date": ("Received", "收到日期", "Recibida", "Reçue le", "Ngày nhận", "Diterima"),
    "submitted_by": ("Submitted by", "提出人", "Presentada por", "Proposée par", "Người đề xuất", "Diajukan oleh"),
    "implemented": ("Implemented", "已实施", "Aplicada", "Mise en œuvre", "Đã thực hiện", "Diterapkan"),
    "implemented_date": ("Implemented on", "实施日期", "Aplicada el", "Mise en œuvre le", "Ngày thực hiện",
                         "Diterapkan pada"),
    "reward": ("Reward", "奖励", "Recompensa", "Récompense", "Khen thưởng", "Hadiah"),
    "saving": ("Saving", "节约", "Ahorro", "Économie", "Tiết kiệm", "Penghematan"),
    "state_code": ("State code", "状态代码", "Código de estado", "Code de l'état", "Mã trạng thái", "Kode status"),
    "state": ("State", "审核状态", "Estado", "État", "Trạng thái", "Status"),
    "reviewer": ("Reviewer", "审核人", "Revisor(a)", "Relecteur", "Người đánh giá", "Peninjau"),
    "comments": ("Comments", "意见", "Comentarios", "Commentaires", "Ý kiến", "Komentar"),
    "author": ("Author", "作者", "Autor(a)", "Auteur", "Người viết", "Penulis"),
    "author_role_code": ("Author's role code", "作者角色代码", "Código de función del autor",
                         "Code du rôle de l'auteur", "Mã vai trò người viết", "Kode peran penulis"),
    "author_role": ("Author's role", "作者角色", "Función del autor", "Rôle de l'auteur", "Vai trò người viết",
                    "Peran penulis"),
    "revision": ("Revision", "版本", "Revisión", "Révision", "Phiên bản", "Revisi"),
    "signed_at": ("Signed", "签署时间", "Firmado", "Signé le", "Thời điểm ký", "Ditandatangani"),
    "signed_by": ("Signed by", "签署人", "Firmado por", "Signé par", "Người ký", "Ditandatangani oleh"),
    "paper": ("Paper", "纸张", "Papel", "Papier", "Khổ giấy", "Kertas"),
    "reopen_reason": ("Reason for reopening", "重新打开的原因", "Motivo de la reapertura", "Motif de réouverture",
                      "Lý do mở lại", "Alasan dibuka kembali"),
    "reopened_by": ("Reopened by", "重新打开人", "Reabierto por", "Rouvert par", "Người mở lại",
                    "Dibuka kembali oleh"),
    "reopened_at": ("Reopened", "重新打开时间", "Reabierto", "Rouvert le", "Thời điểm mở lại", "Dibuka kembali"),
    "created_at": ("Created (UTC)", "创建时间（UTC）", "Creado (UTC)", "Créé (UTC)", "Tạo lúc (UTC)",
                   "Dibuat (UTC)"),
    "created_by": ("Created by", "创建人", "Creado por", "Créé par", "Người tạo", "Dibuat oleh"),
    "updated_at": ("Last changed (UTC)", "最后修改时间（UTC）", "Último cambio (UTC)", "Dernière modification (UTC)",
                   "Sửa lần cuối (UTC)", "Terakhir diubah (UTC)"),
    "updated_by": ("Last changed by", "最后修改人", "Último cambio por", "Dernière modification par",
                   "Người sửa lần cuối", "Terakhir diubah oleh"),
    # The server's conflicts sheet.
    "entity": ("Record kind", "记录类别", "Tipo de registro", "Type d'enregistrement", "Loại bản ghi", "Jenis data"),
    "record_id": ("Record ID", "记录编号", "ID del registro", "ID de l'enregistrement", "Mã bản ghi", "ID data"),
    "field": ("Field", "字段", "Campo", "Champ", "Trường", "Kolom"),
    "standing_value": ("Standing value", "保留值", "Valor vigente", "Valeur retenue", "Giá trị giữ lại",
                       "Nilai yang berlaku"),
    "kept_value": ("Set-aside value", "被搁置值", "Valor apartado", "Valeur écartée", "Giá trị bị gác lại",
                   "Nilai yang disisihkan"),
    "standing_by": ("Standing value by", "保留值提交人", "Valor vigente de", "Valeur retenue de",
                    "Giá trị giữ lại của", "Nilai berlaku dari"),
    "kept_from": ("Set-aside value by", "被搁置值提交人", "Valor apartado de", "Valeur écartée de",
                  "Giá trị bị gác lại của", "Nilai disisihkan dari"),
    "resolution": ("Resolution", "处理结果", "Resolución", "Résolution", "Cách giải quyết", "Penyelesaian"),
}

#: The names of codes, by the column they fill: ``_CODES["rating"]["critical"]``.
_CODES: dict[str, dict[str, tuple[str, str, str, str, str, str]]] = {
    "rating": {
        "good": ("Good practice", "良好做法", "Buena práctica", "Bonne pratique", "Thực hành tốt", "Praktik baik"),
        "improve": ("Needs improvement", "需要改进", "Necesita mejorar", "À améliorer", "Cần cải thiện",
                    "Perlu perbaikan"),
        "critical": ("Critical", "严重问题", "Crítico", "Critique", "Nghiêm trọng", "Kritis"),
        "na": ("Not applicable", "不适用", "No aplica", "Sans objet", "Không áp dụng", "Tidak berlaku"),
    },
    "visit_type": {
        "baseline": ("Baseline", "基线走访", "Línea de base", "État initial", "Khảo sát ban đầu",
                     "Data dasar (baseline)"),
        "consultation": ("Consultation", "咨询走访", "Consultoría", "Conseil", "Tư vấn", "Konsultasi"),
        "follow_up": ("Follow-up", "跟进走访", "Seguimiento", "Suivi", "Theo dõi", "Tindak lanjut"),
        "final": ("Final", "总结走访", "Final", "Finale", "Tổng kết", "Akhir"),
    },
    "visit_status": {
        "draft": ("Draft", "草稿", "Borrador", "Brouillon", "Bản nháp", "Draf"),
        "final": ("Final", "定稿", "Final", "Définitif", "Hoàn tất", "Final"),
        "signed": ("Signed", "已签署", "Firmado", "Signé", "Đã ký", "Ditandatangani"),
    },
    "action_status": {
        "open": ("Open", "未开始", "Abierta", "Ouverte", "Chưa làm", "Terbuka"),
        "in_progress": ("In progress", "进行中", "En curso", "En cours", "Đang làm", "Sedang berjalan"),
        "done": ("Done", "已完成", "Hecha", "Faite", "Đã xong", "Selesai"),
        "dropped": ("Dropped", "已取消", "Descartada", "Abandonnée", "Đã hủy", "Dibatalkan"),
    },
    "phase": {
        "baseline": ("Baseline", "基线", "Línea de base", "Référence", "Ban đầu", "Data dasar"),
        "progress": ("Progress", "进展", "Avance", "Avancement", "Tiến độ", "Kemajuan"),
        "final": ("Final", "最终", "Final", "Final", "Cuối kỳ", "Akhir"),
    },
    "kind": {
        "before": ("Before", "改善前", "Antes", "Avant", "Trước", "Sebelum"),
        "after": ("After", "改善后", "Después", "Après", "Sau", "Sesudah"),
        "evidence": ("Evidence", "现场证据", "Evidencia", "Preuve", "Minh chứng", "Bukti"),
        "signature": ("Signature", "签名", "Firma", "Signature", "Chữ ký", "Tanda tangan"),
    },
    "role": {
        "chair": ("Chair", "组长", "Presidencia", "Président(e)", "Trưởng nhóm", "Ketua"),
        "secretary": ("Secretary", "秘书", "Secretaría", "Secrétaire", "Thư ký", "Sekretaris"),
        "member": ("Member", "成员", "Miembro", "Membre", "Thành viên", "Anggota"),
    },
    "side": {
        "manager": ("Manager", "管理人员", "Directivo", "Cadre", "Quản lý", "Manajer"),
        "worker": ("Worker", "工人", "Trabajador", "Ouvrier", "Công nhân", "Pekerja"),
    },
    "gender": {
        "female": ("Woman", "女", "Mujer", "Femme", "Nữ", "Perempuan"),
        "male": ("Man", "男", "Hombre", "Homme", "Nam", "Laki-laki"),
        "other": ("Other", "其他", "Otro", "Autre", "Khác", "Lainnya"),
    },
    "source": {
        "records": ("Records", "记录", "Registros", "Registres", "Sổ sách", "Catatan"),
        "estimate": ("Estimate", "估计", "Estimación", "Estimation", "Ước tính", "Perkiraan"),
    },
    "review_state": {
        "received": ("Received", "已收到", "Recibido", "Reçu", "Đã nhận", "Diterima"),
        "has_issues": ("Has issues", "有问题", "Con observaciones", "À corriger", "Có vấn đề", "Ada masalah"),
        "approved": ("Approved", "已批准", "Aprobado", "Approuvé", "Đã duyệt", "Disetujui"),
    },
    "user_role": {
        "trainer": ("Trainer", "培训师", "Capacitador(a)", "Formateur", "Giảng viên", "Pelatih"),
        "coordinator": ("Coordinator", "协调员", "Coordinador(a)", "Coordinateur", "Điều phối viên", "Koordinator"),
        "admin": ("Administrator", "管理员", "Administrador(a)", "Administrateur", "Quản trị viên", "Administrator"),
    },
    "yes_no": {
        "yes": ("Yes", "是", "Sí", "Oui", "Có", "Ya"),
        "no": ("No", "否", "No", "Non", "Không", "Tidak"),
    },
}

_COLUMN = {lang: index for index, lang in enumerate(LANGUAGES)}
#: What Excel refuses in a sheet's name (and the limit of its length).
_NOT_IN_SHEET_NAMES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))
SHEET_NAME_MAX = 31


def check_language(lang: str) -> str:
    """``lang`` when it is one of the six shipped languages; ValueError naming them otherwise."""
    if lang not in _COLUMN:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang


def sheet_name(lang: str, key: str) -> str:
    return _SHEETS[key][_COLUMN[lang]].translate(_NOT_IN_SHEET_NAMES)[:SHEET_NAME_MAX]


def column_name(lang: str, key: str) -> str:
    return _COLUMNS[key][_COLUMN[lang]]


def code_name(lang: str, group: str, code: object) -> str | None:
    """The name of ``code`` in ``group`` (``rating``, ``phase``...); None for no code, the code itself when it is
    one this version does not know (a newer app's), so the row still says what was recorded."""
    if code is None or code == "":
        return None
    names = _CODES[group].get(str(code))
    return names[_COLUMN[lang]] if names else str(code)


def column_keys() -> set[str]:
    return set(_COLUMNS)
