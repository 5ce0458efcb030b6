"""Phrase banks for demo workspaces: enterprises, people and what trainers write on the floor.

Written for realism, not coverage: Chinese first (the programme's first country), with Vietnamese and Spanish
records so every script shows up in lists, search and reports.
"""

from __future__ import annotations

CITIES = [("广州", "Guangzhou", "广东"), ("上海", "Shanghai", "上海"), ("重庆", "Chongqing", "重庆")]

#: (sector, Chinese name patterns, Latin patterns, products)
SECTORS = {
    "garments": (["{city}{brand}服装有限公司", "{city}{brand}制衣厂"], ["{city_latin} {brand_latin} Garments Co., Ltd.",
                 "{city_latin} {brand_latin} Apparel Factory"], "针织T恤、牛仔裤 / knitted T-shirts, denim"),
    "shoes": (["{city}{brand}鞋业有限公司", "{city}{brand}制鞋厂"], ["{city_latin} {brand_latin} Footwear Co., Ltd.",
              "{city_latin} {brand_latin} Shoe Factory"], "运动鞋、皮鞋 / sports shoes, leather shoes"),
    "auto_parts": (["{city}{brand}汽车配件有限公司", "{city}{brand}机械厂"],
                   ["{city_latin} {brand_latin} Auto Parts Co., Ltd.", "{city_latin} {brand_latin} Machinery Works"],
                   "刹车片、冲压件 / brake pads, stamped parts"),
}
BRANDS = [("华美", "Huamei"), ("长丰", "Changfeng"), ("新达", "Xinda"), ("宏力", "Hongli"), ("金鹏", "Jinpeng"),
          ("恒通", "Hengtong"), ("瑞祥", "Ruixiang"), ("永盛", "Yongsheng"), ("东方", "Dongfang"), ("安泰", "Antai"),
          ("天成", "Tiancheng"), ("鸿运", "Hongyun")]
SPONSORS = ["Adidas", "H&M", "Decathlon", "Inditex", "Bosch", "Continental", "PVH", "Puma"]

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"]
GIVEN_NAMES = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
               "秀英", "桂兰", "建华", "晓燕", "志强", "海燕", "小红"]
DEPARTMENTS = ["缝制车间", "裁剪车间", "质检部", "仓库", "人事行政部", "生产部", "设备维修", "包装车间"]
TRAINERS = ["Wang Fang", "Li Qiang", "Chen Jing", "Zhao Lei"]

#: Per module: (finding, recommendation) pairs in Chinese, and a few in English.
FINDINGS = {
    "WC": [("企业改善小组(EIT)三个月没有开会", "每月固定一次EIT会议，会议记录张贴在公告栏"),
           ("公告栏信息过期，工人不知道改善计划", "每周更新公告栏，指定专人负责"),
           ("意见箱没有人收集，里面有二十多张建议", "每周开箱一次，在班前会公布处理结果"),
           ("车间通道堆放纸箱，影响通行", "划定物料区，通道保持畅通"),
           ("班组长与工人之间沟通不足，工人不敢提意见", "每天班前会五分钟，鼓励工人发言"),
           ("5S 执行良好，工具定位摆放整齐", "保持，并在其他车间推广"),
           ("The EIT has only managers; no worker representatives",
            "Add two elected worker representatives to the EIT")],
    "QM": [("终检发现的次品没有记录原因", "使用次品原因统计表，每天汇总"),
           ("缝制工序没有首件检验", "每班开始和换款时做首件检验并签字"),
           ("返工率高，主要是线头和跳针", "调整针距，工序内自检"),
           ("客户质量要求没有传达到班组", "把客户要求做成图示，挂在工位旁"),
           ("量具没有校准记录", "建立量具台账，每半年校准一次"),
           ("质量看板数据每天更新，做得很好", "继续保持，增加趋势图"),
           ("No inspection at source: defects found only at end of line", "Train operators to check their own work")],
    "CP": [("空压机漏气，下班后仍在运行", "下班关机，每周检查管路漏气"),
           ("水龙头长流水，没有计量", "安装水表，按车间统计用水"),
           ("裁剪边角料直接丢弃", "按尺寸分类回收，可用于小件"),
           ("化学品没有标签，存放在车间角落", "贴上中文标签和安全数据表，放入专用柜"),
           ("车间照明白天全部开启", "靠窗区域关闭照明，更换LED灯"),
           ("蒸汽管道没有保温", "给蒸汽管道加装保温层"),
           ("Glue containers left open at the end of the shift", "Close containers; use small dispensers")],
    "HR": [("新员工入职没有培训记录", "建立入职培训清单，由班组长签字"),
           ("加班时间超过法定上限", "排产时控制加班，每周统计工时"),
           ("工资条没有列明计件单价", "工资条列出件数、单价和扣款"),
           ("员工流失率高，新工人三个月内离职", "设立师傅带徒弟制度，关注新员工"),
           ("没有申诉渠道，工人只能找老板", "设立申诉程序，张贴在公告栏"),
           ("技能矩阵张贴在车间，清楚明了", "每季度更新技能矩阵"),
           ("Women are 70% of workers but no woman supervisor", "Offer supervisor training to women line leaders")],
    "OSH": [("安全出口被纸箱堵住", "立即清理，出口前地面画黄线禁止堆放"),
            ("冲床没有安全防护装置", "加装双手按钮和光电保护"),
            ("灭火器过期，没有检查记录", "更换灭火器，每月检查并签字"),
            ("工人打磨时没有戴口罩和护目镜", "配发防护用品并培训正确佩戴"),
            ("配电箱门敞开，电线裸露", "关闭并上锁，由电工检查线路"),
            ("急救箱药品齐全，有专人管理", "保持，并培训更多急救员"),
            ("No evacuation drill in the last 12 months", "Hold a drill this quarter and record the time")],
}
LOCATIONS = {"zh": ["缝制一线", "缝制二线", "裁剪区", "仓库", "包装区", "冲压车间", "喷漆房", "锅炉房", "食堂", "宿舍"],
             "vi": ["Chuyền may 1", "Chuyền may 2", "Khu cắt", "Kho", "Khu đóng gói", "Nhà ăn"],
             "es": ["Línea de costura 1", "Corte", "Almacén", "Empaque", "Comedor", "Área de pegado"]}
OBJECTIVES = {"zh": "检查上次行动计划的进展，走访车间", "vi": "Xem lại các hành động lần trước; đi kiểm tra xưởng",
              "es": "Revisar las acciones anteriores; recorrido por la planta"}
SUMMARIES = {"zh": "EIT 积极参与，改善明显。", "vi": "Nhóm EIT tham gia tích cực, có nhiều cải thiện.",
             "es": "El EIT participa activamente; hay mejoras visibles."}

VIETNAMESE_ENTERPRISE = ("Công ty TNHH May mặc Bình Dương", "Binh Duong Garment Co., Ltd.", "Thủ Dầu Một",
                         "Bình Dương", "VN", "garments")
VIETNAMESE_FINDINGS = [("Lối thoát hiểm bị chặn bởi thùng hàng", "Dọn sạch lối đi và kẻ vạch sàn"),
                       ("Công nhân không đeo khẩu trang khi dùng hóa chất", "Phát khẩu trang và hướng dẫn sử dụng"),
                       ("Bảng tin cập nhật hàng tuần, rất tốt", "Tiếp tục duy trì")]
VIETNAMESE_NAMES = ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Hồng", "Phạm Minh Đức", "Hoàng Thị Mai",
                    "Vũ Văn Nam", "Đặng Thị Thu", "Bùi Quốc Anh"]

SPANISH_ENTERPRISE = ("Calzados Pérez S.A. de C.V.", "Calzados Perez", "León", "Guanajuato", "MX", "shoes")
SPANISH_FINDINGS = [("Salida de emergencia bloqueada con cajas", "Despejar la salida y marcar el piso"),
                    ("No hay registro de defectos al final de la línea", "Usar una hoja de registro diaria"),
                    ("El buzón de sugerencias funciona bien", "Publicar las respuestas cada semana")]
SPANISH_NAMES = ["María González", "José Hernández", "Guadalupe López", "Juan Martínez", "Rosa Pérez",
                 "Luis Ramírez", "Ana Torres", "Carlos Flores"]

CAPTIONS = {"before": ["改善前", "Before"], "after": ["改善后", "After"], "evidence": ["现场照片", "On the floor"]}

#: Believable baseline ranges per KPI code (a small factory, one month); unknown codes fall back on the unit.
KPI_BASELINES = {
    "output": (20_000, 120_000), "labour_productivity": (8, 20), "defect_rate": (3, 12), "rework_rate": (2, 9),
    "on_time_delivery": (65, 88), "energy_use": (15_000, 80_000), "water_use": (400, 3_000),
    "material_waste": (4, 12), "absenteeism": (2, 8), "worker_turnover": (3, 10), "worker_grievances": (2, 15),
    "accidents": (1, 6), "hazards_fixed": (1, 8), "suggestions_received": (2, 25), "suggestions_implemented": (1, 10),
    "cost_savings": (2_000, 30_000), "women_share_workforce": (45, 80), "women_share_supervisors": (10, 35),
    "overtime_hours": (20, 70), "training_hours": (1, 6),
}

#: What workers put in the suggestion box, by language.
SUGGESTIONS = {
    "zh": ["在缝纫机旁加装照明灯，减少返工", "仓库货架贴上标签，找料更快", "裁剪边角料做成小袋子再利用",
           "夏天车间加装风扇，降低中暑风险", "班前会增加五分钟安全提醒", "在冲床旁设置双手按钮",
           "饮水机移到车间中间，减少走动", "把次品原因写在看板上，大家一起改", "设立女工休息室",
           "压缩空气管道漏气，建议每周检查", "包装纸箱按尺寸重复使用", "食堂增加一个窗口，减少排队"],
    "vi": ["Lắp thêm đèn ở máy may để giảm hàng lỗi", "Dán nhãn kệ kho để tìm vật tư nhanh hơn",
           "Tái sử dụng vải vụn làm túi nhỏ", "Lắp quạt trong xưởng vào mùa hè"],
    "es": ["Poner más luz en las máquinas de coser", "Etiquetar los estantes del almacén",
           "Reutilizar los retazos de cuero", "Instalar ventiladores en la línea de pegado"],
}
CORRECTION_NOTE = "按财务记录重新核对 / recounted from the accounts"
