# ruff: noqa: E501  (bilingual data tables: one entry per line reads better than split strings)
"""Bilingual concept lexicon: canonical finding codes and their Chinese and English surface forms.

Chinese forms are literal strings (space-separated); English forms are regex fragments
(semicolon-separated, a space matches any whitespace) matched on lower-cased, NFKC-normalised
text. A code starting with "~" is a form that states the concept's absence (e.g. 精神好 says
the child is not lethargic). Forms are matched longest-first, so 哮喘 (asthma) wins over 喘.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# fmt: off
CONCEPTS: dict[str, tuple[str, str]] = {
    # --- cardiovascular -------------------------------------------------------------------
    "chest_pain": (
        "心口压到痛 心口压到疼 心口压得痛 心口压得疼 心口窝疼 心口窝痛 心口窝压着疼 心口窝压着 心口压着疼 心口压着 心口窝闷痛 胸痛 胸口痛 胸口疼 心口疼 心口痛 胸部疼痛 胸部痛 胸前区疼痛 胸前区痛 胸骨后疼痛 胸骨后痛 胸部闷痛 胸口闷痛 像有东西压着 "
        "胸口压榨 压榨性胸痛 压榨样胸痛 胸口像压了石头 胸口压着 心绞痛 胸疼 胸部不适 胸口不舒服 "
        "胸口刺痛 胸前痛 胸口剧痛 胸口绞痛 心前区疼痛 心前区痛 心口不舒服 心口难受 胸口难受 胸背痛 胸背疼 胸背部疼痛 胸背部痛 压了块大石头 跟压了块大石头似的 像压了块石头 压得慌",
        "pain in (?:the )?(?:middle|centre|center) of (?:the |her |his |my )?chest; chest pains?; crushing chest pain; chest discomfort; chest pressure; pressure in (?:the |his |her |my )?chest; "
        "pain in (?:the |his |her |my )?chest; angina; retrosternal pain; (?:sharp |stabbing )?pain (?:in )?(?:the )?(?:r|l|rt|lt|right|left) (?:side of (?:the |his |her |my )?)?chest; (?:heavy|pressing|crushing|squeezing) (?:pain |pressure |heaviness |feeling )?behind (?:the |his |her |my )?(?:sternum|breastbone); (?:pain|pressure|heaviness|tightness) behind (?:the |his |her |my )?(?:sternum|breastbone); heavy chest; chest (?:is |feels )?(?:hurting|sore); cp(?= |,|$|/); hurts in (?:his|her|the) chest when (?:he|she) breathes",
    ),
    # ESC 2014 aortic diseases §6 / 主动脉夹层诊断与治疗规范中国专家共识(2017): sudden tearing,
    # ripping or knife-like chest or back pain (the Chinese forms are patterns, see ZH_PATTERNS).
    "aortic_pain": (
        "撕着疼 撕着痛 撕开一样疼 撕扯着疼 撕裂样胸背痛 撕裂样胸痛 撕裂样背痛 刀割样胸痛 刀割样背痛 撕裂样疼痛 撕裂样剧痛 像撕开一样 像撕开了一样 像被撕开 撕开一样",
        "(?:tearing|ripping) (?:chest |back |abdominal )?pains?; (?:tearing|ripping) (?:pain|sensation) (?:in|through|into|to) (?:the |his |her |my )?(?:chest|back); "
        "pain (?:in (?:the |his |her |my )?(?:chest|back) )?(?:is |was |feels |felt )?(?:like )?(?:tearing|ripping); (?:says |said )?it'?s (?:a )?(?:tearing|ripping)(?: pain)?; tearing (?:cp|chest pain)(?: (?:going |radiating )?(?:thru|through|to) (?:to )?(?:the )?back)?; (?:felt|feels|feeling) like something (?:tearing|ripping)",
    ),
    # ESC 2014 aortic diseases: a blood pressure difference between the arms (pulse deficit).
    "arm_bp_difference": (
        "双臂血压不等 两臂血压不等 双上肢血压不等 双上肢血压差",
        "(?:bp|blood pressure) (?:is |was )?(?:very )?different (?:in|between) (?:the |his |her |my )?(?:two |both )?arms; "
        "different (?:bp|blood pressure)s? (?:in|between) (?:the |his |her |my )?(?:two |both )?arms; "
        "(?:bp|blood pressure) difference between (?:the |his |her |my )?(?:two )?arms; (?:right|r) arm \\d{2,3}/\\d{2,3}[, ]+(?:left|l) arm \\d{2,3}/\\d{2,3}; (?:left|l) arm \\d{2,3}/\\d{2,3}[, ]+(?:right|r) arm \\d{2,3}/\\d{2,3}",
    ),
    "chest_tightness": (
        "心口闷 心口发闷 胸口发闷 胸口憋闷 胸闷 胸口闷 胸口发紧 胸口憋 胸口堵 胸部紧缩 心口堵 心口发堵 胸口发堵 就是闷 只是闷 就是有点闷 就是发闷",
        "pressure in (?:the )?(?:middle|centre|center) of (?:the |her |his |my )?chest; chest pressure; pressure in (?:the |her |his |my )?chest; chest tightness; chest oppression; tight(?:ness in the)? chest; tightness in (?:the |his |her |my )?chest; chest (?:is |feels? |felt |was |gets |getting |going )?tight; chest (?:has been|had been|keeps (?:going|getting)) tight; (?:tight|heavy|tight heavy|heavy tight|tight,? heavy|heavy,? tight|pressing|squeezing) (?:feeling|sensation|pressure|ache) (?:in )?(?:the )?(?:middle|centre|center) of (?:the |his |her |my )?chest; chest (?:feels |is |felt |was |feeling )(?:heavy|heaviness); heaviness (?:in|on|across) (?:the |his |her |my )?chest; like (?:someone|somebody|something|an elephant) (?:is )?sitting on (?:the |his |her |my )?chest; (?:heavy|squeezing|pressing|crushing)(?:,? (?:and )?(?:heavy|squeezing|pressing|crushing))* in (?:the )?(?:middle|centre|center) of (?:the |his |her |my )?chest",
    ),
    "radiating_pain": (
        "下巴疼 下颌疼 左胳膊也疼 左胳膊也痛 左边胳膊疼 左肩膀疼 左肩膀痛 双臂沉重 胳膊发沉 两个胳膊沉 放射痛 放射至 放射到 向左肩放射 向左臂放射 向背部放射 向下颌放射 牵扯到左肩 左臂痛 左臂疼 左臂麻 "
        "左肩痛 下颌痛 下巴痛 牙床痛 左胳膊痛 左胳膊疼 左胳膊麻 左手臂痛 左边胳膊也酸 左胳膊发酸 左边胳膊酸",
        "heav\\w* (?:feeling )?in (?:the |her |his )?jaw(?: and (?:both |her |his )?arms?)?; jaw ache; aching jaw; heaviness in (?:both |his |her |my )?arms?; arm heaviness; heavy arms; radiat\\w* (?:to|into|down) (?:the |his |her |my )?(?:left )?(?:arm|jaw|neck|shoulder|back); "
        "radiating; spreads? (?:to|into|down) (?:the |his |her |my )?(?:left )?(?:arm|jaw|neck|shoulder|back); "
        "left arm pain; jaw pain; pain (?:in|down) (?:the |his |her |my )?left arm; "
        "(?:his |her |my |the )?jaw (?:aches|aching|hurts|is hurting|is sore|is painful); (?:aching|sore|painful) jaw; pain in (?:the |his |her |my )?jaw; (?:goes|going|radiates?|spreads?|runs?) down (?:the |his |her |my )?(?:l |left |r |right )?arm; (?:going|spreading|moving|shooting) (?:in)?to (?:his |her |the |my )?(?:jaw|neck|(?:left|l|lt) arm|(?:left|l|lt) shoulder); (?:going|spreading|radiating|moving) (?:in)?to (?:the |his |her |my )?(?:left|l|lt) hand",
    ),
    "sweating": (
        "一头的汗 满头的汗 一身的汗 虚汗 一身虚汗 直冒汗 冒冷汗 出汗 大汗 冷汗 出冷汗 大汗淋漓 满头大汗 一身汗 出虚汗 身上湿冷 浑身湿冷 全身湿冷 身上冰凉湿冷 一头汗 出了一头汗",
        "broke out in a sweat; (?:some|a bit of|a little|bit of) sweat(?:ing)?; sweating; sweaty; sweats; diaphoresis; diaphoretic; clammy; cold sweats?; sweating too much",
    ),
    "exertional": (
        "活动后 劳累后 爬楼 爬坡 走路时加重 干活时 活动时加重 运动后 走几步就 走几步路就 走两步就 稍微一动就 一动就 "
        "动一动就 一活动就 稍微活动 稍一活动 干点活就 走一点路就 上个坡就 上楼就 干活的时候 干着活 劳动时 干重活时 跑着跑着 打着球 打着篮球 体育课上",
        "on (?:minimal |slight |mild |any )?exertion; exertional; when (?:walking|climbing stairs|exercising); climbing stairs; (?:going|walking) up ?stairs; on (?:the )?stairs; "
        "with (?:any |the slightest |minimal )?(?:exertion|effort); on minimal effort; "
        "(?:walking|walks|after walking) (?:only )?(?:a few|a couple of|a short) (?:steps|metres|meters|yards|distance); "
        "(?:walking|walks) (?:to|across) the (?:toilet|bathroom|loo|kitchen|door|gate|yard|shop|room); (?:walking|walked|going|went|climbing) up (?:a |the )?hill",
    ),
    # NICE CG126 stable angina: brought on by exertion and relieved by rest within minutes.
    # Acupuncture, dry needling or gua sha told in the conversation (BTS 2023: a needle over the
    # chest wall, shoulder or upper back can cause a pneumothorax).
    "acupuncture": (
        "针灸 扎针 扎了针 扎过针 扎完针 针刺 做了针灸 扎了几针 扎几针",
        "acupuncture; dry needling; needled; needling; needles (?:at|in|over|into)",
    ),
    "eases_with_rest": (
        "休息后缓解 歇一会就好 歇一会儿就好 歇两三分钟就好 歇几分钟就好 休息就好 停下来就好 歇歇就好 休息一会就好 休息几分钟就好 歇下来就好 休息后好转 含药一两分钟就好 含药就好 含服硝酸甘油就好 含了药就好 歇一会或者含片硝酸甘油两三分钟就好 歇一会或者含片 含一片硝酸甘油两三分钟就好 含一片就好 两三分钟就好",
        "(?:stops|rests|stopping|resting)(?: and uses (?:his |her |the )?(?:spray|gtn))?,? (?:it'?s )?gone in (?:\\d+|a few) ?min\\w*; goes (?:away )?with \\d+(?:-\\d+)? ?min\\w* (?:of )?rest; gone in (?:\\d+|a few) ?min\\w* (?:with|after) rest; (?:settles|eases|goes (?:away )?|relieved|better|resolves) (?:with|on|after|by) (?:a )?(?:few minutes'? )?rest(?:ing)?; relieved by rest; (?:goes|eases|settles|passes) (?:off |away )?(?:in|within|after) (?:\\d+(?:-\\d+)?|a few|a couple of) ?min\\w* (?:when|once|if) (?:he|she|i|they) (?:stops?|rests?); (?:goes|eases|settles|passes) (?:off |away )?(?:when|once) (?:he|she|i|they) (?:stops?|rests?)",
    ),
    "unusual_fatigue": (
        "说不出的难受 感觉不对劲 浑身不对劲 说不出哪里不对 异常疲乏 异常乏力 突然特别累 累得不行 从来没这么累过",
        "just (?:feels?|feeling) off; (?:feels?|feeling) off; not feeling right; (?:doesn'?t|does not) feel right; "
        "unusual(?:ly)? (?:tired\\w*|fatigue\\w*|exhaust\\w*|weak\\w*); extreme (?:tiredness|fatigue); "
        "profound (?:tiredness|fatigue|weakness)",
    ),
    "palpitations": (
        "心口慌 心里慌得很 心里发慌 心慌 心悸 心跳快 心跳得厉害 心跳加快 心里扑腾 心跳很快",
        "heart (?:was |is )?racing; palpitations?; heart racing; racing heart; pounding heart; heart (?:is )?pounding; fluttering; heart (?:is |was )?(?:thumping|pounding|racing|hammering)",
    ),
    "syncope": (
        "晕倒 晕厥 昏倒 晕过去 昏过去 一过性黑矇 突然倒地 晕了过去 昏厥 失去知觉 倒地不起 突然倒了 突然就倒了 一下子倒了 一下就倒了 突然倒下 栽倒在地 昏过去几秒 差点倒了 差点晕倒 差点晕过去 差点昏过去 几秒钟就醒了 几秒就醒了 几秒钟就醒过来 一会儿就醒过来了",
        "fainted; fainting; faint; syncope; syncopal; passed out; collapsed; collapse; blacked out; "
        "loss of consciousness; lost consciousness; knocked out; (?:was )?unconscious for (?:a |only a )?(?:few|couple of|\\d+) sec\\w*; went (?:straight )?down (?:for|like a sack|like a stone)",
    ),
    # A relative's fear of a stroke ("I'm worried she's having a stroke"): the stroke rule reads
    # it as a suspected stroke unless the face, arm and speech were asked about and are normal.
    "stroke_feared": (
        "中风先兆 怕是中风先兆 怕是中风 怕中风 担心中风 担心是中风 怕是脑梗 担心脑梗 怕得脑梗 预防中风 防中风",
        "(?:worried|afraid|scared|frightened|terrified|concerned|thinks?|thought|convinced) (?:that )?(?:she'?s|he'?s|she is|he is|it'?s|it is|it might be|it could be|she might be|he might be|she may be|he may be) (?:having |had |been having |getting )?(?:a )?(?:stroke|mini[- ]stroke|tia)",
    ),
    "mi_suspected": (
        "心梗 心肌梗死 心肌梗塞 急性冠脉综合征",
        "heart attack; myocardial infarction; stemi; nstemi; acute coronary syndrome",
    ),
    # 急性ST段抬高型心肌梗死诊断和治疗指南(2019) / ESC 2023 ACS §3.2: ST elevation on an ECG
    # taken for symptoms is a STEMI until a cardiologist says otherwise.
    "st_elevation": (
        "st段抬高 st抬高 st段弓背向上抬高 st段弓背抬高 弓背抬高 st段明显抬高",
        "st[- ]?(?:segment )?elevation; st[- ]?(?:segments? )?(?:are |is )?elevated; elevated st(?: segments?)?; st (?:going )?up in",
    ),
    "heavy_bleeding": (
        "纱布都湿透了 纱布都湿透 纱布湿透 纱布全湿了 血流个不停 流个不停 一会儿就湿透 湿透一片卫生巾 产后出血 产后大出血 血哗哗 哗哗地流血 哗哗地往外流 哗哗往外流 床单都湿透 床单湿透 褥子都湿透 被褥都湿透 血一直流 流不止 一直流血 大出血 出血很多 出血不止 血流不止 流血不止 止不住血 血止不住 大量出血 出血量大 出血量多 喷血 "
        "往外喷血 喷血 地上一大摊 血流如注 出血多 一大摊血 一摊血 好多血 很多血 出了很多血 流了很多血 出了好多血 流了好多血 "
        "卫生巾都湿透 湿透了卫生巾 湿透卫生巾 血块很多 大血块 裤子都湿了 裤子都湿透 一直在流血 "
        "一直冒血 血往外冒 血往外涌 血往外喷 血喷出来 血喷了出来 血直喷 血直冒 压不住血 按不住血 血是喷的 血是往外喷的 裤子全湿了 裤子都湿透了 衣服全湿了 月经量特别大 月经量特别多 一小时湿透 一个小时湿透 一小时就湿透 湿透两条了 已经湿透两条 湿透了好几条 一小时湿透两片 一个小时湿透两片 一小时湿透两个 一个小时就湿透两片 一个小时换两片 一小时换两三片 一个钟头湿透两片",
        "(?<![a-z])spurting(?![a-z]); soak\\w* through (?:the |a |his |her )?(?:pressure )?(?:dressing|bandage|gauze|towel); soak(?:ing|s|ed)? (?:through )?(?:a |one )?(?:big |large |maternity |full )?pad (?:every|in) (?:(?:1 |one |an? |half an )?(?:hour|hr)|\\d+(?: ?[-~] ?\\d+)? ?min\\w*|(?:a )?few min\\w*); clots (?:the size of|as big as|bigger than|size of) (?:an? )?(?:egg|golf ?ball|plum|fist|lemon|palm); blood (?:is |was |kept |keeps )?(?:pouring|gushing|pumping|pulsing|spurting|squirting|pouring out|everywhere); blood all over (?:the )?(?:floor|place); "
        "large amounts? of (?:dark |fresh |bright )?(?:red )?blood; heavy bleeding; bleeding heavily; profuse bleeding; won'?t stop bleeding; uncontrolled bleeding; "
        "bleeding (?:that )?(?:will not|won'?t|does not|doesn'?t) stop; soaking (?:through )?(?:a )?pads?(?! every (?:[2-9]|two|three|four) ?(?:hours|hrs|h\\b)); "
        "massive bleeding; spurting blood; haemorrhag\\w*; hemorrhag\\w*; soak(?:ed|ing) (?:through )?(?:\\d+|two|three|four) pads?(?: in (?:an|1|one) (?:hour|hr))?; (?:passing )?large clots; bleeding heavy; heavy bleeding; big clots; large clots; soaking (?:a )?pads? (?:every|each|an) (?:hour|hr); (?:bleeding|bleed) (?:since [\\w ]{1,12}?)?(?:won'?t|wont|will not|doesn'?t|does not) stop; soak\\w* (?:through )?(?:more than |over |at least )?(?:2|two|3|three|a|one) (?:big |large |thick |maxi |whole )?(?:pads?|sanitary (?:pads?|towels?)) (?:an|per|in an?|each|every) (?:hour|hr)",
    ),
    "bleeding": (
        "流血 出血 渗血",
        "bleeding; bleed",
    ),
    "calf_swelling": (
        "小腿肿痛 一侧腿肿 单侧下肢肿 单侧下肢肿胀 一条腿肿 小腿肿胀疼痛 腿肚子肿痛 比右边粗 比左边粗 比右腿粗 比左腿粗 比另一条腿粗 一条腿粗一条腿细",
        "calf (?:is )?(?:sore|painful|tender|swollen)(?: and (?:sore|painful|tender|swollen|red|hot))+; (?:right|left|r|l) (?:calf )?\\d+ ?cm (?:bigger|larger|wider|more) than; calf (?:now |is |now is )?swollen; calf (?:pain|swelling|tenderness); swollen calf; one leg (?:is )?swollen; swollen,? (?:and )?(?:painful |tender |red |hot |hard )*(?:(?:left|right|l|r) )?calf; "
        "(?:(?:left|right) )?calf (?:is |feels )?(?:swollen|tender|painful|hard); swollen (?:left|right) leg; "
        "unilateral leg swelling; (?:left|right|l|r) calf (?:has been |is |was )?(?:swollen|bigger); calf (?:is )?(?:hot|warm|red) and (?:swollen|tender|painful); (?:left|right|l|r) leg (?:is )?swollen (?:from|up to) (?:the )?(?:ankle|foot); calf (?:measured|circumference)(?: \\w+){0,3} \\d{2} ?cm",
    ),
    # --- respiratory ---------------------------------------------------------------------
    "dyspnoea": (
        "呼吸费劲 喘气费劲 呼吸很费劲 喘不动 气不够 呼吸困难 气短 气促 气喘 喘不上气 喘不过气 上不来气 透不过气 憋气 憋得慌 喘憋 呼吸急促 气急 出气费劲 气吸不深 吸不上气 气吸不上来 "
        "喘气困难 喘得厉害 喘粗气 呼吸费力 呼吸不畅 喘 气不够用 胸闷气短 呼吸快 呼吸也费劲 喘气也费劲 出气也费劲",
        "breathing problems?; (?:can'?t|cannot|unable to) (?:get|take) a (?:full|deep) breath; breathing (?:is )?laboured; struggling for breath; shortness of breath; short of breath; sob; breathless(?:ness)?; difficulty breathing; "
        "trouble breathing; breathing difficult(?:y|ies); can'?t (?:catch|get) (?:his |her |my |their )?breath; "
        "cannot (?:catch|get) (?:his |her |my |their )?breath; dyspn(?:o)?ea; struggling to breathe; "
        "hard to breathe; out of breath; laboured breathing; labored breathing; gasping; fast breathing; "
        "breathing (?:fast|rapidly|quickly); rapid breathing; breathing hard; "
        "(?:can'?t|cannot|can not|unable to|not able to) breathe; (?:harder|hard|difficult) to take a (?:deep )?breath",
    ),
    "severe_dyspnoea": (
        "一句话要分好几口气说 一句话分几口气说 一句话分好几口气 说话说不成句 说不了整句话 说话断断续续 说不出整句话 说不了一句整话 话都说不全 一个字一个字 只能说单字 说话费力 喘得厉害 喘得说不了话 说不出完整的话 说话断断续续 不能平卧 端坐呼吸 说不了整句话 喘得说不出话 只能说几个字 "
        "坐起来喘气 坐起来才能喘气 坐着才能喘气 坐起来才好受 夜间阵发性呼吸困难 不能一口气说完一句话 一口气说不完一句话 说不完一句话 说不完整句话 不能说完整句话 一口气数不到十",
        "(?:can )?only (?:say|speak|manage) (?:\\d+(?:-\\d+)?|a few|one or two|two or three) words(?: at a time)?; (?:can'?t|cannot|unable to) count to \\d+ in one breath; only (?:\\d+(?:-\\d+)?|a few|one or two|two or three|2 or 3) words at a time; (?:talks?|speaks?|speaking|talking) in (?:\\d+(?:-\\d+)?|one or two|two or three) words; can only say (?:a few|single) words; unable to speak in (?:full )?sentences; can'?t (?:finish|complete) (?:a )?sentences?; "
        "can'?t speak in (?:full )?sentences; too breathless to speak; speaking in single words; "
        "one word at a time; unable to lie flat; can'?t lie flat; silent chest; (?:can'?t|cannot|unable to) lie down (?:flat )?without (?:getting )?breathless; "
        "(?:has to|needs to|must) sit up to breathe; wakes? (?:up )?(?:at night )?(?:gasping|breathless|short of breath); orthopno?ea; paroxysmal nocturnal dyspno?ea; (?:can'?t|cannot|unable to) count to (?:10|ten) in one breath; (?:can'?t|cannot|unable to) breathe lying (?:down|flat); sleeping (?:in|on) (?:a|the) chair; (?:can )?only (?:say|speak|manage) \\d+ or \\d+ words",
    ),
    "cyanosis": (
        "脸都发青 脸发青 脸发紫 发紫 嘴唇发紫 口唇发绀 紫绀 发绀 嘴唇青紫 口唇青紫 脸色发青 面色青紫 嘴唇发青 嘴巴周围乌 嘴巴周围有点乌 嘴巴周围发乌 嘴唇乌 嘴唇发乌 嘴巴发乌 嘴周发青 嘴周发紫 嘴巴周围发青 嘴皮子发紫 嘴皮发紫 嘴皮子紫 嘴皮子有点紫 嘴唇有点紫 嘴唇有点发紫 嘴唇周围发青 嘴唇周围发紫 嘴唇周围发乌",
        "cyanosis; cyanosed; cyanotic; blue lips; lips (?:are |turning |look |went )?blue; turning blue; "
        "went blue; bluish; going blue; gone blue; lips (?:seem |look |looked |are |were |went |go |going |turning )?(?:grey|gray|blue|dusky); lips (?:look |looks |are |went )?(?:a bit |bit |slightly )?dusky",
    ),
    # ESC 2021 HF §11 / 中国心力衰竭诊断和治疗指南2018: pink frothy sputum is acute pulmonary oedema.
    "frothy_sputum": (
        "粉红色泡沫样 粉红色的泡沫 粉色泡沫 粉红色泡沫痰 粉红色泡沫样痰 粉红泡沫痰 粉红色的泡沫痰 咳粉红色痰 粉红色痰 血性泡沫痰",
        "pink,? frothy (?:sputum|spit|phlegm|secretions); frothy,? pink (?:sputum|spit|phlegm); pink froth\\w*",
    ),
    # BSR 2020 / NICE CKS giant cell arteritis: jaw pain on chewing, a tender scalp or temple.
    "jaw_claudication": (
        "嚼东西下巴酸 嚼东西下巴疼痛 嚼东西下巴疼 嚼东西下巴痛 嚼东西时下巴疼 嚼东西时下巴酸 咀嚼时下巴疼 咀嚼时下颌疼 一嚼东西就下巴疼 吃饭嚼东西下巴酸痛 嚼东西嚼久了腮帮子酸 嚼久了腮帮子酸 嚼东西腮帮子酸 嚼久了下巴酸 嚼东西嚼久了下巴酸 嚼东西久了下巴酸 嚼东西久了下巴疼 嚼东西嚼一会儿下巴就酸 嚼一会儿下巴就酸 嚼一会儿下巴就酸疼 嚼东西下巴就酸 嚼几口下巴就酸 嚼几下下巴就酸 嚼几口下巴就疼 吃饭嚼几口下巴就酸",
        "jaw claudication; jaw (?:aches?|pain|hurts?|gets tired) (?:when |on |with |while )?(?:(?:she |he |they )?chews?|chewing|eating); "
        "pain in (?:the |his |her )?jaw (?:when|on|while) chewing",
    ),
    "scalp_tenderness": (
        "梳头都痛 梳头都疼 梳头也痛 头皮疼 头皮痛 头皮一碰就疼 梳头时头皮疼 梳头头皮疼 太阳穴压痛 太阳穴按着疼 太阳穴一按就疼 太阳穴血管硬 太阳穴的血管硬 血管硬硬的 梳头碰着都痛 梳头碰着都疼 梳头碰着痛 梳头碰着疼 梳头时头皮都痛 梳头时头皮痛 梳头时头皮都疼 头皮碰不得 头皮碰都碰不得",
        "temples? (?:is |are )?(?:tender|sore)(?: to touch)?; tender scalp; scalp tenderness; scalp (?:is |feels )?(?:tender|sore); tender (?:over (?:the |his |her )?)?temples?; "
        "temporal (?:artery )?tenderness; (?:hurts|pain) (?:when|on) combing (?:his |her |my )?hair; tender (?:by|at|near|over) (?:her |his |the )?temples?; (?:brushing|combing) (?:his |her |my |their )?hair hurts",
    ),
    # BTS/SIGN 2019, GINA 2024: needing the reliever more often is a worsening of asthma.
    "reliever_overuse": (
        "喷药次数多了 急救喷雾用得越来越多 沙丁胺醇用得多 喷了好几次还不行 一天喷好几次 喷雾越用越多 两个钟头就得喷一回 一两个钟头就得喷一回 蓝色喷雾不咋管用了",
        "(?:blue |reliever |salbutamol |ventolin )?inhaler (?:is )?(?:not|isn'?t|not really) (?:working|helping); (?:\\d+|ten|several|many|lots of) puffs (?:in|over) the last (?:hour|\\d+ hours?|few hours); using (?:his |her |the |a )?(?:blue |reliever |salbutamol |ventolin )inhaler (?:every )?(?:\\d+|two|three|four)[- ]?(?:hourly|hrly|hours?); "
        "(?:blue|reliever|salbutamol|ventolin) inhaler (?:a lot )?more (?:often|than usual); "
        "needing (?:his |her |the )?(?:blue|reliever|salbutamol|ventolin) inhaler more",
    ),
    "faeculent_vomiting": (
        "吐粪水 吐出粪样物 有臭味像大便 吐的像大便",
        "faeculent vomit\\w*; vomiting (?:up )?(?:faeces|stool|poo); brown smelly stuff; (?:large )?brown smelly vomits?; vomit (?:smells|smelling) (?:like|of) (?:poo|faeces)",
    ),
    # WHO ETAT 2016: a weak, fast pulse with cold hands and feet is shock.
    "weak_pulse": (
        "脉摸不大到 脉搏摸不大到 脉很弱 脉搏很弱 脉摸不着 脉搏细弱 脉细弱 脉搏微弱 脉细速 脉搏细速",
        "weak (?:and )?(?:thready |rapid |fast )?pulse; thready pulse; pulse (?:is )?(?:weak|thready|barely palpable|hard to feel)",
    ),
    # WHO IMCI 2014: oedema of both feet in a child is severe acute malnutrition.
    "bilateral_foot_oedema": (
        "两只脚都肿 双脚水肿 双足水肿 两个脚都肿 两只脚肿 双脚肿 两脚水肿 双足凹陷性水肿",
        "(?:both|bilateral) (?:feet|ankles|pedal) (?:pitting )?o?edema; both feet (?:are )?(?:swollen|pitting|puffy); "
        "both feet pitting o?edema; pitting o?edema (?:of|in) both feet; bilateral pedal o?edema",
    ),
    # 胡蜂蜇伤规范化诊治中国专家共识 2018: many stings, or urine dark as soy sauce or cola
    # (haemolysis, muscle breakdown).
    "many_stings": (
        "蜇了好多下 蛰了好多下 蜇了很多下 被蜇了好多 蜇了十几下 蛰了十几下 蜇了二十几下 蛰了二十几下 蜇了几十下 蛰了几十下",
        "stung (?:\\d{2,}|many|multiple|dozens of|lots of) times; (?:\\d{2,}|multiple|many|dozens of) (?:bee |wasp |hornet )?stings",
    ),
    # ERC 2021 / 电击伤诊治专家共识: an electric shock.
    "electrical_injury": (
        "触电 被电打了 被电击 电打了 被电到 被电打 遭电击",
        "(?:got|had) a shock from a (?:socket|plug|wire|cable); (?:touched|grabbed|hit|contact with) (?:the |an |a )?(?:overhead |high[- ]voltage )?(?:power ?line|live wire|live cable); electric(?:al)? shock; electrocut\\w*; (?:got |was )?shocked by (?:a |the )?(?:wire|cable|socket|power line|mains); electrical injury",
    ),
    # WHO methanol poisoning: unlicensed or home-made spirits.
    "illicit_alcohol": (
        "散装白酒 散装酒 小作坊打的酒 小作坊的酒 假酒 自酿酒 自己酿的酒 私酿酒 工业酒精 勾兑酒 散打的白酒 散打的酒 散打白酒 打的散酒",
        "moonshine; home-?made (?:liquor|spirits?|alcohol|brew|vodka); bootleg (?:liquor|alcohol|spirits?); counterfeit (?:alcohol|liquor|spirits?|vodka); methanol; home-?brew\\w*(?: \\w+){0,2} (?:liquor|spirits?|alcohol|wine|baijiu|moonshine); home-?distill\\w*",
    ),
    # 咯血诊治专家共识 2020: massive haemoptysis (a cupful or more).
    "massive_haemoptysis": (
        "一口一口的 已经吐了小半碗 吐了小半碗 大咯血 大口咯血 大口大口地咳血 一口一口的鲜血 一口一口地咯血 咯了小半碗 咯了半碗 咯了一碗 咯血很多 咯了很多血 咳了小半碗血 咳了半碗血 咳了一碗血 咯血满口 吐了大半碗 咯了大半碗 大口大口咯血 一口一口往外咯 咳了小半碗 咳了半碗 咳了一碗 咳了大半碗 咯了小半碗血 一下子咳了小半碗",
        "(?:about |nearly |almost )?a bowl ?full(?:, maybe \\d+ ?ml)?; (?:[1-9]\\d{2}) ?ml (?:of blood )?(?:in|over) (?:the )?last (?:hour|day|24 ?h\\w*); cough\\w* up (?:bright red |fresh |frank )?blood,? (?:about |nearly |almost |at least )?(?:half a|a|one) (?:bowl|cup|mug|glass)(?:ful)?; massive ha?emoptysis; coughing up (?:lots|a lot|large amounts|cupfuls?|a cup(?:ful)?) of (?:fresh )?blood; coughed up (?:about |nearly |almost )?(?:a |one )?cup(?:ful)? of (?:bright red |fresh )?blood; (?:blood|cough\\w*)[^.]{0,40}?a (?:cup|mug|glass|basin|bowl)ful(?! of (?!blood))",
    ),
    # ESC HF 2021: digoxin toxicity (nausea, yellow vision, slow pulse).
    "digoxin": ("地高辛 洋地黄 西地兰", "digoxin; lanoxin"),
    "xanthopsia": (
        "看东西发黄 看东西黄 看什么都是黄的 视物发黄 黄视 看东西都是黄的 看啥都发黄 看啥都是黄的 看什么都发黄",
        "yellow vision; seeing yellow; xanthopsia; (?:everything|things) (?:look|looks|looked|looking) yellow",
    ),
    # Hunter criteria (Dunkley 2003): clonus with a serotonergic medicine.
    "serotonergic_drug": (
        "舍曲林 氟西汀 帕罗西汀 西酞普兰 艾司西酞普兰 文拉法辛 度洛西汀 曲马多 氟伏沙明",
        "sertraline; fluoxetine; paroxetine; citalopram; escitalopram; venlafaxine; duloxetine; tramadol; fluvoxamine; ssri; snri; maoi",
    ),
    "agitation": ("坐立不安 躁动", "agitat\\w*; can'?t sit still"),
    "tremor": (
        "手发抖 手一直抖 手抖个不停 手抖得比以前明显 手抖得比以前厉害",
        "tremors?; (?:hands? (?:are |is )?(?:a bit |more )?(?:shaky|shaking)|shaky hands)",
    ),
    "insomnia": (
        "整宿睡不着 整宿整宿睡不着 整夜睡不着 整宿整宿地睡不着",
        "can'?t sleep(?! because); not slept; hasn'?t slept",
    ),
    "clonus": (
        "腿一直抽动 腿抖个不停 一按脚背就一下一下地跳 脚一下一下地跳 一下一下地跳",
        "(?:inducible |ocular |ankle )?clonus",
    ),
    # 吉兰-巴雷综合征诊治指南 2019: weakness climbing from the legs to the arms.
    "ascending_weakness": (
        "从脚往上走 从腿往上走 从脚往上 从下往上 往上蔓延",
        "ascending (?:weakness|paralysis|numbness); (?:weakness|numbness) (?:is )?(?:spreading|moving|creeping|going) up; (?:tingling|numb\\w*) (?:in )?(?:the |his |her )?feet (?:then|and then|,)? ?(?:the )?(?:legs?|arms?) (?:became |got |went )?weak; (?:feet|legs) (?:have been |been )?tingling[^.]{0,60}(?:legs?|feet) (?:feel |felt )?weak[^/]{0,120}(?:fingers|hands|arms) (?:are |were )?tingling; feet (?:have been |been |are |were )?tingling[^.]{0,30}legs? (?:feel |felt |are |were |have been |went |gone )?weak",
    ),
    "arm_weakness_both": (
        "两只手也没劲 两只手没劲 双手无力 两只手都没力气 两只手也没力 双上肢无力 拿不住碗 两手无力 胳膊也抬不起来 俩胳膊抬不起来 两个胳膊都抬不起来 两只胳膊抬不起来 俩胳膊没劲 两只手没力",
        "arms (?:are )?(?:weak|getting weak)(?: now)?(?: too)?; both (?:arms|hands) (?:are |feel |now )?weak; weak(?:ness)? (?:in|of) both (?:arms|hands)",
    ),
    # NICE CG98 neonatal jaundice: pale, chalky stools (with dark urine) in a jaundiced baby.
    # Immune thrombocytopenia already diagnosed and followed by a haematologist.
    "itp": (
        "免疫性血小板减少症 免疫性血小板减少 特发性血小板减少性紫癜 血小板减少性紫癜 原发免疫性血小板减少",
        "itp(?![a-z]); immune thrombocytopeni\\w*; (?:idiopathic|immune) thrombocytopenic purpura",
    ),
    # NICE NG12 §1.11, §1.13: an abdominal mass, a big spleen or liver, or a lymph node that
    # keeps growing (the rule reads them in children: leukaemia, neuroblastoma, Wilms' tumour).
    "mass_growing": (
        "肚子里有个包 肚子里摸到个包 肚子里摸到一个包 肚子里有个硬块 肚子里摸到硬块 肚子里有个疙瘩 腹部包块 腹部肿块 腹部有包块 左上腹包块 脾大 脾脏肿大 脾肿大 肝脾肿大 肝脾大 肝脏肿大 "
        "淋巴结越来越大 淋巴结一直在长 淋巴结越长越大 淋巴结在长大 脖子上的包越来越大 脖子上的包越长越大 脖子上的疙瘩越来越大 脖子上的疙瘩越长越大",
        "(?:lump|mass|swelling) in (?:his |her |the |their )?(?:left |right )?(?:upper )?(?:tummy|belly|abdomen); (?:abdominal|tummy|belly) (?:lump|mass); "
        "(?:enlarged|big|large|palpable) (?:spleen|liver); (?:hepato)?splenomegaly; hepatomegaly; "
        "(?:(?:lymph )?(?:node|gland)(?: in (?:his |her |the |their )?neck)?|lump in (?:his |her |the |their )?neck) (?:is |keeps |has been |that keeps |that is )?(?:getting bigger|growing|enlarging); (?:growing|enlarging) (?:lymph )?(?:node|gland)",
    ),
    "pale_stools": (
        "大便颜色很浅 发白像陶土 大便颜色淡 大便发白 大便白色 陶土样大便 大便像陶土 陶土色大便 白陶土样 大便是白的 大便灰白 灰白色大便 陶土色 陶土样 大便颜色越来越浅 跟陶土似的 像陶土 大便颜色浅 像白陶土 白陶土",
        "pale (?:chalky )?stools?; (?:chalky|clay-colou?red|white|putty-colou?red) stools?; stools? (?:are |is )?(?:pale|white|chalky); pale (?:poos?|poop|faeces|feces); (?:poos?|poop) (?:getting |is |are |has been |have been )?(?:pale|white|chalky|clay)\\w*; (?:white|chalky) (?:poos?|poop); like chalk",
    ),
    # NICE CKS otitis media: swelling behind the ear pushing it forward is mastoiditis.
    "mastoid_swelling": (
        "耳朵后面红肿 耳后红肿 耳朵后面肿 耳后肿痛 耳朵后面肿起来 耳朵被顶出来 耳朵往前翻",
        "(?:swelling|redness|tenderness)(?: and (?:swelling|redness|tenderness))? behind (?:the |his |her |my )?(?:(?:l|r|left|right) )?ear; "
        "ear (?:is )?(?:pushed|sticking) (?:forward|out)",
    ),
    # ESC 2024 AF: an irregular pulse.
    "irregular_pulse": (
        "脉搏不齐 心跳不齐 心律不齐 脉搏忽快忽慢 心跳忽快忽慢 脉搏乱 心跳乱 脉不齐 心跳有点乱 不齐 脉结代 结代 脉促 脉律不齐 时快时慢 "
        "摸脉乱 脉乱 心电图是房颤 心电图房颤 心电图提示房颤 心电图显示房颤 不太齐 跳几下停一下",
        "irregular (?:pulse|heart ?beat|heart rate|rhythm); irregularly irregular; pulse (?:is )?irregular; new af; fast af; pulse (?:\\d{2,3} )?(?:and |&)? ?irregular; (?:pulse|heart ?beat|heart rate) (?:\\w+ ){0,3}all over the place",
    ),
    # NICE CG100: stopping heavy drinking, then shaking and sweating.
    "alcohol_stopped": (
        "开始没喝 昨天晚上开始没喝 昨晚开始没喝 两天没喝酒 一天没喝酒 停酒 戒酒 不喝酒了 突然不喝了 停了酒 就不喝了 酒也不喝了",
        "stopped drinking; (?:alcohol|etoh) withdrawal; withdrawing from alcohol; (?:drinks|drinking)[^.|]{0,40}(?:stopped|quit) (?:drinking )?(?:yday|yesterday|today|\\d+ days? ago); last drink (?:was )?(?:about |around |~)?(?:yesterday|\\d+ (?:hours?|hrs?|days?) ago)",
    ),
    # NICE NG158: pain on breathing in (pleuritic), and what raises the risk of a clot.
    "pleuritic": (
        "吸气痛 吸气疼 吸气时痛 吸气时疼 一吸气就疼 吸气时胸痛 深吸气时胸痛 一吸气就胸痛 吸气就痛 吸气时胸口痛 咳嗽时胸痛 咳嗽胸痛 一咳嗽就胸口疼 一咳嗽胸口就疼 深呼吸时胸痛 深吸气胸痛 吸气胸口疼 吸气胸口痛 吸气胸痛 吸气就胸口疼 吸气时胸口疼 吸气的时候胸口疼 吸气的时候胸口痛 深吸气有点痛 深吸气有点疼 深吸气就痛 深吸气就疼 吸气有点痛 吸气有点疼 咳嗽时右边胸口痛 咳嗽时左边胸口痛 咳嗽时胸口痛 咳嗽时胸口疼",
        "(?:chest )?pain (?:on the (?:right|left) |in (?:the |her |his )?(?:right|left) (?:side|chest) )?only when (?:she|he|they|i) (?:breathes?|breathing|breathe) in(?: deeply)?; pleuritic\\w*; (?:pain|cp) (?:worse )?on (?:deep )?(?:inspiration|breathing in); (?:pain |cp )?worse (?:on |when |with )?(?:breathing in|deep breaths?|taking a (?:deep )?breath); (?:chest )?(?:pain|cp) worse (?:on |when |with )?coughing; pleuritic (?:chest )?pain; (?:chest )?pain (?:on|when|with) (?:deep )?(?:breathing(?: in)?|coughing|inspiration); hurts (?:to|when (?:he |she |they )?)breathe(?:s)? in; (?:chest )?pain on (?:a )?deep breath(?:ing)?; (?:sharp|stabbing|knife-?like) pain[^.,]{0,30}?when (?:she |he |they |i )?(?:breathes? in|breathing in|takes? a (?:deep )?breath)",
    ),
    "vte_risk": (
        "坐了长途飞机 长途飞机 长途汽车 坐了很久的车 刚做完手术 手术后卧床 长期卧床 吃避孕药 在吃避孕药 做了手术 做完手术 刚做了手术 膝盖做了手术 髋关节置换 膝关节置换",
        "on (?:the )?(?:cocp|ocp|combined pill|pill|hrt); long[- ]haul flight; flew (?:back |home )?from (?:sydney|australia|london|europe|america|the us|the uk|africa|canada|new york|los angeles|dubai); \\d+ ?(?:days?|wks?|weeks?) post[- ]?(?:op|operation|surgery); long (?:flight|car journey|drive|coach trip); "
        "recent (?:surgery|operation); (?:hip|knee) replacement; bed-?bound; immobilised; (?:flying|flew|long flight) (?:back |home )?from",
    ),
    # RCOG GTG50: the cord seen or felt at the vulva after the waters break.
    "cord_prolapse": (
        "摸着是条索状的 条索状的东西 摸着是条索状 脐带脱出 脐带掉出来 脐带掉出 像是脐带 摸到脐带 看到脐带 摸到一根软软的东西掉出来 一根软软的东西掉出来 脐带脱出来 看到脐带了",
        "feels like (?:the )?(?:umbilical )?cord; something hanging out of (?:the |her )?vagina; cord prolapse; (?:umbilical )?cord (?:is )?(?:coming|hanging|visible|prolapsed) (?:out|at the vulva)?; prolapsed cord",
    ),
    # NICE NG156: a pulsatile mass in the abdomen.
    "pulsatile_mass": (
        "跳的包 一跳一跳的包 搏动性包块 肚子里有个包在跳 摸到一个跳的包 摸到一跳一跳的 能摸到一跳一跳的 肚脐边上一跳一跳",
        "pulsatile (?:abdominal )?mass; pulsating (?:lump|mass) in (?:the |his |her )?(?:abdomen|belly|tummy)",
    ),
    # 中国药典 2020: herbs with 大毒 taken by mouth (附子, 川乌, 草乌: aconitine; 马钱子:
    # strychnine; 雷公藤; 生半夏; 蟾酥), often as home-made medicinal wine.
    "toxic_herb": (
        "附子 川乌 草乌 乌头 马钱子 蟾酥 生半夏 生南星 钩吻 断肠草 附子酒 乌头酒 药酒当酒喝",
        "aconite; aconitum; strychnos; nux vomica; gelsemium",
    ),
    # Numbness of the mouth and limbs (aconitine: 嘴巴舌头发麻, 四肢发麻).
    "numbness": (
        "嘴唇舌头发麻 嘴唇舌头有点发麻 舌头有点发麻 嘴唇有点发麻 嘴巴舌头发麻 嘴巴发麻 舌头发麻 嘴唇发麻 口舌发麻 口唇发麻 四肢发麻 全身发麻 浑身发麻 手脚也麻 手脚都麻 手脚麻",
        "numb(?:ness)? (?:of|around|in) (?:the |his |her )?(?:mouth|lips|tongue); (?:mouth|lips|tongue) (?:is |are |feels? )?(?:numb|tingling); tingling (?:of |around |in )?(?:the )?(?:lips|mouth); perioral (?:numbness|tingling|paraesthesia); (?:tingling|pins and needles|numb\\w*) (?:round|around) (?:the |his |her |my )?(?:lips|mouth)",
    ),
    # KDIGO 2012 / 高钾血症诊治中国专家共识 2020: dialysis sessions missed.
    "missed_dialysis": (
        "漏了两次透析 漏了透析 没去透析 好几次没透析 这礼拜没透析 停了透析 透析没做 两回没去透 没去透 没去做透析 没透析 两次没去透析 透析错过了 错过了透析 漏了一次透析 透析漏了",
        "missed (?:yesterday'?s|today'?s|last|this morning'?s|the last|her last|his last) (?:dialysis |hd )?(?:session|dialysis|hd|run); missed (?:(?:his|her|their|a|two|2|several) )?(?:dialysis|hd)(?: sessions?)?; missed dialysis; missed (?:x ?\\d+ )?(?:dialysis )?sessions?; missed (?:the )?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?(?: (?:and|&) (?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)?(?:'?s)? (?:sessions?|dialysis|hd|runs?); (?:hd|h(?:a)?emodialysis)[^.]{0,30}?missed (?:the |last )?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?",
    ),
    # Society for Endocrinology adrenal crisis guidance (2020): long-term steroids stopped, or an illness while on them, can cause adrenal crisis.
    "long_term_steroid": (
        "吃激素的 一直吃激素 常年吃激素 长期吃激素 长期服用激素 吃激素好几年 强的松 泼尼松 地塞米松 氢化可的松 甲泼尼龙",
        "on pred(?:nisolone|nisone)?(?= \\d| for); long[- ]term steroids?; on (?:long[- ]term )?(?:oral )?steroids; prednisolone; prednisone; hydrocortisone; dexamethasone",
    ),
    # WHO Rabies (2018, fact sheet 2024): fear of water or of drafts after an animal bite is rabies: hospital now.
    "hydrophobia": (
        "怕水 恐水 见水就喉咙抽 见水就抽",
        "hydrophobi\\w*; aerophobi\\w*; afraid of (?:water|drinking); scared of water; fear of water; (?:throat )?spasms? when (?:he |she )?(?:tries|trying) to drink",
    ),
    # NICE CG161 (2013) falls in older people / 老年人跌倒干预技术指南: a long lie on the floor risks rhabdomyolysis, pressure injury and hypothermia.
    "long_lie": (
        "在地上躺了一个多钟头 地上躺了两个钟头 趴地上一宿 在地上躺了一夜 地上躺了一晚上 躺在地上一夜 一宿才被发现 一晚上才被发现 在地上躺了一晚 躺了一宿 在地上躺了三四个钟头 在地上躺了几个钟头 在地上躺了好几个小时",
        "on (?:the )?floor ~?\\d+(?:\\.\\d)? ?(?:hrs?|hours?) (?:till|until|before); found [\\w' ]{0,25}?on (?:the )?floor; (?:was |been )?there since (?:yesterday|last night); (?:lying|lay|lain|been) (?:on|there on) (?:the )?floor (?:all night|overnight|for (?:hours|\\d+ ?h\\w*)); lying there all night; long lie; found on (?:the |her |his )?(?:\\w+ )?floor; (?:been )?there (?:for )?(?:many|several) hours; found (?:her|him) on the (?:\\w+ )?floor; (?:maybe |about )?\\d+ days there",
    ),
    # WHO Dengue guidelines (2009) / 中国登革热诊疗指南(2014): warning signs after the fever need hospital.
    # WHO 2009 dengue case definition: fever with pain behind the eyes, bone or muscle pain,
    # rash (rules_toxic_medical reads the combination as suspected dengue).
    "retro_orbital_pain": (
        "眼眶后面痛 眼眶后面疼 眼球后面痛 眼球后面疼 眼窝后面痛 眼眶痛 眼眶疼 眼睛后面痛 眼睛后面疼",
        "pain behind (?:the |her |his |my )?eyes?; retro-?orbital pain; eyes? (?:hurt|ache|aching) (?:behind|at the back)",
    ),
    "dengue": (
        "登革热",
        "dengue\\w*; ns1 (?:positive|\\+)",
    ),
    # RCOG / NICE CKS: sudden severe lower abdominal pain with a known ovarian cyst is torsion until excluded.
    "ovarian_cyst": (
        "卵巢囊肿 卵巢肿物 附件包块",
        "ovarian (?:cyst|mass)",
    ),
    # Injecting drugs (NICE CKS Low back pain 2024, spinal infection; WHO HIV/HBV in people who
    # inject drugs): a red flag beside back pain, a joint or a fever.
    "injects_drugs": (
        "静脉吸毒 静脉打的 静脉注射毒品 注射毒品 打毒品 扎毒品 有吸毒史 吸毒史",
        "inject\\w* (?:heroin|drugs|meth\\w*)?; (?:uses|using|used) iv drugs; ivdu; pwid; iv drug (?:use|user)\\w*; intravenous drug (?:use|user)\\w*",
    ),
    # Nitrous oxide ("laughing gas", "nos") used often: B12 inactivated, a myeloneuropathy
    # (numb feet and hands, unsteady in the dark): NICE CKS / 笑气相关神经损害中国专家共识 2023.
    "nitrous_oxide": (
        "笑气 吸笑气 一氧化二氮 奶油气弹",
        "nitrous oxide; laughing gas; (?:big |large )?(?:canisters?|cylinders?|tanks?) of nos; (?:uses|using|inhal\\w*) nos; whippets?; nangs?",
    ),
    # Isotretinoin (MHRA 2023 pregnancy prevention programme): a pregnancy on it is stopped and
    # referred the same day.
    "isotretinoin": ("异维A酸 异维a酸 泰尔丝", "isotretinoin; roaccutane; accutane"),
    # UKHSA Meningococcal disease guidance (2019): a close contact of a confirmed case (same
    # household or dormitory) gets antibiotic prophylaxis within 24 hours.
    "meningococcal_contact": (
        "同宿舍确诊流脑 宿舍有人确诊流脑 室友确诊流脑 同宿舍的有流脑 家里有人确诊流脑",
        "(?:flatmate|roommate|housemate|room-?mate|dorm-?mate|close contact|household contact|sibling)[^.]{0,60}?meningococcal",
    ),
    # WHO mhGAP SUB: stimulants (冰毒 is methamphetamine; 溜冰 is smoking it).
    "stimulant_use": (
        "溜冰 溜了冰 吸冰毒 冰毒 摇头丸 吸了白粉 吸毒",
        "methamphetamine; crystal meth; (?:took|taking|smoked|using) (?:meth|speed|ice|cocaine|coke|mdma|ecstasy); cocaine; amphetamines?",
    ),
    # Breathing told as comfortable (喘气不疼: breathing does not hurt; 呼吸平稳): not breathless.
    "~dyspnoea": (
        "喘气心跳正常 喘气心跳都正常 呼吸心跳正常 呼吸心跳都正常 喘气和心跳正常 喘气不疼 喘气不痛 喘气时不疼 喘气时不痛 喘气也不疼 呼吸不疼 呼吸时不疼 深呼吸不疼 呼吸平稳 呼吸正常 喘气正常 喘气平稳 喘气平顺 喘气匀 出气平稳 喘气匀匀的 喘气还行 喘气还可以 呼吸还行 呼吸还可以",
        "breathing (?:is )?(?:normal|comfortable|easy|unlaboured); no increased work of breathing",
    ),
    "wheeze": (
        "喘鸣 哮鸣音 喘息 喉咙里有哮鸣 呼哧呼哧 拉风箱 呼呼响 嗓子里呼呼响 喉咙里呼呼响",
        "wheez\\w*",
    ),
    # NICE CKS Croup (2023): stridor heard only when the child is upset or crying is not stridor
    # at rest (mild croup); stridor at rest is a danger sign (WHO 2013).
    "stridor_when_upset": (
        "哭闹时才有喉鸣 哭的时候才有喉鸣 哭闹的时候才有喉鸣 哭闹时才有响声 哭的时候才有响声 哭的时候有一点 只在哭的时候有 哭闹时才有 安静时听不到喉鸣 安静时没有喉鸣",
        "stridor (?:only )?(?:when|if) (?:he'?s |she'?s |they'?re )?(?:upset|crying|cries|agitated|distressed); stridor on crying only; "
        "(?:only )?(?:a bit of |some |a little )stridor (?:only )?when (?:she|he|they) (?:cries|is crying|is upset|gets upset); "
        "no (?:noisy breathing|stridor) when (?:she'?s |he'?s |they'?re )?(?:calm|settled|at rest|quiet)",
    ),
    "stridor": (
        "吸气像公鸡叫 吸气时像公鸡叫 吸气有响声 吸气时喉咙响 吸气时有响声 吸气性喉鸣 喉鸣 吸气的时候嗓子有响声 吸气时嗓子有响声 吸气时候喉咙里有呼呼的响声 吸气的时候喉咙里有呼呼的响声 吸气时喉咙里有呼呼",
        "(?:soft )?high[- ]pitched (?:noise|sound) (?:on|when) breathing in; noisy breathing (?:even )?(?:at rest|when (?:calm|resting|still|sitting still)|sitting still|while resting); noisy breathing on breathing in; noisy (?:when )?breathing in; noisy breathing (?:when|as) (?:she |he |they )?breathes? in; noisy (?:in-?)?breath(?:ing)? in; stridor",
    ),
    # NICE CKS Croup (2023): a barking, seal-like cough with a hoarse voice in a young child.
    "croup": (
        "犬吠样咳 咳嗽像狗叫一样 咳嗽像狗叫 狗叫样咳嗽 犬吠样咳嗽 像狗叫一样咳 急性喉炎 小儿喉炎 喉炎 跟狗叫一样 像狗叫一样 像狗叫",
        "croupy; (?:seal|barking|bark\\w*)[- ](?:like )?cough; croup\\w*; cough (?:like|sounds like) (?:a )?seal",
    ),
    "cough": (
        "咳嗽 干咳 咳得 咳了 老咳 咳个不停 咳嗽咳痰 咳",
        "cough\\w*; coughing fits?; fits of coughing; cough(?:ing)? (?:fits|spasms|bouts); between (?:the |her |his )?(?:coughing )?(?:fits|spells|bouts)",
    ),
    "sputum": (
        "咳痰 有痰 黄痰 浓痰 脓痰 白痰 多痰 痰变黄 痰变多 痰多了 痰黄了 黄脓痰 痰又黄又多",
        "sputum; phlegm; productive cough; (?:more|increased|green|yellow|purulent) sputum; sputum (?:is |has |now )?(?:green|yellow|purulent|increased)",
    ),
    # NICE CKS Chest infections: focal crackles with fever and cough point to pneumonia.
    "crackles": (
        "肺部湿啰音 湿啰音 肺部啰音 湿罗音 听到啰音",
        "crackles?; crepitations?; creps; rales",
    ),
    "haemoptysis": (
        "痰里带了几丝血 痰里带血 痰带血 痰里有几丝血 痰里带了血 痰里头有血丝 痰里有血丝 痰中带血丝 血丝痰 咯血 咳血 痰中带血 痰里有血 痰中有血 咳出血 咳了几口血 痰里都是血 咳出几口血",
        "cough\\w* up (?:bright red|fresh|frank|dark red) blood; ha?emoptysis; coughing (?:up )?blood; coughed (?:up )?blood; blood in (?:the |his |her )?sputum; "
        "blood-stained sputum; coughed up (?:a )?(?:bit of |little |some |streaks? of )?blood[- ]?(?:streaked|stained)? ?(?:spit|sputum|phlegm)?; blood[- ]streaked (?:spit|sputum|phlegm); cough\\w* (?:up )?(?:fresh |bright |dark )?red blood; cough\\w* up (?:a lot of |lots of )?blood",
    ),
    "~chest_indrawing": (
        "胸口没有凹进去 胸口没凹进去 没有往里凹 没往里凹 没有凹进去 没凹进去 没有三凹征 无三凹征 三凹征阴性",
        "no (?:chest )?in-?drawing; no (?:intercostal |subcostal )?recession; no retractions",
    ),
    "chest_indrawing": (
        "胸口下面一吸气就往里凹 一吸气就往里凹 吸气就往里凹 胸部往里凹 下胸部往里凹 胸口往里凹 肋骨下凹陷 吸气时胸口凹 胸凹陷 胸廓凹陷 吸气时胸壁凹陷 三凹征 肋间凹陷 下胸壁凹陷 胸壁吸气性凹陷 肋下凹陷 锁骨上窝凹陷",
        "chest in-?drawing; (?:intercostal|subcostal) recession; (?:chest |intercostal |subcostal )?retractions?; "
        "tracheal tug; (?:lower )?chest (?:wall )?(?:is |was |keeps )?(?:drawing|draws|drawn|pulling|pulls|sucking|sucks|sinking|sinks|caving|caves) in; "
        "(?:skin |area |belly )?(?:under|below|between) (?:the |his |her |their )?ribs (?:is |are |was |were |keeps )?(?:sucking|pulling|drawing|sinking|going) in; "
        "ribs (?:are |were )?(?:sucking|pulling|drawing|sinking|showing) in",
    ),
    "grunting": (
        "哼哼声 呼气都有哼哼声 呼气时哼哼 喘气哼哼 出气哼哼 呻吟 点头呼吸",
        "grunting; head bobbing; (?:a bit |bit |little )?grunty",
    ),
    # NICE NG143 table 1: nasal flaring is amber (grunting is red).
    "nasal_flaring": (
        "鼻翼扇动 鼻翼煽动 鼻翼翕动 鼻扇 鼻孔一张一合 鼻孔一张一张",
        "nasal flaring; nostrils (?:are |were |keep )?flar\\w*; flaring of (?:the |his |her |their )?nostrils; nasal flare",
    ),
    "apnoea": (
        "好一会没喘气 好半天没喘气 不喘气了 突然不喘气 停了十几秒 憋了十几秒没气 呼吸停止 呼吸暂停 没气了 好一会儿没喘气 咳完没喘气 没喘气了",
        "not breathing(?! (?:fast|quickly|rapidly|hard|normally|well|properly)); stopped breathing; apno?ea",
    ),
    # ERC 2021 / AHA 2020 paediatric foreign-body airway obstruction: a witnessed choking
    # episode, an object breathed in, or a fish bone stuck in the throat.
    "choking": (
        "噎住 噎着 噎到 卡住喉咙 卡在喉咙 卡喉咙 卡到喉咙 卡在嗓子 卡嗓子 卡住嗓子 喉咙里卡 嗓子里卡 气管异物 异物吸入 吸入异物 "
        "呛进气管 呛到气管里 掉进气管 吸进气管 鱼刺卡 卡了鱼刺 卡鱼刺 卡了根鱼刺 鱼骨头卡 骨头卡住 骨头卡在 卡了骨头 卡了根刺 卡了根骨头 卡了块骨头 突然呛了一下 吃花生呛了",
        "fish ?bone (?:is )?(?:stuck|caught); (?:stuck|caught) (?:a )?fish ?bone; chok(?:ed|es|ing)(?! (?:feeling|sensation))(?: on (?:a |an |the |some |his |her )?(?:\\w+))?; "
        "something (?:is |was |got )?stuck in (?:his |her |my |the |their )?(?:throat|windpipe|airway); "
        "(?:inhaled|aspirated|breathed in) (?:a |an |the |some )?(?:small |tiny )?(?:bead|peanut|nut|coin|toy|grape|sweet|candy|button|marble|seed|popcorn|lego|foreign body|piece of \\w+); "
        "fish ?bone (?:is |was |got )?stuck; (?:fish ?)?bone stuck in (?:his |her |my |the )?throat; "
        "foreign body in (?:the |his |her )?(?:airway|throat|windpipe|lungs?)",
    ),
    # ERC 2021 foreign-body airway obstruction: an object put in the mouth before the child could not breathe, cry or cough.
    "object_in_mouth": (
        "塞嘴里 塞进嘴里 塞到嘴里 放进嘴里 放嘴里",
        "(?:put|stuffed|popped|shoved) (?:a |an |the |some )?\\w+ (?:in|into) (?:his |her |the )?mouth",
    ),
    # MHRA Drug Safety Update (2019) / NICE CKS Hyperthyroidism (2023): carbimazole, methimazole and propylthiouracil can cause agranulocytosis.
    "antithyroid_drug": (
        "甲巯咪唑 他巴唑 赛治 丙硫氧嘧啶 卡比马唑",
        "methimazole; thiamazole; carbimazole; propylthiouracil; ptu",
    ),
    # Signs that the airway is badly blocked while choking (cannot breathe, cough, cry or speak;
    # going blue); rules_common reads them only together with choking.
    "choking_severe": (
        "咳不出来 咳不出声 哭不出声 哭不出来 发不出声 发不出声音 憋紫了 脸憋紫 脸憋青 憋得发紫 憋得脸发紫 憋得脸通红 脸憋红 憋得满脸通红 喘不了气 吸不进气",
        "can'?t (?:breathe|cough|cry|make a sound); cannot (?:breathe|cough|cry|make a sound); unable to (?:breathe|cough|cry); "
        "not able to breathe; (?:going|gone|turning) (?:blue|purple|grey|gray); no sound",
    ),
    "asthma": ("哮喘 支气管哮喘", "asthma\\w*"),
    # GINA 2024: an asthma attack (exacerbation) needs review; severe features are an emergency.
    "asthma_flare": (
        "哮喘发作 哮喘犯了 哮喘又犯了 犯哮喘 哮喘加重 哮喘犯",
        "asthma (?:attack|flare\\w*|exacerbation); asthma (?:is )?(?:playing up|worse|bad today)",
    ),
    "copd": ("慢阻肺 慢性阻塞性肺疾病 老慢支 慢支 肺气肿", "copd; emphysema; chronic bronchitis"),
    "pneumonia": ("肺炎", "pneumonia"),
    # --- chronic conditions and risk ----------------------------------------------------------
    "heart_disease": (
        "冠心病 心脏病 心衰 心力衰竭 放过支架 装过支架 心脏支架 房颤 胸痹 主动脉瓣狭窄 瓣膜狭窄",
        "(?:known|stable|chronic) angina(?! attack); (?:tablets?|medicine|treatment|meds|bisoprolol|atenolol|nitrates?|gtn|isosorbide\\w*|\\d+ ?mg) for (?:his |her |their )?angina; coronary (?:artery|heart) disease; heart disease; cad; ihd; heart failure; stents?; "
        "atrial fibrillation; angina history; chf; ccf; hfref; hfpef; hf; aortic stenosis; tight (?:heart )?valve",
    ),
    "hypertension": ("高血压", "hypertension; hypertensive; high blood pressure"),
    "diabetes": ("糖尿病", "diabet\\w*; t[12]dm; dm (?:review|clinic|check)|type [12] dm"),
    "smoker": ("吸烟 抽烟", "smok(?:er|es|ing)"),
    "~urinary_retention": (
        "小便正常 尿尿正常 能尿出来 排尿正常 尿得出来 能尿",
        "(?:can|able to|is able to) pass urine(?: fine| ok| okay| normally)?; (?:passing|passes) urine (?:fine|ok|okay|normally); (?:peeing|weeing) (?:fine|ok|okay|normally)",
    ),
    "~smoker": (
        "不吸烟 不抽烟 从不抽烟 从不吸烟 从来不抽烟 无吸烟史 没有吸烟史",
        "non[- ]?smoker; never smoked; (?:doesn'?t|does not|don'?t|do not) smoke",
    ),
    "anticoagulant": (
        "华法林 抗凝药 抗凝治疗 利伐沙班 达比加群 阿哌沙班 吃抗凝",
        "warfarin; anticoagula\\w*; apixaban; rivaroxaban; dabigatran; blood thinners?",
    ),
    # A P2Y12 inhibitor, alone or with aspirin as dual antiplatelet therapy after a stent (NICE
    # CKS Antiplatelet treatment 2023; ESC 2017 DAPT): bleeding on it needs review, not the
    # patient stopping it (stent thrombosis).
    "p2y12_inhibitor": (
        "氯吡格雷 波立维 泰嘉 替格瑞洛 倍林达 普拉格雷 双抗 双联抗血小板",
        "clopidogrel; plavix; ticagrelor; brilinta; prasugrel; dual antiplatelets?; dapt(?![a-z])",
    ),
    "immunosuppressed": (
        "白血病维持治疗 维持化疗 化疗 免疫抑制 粒细胞缺乏 白细胞很低 卡培他滨 顺铂 奥沙利铂 氟尿嘧啶 多西他赛 紫杉醇 环磷酰胺",
        "chemo(?:therapy)?; immunosuppress\\w*; neutropeni\\w*; leuka?emia on maintenance\\w*(?: tablets| chemo(?:therapy)?)?; maintenance chemo(?:therapy)?; capecitabine; folfox; folfiri; bep(?= cycle| chemo); cisplatin; oxaliplatin; 5-?fu; docetaxel; paclitaxel; cyclophosphamide",
    ),
    # Chemotherapy ended long ago ("两年前化疗结束", "finished chemo 2 years ago"): in remission,
    # not immunosuppressed now (days after a cycle still count: the nadir is at 7-14 days).
    "~immunosuppressed": (
        "",
        "finished (?:her |his |their )?chemo(?:therapy)? (?:\\d+|a few|several|two|three) (?:months|years) ago",
    ),
    "cancer": (
        "癌症 肿瘤 癌 恶性肿瘤",
        "cancer; malignan\\w*; tumou?r; metastas\\w*; (?:bowel|breast|lung|prostate|colon|colorectal|rectal|ovarian|stomach|gastric|pancreatic|kidney|renal|bladder|oesophageal|cervical) ca",
    ),
    # UKONS Oncology/Haematology 24-hour triage tool (2020) / ESMO: swelling of the face and neck with distended chest veins in cancer is superior vena cava obstruction.
    "svco_signs": (
        "脸和脖子越来越肿 脖子上的静脉鼓着 脖子上的静脉鼓 颈静脉鼓 脸和脖子肿 脸和脖子都肿 脸脖子都肿 脸跟脖子肿 颈部静脉怒张 脖子上的青筋鼓 胸前的青筋 胸口的青筋 胸壁静脉曲张 胸壁静脉怒张",
        "face and neck (?:are |is |getting |became |becoming )?(?:puffy|swollen|swelling); (?:face|facial) and neck swelling; (?:swollen|puffy) face and neck; veins? (?:on|over) (?:the |his |her )?(?:chest|neck)(?: wall)? (?:are |is )?(?:more )?(?:standing out|distended|bulging|prominent|dilated|visible); face (?:looks |is |gets )?(?:fuller|puffier|swollen) in the mornings?; distended (?:neck and )?chest (?:wall )?veins",
    ),
    # ENT UK post-tonsillectomy haemorrhage advice / 扁桃体切除术后出血: any bleeding from the mouth after a tonsillectomy needs hospital assessment now.
    "post_tonsillectomy": (
        "扁桃体切除 扁桃体摘除 割了扁桃体 切了扁桃体 摘了扁桃体 扁桃体手术",
        "tonsils? (?:out|removed|taken out|op|operation|surgery); tonsillectomy; (?:had|after) (?:his |her |the )?tonsils? (?:out|removed|taken out)",
    ),
    # ENT UK post-tonsillectomy haemorrhage advice: blood spat from the mouth or throat after the operation.
    "blood_from_mouth": (
        "吐了口血 吐了几口血 嘴里出血 嘴里有血 口里出血 口里有血 吐血块 吐出血块 喉咙出血 嗓子出血",
        "(?:spat|spitting|spit|spits) (?:out )?(?:up )?(?:bright red |fresh |some |a lot of |lots of )?blood; (?:bleeding|blood) (?:from|in) (?:the |his |her )?(?:mouth|throat)",
    ),
    # ERC 2021 §special circumstances (lightning): cardiac arrest and delayed arrhythmia; every victim needs hospital assessment.
    "lightning": (
        "雷劈 雷击 被雷打 被雷劈 打雷劈到 打雷打到",
        "(?:hit|struck|strike) by lightning; lightning (?:strike|struck|injury|injuries)",
    ),
    # Wilderness Medical Society clinical practice guidelines for frostbite (2019 update): skin white and numb in the cold, blistering after rewarming.
    "frostbite": (
        "冻伤 冻坏了 冻坏 冻僵了的手指 冻得发白发硬",
        "frost ?bit\\w*; frost ?nip; (?:fingers?|fingertips?|toes?|feet|hands?) (?:went|turned|are|were|go) white and (?:numb|hard)",
    ),
    # NICE CKS Mastitis and breast abscess (2021): a red, painful, hot area of the breast while breastfeeding.
    "mastitis": (
        "乳腺炎 奶疮 乳房红肿 乳房一块红肿 乳房发红 奶结红肿 乳房红肿热痛 乳房有一块红肿 乳房一块又红又痛 奶子红肿",
        "mastitis; (?:(?:r|l|right|left) )?breast (?:is |are )?(?:red|hot)(?:,? (?:and |& )?(?:painful|tender|swollen|sore|hot))*; red (?:painful |tender |hot |swollen )*breast; (?:(?:r|l|right|left) )?breast has (?:a )?(?:red|hot)[\\w ,]{0,20}?(?:patch|area|lump); (?:red|hot),? (?:hot|red),? (?:painful |tender |sore )?(?:patch|area|lump) (?:on |in )?(?:the |her |my )?(?:(?:r|l|right|left) )?breast; (?:(?:r|l|right|left) )?breast (?:is |has been |feels |\\w+ )?(?:sore|painful|tender)(?! nipple)",
    ),
    # NICE CKS Mastitis and breast abscess (2021): a lump in the breast while breastfeeding.
    "breast_lump": (
        "奶上长了个包 乳房长了个包 乳房有个包 乳房肿块 乳房里有个硬块 乳房有硬块",
        "(?:hard |tender |painful |red )*lump (?:in|on) (?:the |her |my )?(?:(?:r|l|right|left) )?breast; breast lump; (?:r|l|right|left) breast lump",
    ),
    # NICE CKS Mastitis and breast abscess (2021): a breast abscess needs same-day referral for drainage.
    "breast_abscess": (
        "乳腺脓肿 乳房脓肿 奶疮化脓",
        "breast abscess",
    ),
    # NICE CKS Mastitis and breast abscess (2021) / Boils: a swelling soft and fluctuant in the middle holds pus.
    "fluctuant": (
        "软乎乎的有波动 波动感 中间软软的 中间发软 按下去软软的",
        "soft in the middle; fluctuan\\w*; (?:soft|boggy) (?:and |& )?(?:soft |boggy )?(?:in|at) (?:the )?(?:middle|centre|center); (?:feels? )?(?:soft|boggy) (?:in|at) (?:the )?(?:middle|centre|center)",
    ),
    # NICE NG125 (2019) surgical site infection: a surgical wound that has come apart needs the surgical team the same day.
    "wound_dehiscence": (
        "看裂开一点 裂开一点 伤口裂开了 刀口裂开 切口裂开 刀口开了 切口开了 刀口崩开 刀口绷开 切口崩开 刀口裂了 切口裂了",
        "stitches (?:feel|are|look) open; wound (?:edges? )?(?:has |have )?(?:come|came|coming) apart; (?:surgical |op |operation )?wound (?:has )?(?:opened up|split open|gaping|gaped|broken down); (?:wound )?dehiscence; dehisced",
    ),
    # NICE NG125 / ACS: bowel showing through a wound is an emergency.
    "evisceration": (
        "看到肠子 看得到肠子 看得见肠子 肠子露出来 肠子出来了 肠子冒出来 肠子掉出来",
        "(?:bowel|intestines?|guts|omentum) (?:is |are )?(?:visible|showing|coming out|poking out|protruding); (?:can )?see (?:the )?(?:bowel|intestines?|guts) ; evisceration",
    ),
    # WHO Abortion care guideline (2022) §3.5: after an abortion, fever, foul discharge, heavy bleeding or pain need review.
    "after_abortion": (
        "药流 人流 做了流产 做流产 清宫后 刮宫后 打胎 药物流产 吃了流产药 流产药 打胎药 米索前列醇 米非司酮 清宫 刮宫 吃了米索 米索 清宫术 流产后 胎停清宫",
        "(?:medical|surgical) (?:abortion|termination)(?: of pregnancy)?; (?:after|post) (?:an? |her )?(?:abortion|termination|top|mtop|stop)(?![a-z]); (?:had|has had) (?:an? )?(?:abortion|termination); abortion (?:pills?|tablets?|medicines?); (?:doing|having|had|did) (?:an? |the |her )?abortion with (?:pills|tablets); misoprostol; mifepristone; miscarriage (?:\\w+ ){0,2}(?:managed|treated|sorted) (?:with|by|using) (?:tablets|pills|medication|medicines?|surgery|an operation); erpc; (?:d ?& ?c|d and c)(?![a-z]); evacuation of (?:retained )?products",
    ),
    # NICE CKS Pelvic inflammatory disease (2024): infection risk is highest in the three weeks after a coil is fitted.
    "iud_fitted": (
        "上环 放环 放了环 上了环 放节育环 上节育环 放了节育环 上了节育环",
        "iud (?:was |had been )?(?:put in|inserted|fitted|placed); coil (?:was |had been )?(?:put in|inserted|fitted); (?:after|since) (?:the |an |her )?(?:iud|coil) (?:insertion|fitting); (?:mirena|ius|kyleena|copper coil|coil) (?:was |had been )?(?:put in|inserted|fitted|placed)",
    ),
    # ISPD peritonitis guideline (2022): a person on peritoneal dialysis.
    "peritoneal_dialysis": (
        "腹膜透析的 腹透 腹膜透析 腹透液 做腹透",
        "fuqiang touxi; pd pt; pd (?:at home|patient|pt|bags?|fluid|catheter); peritoneal dialysis; capd; apd; on pd",
    ),
    # ISPD peritonitis guideline (2022): cloudy peritoneal dialysis fluid.
    "cloudy_fluid": (
        "液是浑的 液浑浊 液体浑浊 水是浑的 水浑浊 像淘米水 透析液浑 腹透液浑 透出来的水浑 放出来的水浑",
        "(?:bags?|fluid|effluent|drainage|dialysate|drain) (?:this morning |today |last night )?(?:is |was |are |were |look |looks? |looked |came out |drained |drains )?(?:very |a bit |bit |slightly )?cloudy; cloudy (?:pd |dialysis )?(?:bags?|fluid|effluent|drainage|dialysate)",
    ),
    # KDIGO 2009 care of kidney transplant recipients: a transplanted organ and its immunosuppressants.
    "transplant": (
        "肾移植 肝移植 心脏移植 肺移植 器官移植 换了肾 换过肾 移植术后 他克莫司 环孢素 吗替麦考酚酯 霉酚酸 骁悉",
        "(?:kidney|renal|liver|heart|lung|organ) transplant\\w*; transplant recipient; post[- ]?transplant; tacrolimus; ciclosporin; cyclosporin\\w*; mycophenol\\w*; prograf; cellcept",
    ),
    "epilepsy": ("癫痫 羊角风", "epilep\\w*"),
    # --- neurological ----------------------------------------------------------------------
    "stroke_suspected": (
        "中风 脑梗 脑梗死 脑卒中 卒中 脑出血 脑溢血 小中风 中过风",
        "stroke; cva(?! ?(?:tender\\w*|angle|pain|punch|percussion)); tia; transient ischa?emic attack; brain bleed",
    ),
    "face_droop": (
        "嘴巴是歪的 嘴是歪的 嘴巴歪了 嘴歪了 脸是歪的 口角歪斜 嘴歪 口眼歪斜 面瘫 脸歪 嘴角歪 口角下垂 面部不对称 嘴角下垂 一侧脸麻 半边脸麻 "
        "一侧面部麻木 嘴巴歪 眼歪嘴斜 嘴巴有点歪 嘴有点歪 嘴角有点歪 脸有点歪 嘴巴有些歪 嘴有些歪 嘴巴突然歪了 嘴突然歪了 嘴巴一下子歪了 嘴一下子歪了 脸突然歪了 嘴角漏水 喝水从嘴角漏 喝水漏出来 吃饭漏饭",
        "face (?:look|looks|looking|is|gone|went) (?:a bit |bit )?droopy(?: on the (?:right|left|r|l) side)?; droopy face; (?:(?:r|l|right|left) )?(?:side of (?:the |her |his )?)?face (?:is |went |now )?weak; face (?:drooped|dropped|sagged|went droopy); (?:his|her) face (?:had )?(?:drooped|dropped); facial droop; face droop(?:ing)?; drooping (?:of the )?(?:face|mouth); face (?:is )?drooping; "
        "mouth droop(?:ing)?; facial asymmetry; face (?:looks )?uneven; crooked (?:smile|mouth); "
        "facial weakness; (?:left|right)[- ]sided facial; droopy (?:face|mouth|smile); (?:face|mouth|smile) (?:looked |looks |was |is |went )?droopy; (?:l|r|left|right) (?:arm )?(?:&|and )?face (?:is |are |went |gone )?numb; numb(?:ness)? (?:of|on|in) (?:the )?(?:l|r|left|right) (?:side of (?:the |his |her )?)?face; (?:left|right) arm (?:&|and )?(?:left|right) face; mouth (?:is )?droop\\w*(?: on (?:that|one|the (?:left|right)) side)?; (?:can'?t|cannot|unable to) close (?:his |her |the )?(?:(?:r|l|right|left) )?eye(?: properly| fully)?; (?:mouth|face|lips?) (?:is |looks |went |gone )?(?:crooked|tabingi|twisted|lopsided)",
    ),
    # NICE CKS Bell's palsy (2024): a facial weakness that takes in the forehead is a lower motor neurone (Bell's) palsy; a stroke spares the forehead.
    "forehead_weakness": (
        "额头也皱不起来 额头也抬不起来 额头也不会皱 额头都皱不起来 额头皱不起来 额头抬不起来 抬不起眉毛 眉毛抬不起来 额纹消失 额纹没了 额头没皱纹 额头没有皱纹 额头不会皱 眼闭不紧 眼睛闭不紧 眼睛闭不上 眼闭不上 闭不上眼 闭不紧眼",
        "(?:can'?t|cannot|unable to|could not) (?:wrinkle|raise|lift|frown with) (?:the |his |her )?(?:(?:l|r|left|right) )?(?:forehead|eyebrows?|brow); forehead (?:on that side )?(?:also |too )?(?:doesn'?t|does not|dont|won'?t|can'?t) wrinkle(?: either)?; face weak including (?:the )?forehead; (?:can'?t|cannot|unable to) (?:fully |properly )?close (?:his |her |the |one )?(?:(?:l|r|left|right) )?eye",
    ),
    "unilateral_weakness": (
        "右手举不起来 左手举不起来 右手抬不起来 左手抬不起来 右边手举不起来 左边手举不起来 一侧肢体无力 半身不遂 偏瘫 左侧肢体无力 右侧肢体无力 一边手脚没力 一边手脚无力 "
        "胳膊抬不起来 手抬不起来 手脚不听使唤 单侧无力 单侧肢体无力 半边身子麻 半身麻木 一侧肢体麻木 "
        "左侧肢体麻木 右侧肢体麻木 左手无力 右手无力 左腿无力 右腿无力 左边身体没力 右边身体没力 "
        "一侧手脚麻木 一侧手脚无力 半边身子没力 半边身体不能动 左侧肢体活动不利 右侧肢体活动不利 肢体活动不利 "
        "手脚无力 肢体无力 一侧肢体活动障碍 左手拿不住东西 右手拿不住东西 拿不住东西 筷子掉 筷子都拿不住 拿不住筷子 筷子拿不稳 碗都端不住 端不住碗 右手抬不起 左手抬不起 右手举不起 左手举不起 右腿抬不起 左腿抬不起 端碗端不稳 端不稳碗 拿不稳碗 右手端不稳 左手端不稳 右手拿不住筷子 左手拿不住筷子",
        "(?:can'?t|cannot|unable to) hold (?:a |the |her |his )?(?:cup|pen|spoon|chopsticks|glass) in (?:her |his |the )?(?:right|left|r|l) hand; (?:right|left|r|l) arm (?:and hand )?went (?:numb and )?weak; (?:arm|leg) weakness; weakness (?:of|in) (?:the |his |her |my )?(?:left |right )?(?:arm|leg|side|hand)s?; "
        "one[- ]sided weakness; hemipar\\w*; hemipleg\\w*; can'?t (?:lift|raise) (?:his |her |my |the )?(?:left |right )?arm; "
        "arm drift; numbness (?:on|of) one side; one side (?:is )?numb; weak on one side; "
        "(?:left|right|l|r|lt|rt)[- ]?sided (?:weakness|numbness); weak(?:ness)? (?:on|of) the (?:left|right) side; "
        "(?:l|r|lt|rt) (?:arm|leg|hand) (?:is |was |went |felt )?(?:weak|numb|floppy); "
        "(?:left|right) (?:arm|leg|hand) (?:is )?(?:weak|numb); dropping things; "
        "(?:(?:left|right|one) )?(?:arm|hand|leg) (?:suddenly )?(?:went|has gone|had gone|turned|became|suddenly (?:felt|got)) "
        "(?:all |a bit |very |really |completely )?(?:weak|floppy|limp|heavy|useless); "
        "(?:left|right) (?:arm|hand|leg) (?:felt|feels|was|got|gets) (?:all |a bit |very |really |completely )?(?:weak|floppy|limp|heavy|useless); "
        "(?:one|(?:the )?(?:left|right)) side (?:of (?:his |her |the |their )?(?:body|face) )?(?:went|turned|became|felt|was) (?:weak|numb|heavy|floppy); "
        "lost (?:the )?(?:use of|strength in|power in) (?:his |her |my |their |the )?(?:(?:left|right) )?(?:arm|hand|leg); "
        "(?:couldn'?t|could not) (?:lift|raise|grip with) (?:his |her |my |their |the )?(?:left |right )?(?:arm|hand); dropped (?:[\\w-]+ ){0,2}(?:from|out of) (?:his |her |the )?(?:r|l|rt|lt|right|left) hand; dropp(?:ed|ing) (?:his |her )?chopsticks; can'?t hold (?:the |a |his |her )?(?:pen|cup|spoon|fork|chopsticks|glass) (?:with|in) (?:(?:his|her|the) )?(?:r|l|right|left) hand",
    ),
    "speech_disturbance": (
        "说话不清 口齿不清 言语不清 吐字不清 说不出话 失语 讲话含糊 大舌头 说话含糊 言语含糊 说话费劲 "
        "讲不出话 说话不利索 语言不清 言语障碍 口齿含糊 吐字含糊 舌头不利索 舌头发硬 话说不清 话也说不清 讲话不清 说话含含糊糊 说话说不利索 口齿不利索 舌头大 舌头发大 舌头不灵 讲话含含糊糊 讲话含糊不清 说话含糊不清 不会说话 突然不会说话 不会说话了 说不出话了 不能说话了 说不了话了 话说不出来 说话越来越没声 说话没声 声音越来越小 含含糊糊 自己说不出来 话说不出来 说话嘟嘟囔囔 嘟嘟囔囔的听不清 说话听不清楚 说话嘟囔",
        "speech (?:gone|going|went|is|was) (?:a bit |all )?(?:funny|weird|strange|off); words (?:all )?mix(?:ed)? up; mixing (?:up )?(?:her|his) words; speech slur\\w*; words (?:came|coming|come|were coming) out (?:funny|wrong|jumbled|muddled|all wrong); slur+ed speec?h; slurring; speec?h (?:is |was )?slur+ed; speech difficult(?:y|ies); difficulty speaking; "
        "trouble speaking; struggling to (?:talk|speak); aphasi\\w*; dysarthri\\w*; can'?t speak; unable to speak; garbled speech; "
        "jumbled (?:speech|words); words (?:are )?jumbled; can'?t get (?:his |her |my )?words out; "
        "speech (?:was |is |went |became |got |sounded |seemed )(?:all |a bit |very |really )?(?:garbled|slurred|jumbled|muddled|thick|funny|strange|odd|nonsense); "
        "(?:slurring|slurred|garbling|garbled|mixing up|muddling) (?:his |her |my |their )?words; "
        "words (?:came|were coming|come|coming) out (?:all )?(?:wrong|jumbled|garbled|muddled); "
        "(?:couldn'?t|could not|unable to) (?:get (?:his |her |my |their )?words out|find (?:the |his |her |my |their )?words|speak properly|talk properly); (?:can ?not|can'?t|could not|couldn'?t) find (?:the |his |her |right |correct )*words?; voice (?:is |v |very |so )?weak; weak voice; talking like (?:a |he'?s |she'?s |someone )?drunk",
    ),
    "vision_disturbance": (
        "红色绿色分不太清 红色绿色分不清 红绿分不清 红绿色分不清 分不清红绿 雾蒙蒙 看东西雾蒙蒙 看东西模模糊糊 视物模糊 看不清 眼前发黑 视力模糊 视力下降 看东西模糊 一过性黑矇 失明 视力减退 视力变差 "
        "眼前冒金星 眼花 看不见 视野缺损 眼前闪光 看东西模模糊糊 看得模模糊糊 眼前模模糊糊 眼睛模模糊糊 看东西模糊糊 看不太清 看不大清 看东西花 看东西发花 眼睛发花 眼睛花 眼前突然黑了 眼睛突然黑了 眼突然黑了 看东西越来越模糊 一闪一闪的发花 看东西一闪一闪 只能看到手在晃 只能看到手动 只能看见手在动 只能看到人影 只能看到光",
        "can'?t tell red from green; red-green (?:colou?r )?(?:confusion|difficulty|deficit); va (?:r|l|right|left) 6/(?:1[2-9]|[2-9]\\d)(?!\\d); blurred vision; blurry vision; vision (?:is )?blurr\\w*; vision loss; loss of vision; "
        "sudden blindness; visual disturbances?; reduced vision; (?:vision|eyesight) (?:is )?(?:worse|reduced|poor|getting worse); seeing (?:spots|stars|flashing lights); "
        "flashing lights; can'?t see; lost (?:the )?vision; vision problems?; vision (?:is )?(?:a bit |slightly |a little )?(?:blurr\\w*|blurred|fuzzy); (?:went|gone|going|turned|goes) (?:nearly |almost |totally |completely |all |very )*(?:dark|black|blind); can only see (?:a )?hands? (?:moving|movements?); (?:a |like a )(?:blind|curtain|shade|shutter) (?:came|coming|comes|come) down; (?:can )?only (?:see|count) (?:hand movements?|fingers?|light|shadows?); (?:everything|things|it all|the world) (?:looks?|looked|is|was|seems?|seemed) (?:\\w+ )?(?:blurr\\w*|fuzzy|hazy|misty|foggy|dim); seeing flashing (?:spots|lights|stars); flashing spots; eyesight (?:is |has gone |went )?(?:blurry|blurred|foggy|misty|hazy); like looking through (?:fog|mist|smoke)",
    ),
    # AHA/ASA 2019, BE-FAST 'Eyes': losing one half of the visual field (看东西少了一半) is a stroke sign.
    "hemianopia": (
        "右边的东西都看不到 左边的东西都看不到 右半边没了 左半边没了 半边视野缺失 看东西少了一半 看东西缺了一半 视野缺了一半 半边看不见 一边的东西看不到 右边的东西看不到 左边的东西看不到 右边看不见 左边看不见",
        "(?:can'?t|cannot|can not) see (?:anything |things )?(?:on|to) (?:the |his |her )?(?:left|right)(?: side)?; half (?:of )?(?:the |his |her )?(?:vision|visual field) (?:is )?(?:gone|missing|lost); hemianop\\w*; visual field (?:loss|defect|cut)",
    ),
    "diplopia": (
        "眼睛往一边斜 复视 看东西重影 视物重影 看东西有重影 重影 看东西成双 一个东西看成两个 看东西是双的",
        "double vision; diplopia; seeing double; seeing two of everything; see(?:s|ing)? (?:2|two) of everything",
    ),
    "balance_loss": (
        "走路不稳 站不稳 共济失调 平衡障碍 走路偏斜 走路摇晃 行走不稳 步态不稳 走路往一边倒 往一边倒 向一侧倾倒 "
        "走路偏向一侧 走路往一边偏 走不稳 走路打晃 走路歪 站不住 坐不稳 走路像喝醉 走路跌跌撞撞 东倒西歪 走路跟踩棉花 踩棉花 走路东倒西歪",
        "(?:couldn'?t|could not|can'?t|cannot) walk straight; (?:walking|walks|walked) like (?:she'?s|he'?s|they'?re|she is|he is|a) drunk; loss of balance; lost (?:his |her |my )?balance; unsteady; ataxi\\w*; can'?t walk (?:in a )?straight(?: line)?; "
        "off balance; balance problems?; veer\\w*; falling to (?:one|the left|the right) side; falls? to one side; "
        "leaning to (?:one|the left|the right) side; stagger\\w*; can'?t (?:stand|sit|walk) without (?:help|support|holding on); (?:keeps |kept )?falling to (?:the )?(?:left|right|one side); can'?t walk straight",
    ),
    # NICE NG128 / HINTS: jerking eye movements with acute vertigo point to the brainstem or cerebellum.
    "nystagmus": (
        "眼球震颤 眼珠子乱跳 眼珠来回晃 眼睛来回晃 眼睛往两边看的时候一直抖 眼睛往两边看时抖 眼珠子一直抖",
        "nystagmus; eyes (?:are |keep )?jerking; jerky eye movements?; eyes? (?:keep |keeps )?flicking; eyes (?:\\w+ )?flicking side to side",
    ),
    # BE-FAST asked and normal (the stroke rule weighs a feared stroke by them)
    "~speech_disturbance": (
        "说话清楚 说话正常 讲话清楚 口齿清楚 口齿清晰 言语清晰 言语清楚 说话利索 言语正常 说话也清楚",
        "speech (?:is |was )?(?:ok|okay|normal|fine|clear)(?! ?(?:and|&) (?:walking|gait))|speech and (?:walking|gait) (?:are |were )?normal; "
        "talking (?:normally|fine|clearly); speaking (?:normally|clearly); normal speech; clear speech",
    ),
    "~unilateral_weakness": (
        "手脚有劲 手脚都有劲 四肢有力 四肢肌力正常 肌力正常 两手握力一样 两手握力相等 握力一样 手脚都好 手脚活动正常 四肢活动正常 手脚活动好",
        "no (?:arm|limb|leg|focal|one-sided|unilateral) weakness; (?:arms?|limbs?|legs?) (?:are |is )?(?:strong|fine|ok|normal)(?! colou?r); "
        "power (?:is )?(?:normal|full|5/5)(?: (?:in )?all (?:4|four) limbs)?; normal power; grips? (?:is |are )?(?:equal|normal|strong)",
    ),
    "~balance_loss": (
        "走路正常 走路稳 行走正常 能自己走 能独立行走 走路没问题 步态正常 走路平稳",
        "walks normally; walking normally; (?:can |able to )walk unaided; walking unaided; gait (?:is )?normal; "
        "normal gait; steady on (?:his |her |my )?feet; walking fine",
    ),
    "vertigo": (
        "眩晕 天旋地转 房子在转 屋子在转 房子转 屋子转 周围东西在转 东西都在转 觉得房子在转",
        "vertigo; (?:the )?room (?:is |was )?spinning; (?:the )?room spins; spinning sensation; everything (?:is |was )?spinning; "
        "world (?:is |was )?spinning",
    ),
    "dizziness": (
        "头晕 头昏 晕乎乎 发晕 头晕眼花 发飘 眼前一黑 还晕 还有点晕 还是晕 眼前发黑差点倒 差点倒 差点晕倒 差一点晕倒 眼前一黑差点",
        "dizz\\w*; light-?headed(?:ness)?; giddy",
    ),
    # Dizziness, dimming sight or a near-faint on standing up (postural hypotension).
    "orthostatic_symptom": (
        "站起来有点晕 一站起来就晕 站起来就晕 一站起来就头晕 站起来就头晕 一站起来就眼前发黑 站起来眼前发黑 站起来就眼前发黑 一站起来眼前就黑 一起身就晕 起身就晕 起身就头晕 一起身就眼前发黑 蹲下站起来就晕 蹲久了站起来就晕",
        "dizz\\w* (?:every time|whenever|when|as soon as|on) (?:he |she |they |i )?(?:stands?|standing|gets? up|getting up|sits? up)(?: up)?; "
        "(?:light-?headed|faint|woozy|vision (?:goes|going) (?:dark|black|grey|gray)) (?:every time|whenever|when|as soon as|on) (?:he |she |they |i )?(?:stands?|standing|gets? up|getting up)(?: up)?; "
        "(?:postural|orthostatic) (?:hypotension|drop|dizziness)",
    ),
    # A blood-pressure medicine just started, added or increased.
    "bp_medicine_new": (
        "加了个降压药 加了降压药 新加了降压药 新加的降压药 新开的降压药 刚开始吃降压药 开始吃降压药 降压药加量 降压药加了量 降压药加了一片 换了降压药 加了一种降压药 加了个利尿药 加了利尿剂",
        "(?:started|starting|began|added|increased|upped|doubled|new) (?:on )?(?:a |his |her |the )?(?:new )?(?:dose of )?(?:bp|blood pressure|anti-?hypertensive) (?:tablets?|pills?|meds?|medications?|medicines?|drugs?)",
    ),
    "headache": (
        "太阳穴痛 太阳穴疼 脑壳疼 脑壳痛 脑壳子疼 头痛 头疼 脑袋疼 脑袋痛 偏头痛 头胀痛 头胀 头部疼痛 后脑勺疼 后脑勺痛 额颅后头疼 额颅疼 额颅痛",
        "headaches?; head ?ache; migraines?; head (?:hurts|is hurting|pain)",
    ),
    "thunderclap_headache": (
        "以前从来没这么痛过 以前从来没这么疼过 以前从没这么痛过 以前从没这么疼过 这辈子最疼 这辈子最疼的一次 最疼的一次 像被人用棍子打了一下 像被棍子打了一下 头像被人打了一棍 这辈子没这么痛过 一辈子没这么痛过 从来没有这么痛过 像炸开了一样 头要炸开了 脑壳像炸开 像炸开一样 炸开一样痛 这辈子最痛 最痛的一次 从来没这么痛过 一生最痛 头像要炸开 炸裂样头痛 一生中最严重的头痛 最厉害的头痛 爆裂样头痛 霹雳样头痛 炸裂般的头痛 "
        "突发剧烈头痛 这辈子没这么疼过 从来没这么疼过 这辈子最疼 头突然炸开 炸开一样疼 炸开一样痛 一辈子没这么疼过 像拿棒槌砸了一样 像棒槌砸了",
        "thunderclap headache; worst headache; thunderclap; worst (?:headache |pain )?(?:of|in) (?:my|his|her) life; "
        "sudden severe headache; explosive headache; worst (?:headache|head pain) (?:of|in) (?:my|his|her|their) life; (?:never|not ever) had (?:a )?(?:headache|pain) (?:this|so|as) bad; (?:nothing|zero|0) to (?:the )?(?:worst|10/10|maximum|max)(?: ever)? in (?:seconds|a second|a few seconds|a minute|under a minute); like (?:being )?(?:hit|struck|whacked) (?:with a hammer|with a bat|by a hammer|on the back of the head); head (?:just )?(?:exploded|felt like it exploded|felt like it was exploding)",
    ),
    "neck_stiffness": (
        "颈子硬 颈子发硬 脖子梗 脖子硬邦邦 颈项强直 脖子硬 颈部僵硬 脖子僵硬 颈强直 脖子不能弯 颈抵抗 脑膜刺激征 脖子发硬 颈部强直 脖子发僵 脖项硬 脖梗硬",
        "stiff neck; neck stiffness; neck (?:is |feels )?stiff; nuchal rigidity; meningism\\w*; "
        "can'?t bend (?:his |her |my )?(?:head|neck)",
    ),
    "photophobia": ("怕光 畏光", "hates (?:bright )?light; worse in (?:bright )?light; photophobi\\w*; light hurts (?:his |her |my )?eyes; sensitiv\\w* to light; light hurts (?:a lot|badly|him|her); light hurts; hurts in (?:the )?light; sensitive to light; hard to (?:keep|hold) (?:it |them |the eyes? )?open in (?:the )?light"),
    "seizure": (
        "抽起了 抽起来了 抽个不停 抽搐 抽风 惊厥 癫痫发作 四肢抽动 口吐白沫 发作性抽动 手脚抽动 全身抽动 翻白眼 四肢抽搐 "
        "眼睛往上翻 眼睛向上翻 眼睛上翻 两眼上翻 双眼上翻 眼球上翻 两眼发直 双眼发直 牙关紧闭 牙关紧咬 又发作了一次",
        "(?<!coughing\\s)(?<!sneezing\\s)(?<!laughing\\s)(?<!crying\\s)(?:had )?(?:a |another )?(?:fit|seizure) (?:this morning|today|last night|yesterday|earlier); seizures?; seizing; convuls\\w*; having a fit; had a fit; fits(?! (?:how|with|the|in|into|well|what|nicely|fine|ok|dates|her dates|gestation|for dates)(?![a-z])); fitting; jerking movements?; "
        "shaking all over; eyes (?:rolled|rolling|rolls) (?:up|back); febrile fits?; (?:another|second|first|short|brief|long|prolonged|focal) (?:febrile )?fits?; (?:arms?|legs?|face|hand|limbs?)(?: and (?:arms?|legs?|face|hand))? (?:is |are |was |were |keeps? )?(?:twitching|jerking)(?: still going)?; (?:legs|arms) (?:doing |making )?(?:a )?cycling movements?; lips? smacking; lip-smacking; eyes (?:turning|turned|deviating|rolling) to one side; (?:shaking|jerking|twitching) fit",
    ),
    # 抽筋: a village word for a child's fit, but in adults and in pregnancy usually a leg cramp;
    # rules_child and rules_pregnancy decide by context (a limb named before it is a cramp).
    "fit_colloquial": ("抽筋 抽筋了", "(?!x)x"),  # Chinese only
    "muscle_cramp": ("腿有时抽筋 腿老抽筋 腿抽筋 小腿抽筋 腿肚子抽筋 脚抽筋 脚趾抽筋 手指抽筋 手抽筋 胃抽筋 肚子抽筋 腿肚抽筋", "(?:leg|calf|foot|muscle|stomach|hand) cramps?; cramp in (?:the |his |her |my )?(?:leg|calf|foot|hands?); hands? cramping"),
    "confusion": (
        "比以前糊涂得多 突然比以前糊涂 糊涂得多 糊涂得厉害 问话答不上来 问话答不上 问他话答不上 问她话答不上 前言不搭后语 不太清醒 不怎么清醒 人不清醒 意识不清 糊里糊涂 不知道自己在哪 意识模糊 神志不清 意识不清 糊涂 迷糊 说胡话 胡言乱语 意识障碍 反应迟钝 神志淡漠 不认人 "
        "定向障碍 答非所问 认不出人 犯糊涂 胡话 精神错乱 谵妄 言语错乱 认不到人 认不得人 人都认不到 人都认不得 屋头人都认不到 不认识自己儿子 不认识自己女儿 连儿子都不认识了 连家里人都不认识了 不认识家里人了",
        "muddled; doesn'?t know where (?:she|he|they) (?:is|are); confus\\w*; disorient\\w*; altered mental(?: status)?; altered (?:level of )?consciousness; "
        "not making sense; delirium; delirious; acute confusion; talking nonsense; "
        "doesn'?t recogni[sz]e; mumbling; talking nonsense; acting (?:weird|strange|odd(?:ly)?|funny|confused); answering (?:questions )?wrong(?:ly)?; (?:didn'?t|did not|doesn'?t|does not|can'?t|couldn'?t|could not) recogni[sz]e (?:her |his |their |my |the )?(?:son|daughter|husband|wife|family|children|kids|mother|mum|father|dad|relatives|own \\w+)",
    ),
    "drowsy": (
        "迷迷瞪瞪 大声叫能哼一声 大声叫才哼一声 叫她老半天才应 叫他老半天才应 叫老半天才应 叫半天才应 反应慢了 反应变慢 叫他反应慢 叫她反应慢 老想睡觉 总想睡 想睡觉 总是想睡 一直想睡 嗜睡 昏睡 难以唤醒 叫不太醒 很难叫醒 一直睡 睡不醒 昏昏欲睡 叫不太应 叫他不太应 叫她不太应 叫着不太应 不太应人 昏昏沉沉 不怎么应 不大应人 有点想睡 老是想睡 现在想睡 想睡瞌睡 喊她反应慢 喊他反应慢 喊她不太应 喊他不太应 喊不太应 光哼哼 叫她光哼哼 叫他光哼哼 只会哼哼 眼睛睁不开 拍他才睁 拍她才睁 拍了才睁 喊半天才睁眼 喊半天才睁 叫半天才睁眼 眼睛老闭着",
        "sleepy; unusually sleepy; drowsy; drowsiness; very sleepy; hard to (?:wake|rouse); difficult to (?:wake|rouse); "
        "only wakes with (?:prolonged )?stimulation; obtunded; quieter than usual; (?:much |very |unusually )?less responsive; not (?:his|her) usual self; nodding off; keeps falling asleep; sleepier(?: than usual)?; doz(?:es|ing) off(?: mid[- ]?sentence| while talking)?; (?:can'?t|cannot|couldn'?t) wake (?:him|her|them)(?: up)?(?: prop(?:er|erly))?; very dozy; dozy",
    ),
    "unconscious": (
        "喊不答应 叫不答应 喊不应 喊他不应 喊她不应 喊不醒 没意识了 没有意识了 失去意识 昏迷 叫不醒 不省人事 意识丧失 没反应 无反应 叫不应 人事不省 呼之不应 没有反应 叫不动 推不醒 拍不醒 摇不醒 喊不醒 叫他不应 叫她不应 喊也不应 趴在底下不动 一直没醒过来 中间一直没醒 中间没醒过来",
        "unconscious; unresponsive; not responding; no response; coma; comatose; won'?t wake(?: up)?; "
        "can'?t be woken; cannot be woken; unrousable; does not respond",
    ),
    "lethargy": (
        "人软软的 人软了 整个人软软的 软趴趴 精神萎靡 没精神 精神差 精神不好 反应差 没精打采 蔫 软绵绵 软塌塌 无精打采 精神不振 精神弱 软软的不怎么哭 抱着软软的 抱着没力气 哭得有气无力 "
        "萎靡 叫不大醒 叫不太醒 喊不大醒 喊不太醒 老睡 光睡觉 一直睡 突然就软了 不太搭理人 不搭理人",
        "went (?:pale and )?floppy; letharg\\w*; listless; floppy; limp; weak and floppy; "
        "not interested in (?:playing|anything); less active; sleep(?:s|ing)? (?:most of|all) (?:the )?day",
    ),
    # A child told as waking and responding (NICE NG143: "wakes only with prolonged stimulation"
    # is red; one who wakes and responds is not IMCI's lethargic child).
    "rousable": (
        "能叫醒能说话 能叫醒 叫得醒 醒了会看人 逗了会笑 逗他会笑 逗他也会笑",
        "(?:easily )?rousable; wakes (?:easily|up easily); responds to (?:voice|her mum|his mum|us)",
    ),
    "~lethargy": (
        "精神好 精神可 精神不错 精神正常 玩耍正常 能玩 活泼 反应好 精神状态好 精神尚可 精神佳 爱玩",
        "alert; active; playful; playing normally; interacting (?:normally|well); behaving normally; "
        "smiling; running around",
    ),
    "irritable": (
        "烦躁不安 烦躁 哭闹不止 易激惹 哭闹不安 哭闹 烦躁哭闹 不停地哭 抱起来就尖叫 抱起来就哭 碰哪都哭 一碰就哭",
        "irritab\\w*; restless(?:ness)?; inconsolable; screams (?:whenever|when|every time) (?:she'?s |he'?s |she is |he is )?(?:picked up|handled|moved|touched); crying constantly; fussy; cranky; unsettled",
    ),
    "high_pitched_cry": (
        "尖叫样哭 哭声尖 哭声微弱 哭声弱 尖声哭叫",
        "high-?pitched cry; weak cry; continuous cry\\w*; cry\\w* (?:is |was )?high-?pitched",
    ),
    "bulging_fontanelle": (
        "前囟饱满 前囟隆起 囟门鼓 囟门凸起 前囟膨隆 囟门饱满",
        "soft spot (?:on )?(?:the )?(?:top of )?(?:(?:his|her|the) )?head (?:is |was )?(?:bulging|swollen|raised|tense|puffed up); bulging fontanell?e; fontanell?e (?:is |was |looks |feels )?(?:bulging|tense|full|raised); (?:soft spot|fontanell?e) (?:on (?:the |his |her )?head )?(?:is |was |looks |feels )?(?:bulging|swollen|raised|puffed up); (?:前囟|囟门) ?(?:feels |is |looks )?(?:full|tense|bulging|raised)",
    ),
    "few_movements": (
        "动得少 不怎么动 刺激才动 活动减少 肢体活动少 不动 只有刺激才有反应 不太动 不大动",
        "moves only when stimulated; movement only when stimulated; not moving; no movement; moving less",
    ),
    "startle_jerks": (
        "惊跳 肢体抖动 易惊 肌阵挛 睡眠中惊跳 一惊一惊 一惊一乍 一惊一跳 容易受惊 爱受惊 容易惊醒 惊惕 四肢抖动 手脚抖动 肢体震颤",
        "startl\\w*; myoclonic jerks?; limb (?:jerks|tremors?); (?:jumpy|jittery|twitchy); "
        "(?:arms?|hands?|legs?|limbs?) (?:are |is |keep |keeps )?(?:trembling|shaking|twitching|jerking|jumping); "
        "(?:trembling|shaking|twitching|jerking) (?:of )?(?:the |his |her )?(?:arms?|hands?|legs?|limbs?)",
    ),
    "head_injury": (
        "磕着头 碰着头 撞着头 磕着脑袋 碰着脑袋 撞着脑袋 磕着脑壳 额头起了个包 头上起了个包 头上起包 额头起包 头上磕了个包 头先着地 头朝下摔 头部外伤 摔到头 撞到头 头撞 磕到头 碰到头 头部受伤 脑袋磕 头着地 头部撞击 摔伤头部 头皮裂伤 "
        "磕了头 碰了头 撞了头 头被砸 头部被砸 头部碰撞 脑外伤 头外伤 脑袋撞 头磕 脑壳磕 脑壳撞 后脑勺磕 后脑勺着地 后脑着地 后脑壳着地 后脑勺撞 磕到后脑 撞到后脑 脑壳碰 后脑壳碰 后脑勺碰 碰到后脑 后脑勺起了个包 后脑起了个包 额头碰到 额头撞到 额头磕到 额头磕了 额头撞了 额头碰了 脑门磕 脑门撞 磕了后脑勺 磕了后脑 磕到后脑勺 从床上掉下去了 从沙发上掉下来了 从床上摔下去了 脑门碰墙上 脑门碰 脑袋碰地上",
        "bruise on (?:her |his |the )?forehead; bump on (?:the )?back of (?:his |her |the )?head; rolled off (?:the )?(?:sofa|bed|couch|changing table); landed on (?:his|her|their|the) head; clashed heads; heads? (?:clashed|collided|banged together); head clash; (?:bumped|hit|banged|knocked|struck) (?:his |her |my |the )?forehead; bump on (?:the |his |her |my )?(?:head|forehead); (?:boggy |large )?swelling on (?:the side of )?(?:his |her |the )?head; scalp swelling; head injur\\w*; (?:hit|bumped|banged|struck|knocked) (?:his |her |my |the |their )?(?:back of (?:his |her |my |the |their )?)?head; "
        "head trauma; fell and hit (?:his |her |my )?head; head knock; blow to the head; hit on the head; "
        "head bump; (?:boggy |large |big )?swelling (?:on |over |to )?(?:the )?(?:(?:l|r|left|right) )?(?:side of )?(?:the |his |her )?(?:head|scalp); hit (?:his |her |their |the )?(?:forehead|head) (?:on|against); (?:hit|struck|smashed) (?:her|him|me) (?:over|on) the head(?: with)?; banged (?:her|his|my) head (?:on|against); lump on (?:the )?(?:back of )?(?:her|his|my) head",
    ),
    # A brief loss of consciousness told as 当时晕了几秒 (NICE NG232 §1.2): context words keep
    # 晕 (dizzy) from counting.
    "loc_after_injury": (
        "晕了几秒 晕了几秒钟 晕了一两分钟 晕了几分钟 晕了一会儿 昏了几秒 昏了几秒钟 昏了几分钟 昏了一会儿 人事不知",
        "(?:was |were )?'?out'? for a (?:bit|while|moment|few seconds); (?:was |were )?out (?:cold )?for (?:a few |about |several |\\d+ )?(?:seconds|minutes|a minute)",
    ),
    "amnesia": (
        "记不起 失忆 想不起来发生了什么 遗忘 逆行性遗忘 记不清发生",
        "(?:can'?t|cannot) remember the fall; amnesi\\w*; can'?t remember (?:the |what happened|the accident|the fall); memory loss; can'?t remember (?:getting here|coming here|how (?:she|he) got)",
    ),
    "skull_fracture_sign": (
        "耳朵里流清水 耳朵里流血 鼻子里流清水 熊猫眼 耳后瘀斑 耳道流血 耳朵流血 颅骨凹陷 耳朵流清水 鼻子流清水 耳道流液",
        "panda eyes; raccoon eyes; battle'?s sign; (?:blood|bleeding|fluid) from (?:the |his |her )?ears?; "
        "depressed skull; clear fluid from (?:the |his |her )?(?:nose|ear); "
        "clear (?:watery )?(?:fluid|liquid|water) (?:\\w+ ){0,2}?(?:from|out of) (?:the |his |her |my |one )?(?:nose|ear|nostril)s?; (?:nose|ear|nostril) (?:is |keeps )?(?:dripping|leaking|running) clear (?:fluid|liquid|water); "
        "bruising (?:around|round|under) both eyes; bruis\\w* behind (?:the |his |her |both )?ears?",
    ),
    # --- gastrointestinal ------------------------------------------------------------------
    "abdominal_pain": (
        "肚子胀痛 腹部胀痛 腹胀痛 下腹剧痛 腹部剧痛 肚子剧痛 小肚子痛 小肚子疼 肚子疼得 腹痛 肚子痛 肚子疼 肚痛 下腹痛 小腹痛 腹部疼痛 肚脐周围痛 脐周痛 腹部绞痛 肚子绞痛 下腹疼 "
        "小腹疼 肚子不舒服 腹部痛 左下腹痛 肚脐痛 下腹部疼痛 腹部不适 肚子一阵阵痛 肚子痛得 一阵一阵绞着疼 绞着疼 绞着痛 肚子绞着 肚脐周围疼 肚脐眼周围疼 肚脐眼周围痛 脐周疼 肚子比以前疼 肚子比以前痛",
        "cramping (?:tummy|belly|abdo(?:men)?|stomach); (?:lif|llq|luq) (?:pain|tender\\w*); tender (?:lif|llq|luq); pain in (?:the )?(?:lif|llq|luq); (?:tummy|belly|abdo|abdomen) (?:is |getting |got )?(?:bigger and )?(?:sore|tender); diffuse (?:abdominal )?tenderness; tender all over; crampy; tummy pain; abdominal pains?; stomach ?aches?; tummy ?aches?; belly ?aches?; belly pain; stomach pain; "
        "tummy pain; abdo pain; pain in (?:the |his |her |my )?(?:abdomen|belly|stomach|tummy); "
        "abdominal cramps?; stomach cramps?; lower abdominal pain; pelvic pain; (?:(?:r|l|right|left|rt|lt) )?(?:lower |upper )?abdo? pain; (?:lower )?(?:tummy|belly|abdomen|abdo)(?= (?:is )?(?:very |really |so )?(?:painful|sore)); (?:sharp|bad|severe|stabbing) (?:low|lower) (?:belly|tummy|abdomen)(?: pain)?(?: (?:r|l|right|left))?; (?:low|lower) (?:belly|tummy|abdomen) (?:pain|ache|cramps?)",
    ),
    "epigastric_pain": (
        "上腹不得劲 胃里不得劲 心口不得劲 胃不得劲 心窝不得劲 胃痛 胃疼 上腹痛 心窝痛 剑突下疼痛 胃脘痛 胃脘部闷痛 胃脘部痛 胃脘部疼 胃脘闷痛 胃脘胀痛 胃脘部胀痛 胃脘疼 胃脘部不适 胃这里胀闷 上腹部疼痛 胃部疼痛 胃里疼 胃不舒服 上腹疼 上腹部不适 上腹不适 "
        "胃部不适 心窝不舒服 心窝难受 胃里难受 上腹部难受 上腹部不舒服 胃口那不得劲 胃口那儿不得劲 胃口那难受 胃口那儿难受 胃口那疼 胃口那儿疼",
        "pain (?:at |in )?(?:the )?top of (?:the |her |his )?(?:stomach|tummy|belly); epigastric (?:pain|discomfort); upper (?:abdominal|stomach|tummy) (?:pain|discomfort); pain (?:under|below) the (?:breast ?bone|ribs); "
        "discomfort (?:in|at) the (?:upper (?:abdomen|stomach)|top of (?:the|his|her) stomach)",
    ),
    "ruq_pain": ("心口下面右边痛 心口下面右边疼 右边肋骨下面痛 右边肋骨下面疼 右肋骨下面痛 右边肋下痛 右上腹痛 右上腹疼 右肋下痛 右上腹部疼痛", "right upper quadrant pain; ruq pain; pain (?:under|below) (?:the |his |her )?right (?:ribs|rib cage|costal margin); right upper (?:abdominal|belly|tummy) pain; pain in (?:the )?right upper (?:abdomen|quadrant)"),
    "rlq_pain": ("跑到右下边 转到右下边 移到右下边 右下边疼 右下边痛 右下腹 右下腹痛 右下腹疼 转移性右下腹痛 右下腹部疼痛 往右边挪 挪到右边 跑到右边 转到右边 往右下挪 移到右边", "(?:pain )?low(?:er)? right (?:side|abdomen|belly|tummy); pain low on the right; tender rif; tender (?:in )?(?:the )?rlq; right lower (?:side|abdomen|belly|tummy|quadrant)(?: pain| abdominal pain)?; right lower abdominal pain; (?:tender (?:in|over) the )?right iliac fossa; right lower quadrant pain; rlq pain; right iliac fossa pain; (?:moved|moving|migrated|shifted|went) to (?:the )?(?:rif|right iliac fossa); rif pain; pain in (?:the )?rif; rif tender\\w*; rlq (?:pain|tender\\w*); (?:r|rt) lower (?:side|abdomen|belly|tummy|quadrant)"),
    "peritonism": (
        "硬邦邦的像木板 像木板一样硬 像木板一样 摸着硬邦邦 肚子硬邦邦 松手更疼 松手更痛 一松手更疼 一松手更痛 手一松更疼 手一松更痛 腹肌紧张 板状腹 反跳痛 压痛反跳痛 肚子硬 腹部硬 肚子胀硬 腹膜刺激征 腹部僵硬 全腹压痛 硬得跟板子 跟板子似的 硬得像板子 像板子一样硬 肚子硬得像木板 肚子硬邦邦的",
        "abdo (?:is |was |feels )?(?:rigid|hard|board-?like); rigid like a board; rigid abdomen; abdomen (?:is )?rigid; (?:belly|tummy|abdomen|stomach) (?:is |was |feels |felt )?(?:rigid|hard) (?:like|as) a board; guarding; rebound tenderness; board-?like; peritonism; "
        "peritonitis; abdomen (?:is )?(?:hard|tense); (?:belly|abdomen|tummy) (?:is |feels )?(?:hard|rigid); (?:belly|bump|tummy|abdomen|uterus|womb) (?:\\w+ ){0,7}?hard like (?:a )?(?:wood|board|rock|stone); (?:won'?t|doesn'?t|will not) let (?:us|me|anyone|staff) touch (?:it|his tummy|her tummy|the tummy|his belly|her belly)",
    ),
    "no_flatus": (
        "没拉屎也没放屁 不拉屎不放屁 没解大便也没放屁 也没放屁 不排气 停止排气 没放屁 不放屁 肛门停止排气 无排气 停止排便排气 不排便不排气 屁也不放 屁都不放 屁也没放 屁都没放 屁也没有 屁都没有 没放过屁 放不出屁",
        "no (?:stools?|bowel movements?|poo|bm) (?:and |or |, ?)?no (?:flatus|wind|gas); not passing (?:wind|gas); no flatus; can'?t pass wind; bowels not opened; (?:hasn'?t|has not|not) (?:opened (?:his |her |their )?bowels|had a (?:poo|bm)) or passed wind; "
        "no (?:bowel movements?|bowel motions?|stools?|poo) (?:or|and|nor) (?:wind|gas|flatus); "
        "(?:not|hasn'?t|has not|haven'?t|have not) (?:passed|passing|been passing) (?:any )?(?:wind|gas|flatus); no pass(?:ing)? (?:of )?(?:wind|gas|flatus)(?: or (?:stools?|motions?|poo))?; not pass(?:ing|ed)? (?:wind|gas|flatus)(?: or (?:stools?|motions?))?; no wind(?: since [\\w ]{1,20}?)?(?= |,|$)",
    ),
    "distension": (
        "肚子越来越大 腹胀 肚子胀 腹部膨隆 肚子鼓 肚子鼓起来 肚子鼓得 肚子胀得鼓鼓的 肚子鼓鼓的 肚子胀得老大 肚子胀得像鼓 肚子像鼓一样",
        "(?:tummy|belly|abdomen|stomach|abdo) (?:is |looks |feels |getting |got )?(?:very |really |so )?(?:swollen|distended|bloated)(?: and (?:tight|tense|hard))?; blown up like a drum; (?:abdomen|abdo|belly|tummy) (?:is )?drum-?like; drum-?like (?:abdomen|belly|tummy); swollen (?:tummy|belly|abdomen); bloat\\w*; abdominal distension; distended (?:abdomen|belly); "
        "(?:tummy|belly|abdomen|stomach) (?:is |looks |feels |getting |got )?(?:swollen|distended|bloated|very big); abdo(?:men)? (?:is |looks |very )?(?:distended|swollen|bloated)",
    ),
    "vomiting": (
        "呕吐 吐了 吐奶 吐得 吐出 吐过 老是吐 呕 作呕 干呕",
        "vomit\\w*; throwing up; threw up; being sick; was sick; emesis",
    ),
    "repeated_vomiting": (
        "吐了好几回 反复呕吐 频繁呕吐 一直吐 吐了好几次 吐了三四回 吐了四五回 吐了五六回 吐了三四次 吐了四五次 呕吐不止 剧烈呕吐 多次呕吐 吐个不停 吐了多次 "
        "呕吐多次 吐了几次 吐了很多次 不停呕吐 不停地吐",
        "repeated vomiting; persistent vomiting; vomit\\w* repeatedly; vomited (?:several|many|multiple|a few) times; "
        "recurrent vomiting; keeps vomiting; vomiting (?:a lot|constantly|again and again|over and over)",
    ),
    # A counted number of vomits right after the word (吐了两次, 呕吐3次, "vomited twice"), for
    # NICE NG232 2023 §1.4 (head injury: more than one vomit in an adult, three or more in a
    # child). The count is its own span, so the vomiting itself is still read.
    "vomited_twice": (
        "吐两次",
        "(?:(?<=vomited\\s)|(?<=vomiting\\s)|(?<=up\\s)|(?<=sick\\s))(?:twice|two times|2 times|2x)",
    ),
    "vomited_3plus": (
        "吐三次 吐四次 吐五次",
        "(?:(?<=vomited\\s)|(?<=vomiting\\s)|(?<=up\\s)|(?<=sick\\s))(?:three|four|five|six|seven|eight|nine|ten|several|[3-9]|[1-9]\\d) times",
    ),
    # NICE CG84 / APLS: green (bilious) vomit in a child is a surgical emergency (malrotation,
    # obstruction); redcurrant-jelly stool is intussusception.
    "bilious_vomiting": (
        "吐的都是绿水 吐的是绿水 吐绿水水 吐出来的是绿水 吐的绿水 吐绿水 吐绿色的水 吐黄绿水 吐黄绿色 吐胆汁 吐出胆汁 吐出绿水 吐出来是绿的 吐的黄绿色 吐的是黄绿色 吐出黄绿色 吐的是深绿色的 吐深绿色 吐的是绿色的 吐的绿色 像菠菜水",
        "bilious (?:vomit\\w*|vomiting); vomit\\w* (?:up )?(?:dark |bright )?green(?: fluid| stuff| bile)?; vomiting dark green fluid; green vomit; vomiting bile; (?:vomit|vomitus|sick)(?: colou?r)? (?:is |was |looks |looked )?(?:dark |bright )?green; (?:dark |bright )?green like spinach(?: water)?",
    ),
    "redcurrant_stool": (
        "果酱样大便 果酱样便 果酱样的大便 大便像果酱 果酱一样的大便 红果酱 像果酱 果酱样 大便跟果酱一样 跟果酱一样 果酱似的",
        "redcurrant[- ]jelly(?: stools?)?; red ?currant jelly; stools? (?:look\\w* )?like (?:red ?currant )?jelly; (?:dark )?red jelly(?! sweets?| beans?| babies| tots)(?: stuff| like)?; jelly (?:stuff |like )?(?:with|and) (?:mucus|blood)",
    ),
    # WHO Drowning (2023 fact sheet) / ILCOR 2021: anyone pulled from the water who coughs, is
    # breathless or drowsy needs hospital care (lung injury can follow hours later).
    "drowning": (
        "掉进塘里 掉到塘里 被捞上来 捞上来 溺水 淹着了 掉水里 掉进水里 掉水塘 掉进水塘 掉河里 掉进河里 掉池塘 掉进池塘 掉塘里 掉井里 呛水 被水淹 掉到堰塘 掉进堰塘 掉到水里 掉到河里 落水 掉到池塘",
        "drown\\w*; near[- ]drowning; (?:fell|fallen|pulled) (?:in(?:to)?|from|out of) (?:the |a )?(?:water|pond|river|pool|lake); submersion",
    ),
    "vomit_everything": (
        "喝一口水吐一口 什么都存不住 喝一口吐一口 喂啥吐啥 喝啥吐啥 吃啥都吐 喝水就吐 吃东西就吐 喂奶就吐 吃什么吐什么 喝什么吐什么 吃啥吐啥 喝水都吐 喝了就吐 吃了就吐 所有东西都吐 一吃就吐 一喝就吐 "
        "喂什么吐什么 吃奶就吐 什么都吐",
        "(?:can'?t|cannot) keep (?:even )?water down; (?:can'?t|cannot) keep (?:any )?(?:fluids?|anything) down; vomits everything; vomiting everything; vomit(?:s|ed)? up everything; can'?t keep (?:anything|fluids|water|food) down; "
        "unable to keep (?:anything|fluids|water|food) down; vomits all feeds; cannot keep (?:anything|fluids) down",
    ),
    "nausea": ("恶心 想吐 反胃", "nause\\w*; feel(?:s|ing)? (?:a bit |a little )?sick; queasy"),
    "diarrhoea": (
        "大便比平时多 大便次数比平时多 屙稀 屙肚子 窜稀 腹泻 拉肚子 拉稀 拉了两次稀 拉了几次稀 拉了好几次 泄泻 大便稀 稀便 水样便 水泻 跑肚 闹肚子 大便次数多 稀水样便 蛋花样便 拉水 蛋花样",
        "watery (?:stuff|poo|stool)s? leaking; diarrh(?:o)?ea\\w*; loose stools?; loose bowel\\w*; watery stools?; the runs; runny poo",
    ),
    "bloody_stool": (
        "大便里有血 大便里有血丝 大便里带血 带脓血 大便带脓血 拉脓血 便血 大便带血 血便 脓血便 黏液脓血便 大便有血 拉血 大便出血 鲜血便 大便里看到血 大便上看到血 大便里看见血 大便上有血 "
        "次次带血 拉的里面带血丝 拉的里面带血 拉的里面有血 拉的带血 拉的有血 拉出来带血 拉出来有血 拉出来的有血 拉出来的带血 大便带血丝 大便带鲜血 大便有鲜血 大便鲜血 拉鲜血 便鲜血",
        "(?:lots of |a lot of )?(?:fresh |bright )?(?:red )?blood (?:and clots |with clots )?(?:from (?:the |her |his )?back passage|when opening (?:her |his )?bowels|on opening (?:her |his )?bowels|per rectum|pr); passing (?:lots of |a lot of )?(?:fresh |bright )?red blood; blood from (?:the )?(?:back passage|rectum|bottom|anus); dark red blood; blood(?:y)? (?:in )?(?:the |his |her )?stools?; blood in (?:the |his |her )?(?:stools?|poo|faeces|feces); "
        "blood and mucus in (?:the |his |her )?(?:stools?|poo|nappy); bloody diarrh(?:o)?ea; rectal bleeding; bleeding from the (?:rectum|bottom); passing blood; stools? with (?:some )?(?:fresh )?(?:blood|blood and mucus|mucus and blood); blood mixed (?:in|into|with|through) (?:the |his |her )?(?:stools?|poo); passed (?:a )?stool with blood; (?:血|blood) in (?:the |his |her )?(?:stools?|poo); (?:stools?|poos?|poop|diarrhoea|diarrhea) (?:\\w+ ){0,2}(?:has|have|had|with) (?:some |a bit of )?blood",
    ),
    "melaena": (
        "黑屎 屙黑屎 拉黑屎 跟柏油一样 像柏油一样 像柏油 黑便 柏油样便 大便发黑 拉黑便 柏油便 大便黑 黑大便 解黑大便 拉黑大便 大便是黑的 跟柏油似的 像柏油似的",
        "mela?ena; black (?:tarry )?stools?; tarry stools?; black poo; stools? (?:are |is )?black; "
        "black,? (?:(?:sticky|tarry|tar-like|smelly|runny|loose|shiny|foul|very|and|,) ){1,4}(?:poo|poop|stools?|faeces|feces|bowel motions?); "
        "(?:poo|poop|stools?|faeces|feces|bowel motions?) (?:is |are |was |were |looks? |looked |has been |have been )?(?:jet |very )?black",
    ),
    "haematemesis": (
        "吐了一大口鲜血 一大口鲜血 一口鲜血 一大口血 吐鲜血 呕出鲜血 吐了血 吐出血 呕血 吐血 咖啡渣样 咖啡色呕吐物 吐咖啡色",
        "ha?ematemesis; vomiting blood; vomited blood; coffee[- ]ground\\w*; throwing up blood; blood in (?:the )?vomit; "
        "(?:vomit(?:ed|ing|s)?|threw up|throwing up|brought up) (?:(?:a|an|up|some|cup|cupful|mouthful|bowl|lot|lots|of|fresh|bright|dark|red|clots?|clotted|about|half|full) ){1,6}blood",
    ),
    "constipation": (
        "便秘 大便干 排便困难 几天没大便 大便干结 没解过成形大便 没正经解过成形大便 没解大便 没拉大便 没有解大便",
        "constipat\\w*; hard stools?; no (?:proper |formed )?(?:stools?|bms?|bowel movements?|poos?)(?: for| x)? ?~?\\d+ ?(?:days?|d)\\b; no bm x ?\\d+; no bowels? (?:open(?:ed)?|movements?|motions?) (?:for )?\\d+ days",
    ),
    "heartburn": (
        "烧心 反酸 胃灼热 反流 消化不良 胃部烧灼感 胃烧灼感 胃里烧 烧灼感 冒酸水 返酸水 吐酸水 往上冒酸水 往嗓子眼冒酸水 心口烧得慌 心口烧",
        "heartburn; acid reflux; reflux; indigestion(?:-like)?; dyspepsia; "
        "burning (?:in|of) (?:the |his |her |my )?(?:upper )?(?:stomach|tummy|epigastrium)",
    ),
    "jaundice": (
        "黄到胸口 黄到肚子 黄到肚脐 黄到大腿 黄到手心脚心 脸和胸口都黄了 脸和身上都黄了 眼白好像有点黄 眼睛好像有点黄 脸有点黄 皮肤有点黄 眼白有点黄 眼白有些黄 眼白黄 眼白黄黄的 眼珠子发黄 眼珠发黄 眼睛有点黄 眼白发黄 宝宝还是黄 还是黄黄的 黄还没退 黄疸没退 黄疸还没退 黄疸 皮肤发黄 眼睛发黄 巩膜黄染 皮肤黄 脸发黄 全身发黄 手心脚心发黄 黄得比昨天 身上还是黄 身上黄 黄到大腿 黄到肚子 黄到膝盖 黄到小腿 脸上黄 越来越黄 肚子都黄了 大腿都黄了 肚子和大腿上都黄了 身上都黄了 脸都黄了 眼睛皮肤都很黄 眼睛皮肤都黄 眼睛和皮肤都黄 皮肤眼睛都黄 眼睛很黄 皮肤很黄 目黄 身黄 目黄身黄 阳黄 阴黄 胎黄 脸上身上都黄 身上都黄 大腿小腿也黄了 脚底板都有点黄 脚底板都黄 一直黄没退 眼睛黄 眼睛黄了 眼珠子黄",
        "(?:still|looks?|is|skin) (?:a )?(?:bit |little |slightly |a bit )?yellow(?:ish)?(?![a-z ]{0,3}(?:phlegm|sputum|mucus|snot|discharge|pus|stool|poo|urine|wee))(?=[,.]| (?:and|but|still|since|for)|$); sclerae? (?:(?:is |are |look |looks )?(?:slightly|a bit|bit|mildly|a little|v|very) )?(?:yellow|icteric); yellow face(?: and (?:chest|body|tummy))?; yellow(?:ish)? sclerae?; jaundice\\w*; yellow (?:skin|eyes); eyes? (?:are |is |look |looks |looking |turned |going |a bit |slightly |v |very )*yellow; skin (?:is |looks )?yellow; yellowing; (?:looks?|looking|is|gone|turned) yellow; (?:still |looks? |looking |is )?yellow (?:on|in) (?:the )?(?:face|chest|body|tummy|belly|legs)(?: only)?; still yellow; yellow (?:down )?to (?:the )?(?:tummy|belly|chest|legs|knees|waist|feet); baby (?:is |looks |looking )?(?:a )?(?:bit |little |quite )?yellow",
    ),
    "poor_appetite": (
        "食欲差 胃口差 不想吃饭 没胃口 食欲不振 食欲下降 吃饭少 不爱吃饭 吃得少 不吃饭 不想吃东西 不肯吃东西 吃不下饭",
        "loss of appetite; poor appetite; off (?:his |her |their )?food; not eating (?:much|well); eating less; "
        "reduced appetite; not hungry; (?:barely|hardly) eating",
    ),
    # --- hydration and intake -------------------------------------------------------------
    "unable_to_drink": (
        "不想喝水 喝不动 喂水都喝不动 喝不了水 喝不进去 啥都喝不进 啥也喝不进 口水都咽不下 咽不下去 张不开嘴 不能喝水 喝不下 不能进食 不吃不喝 拒食 拒奶 不吃奶 不能吃奶 不会吸吮 吸吮无力 不能吞咽 "
        "喝水困难 无法进食 无法喝水 无法吞咽 不肯喝水 不肯吃奶 吃不下也喝不下 水都喝不下 不喝水 不能吃东西 喝水喝不进 喝不进 "
        "水都喝不进去 咽不下 吞咽困难 不能哺乳 不能吸奶 吸吮困难 喂水不喝 喂水也不喝 喂水都不喝 给水不喝 给水也不喝 不肯喝 喂不进去 灌都灌不进去 喂奶不吃 奶也不吃 没吃没喝 几天没吃没喝 水都不敢咽 不敢咽 不会喝了 也不会喝 喂水也不会喝 不怎么喝 喝得很少 喝水老呛 饭咽不下去 水也不喝了 水都不喝了 不喝水了",
        "nothing to (?:eat or )?drink for; can'?t open (?:his |her |my )?mouth; unable to (?:drink|breast-?feed|feed|swallow); not able to (?:drink|breast-?feed|feed|swallow); "
        "can'?t (?:drink|swallow|feed|breast-?feed); cannot (?:drink|swallow|feed|breast-?feed); not drinking; won'?t take any (?:fluids|drinks|milk|feeds); can'?t get (?:any )?fluids down; refusing all drinks; "
        "won'?t (?:drink|feed); refus(?:es|ing|ed) (?:to drink|to feed|feeds|fluids|the breast|the bottle|to breast-?feed); "
        "not (?:breast-?)?feeding(?! (?:as |so )?well| as much| normally); drinking poorly; difficult(?:y)? (?:to )?swallow(?:ing)? (?:his |her |their |own )?saliva",
    ),
    "~unable_to_drink": (
        "吃喝正常 能吃能喝 饮食正常 吃奶好 吃奶正常 喝水正常 能喝水 吃奶可 进食正常 饮水正常 胃口好 吃喝可",
        "breast-?feeding well; feeding well; drinking well; eating and drinking (?:normally|well); drinking normally; "
        "feeding normally; tolerating fluids; able to drink; drinking ok(?:ay)?; keeping (?:fluids|drinks|water) down; sipping (?:water|fluids|drinks)(?: \\w+)? (?:ok|okay|fine|well); keeping (?:fluids|water|drinks) down",
    ),
    # NICE NG84: drooling with a sore throat is a sign of epiglottitis or quinsy; alone, in a teething baby, it is not IMCI's 'unable to drink'.
    "drooling": (
        "流口水不止 口水流个不停 口水直淌 淌口水 口水往外流 口水往下淌 口水一直流 不肯咽口水 咽不下口水 口水咽不下去",
        "drool\\w*; (?:spitting|spits) (?:out )?(?:his |her )?saliva; saliva dripping; can'?t swallow (?:his |her )?(?:own )?saliva",
    ),
    "poor_feeding": (
        "不怎么吃奶 吃奶只有平时一半 只吃平时一半的奶 吃奶少 吃奶差 奶量减少 喂养困难 喂养差 吃奶不好 吃奶量少 吃奶减少 奶量少 吃两口就停 吃两口就停下来 吃几口就停",
        "poor feeding; feeding poorly; taking (?:only )?(?:about )?half (?:her|his) (?:usual )?(?:bottles|feeds|milk); (?:only )?(?:about )?half (?:her|his) usual (?:bottles|feeds|milk); not feeding (?:as |so )?well(?: as usual)?; not feeding as much; reduced feeds; feeding less; taking less milk; "
        "poor suck; weak suck; (?:only )?taking (?:about )?half (?:his |her |the )?(?:bottles?|feeds?|milk)",
    ),
    "sunken_eyes": (
        "眼窝子陷下去 眼窝子凹 眼窝子塌 眼睛有点凹 眼睛稍微凹 眼窝有点凹 眼睛凹 眼窝凹 眼窝凹陷 眼眶凹陷 眼睛凹陷 眼窝深陷 眼睛凹进去 眼窝塌陷 眼睛陷下去 眼眶陷下去 眼窝陷下去 眼窝凹下去 眼睛凹下去 眼窝陷进去 眼眶凹下去 眼窝陷得",
        "sunken eyes; eyes (?:are |look |looking )?(?:a bit |slightly |a little |rather |quite |very )?(?:sunken|hollow); hollow eyes",
    ),
    "skin_pinch_slow": (
        "捏肚皮回得有点慢 捏肚皮回得慢 捏起来回得慢 皮肤弹性差 皮肤回缩慢 捏起皮肤回缩慢 皮肤回弹慢 皮肤弹性不好 捏起来回去慢 皮肤捏起来回去慢 皮肤皱褶回复慢 捏肚皮回去有点慢 捏肚皮回去慢 捏起肚皮回去慢",
        "skin pinch (?:goes back |returns )?slow\\w*; slow skin pinch; reduced skin turgor; poor skin turgor; decreased skin turgor; "
        "skin tenting",
    ),
    "skin_pinch_very_slow": (
        "皮肤弹性很差 皮肤回缩很慢 皮肤弹性极差 皮肤回缩非常慢 皮肤回弹很慢 捏起皮肤很久才回去 皮肤捏起来很久才回去 "
        "半天才回去 好久才回去 半天才平 好久才平 半天不回去 半天都不回去 捏起来半天 捏起来好久 好几秒才平 好几秒才回去 几秒才平 几秒钟才平 几秒钟才回去",
        "skin pinch (?:goes back |returns )?(?:very|really|extremely) slow\\w*; skin pinch (?:takes )?(?:more than|over|longer than) (?:2|two) seconds",
    ),
    "sunken_fontanelle": ("前囟凹陷 囟门凹陷 囟门凹 囟门有点凹", "sunken fontanell?e"),
    "reduced_urine": (
        "一整天就尿了一次 一天就尿了一次 一天只尿了一次 没得尿 半天没得尿 一天没得尿 尿比平时少 尿比以前少 小便比平时少 尿量比平时少 尿比往常少 尿少 少尿 尿量减少 小便少 好久没尿 半天没尿 尿布干 尿布是干的 一天没尿 没有小便 不尿 尿布没那么湿 尿布没以前湿 尿布没平时湿 尿布不怎么湿 "
        "就解了一点点 只解了一点点 尿了一点点 就尿了一点点 尿很少 很久没小便 小便很少 没尿过 一直没尿 到现在没尿 就换了一块湿尿布 只换了一块湿尿布 尿布一直是干的",
        "little (?:dark )?(?:pee|wee|urine); (?:peeing|weeing|passing urine|urinating|passing water) (?:but )?less; less (?:pee|urine|wee) (?:than usual)?; peeing less; passing less urine; very little (?:dark )?urine; reduced urine; passing little urine; not passing urine; no urine; little urine; no wet nappies; no wet nappy; "
        "dry (?:nappies|diapers); (?:fewer|less) wet (?:nappies|nappy|diapers?); not peeing; (?:only )?(?:1|2|one|two) wet (?:nappies|nappy|diapers?) in (?:the last )?(?:\\d+|twelve) ?(?:h|hrs?|hours); (?:hardly|barely) any (?:urine|pee|wee)(?: today)?; (?:hardly|barely|scarcely) (?:passing|peeing|passed|peed|weeing) (?:any )?(?:water|urine|anything)?; oliguri\\w*; anuri\\w*; "
        "decreased urine; (?:only|just) (?:1|one|2|two) wet (?:nappy|nappies|diaper|diapers); only (?:1|2|one|two) wet nappies",
    ),
    # Ketones tested and negative (尿酮阴性, "urine ketones neg").
    "~ketones": (
        "尿酮阴性 尿酮体阴性 酮体阴性 尿酮(-) 尿酮- 血酮阴性 血酮正常",
        "(?:urine |urinary |blood )?ketones? (?:are |is |was |were )?(?:neg\\w*|nil|-ve|normal|0(?:\\.0)?)(?![\\d.])",
    ),
    "~reduced_urine": ("尿量正常 小便正常 尿量可", "passing urine normally; normal urine output; wet (?:nappies|diapers)"),
    "thirst": (
        "抢起喝 抢着喝 喝得很急 喝得好急 喝水很急 很想喝水 口渴得厉害 口渴 想喝水 口渴明显 抢着喝水 抢水喝 急着喝水 大口喝水 一直要水喝 拼命喝水 喝水特别急 "
        "给水就抢着喝 端起水就喝 给水抢着喝 老喊渴 总喊渴 一直喊渴 一天好几瓶水",
        "thirst\\w*; drinks? eagerly; drinking eagerly; eager to drink; gulping (?:down )?(?:water|fluids|drinks)",
    ),
    "dry_mouth": (
        "舌头发干 舌面干 口很干 口干 口干舌燥 口唇干燥 嘴唇干 嘴干 嘴巴干 舌头干 口腔干燥 嘴唇干裂 口唇干",
        "mouth (?:is )?very dry; mouth (?:is |looks )?(?:a bit |slightly |bit )?dry; dry mouth; dry lips; dry tongue; tongue (?:is |looks )?dry; dry mucous membranes; mouth (?:is |looks )?dry; lips (?:are |look )?dry",
    ),
    "drinks_poorly": (
        "喝水很差 喝水差 喝得很少 喝得少 不怎么喝水 不太喝水 喝水很少 喝不了几口 喝水少",
        "drinks poorly; poor drinking; drinking (?:very )?little; not drinking much; barely drinking",
    ),
    "no_tears": (
        "哭没有眼泪 哭的时候没眼泪 哭时没泪 哭时无泪 没有眼泪 哭没眼泪 哭时眼泪少 哭的时候眼泪少 眼泪少 泪少 哭时泪少 少泪 眼泪很少",
        "no tears; crying without tears; few tears; fewer tears; (?:little|reduced|less) tears; tearless",
    ),
    "~no_tears": ("有眼泪 哭有泪 哭时有泪 眼泪正常", "tears present; cries with tears; has tears; normal tears"),
    "polyuria": ("老喝水老尿尿 喝得多尿得多 喝水多尿多 尿多口渴 多饮多尿 多尿 夜尿多 喝水多 三多一少 晚上起来尿三四次 晚上起来尿好几次 晚上老起来尿 又尿床了 又开始尿床了 又开始尿床", "polyuri\\w*; polydipsi\\w*; passing (?:a lot of|lots of) urine; urinating a lot; peeing (?:lots|a lot|all the time); up (?:at night |in the night )?(?:for a wee|to wee|to pee)|(?:started )?wetting the bed again"),
    # "不口干不尿多": not passing much urine is a denial of polyuria, not reduced urine.
    "~polyuria": ("不尿多 尿不多也不少", "not (?:passing|peeing|urinating) (?:a lot|much|more than usual)"),
    "ketones": (
        "出气又深又快 喘气又深又快 烂苹果的味道 烂苹果气味 有股烂苹果味 酮症酸中毒 烂苹果味 呼气有烂苹果味 深大呼吸 呼吸深快 呼吸又深又快 呼吸深大 深快呼吸 呼吸深而快",
        "(?:(?:blood|urine|urinary|serum|capillary) )?ketones?:? ?(?:of |at |was |is |are |reading )?(?:(?:[3-9]|[1-9]\\d)(?:\\.\\d+)?(?![\\d.+])(?: ?mmol(?:/l)?)?|3\\+|4\\+|\\+\\+\\+|large); ketoacidosis; dka; fruity breath; kussmaul\\w*; deep sighing breath\\w*; "
        "breath (?:smells|smelled|smelling|smelt) (?:of |like )?(?:fruit\\w*|acetone|nail polish|pear drops|sweet); (?:fruity|acetone) (?:smell|odou?r); "
        "deep,? (?:and )?(?:rapid|fast) breathing; breathing (?:deep and (?:fast|rapid)|deeply and (?:fast|rapidly|quickly))",
    ),
    "hypo_reported": (
        "低血糖 血糖低 血糖偏低 手抖",
        "hypoglyc\\w*; low blood sugar; low (?:blood )?glucose; a hypo; (?:\\d(?:st|nd|rd|th)|another|recurrent|repeated|several|two|three) hypos?; shaky; tremulous",
    ),
    # ADA 2024 §6: insulin and sulfonylureas (消渴丸 contains glibenclamide) cause hypoglycaemia.
    # JBDS-IP 2023: a sulfonylurea's hypoglycaemia can come back for a day or more.
    "sulfonylurea": (
        "格列美脲 格列本脲 优降糖 格列齐特 格列吡嗪 格列喹酮 消渴丸 达美康 亚莫利",
        "gliclazide; glibenclamide; glyburide; glimepiride; glipizide; sulfonylurea\\w*; sulphonylurea\\w*",
    ),
    "glucose_lowering_drug": (
        "胰岛素 打胰岛素 诺和灵 优泌林 甘精胰岛素 来得时 长秀霖 诺和平 降糖药 降糖针",
        "insulin; glargine; lantus; levemir; detemir; degludec; tresiba; novomix; humulin; "
        "diabetes (?:tablets|pills|medicines?|medication)",
    ),
    "hyperglycaemia_reported": ("血糖高 血糖很高 高血糖 血糖升高 血糖爆表", "high blood sugar; hyperglyc\\w*; high (?:blood )?glucose; sugar (?:is |was )?(?:very |really )?high"),
    # --- infection and fever ----------------------------------------------------------------
    "fever": (
        "发烧 发热 高烧 高热 低烧 低热 体温高 额头烫 身上烫 浑身发烫 烧到 烧了 还在烧 反复烧 一直烧 "
        "发高烧 体温升高 烧得 发烫",
        "temp(?:erature)?s? (?:on and off|up and down|coming and going|spiking); fever\\w*; febrile; pyrexi\\w*; (?:has|had|running|ran|with) a (?:high )?temperature; "
        "high temperature; hot to (?:the )?touch; raised temperature; temperature spikes?; (?:he'?s|she'?s|is|was) roasting; burning up",
    ),
    "~fever": ("体温正常 体温不高", "afebrile; apyrexial; temperature (?:is )?normal"),
    "rigors": ("寒战 打寒战 寒颤 打寒颤 冷颤 打冷颤 发抖 打摆子 冷得发抖 冷得直发抖 冷得手脚发抖 冷得浑身发抖 冻得发抖 畏寒 怕冷 忽冷忽热 一阵冷一阵热 浑身发冷 全身发冷", "rigou?rs; shaking chills; chills; shivering(?: fits| attacks| episodes)?; shivery; teeth chattering; shaking all over[^.]{0,20}?teeth chattering; (?:the )?shivers(?![a-z])"),
    "hypothermia": ("体温低 体温不升 摸着凉 身体发凉 全身冰凉", "hypotherm\\w*; cold to (?:the )?touch; low temperature; (?:is |was |feels? |felt )?very cold(?! (?:weather|day|night|outside|water|room|house|today))"),
    # WHO IMCI 2014 young infant: umbilicus red or draining pus (local bacterial infection);
    # WHO pocket book 2013 §3: redness extending to the skin around it needs antibiotics and referral.
    "umbilical_infection": (
        "脐炎 脐部红肿 肚脐红肿 脐周发红 脐周红肿 脐部发红 肚脐发红 肚脐周围红 肚脐周围发红 肚脐流脓 脐部流脓 脐带流脓 肚脐有脓 "
        "肚脐有分泌物 脐部有分泌物 肚脐渗液 脐部渗液 肚脐臭 肚脐有臭味 脐部有臭味 脐带发臭 脐带有臭味 肚脐眼红肿 肚脐眼流脓",
        "omphalitis; umbilical (?:redness|infection|discharge|pus|sepsis); "
        "(?:red(?:ness)?|red skin|swelling|swollen|pus|discharge|oozing|smell\\w*|sticky) (?:around|round|at|from|of|on) (?:the |his |her )?(?:belly ?button|umbilicus|navel|(?:umbilical )?cord(?: stump)?); "
        "(?:belly ?button|umbilicus|navel|cord stump) (?:is |looks )?(?:red|swollen|oozing|smelly|sticky|weeping|infected)",
    ),
    "umbilical_spreading": (
        "周围皮肤也红 周围皮肤都红 周围的皮肤也红 周围的皮肤都红 周围皮肤发红 红肿扩散到 红了一大片 往肚皮上散开 往肚皮上散",
        "(?:red(?:ness)?|red skin|swelling) (?:around|round) (?:the |his |her )?(?:belly ?button|umbilicus|navel|cord stump)(?: is)?(?: \\w+)? spreading; "
        "(?:redness|red skin) (?:spreading|extending) (?:to|onto|into|over) (?:the )?(?:skin|abdomen|tummy|belly)",
    ),
    "mottled_skin": (
        "花花的一块一块 膝盖那里花花的 皮肤花花的 皮肤花斑 花斑 四肢冰冷 手脚冰凉 手脚冰冷 四肢发凉 四肢湿冷 皮肤湿冷 面色灰白 皮肤发花",
        "mottl\\w*; cold (?:hands and feet|extremities|peripheries); ashen; grey skin; cold and clammy",
    ),
    "pale": ("脸白 脸很白 脸色黄白 嘴唇没血色 嘴唇没有血色 脸上没血色 脸上没有血色 脸煞白 脸色煞白 煞白 面色苍白 脸色苍白 苍白 脸色发白 嘴唇苍白 脸发白 脸越来越白 脸色越来越白 脸越来越黄白", "pale; pallor; looks (?:very |really |a bit )?pale; white as a sheet"),
    "urinary_symptoms": (
        "一尿尿就哭 尿尿就哭 尿得很勤 尿得勤 小便味道大 尿味道大 尿骚味重 尿尿说疼 尿尿喊疼 一会儿就要尿 尿特别臭 尿颜色有点浑 颜色有点浑 尿尿的时候哭 尿尿时哭 尿尿也痛 尿尿痛 尿尿的时候痛 尿尿疼 尿有股臭味 尿很臭 尿频 尿急 尿痛 排尿痛 小便痛 小便烧灼 排尿时疼痛 小便刺痛 尿道口痛 排尿灼热 小便疼 小便烧 尿烧 小便发烫 尿臭 尿有点臭 尿的时候哭 尿的时候会哭 尿尿会哭 尿有点浑 尿浑浊 尿发浑 尿味儿大",
        "burning (?:peeing|weeing|when peeing)(?: \\d+/7)?; burning (?:n|and|&) slow stream; burning when (?:she |he |they )?(?:pees|wees|urinates|passes urine); burning (?:on |when )?passing (?:water|urine); going (?:to the toilet )?all the time; stinging (?:wee|pee|urine|when (?:she |he )?(?:wees|pees)); stings? when (?:she |he )?(?:pees|wees); dysuri\\w*; burning (?:when|on) (?:urinating|passing urine|peeing); painful urination; "
        "(?:urinary )?frequency; urgency; pain (?:when|on) (?:urinating|passing urine|peeing); uti; urine infection; cries (?:when|while|on) (?:(?:she|he) )?(?:passing urine|weeing|peeing|urinating|doing a wee|pees|wees); (?:wee|urine|pee) (?:smells?|smelling) (?:very |really )?(?:strong|bad|foul|offensive|smelly); pain (?:passing|with) urine; sting(?:s|ing)? (?:when |on |while )?(?:passing urine|peeing|weeing|urinating); (?:going|passing urine|peeing|weeing) (?:every|evry) (?:\\d+|few|half an?) (?:min\\w*|hour|hr); sting\\w* when (?:she |he |they )?(?:passes|passing|pass) (?:urine|water); (?:stings?|burns?|hurts?) (?:to|when (?:she |he )?(?:has a |goes for a )?)(?:pee|wee); burning (?:wee|pee|urine)s?",
    ),
    "flank_pain": ("肾区叩痛 肾区疼痛 腰肋部疼痛 侧腰痛 腰后面痛 腰后面疼 叩一下就叫 肾区叩击痛", "flank pain; loin pain; renal angle tenderness; kidney pain; pain (?:in )?(?:the )?(?:rt|lt|right|left|r|l) side of (?:the |her |his )?back; (?:r|l|rt|lt|right|left) flank(?: pain)?"),
    # Colicky loin pain of a stone (NICE CKS Renal or ureteric colic 2024), named or described.
    "renal_colic": (
        "腰部绞痛 腰绞痛 肾绞痛 输尿管绞痛 肾结石 输尿管结石 尿路结石 泌尿系结石 结石痛 结石发作 腰痛如绞 腰痛如刀绞",
        "(?:loin|flank) (?:pain )?(?:colicky )?[\\w ,]{0,30}?(?:goes|going|radiat\\w*|spread\\w*|moving|moves|shoots?|shooting) (?:down )?(?:to|into) (?:the |his |her )?groin; (?:side|back) [\\w ,]{0,30}?(?:go|goes|going|went) down (?:to|into) (?:the |his |her )?groin; renal colic; ureteric colic; kidney stones?; ureteric stones?; renal stones?; stone in (?:the |his |her |my )?(?:kidney|ureter); "
        "loin to groin; (?:(?:r|l|rt|lt|right|left) )?(?:flank|loin|side) (?:pain )?(?:to|into|radiating (?:to|into)|going (?:down )?(?:to|into)|down (?:to|into)|shooting (?:to|into)) (?:the |his |her )?groin; (?:side|loin|flank|back) [\\w ,]{0,30}?(?:coming|comes|came|radiating|shooting)[\\w ,]{0,20}? (?:down )?(?:to|into) (?:the |his |her )?groin",
    ),
    "haematuria": ("尿有点红 小便有点红 小便粉红色 尿粉红色 尿是粉红色 小便是粉红色 尿有点发红 尿有些发红 血尿 尿血 小便带血 尿中带血 尿里有血 洗肉水样尿 尿里有点血 尿里带血 尿里带点血 小便有点血 小便带点血 尿潜血 尿隐血 尿常规潜血 尿检潜血 尿是红的 尿发红 尿血了 尿里有血块 小便是红的 尿红红的 尿也是红的 尿是淡红色 尿淡红 尿呈淡红 尿色淡红 尿有点淡红 小便淡红 小便是淡红色 尿像洗肉水 小便像洗肉水 尿跟洗肉水 洗肉水颜色 洗肉水的颜色 洗肉水色 隐血+++ 隐血++ 潜血+++ 潜血++ 尿隐血阳性 尿潜血阳性 尿又红了 尿红了", "peeing (?:pink|red|pink/red); pink urine; urine (?:is |was |looks )?pink; (?:urine|pee|wee) (?:has been |is |was |looks |looking )?(?:pinkish|reddish)(?: (?:colou?r|tinged))?; (?:pinkish|reddish)(?: (?:colou?red|tinged))? (?:urine|pee|wee); ha?ematuri\\w*; blood in (?:the |his |her )?urine; dip(?:stick)? (?:\\w+ ){0,2}blood; blood (?:\\+{1,3}|[1-3] ?\\+|positive|trace) (?:on|in) (?:the )?(?:urine )?dip(?:stick)?; (?:urine )?dipstick (?:blood|rbc) ?\\+{1,3}; peeing (?:some |fresh |bright )?blood; (?:urine|pee|wee) (?:has been |is |was |looks |looking )?(?:bright |dark |pinky?[- ]?|frank )?(?:red|pink)(?![a-z]); (?:pink|red|pinky?[- ]red|bright red) (?:urine|pee|wee); blood(?:y)? (?:in (?:his |her |the )?)?(?:pee|wee|urine); (?:visible|frank|gross) ha?ematuria; (?:urine|pee|wee) (?:is |was )?(?:thick |dark )?red with clots; clots in (?:the |his |her )?(?:urine|pee|wee|catheter bag); (?:thick|dark) red (?:urine|pee|wee)"),
    # NICE CKS Anticoagulation - oral: bleeding gums are minor bleeding that needs the INR checked.
    "gum_bleeding": (
        "牙龈出血 刷牙出血 牙龈流血 牙龈渗血 牙床出血 拔牙后出血 拔牙的地方出血 拔牙的地方渗血 牙窝出血 牙窝渗血 牙龈出点血 牙龈出了点血 牙龈有点出血 刷牙牙龈出血 牙龈老出血 牙龈总出血 牙龈一直出血 刷牙老出血",
        "bleeding gums?; gums? (?:are |is )?bleed\\w*; gum bleeding; (?:tooth |extraction )?socket (?:is |still |slowly )*(?:oozing|bleeding); bleeding (?:from|after) (?:the |a )?(?:tooth |dental )?extraction",
    ),
    "wound_infection": (
        "流黄水 比昨天宽了 越来越红 周围红了一圈 烂深了 烂肉 伤口红肿 伤口流脓 伤口化脓 伤口感染 蜂窝织炎 红肿热痛 化脓 丹毒 红肿发烫 又红又肿 "
        "红、热、疼 红热疼 又红又热又疼 红肿烫手 又红又烫手 有点黄水 有黄水 渗黄水 发红发烫 又红又烫 流脓 红肿发硬 红肿变硬 又红又硬 挤一下有点脓 挤出脓 黄色渗出 黄脓 有点黄脓 周围红了一大圈 红了一大圈",
        "(?:hot,? red|red,? hot|red and hot|hot and red) (?:area|patch|skin|lump)(?: around)?; green-?yellow (?:goo|pus|discharge); red(?:,)? (?:hot,? )?swollen (?:(?:r|l|right|left) )?(?:lower )?(?:leg|arm|calf|shin); pus coming out; red,? hot,? (?:and )?hard; red,? hot,? (?:and )?tender; red,? hot swelling; hot,? swollen,? (?:and )?red; wound (?:is )?(?:red|infected|oozing pus)|infected wound; cellulitis; erysipelas; pus; "
        "red,? hot,? (?:and )?swollen; hot,? red,? (?:and )?swollen; red,? swollen,? (?:and )?(?:hot|warm); "
        "(?:redness|swelling) (?:is )?spreading; spreading (?:swelling|erythema); red and (?:hot|warm); red,? hot,? (?:and )?swollen; hot,? red,? (?:and )?swollen; (?:leg|arm|foot|shin|calf|hand|forearm|thigh) (?:is )?red,? (?:hot|warm),? (?:and )?swollen; (?:cut|wound|incision|scar|stitch(?:es)?)(?: \\w+){0,5} (?:red(?:dened)?|oozing|weeping|discharging)(?![a-z]); (?:bit of |some )?(?:yellow|cloudy|smelly|green|brown) (?:ooze|fluid|discharge) (?:from|at|out of) (?:the |one )?(?:end|cut|wound|incision|scar); (?:bit of |some )?yellow ooze",
    ),
    # A wound closed with stitches or an operation's wound (NICE NG125 surgical site infection).
    "sutured_wound": (
        "缝了 缝针 缝了针 缝的针 缝合 缝过针 刀口 切口 拆线 侧切 术后 手术后 剖宫产 剖腹产 置换术 疝修补 阑尾手术 胆囊手术 子宫切除 开过刀 开刀 袖状胃切除 胃旁路手术 减重手术 缩胃手术 前列腺电切 电切术 经尿道电切 膀胱肿瘤电切",
        "sutured; stitches; stitched; (?:surgical|operation|op|c-?section|caesarean|cesarean) (?:wound|scar|incision); incision; episiotomy; (?:had|has had) (?:his |her |their |an? )?(?:appendix|gallbladder|hernia|tonsils|womb|ovary|spleen) (?:taken )?out; (?:appendic|cholecyst|hysterect|splenect)omy; hernia repair; post-?op(?:erative)?; (?:op|operation|surgery) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) (?:days?|wks?|weeks?) ago; post[- ]?(?:cs|c-?section|op)(?![a-z]); (?:hip|knee|shoulder|hernia|appendix|gallbladder|bowel|keyhole|laparoscopic) (?:\\w+ )?(?:op|operation|replacement|surgery)(?![a-z]); stomach (?:was )?stapled; gastric (?:bypass|band|sleeve)(?: surgery| op)?; sleeve gastrectomy; bariatric (?:surgery|op); (?:weight[- ]loss) (?:surgery|op); turp(?![a-z]); turbt(?![a-z]); (?:prostate|bladder) (?:op|operation|surgery|resection)(?![a-z])",
    ),
    "infection_reported": ("感染 炎症 发炎", "infection; infected; sepsis; septic"),
    "ear_pain": ("耳朵痛 耳痛 耳朵疼 中耳炎 耳朵流脓", "ear ?ache; ear pain; otitis"),
    "hfmd": ("手足口 手足口病", "hand,? foot,? and mouth; hfmd"),
    "rash": ("皮疹 疹子 红疹 起疹子 出疹 出疹子 红点 疱疹", "rash\\w*; spots"),
    # Blisters (水泡, 水疱, vesicles) of a rash or a burn: their own concept, so "没起水疱" does not
    # take back a rash told earlier.
    "blisters": (
        "水泡 起水泡 起泡 水疱 起水疱 起大泡 起了大泡 大水泡",
        "blistering; blisters?; vesicles?",
    ),
    # BAD 2016 SJS/TEN: blistering or skin that peels off in sheets, with the mouth, eyes or
    # genitals eroded (severe cutaneous adverse reaction, usually to a new drug).
    "skin_blistering_widespread": (
        "一蹭皮就掉 一蹭就掉皮 一碰皮就掉 全身起大疱 全身大疱 全身水疱 全身起水疱 全身起水泡 浑身起水疱 浑身起水泡 浑身起大疱 大片水疱 大片水泡 大疱 "
        "皮一擦就掉 一擦就掉皮 皮一碰就掉 一碰就掉皮 皮肤一擦就掉 皮肤一碰就掉 皮肤一片片脱 皮肤一块块脱 皮肤大片脱落 大片脱皮 皮肤剥脱 表皮剥脱 表皮脱落 脱皮像烫伤 皮肤像烫伤一样",
        "skin (?:is )?(?:peeling|coming|sloughing|falling) off(?: in (?:sheets|patches|large areas))?; (?:skin )?peeling off in sheets; sloughing skin; "
        "blisters? (?:all over|everywhere|over (?:his |her |the )?(?:whole )?body); widespread blister\\w*; (?:large|big) blisters; peeling(?: and)? blistering skin; blistering(?: and peeling)? skin; skin (?:is )?blistering(?: and peeling)?; skin peeling",
    ),
    "mucosal_erosion": (
        "嘴里全是溃烂 嘴里全是烂的 嘴里溃烂 口腔溃烂 嘴巴烂了 嘴烂了 嘴唇溃烂 嘴唇烂了 嘴唇糜烂 口唇糜烂 口唇溃烂 口腔糜烂 嘴里烂了 嘴里全烂了 满嘴溃烂 口腔黏膜脱落 眼睛糜烂 外阴溃烂 龟头溃烂 嘴唇起血痂 嘴唇结痂 嘴唇血痂 口唇血痂 嘴唇起痂 嘴唇结血痂",
        "(?:mouth|lips?|mouth and eyes|eyes and mouth|lips and eyes) (?:is |are )?(?:raw|eroded|peeling|crusted|crusty|blistered|ulcerated|sore and peeling)(?: and bleeding)?; crusty (?:and bleeding )?lips; "
        "(?:mouth|lips?) (?:and (?:eyes|lips|genitals) )?(?:is |are )?sore; mucosal (?:erosions?|involvement|ulceration); mouth full of (?:sores|ulcers|blisters)",
    ),
    # BAD 2016 SJS/TEN: the drugs most often behind SJS/TEN (ALDEN high-risk list), started in the last 8 weeks.
    "sjs_drug": (
        "易致重症药疹的药物 别嘌醇 别嘌呤醇 卡马西平 奥卡西平 复方新诺明 磺胺甲噁唑 磺胺 拉莫三嗪 苯妥英 苯巴比妥 奈韦拉平",
        "allopurinol; carbamazepine; oxcarbazepine; co-?trimoxazole; septrin; bactrim; sulfamethoxazole; sulfonamides?; sulpha drugs?; sulfa drugs?; lamotrigine; phenytoin; phenobarb\\w*; nevirapine",
    ),
    # NICE CKS GI bleeding: iron and bismuth turn stools black; melaena is also sticky, tarry and foul.
    "iron_or_bismuth": (
        "铁剂 硫酸亚铁 琥珀酸亚铁 富马酸亚铁 多糖铁 补铁 铁片 铋剂 枸橼酸铋钾 胶体果胶铋 孕妇的铁片 孕妇吃的铁片 孕期补铁药 孕妇补铁药 孕妇的补铁药 孕妇维生素",
        "iron (?:tablets?|tabs|supplements?|syrup|drops); ferrous \\w+; bismuth; pepto-?bismol; (?:(?:her |his )?mum'?s |(?:her |his )?mother'?s )?(?:pregnancy|prenatal|antenatal) (?:iron |vitamin )?(?:tablets|tabs|pills|vitamins|supplements)",
    ),
    "rash_nonblanching": (
        "压上去也不褪色 压上去不褪色 杯子压上去不褪色 紫红色的小点点 紫红色的点点 紫红色点点 按到不褪色 按到不褪 按了不退色 压了不退色 紫色的点点 紫点点 紫色点点 紫色的小点 压了不褪色 压了不褪 按了不褪色 按着不褪色 压了也不褪色 瘀点 瘀斑 出血点 紫癜 压之不褪色 压不褪色 按压不褪色 皮下出血 紫红小点 紫红点 出血点 不褪色 压不褪 压了不褪 不褪 针尖样的红点 针尖样红点 针尖大小的红点 针尖样出血点 出血点",
        "non-?blanching(?: rash)?; petechi\\w*; purpur\\w*; rash (?:that )?(?:does not|doesn'?t) (?:fade|blanch); "
        "(?:tiny |small |little |pin-?point )?(?:purple|purplish|dark red|red or purple|red and purple|purple or red|purple-red) (?:spots|dots|specks|marks|blotches|rash); "
        "pin-?(?:prick|point) (?:red |purple )?(?:spots|rash|dots|marks); (?:spots|dots) (?:that )?(?:do not|don'?t|won'?t|doesn'?t) (?:fade|blanch|go away when (?:pressed|you press))(?: with (?:a |the )?glass)?; (?:glass|tumbler) test[^.]{0,12}?(?:they |it |dots |spots )?(?:do not|don'?t|doesn'?t|does not|didn'?t|won'?t) (?:fade|blanch); (?:tiny |small )?red spots (?:on|over) (?:the |his |her )?(?:legs|body|arms|trunk|chest)",
    ),
    # --- allergy ---------------------------------------------------------------------------
    "allergic_reaction": (
        "过敏 过敏反应 过敏了 药物过敏 食物过敏 吃了海鲜 吃了花生 青霉素 打针后 输液后",
        "allerg\\w*; after (?:an? )?(?:injection|infusion|eating (?:peanuts?|nuts|shellfish|seafood)); peanuts?; shellfish",
    ),
    "sting": ("被蛰 蛰了 蛰伤 蜂蜇 蜇伤 被蜇 蜜蜂 马蜂 黄蜂 胡蜂", "stings?; stung; bee; wasp; hornet"),
    # WAO 2020: generalised hives or an itchy rash all over is the skin feature of anaphylaxis.
    "hives": (
        "荨麻疹 风团 风疹块 起风团 起包 起疙瘩 全身起疹 浑身起疙瘩 浑身起包 全身发痒起疹 全身痒起疹",
        "hives; urticaria\\w*; welts; itchy rash (?:all over|everywhere|over (?:the |his |her )?(?:whole )?body); blotch\\w*; (?:itchy,? )?raised,? (?:red |itchy |pink )*(?:rash|bumps|welts|blotches)",
    ),
    # Itching all over: a skin feature of anaphylaxis after a likely allergen (NIAID 2006).
    "itch_generalised": ("浑身痒 全身痒 全身发痒 浑身发痒 浑身刺痒", "itchy all over; itching all over; itch all over"),
    # A rash all over, itchy or not: a skin feature after a medicine just taken (NIAID 2006
    # criterion 2), otherwise a rash (measles, a viral rash).
    "rash_generalised": (
        "全身起红疹 全身红疹 全身出疹子 全身出红疹 浑身起疹子 浑身出疹子 全身起红点",
        "rash all over (?:the |his |her )?(?:whole )?body; (?:red |raised |blotchy )?rash all over",
    ),
    # WAO 2020 / NIAID 2006 criterion 2: a medicine taken minutes to hours ago, told without the
    # word allergy ("took co-amoxiclav an hour ago"). Only the verb is matched.
    "drug_taken": (
        "用药后 服药后 吃药后 打针后不久 输液后不久",
        "(?:took|taken|swallowed|received|given)(?! (?:birth|a (?:fall|tumble|knock|turn|hit|blow)))(?=(?: [\\w-]+){1,4}? (?:about |around )?(?:\\d+|an?|half an|a few|few) "
        "(?:min(?:ute)?s?|hours?|hrs?) ago); after (?:taking|starting|being given|receiving) (?:the |his |her |a |an |some )?"
        "(?:[\\w-]+ )?(?:tablets?|pills?|medicines?|medication|antibiotics?|drugs?)",
    ),
    "angioedema": (
        "舌头肿起来 舌头开始肿 嘴唇肿 嘴唇肿胀 舌头肿 脸肿 面部肿胀 眼睑肿 血管性水肿 眼皮肿 口唇肿胀 舌头肿胀 面部水肿",
        "lip swelling; swollen (?:lips?|tongue|face|eyelids?); (?:tongue|facial|face) swelling; angio-?oedema; (?:tongue|lips?) (?:started|starting|began) (?:swelling|to swell); lips? puffing up; "
        "angio-?edema; lips (?:are )?swollen; face (?:is )?swollen; (?:tongue|lips?|face) (?:is |are )?(?:very |massively |really |hugely |badly )?swollen; (?:tongue|lips?|face|throat|mouth)(?: and (?:tongue|lips?|face|throat|mouth))? (?:is |are )?(?:swelling|swollen); (?:upper |lower )?lips? (?:is |are |got |looks? )?(?:very |a bit |bit )?puffy; puffy (?:upper |lower )?lips?; (?:lips?|face|tongue)[^.]{0,30}swell(?:ed)? up",
    ),
    "airway_swelling": (
        "喉咙发紧 喉头发紧 嗓子发紧 喉头水肿 喉咙肿 喉咙紧 嗓子肿得 喉咙堵 喘不上气且喉咙 嗓子紧 嗓子发紧了",
        "throat (?:tightness|swelling|closing|is closing|feels tight|is tight); tight throat; "
        "swelling (?:of|in) (?:the )?throat; laryngeal o?edema; throat (?:is |feels? |felt |was |gets |getting |going )?tight",
    ),
    "itch": ("痒 瘙痒 发痒", "itch\\w*; pruritu\\w*"),
    "insect_bite": ("蚊子咬 虫咬 蚊虫叮咬 被虫咬", "insect bites?; mosquito bites?; bug bites?"),
    # --- pregnancy -------------------------------------------------------------------------
    "pregnant": (
        "孕妇 怀孕 妊娠 有孕 孕早期 孕中期 孕晚期 怀孕了 早孕 身怀六甲 双胎 妊娠试验 尿妊娠试验 尿hcg 血hcg ",
        "pregnan\\w*; gravid; expecting a baby; g\\dp\\d; upt; urine hcg; serum hcg; (?:beta-?|b-?)?hcg(?= (?:is |was )?(?:positive|negative|\\+|-|neg|pos))",
    ),
    "~pregnant": ("未孕 没有怀孕 没怀孕 未怀孕 排除妊娠 不可能怀孕 已绝经 绝经 妊娠试纸阴性 尿妊娠试纸阴性 尿妊娠阴性 妊娠试验阴性 验孕阴性 早孕试纸阴性 验孕棒阴性 验孕棒一条杠 hcg阴性", "not pregnant; post-?menopausal; menopaus\\w*; pregnancy test (?:was |is |came back )?neg\\w*; negative pregnancy test; (?<![a-z])upt (?:was |is )?neg\\w*; (?<![a-z])b?hcg (?:was |is )?neg\\w*"),
    "positive_pregnancy_test": (
        "验孕阳性 早孕试纸阳性 两条杠 测出怀孕 试纸阳性 hcg阳性 尿hcg阳性 血hcg阳性 验孕棒阳性 两道杠 两条线 两道线 测出来有了 测出来怀孕 验出怀孕 验出来怀孕",
        "positive (?:home |urine )?pregnancy test; pregnancy test (?:is |was |came back |came up )?positive; (?:beta-?)?hcg (?:is |was )?positive",
    ),
    "missed_period": (
        "停经 月经推迟 没来月经 月经没来 月经过期 月经延迟 例假没来 大姨妈没来 月经推后 例假推迟 大姨妈推迟 大姨妈晚了 例假晚了 月经晚了",
        "missed (?:a |her |my )?periods?; late period; period (?:is |was )?late; amenorrh\\w*; no period; "
        "periods? (?:is |was |are )?(?:\\d+|one|two|three|four|five|six|a few|several) (?:days?|weeks?) (?:late|overdue); "
        "(?:has not|hasn't|have not|haven't) had (?:a |her |my )?periods?; period (?:is |was )?overdue; "
        "lmp (?:was )?(?:[5-9]|1\\d) ?(?:weeks?|wks?) ago; last (?:menstrual )?period[^.]{0,16}?(?:[5-9]|1[0-6]) ?(?:wks?|weeks) ago; periods? (?:is |was |are )?(?:\\d+|one|two|three|four|five|six|a few|several) ?(?:days?|d|weeks?|wks?|w) (?:late|overdue)",
    ),
    "postpartum": (
        "生完娃 刚生了娃 生了娃 生完小孩 产后 分娩后 生完孩子 坐月子 剖宫产后 刚生完 顺产后 生产后 剖腹产后 剖宫产术后 生完宝宝 月子里 月子期间 产褥期 剖宫产第 剖腹产第 顺产第 产后第",
        "(?:vaginal |normal |nvd |svd |instrumental )?delivery (?:\\d+|a few|two|three|four|five|six) (?:days?|weeks?) ago; post-?partum; after (?:giving )?birth; after delivery; post-?natal; gave birth; delivered (?:at home |in the car |on the way )(?:\\d+ )?(?:hrs?|hours?|days?) ago; delivered (?:a baby )?(?:\\d+ )?(?:days?|weeks?) ago; "
        "(?:after|since) (?:her |my |the |a )?(?:c-?section|caesarean|cesarean); \\d+ ?(?:days?|wks?|weeks?) (?:post|after)[- ]?(?:an? )?(?:c-?section|caesarean|cesarean|cs|lscs|delivery|birth); pn day \\d+; postnatal day \\d+; day \\d+ post-?partum; pn d\\d+; day \\d+ (?:after|post)[- ]?(?:an? )?(?:emergency |elective )?(?:c-?section|caesarean|cesarean|cs|lscs|delivery|birth|nvd|svd); \\d+ (?:days?|weeks?) (?:after|post)[- ]?(?:an? )?(?:emergency |elective )?(?:c-?section|caesarean|cesarean|delivery|birth); \\d+ ?(?:yo ?)?f(?![a-z])[^.]{0,30}?baby (?:is )?(?:only )?\\d+ (?:days?|d|weeks?|wks?) old; birth \\d+ (?:days?|wks?|weeks?) ago; (?:cs|c-?section|lscs|caesarean|cesarean) (?:\\d+|a few|two|three|four|five|six|seven|eight|nine|ten) (?:days?|wks?|weeks?) ago; post[- ]?(?:cs|c-?section|lscs)(?![a-z]); (?:mum|mother) (?:\\w+ ){0,3}(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:day|week|wk)s?[- ]old; day \\d+ after (?:her|the|a) (?:baby|birth|delivery)",
    ),
    # WHO PNC 2022 / WHO IMPAC: foul-smelling lochia or vaginal discharge after birth (metritis).
    "foul_lochia": (
        "恶露臭 恶露发臭 恶露有臭味 恶露有异味 恶露很臭 恶露难闻 恶露味道大 恶露腥臭 下面有臭味 下面发臭 下身有臭味 下身发臭 "
        "分泌物臭 分泌物有臭味 分泌物发臭 分泌物很臭",
        "foul[- ]smelling (?:vaginal )?(?:lochia|discharge|bleeding|blood|loss); smelly (?:vaginal )?(?:lochia|discharge|bleeding|blood|loss); "
        "offensive (?:vaginal )?(?:lochia|discharge); (?:lochia|discharge|bleeding) (?:is |that is )?(?:foul|smelly|offensive|smells? (?:bad|off|awful|foul))",
    ),
    "vaginal_bleeding": (
        "褐色的分泌物 内裤上有点褐色的分泌物 内裤上有点血 内裤上有血 内裤上见血 内裤上沾了血 阴道出血 阴道流血 下面出血 见红 阴道少量出血 下身出血 阴道出血量多 下面流血 下身流血 褐色分泌物 咖啡色分泌物 少量褐色分泌物",
        "vaginal bleeding; bleeding (?:from|per) (?:the )?vagina; pv bleed\\w*; spotting; bleeding down below",
    ),
    "leaking_fluid": (
        "流水 破水 羊水破了 阴道流液 阴道流水 羊水流出 胎膜早破 裤子湿了 湿了一大片 流了好多水 流了很多水 "
        "控制不住地流水 控制不住的流水 止不住地流水 下面一直流水",
        "wet underwear[\\w ,]{0,30}?clear fluid; clear fluid,? keeps leaking; keeps leaking; (?:clear )?fluid leaking; leaking clear fluid; leaking fluid; waters? (?:has |have )?broken; waters? broke; rupture of (?:the )?membranes; gush of fluid; "
        "leaking (?:amniotic )?fluid; (?:big |large )?gush of (?:clear )?(?:water|fluid); (?:water|fluid) gushed(?: out)?; pad (?:still |is )?(?:wet|soaked)",
    ),
    "reduced_fetal_movement": (
        "胎动比以前少 胎动比之前少 胎动比原来少 胎动比往常少 胎动减少 胎动少 胎动不明显 胎动变少 胎动比平时少 胎动弱 胎动不如以前 胎动没以前多 胎动次数少 宝宝动得少 "
        "孩子动得少 胎儿活动减少 胎动明显减少 宝宝动得明显少了 宝宝动得少了 动得明显少了 孩子动得少了 胎动明显少了 胎动少了 宝宝不怎么动 胎儿不怎么动 胎儿不太动 胎儿不大动 胎动不太明显 肚子里的宝宝不太动 "
        "宝宝没以前动得多 宝宝动得没以前多 胎动没有以前多 胎动没以前频繁 没怎么感觉到胎动 没怎么感觉到孩子动 胎动没怎么感觉到 一上午都没怎么感觉到胎动",
        "reduced fetal movements?; (?:hasn'?t|has not|hasnt|not) felt (?:much|many|any) (?:kicking|movement|moving) (?:since|today|this)(?! (?:was|were) normal); baby (?:is )?(?:moving less|not moving as much|moving less than usual); (?:pregnant|\\d{2} ?(?:wks?|weeks?)|(?:ante|pre)natal)[^.|]{0,60}?(?:baby|fetus|foetus) (?:is |has been |'s been |seems |feels )?(?:much |a lot |very |far |a bit )?(?:quieter|less active|stiller) (?:than (?:usual|normal|before)|today|since);  (?:hasn'?t|has not|hasnt) felt (?:much|many) (?:movements?|kicks); (?:hasn'?t|has not|hasnt) felt (?:the )?baby move (?:much|as much); "
        "fewer (?:fetal |baby )?(?:movements|kicks); decreased fetal movements?; reduced movements; kicking less; "
        "less fetal movements?; (?:fetal|baby'?s?) movements? (?:have |has )?(?:slowed|reduced|decreased); fms? reduced; reduced fms?; less fms?; fewer fms; (?:baby|baby's|babys|fetus|foetus)(?: is| has been)? (?:[\\w'-]+ ){0,3}?moving (?:[\\w'-]+ ){0,3}?less",
    ),
    "absent_fetal_movement": (
        "一点都没动 一整天都没动 一天都没动 一整天没动 感觉不到娃动 没感觉到娃动 不觉得娃动 娃不动了 娃一直没动 觉不到娃动 没觉到胎动 觉不到胎动 没感到胎动 感不到胎动 宝宝不动了 胎儿不动 胎动消失 感觉不到胎动 没有胎动 无胎动 没感觉到胎动 胎动没了 不觉胎动 胎动停止 "
        "感觉不到宝宝动 没感觉到宝宝动 宝宝一直没动 没觉着孩子动 没觉着娃动 没觉得孩子动 没感觉孩子动 没感觉到孩子动 孩子一下都没动 一下都没有动",
        "baby (?:hasn'?t|has not) moved; no fetal movements?; not felt (?:the )?baby move; baby (?:has )?stopped moving; "
        "absent fetal movements?; (?:hasn'?t|has not|haven'?t|have not) felt (?:the )?baby move; no fetal movements?; (?:baby|fetus) (?:has )?(?:not|n'?t) moved (?:at all|all day|today)",
    ),
    "contractions": (
        "宫缩 肚子一阵阵发紧 规律宫缩 阵痛 肚子发紧 肚子一阵一阵发紧 一阵一阵发紧 肚子一阵一阵发硬 肚子阵阵发硬 规律腹痛",
        "tightenings?; contractions?; labou?r pains?; in labou?r; "
        "(?:cramps?|cramping|pains?|tightenings?) (?:coming )?(?:every|each) \\d+ ?(?:-|to) ?\\d+ ?(?:minutes|mins)|"
        "(?:cramps?|cramping|pains?|tightenings?) (?:coming )?(?:every|each) \\d+ ?(?:minutes|mins); pains? every \\d+(?: ?- ?\\d+)? ?(?:min|mins|minutes); (?:wants|urge) to push; (?:feels? like )?(?:she )?(?:needs?|wants?|has (?:an |the )?urge) to push; (?:pains?|contractions?|tightenings?)[^.]{0,25}?every \\d+(?:[-~]\\d+)? ?min\\w*",
    ),
    # NICE NG25 / CKS antenatal care: irregular, painless tightenings that settle with rest are Braxton Hicks.
    "contractions_irregular": (
        "宫缩不规律 不规律宫缩 发紧没有规律 发紧不规律 时紧时不紧 假性宫缩 休息后就不紧了 歇一下就不紧了",
        "(?:tummy|belly|bump|abdomen|uterus) (?:goes|going|gets|getting|went) (?:hard|tight)[^.|]{0,30}?painless; painless,? (?:and )?irregular; braxton[- ]hicks; irregular (?:tightenings?|contractions?); (?:tightenings?|contractions?) (?:are |were )?(?:irregular|not regular); irregular,? (?:and )?(?:not painful|painless); (?:settle|settles|settled|stop|stops|ease|eases) (?:down )?(?:when|with|on|after) (?:she |he )?rest\\w*",
    ),
    # Abdominal pain that comes and goes at intervals (一阵一阵疼, 五分钟一次): in pregnancy
    # these are contractions (NICE NG25 preterm labour).
    "periodic_abdominal_pain": (
        "一阵一阵疼 一阵一阵痛 一阵一阵地疼 一阵一阵地痛 一阵一阵的疼 一阵一阵的痛",
        "period[- ]like (?:pains?|cramps?|cramping)",
    ),
    # A dragging, heavy lower abdomen (坠胀): pain in a woman who may be pregnant (NICE NG126).
    "lower_abdominal_heaviness": (
        "坠胀 坠痛 下坠感 发坠 往下坠",
        "dragging (?:pain|feeling|sensation) (?:in (?:the |her |my )?(?:lower )?(?:tummy|belly|abdomen|pelvis))?; (?:pelvic|lower abdominal) heaviness",
    ),
    "shoulder_tip_pain": ("肩膀也痛 肩膀也疼 肩膀痛 右肩痛 左肩痛 肩膀疼 肩尖痛 肩尖疼 左肩膀也痛 左肩膀也疼 左肩膀痛 左肩膀疼", "shoulder[- ]tip pain; pain (?:at|in) (?:the |her )?(?:left |right )?shoulder[- ]tip; pain at (?:the )?tip of (?:the |her |his )?(?:l |r |left |right )?shoulder"),
    "oedema": ("水肿 浮肿 脚肿 腿肿 脚踝肿 手肿 下肢水肿 双下肢水肿 脚面肿 眼睛肿 脸浮肿 眼睛浮肿 按下去一个坑", "puffy (?:face|eyes|eyelids); (?:face|eyes|eyelids) (?:are |is |looks? |was )?puffy; (?:legs|tummy) swollen too; o?edema; swollen (?:feet|ankles|legs|hands); swelling of (?:the )?(?:face|hands|feet|legs|ankles); (?:face|hands|feet|legs|ankles)(?: and (?:face|hands|feet|legs|ankles))? (?:are |is |got |went )?(?:suddenly |very |really )?(?:swollen|puffy); ankles (?:are |look |getting )?(?:more |very )?(?:puffy|swollen); puffy (?:round|around|under) (?:the |his |her )?eyes"),
    # ESC 2021 Heart failure guidelines §self-care and NICE NG106 (2018): a weight gain of 2 kg or more within 3 days means fluid is building up.
    "weight_gain_rapid": (
        "三天体重涨了 两天体重涨了 体重涨了两三斤 体重涨了几斤 体重长了两三斤 体重增加了两三斤 涨了两三斤",
        "(?:weight|wt) (?:is )?(?:up|gain(?:ed)?|increased?|went up) (?:by )?(?:~|about |around |almost |nearly )?\\d+(?:\\.\\d+)? ?(?:kg|kilos?|lbs?|jin) (?:(?:in|over|within) (?:the )?(?:last |past )?(?:\\d+|a few|few|two|three|four|five|several) (?:days?|d)(?![a-z])|(?:this|in a|in one|over a) week|since (?:yesterday|last week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)); (?:gained|put on) (?:~|about |around )?\\d+(?:\\.\\d+)? ?(?:kg|kilos?|lbs?) (?:(?:in|over|within) (?:the )?(?:last |past )?(?:\\d+|a few|few|two|three|four|five|several) (?:days?|d)(?![a-z])|(?:this|in a|in one|over a) week|since (?:yesterday|last week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)); up (?:by )?\\d+(?:\\.\\d+)? ?kg (?:over|in) (?:\\d+|a few|few|two|three|four) days",
    ),
    # NICE NG133 / 妊娠期高血压疾病诊治指南2020: pre-eclampsia or gestational hypertension named as a
    # diagnosis, and eclampsia (a fit) named.
    "pre_eclampsia_named": (
        "子痫前期诊断",
        "pre-?eclampsia; pre-?eclamptic; pregnancy[- ]induced hypertension; pih; gestational hypertension; hellp(?: syndrome)?",
    ),
    "eclampsia_named": ("子痫发作", "eclampsia; eclamptic (?:fit|seizure)s?"),
    "pain_interval": ("疼痛间隔", "(?!x)x"),  # Chinese pattern below: 五分钟一次
    "globus_sensation": ("咽部异物感", "(?:a )?(?:choking|lump in (?:the|my|her|his) throat) (?:feeling|sensation); globus"),
    # --- genito-urinary --------------------------------------------------------------------
    "testicular_pain": (
        "阴囊肿得发亮 整个阴囊肿 下面也疼 捂着裤裆 捂裤裆 抓着裤裆 拍裤裆 打自己裤裆 蛋蛋肿 蛋蛋疼 蛋蛋痛 卵蛋疼 卵蛋痛 卵蛋子疼 卵蛋子痛 蛋子疼 蛋子痛 卵子疼 卵子痛 睾丸痛 睾丸疼 蛋疼 阴囊痛 阴囊肿痛 睾丸肿痛 睾丸剧痛 阴囊疼痛 睾丸疼痛 阴囊肿胀",
        "pain and swelling (?:(?:in|of) )?(?:(?:the|his) )?(?:(?:r|l|right|left) )?(?:testicle|testis|scrotum); (?:(?:l|r|left|right) )?(?:testis|testicle) pain; scrotum (?:is )?(?:now )?(?:more )?(?:v |very )?(?:swollen|red|painful|sore)(?:,? (?:red|swollen|painful|sore|and| )+)?; swollen (?:red )?scrotum; pain (?:is )?(?:actually |really |now |mainly |mostly )?in (?:his |the |my )?(?:left |right |l |r )?(?:testicles?|testis|scrotum); (?:testis|testicle) (?:is )?(?:lying |riding |sitting )?(?:high|high-riding|very tender|tender|swollen); pain in (?:his |the |my )?(?:left |right )?(?:testicles?|testis|scrotum|balls?(?! of)|nuts); (?:left |right )?testicle pain; "
        "(?:his |my )?(?:left |right )?(?:balls?|nuts) (?:is |are )?(?:hurting|hurts?|painful|swollen|killing him); testic\\w* (?:pain|swelling); testicles? (?:is |are )?(?:painful|swollen|hurts?); pain in (?:his |the )?(?:testicles?|testis|scrotum); "
        "scrotal (?:pain|swelling); painful (?:testicles?|scrotum); (?:hitting|holding|grabbing|clutching) (?:at )?(?:his )?(?:privates|groin|crotch|balls); (?:(?:left|right|l|r|one) )?ball (?:looks |is |seems )?(?:swollen|higher up|high|red)(?: and (?:higher up|swollen|high|red))?; (?:pain|ache) (?:in )?(?:the |his )?(?:l|r|left|right) (?:testicle|testis|ball)s?; (?:balls?|testicles?) (?:is |are )?(?:really |very )?(?:sore|swollen)(?: and (?:sore|swollen))?; pain in (?:one|a) (?:testicle|testis|ball); scrotum(?: \\w+){0,4} (?:swollen|swelling)",
    ),
    "urinary_retention": (
        "尿不太出来 尿也不太出来 一滴尿都尿不出来 小便也解不太出来 小便解不太出来 尿解不太出来 一直没尿出来 到现在没尿出来 一直尿不出来 没尿出来 尿不出来了 尿不出 尿潴留 小便解不出 解不出小便 排不出尿 尿不出来 小便不出 尿解不出 小便排不出 排不出小便 小便尿不出 憋着尿不出 尿不下来 小便不下来 撒不出尿 撒不出来 尿尿尿不出 屙不出尿 尿都尿不出 小便点滴不通 点滴不通 癃闭 尿点滴不出 一滴尿没解出来 一滴尿都没解出来 一滴尿也没解出来 一滴尿都解不出 到现在没尿出来 到现在都没尿出来 到现在还没尿出来",
        "hasn'?t (?:peed|passed urine|passed water|urinated)(?: since)?; urinary retention; retention of urine; can'?t (?:pass urine|pee|urinate); unable to (?:pass urine|urinate|pee); "
        "(?:hasn'?t|has not|haven'?t|have not|hadn'?t|had not|not) (?:been )?able to (?:pass urine|pass water|pee|urinate|wee); "
        "(?:can'?t|cannot|couldn'?t|could not) (?:pass water|get (?:his |her |my |the )?(?:urine|pee|wee) out|start (?:the |his |her )?(?:urine )?(?:flow|stream)); "
        "(?:trouble|difficulty|problems?) (?:starting|initiating) (?:to )?(?:pass(?:ing)? urine|pee(?:ing)?|urinat\\w*|pass(?:ing)? water|the (?:urine )?(?:flow|stream)); (?:not|n't) (?:really )?(?:been )?able to pass (?:water|urine); just dribbles; (?:only|just) dribbling; hasn'?t (?:passed|peed) any (?:urine|pee|water); (?:hasn'?t|has not|not) passed (?:any )?urine (?:at all )?since; (?:only|just) (?:a )?few drops; tried to (?:go|pee|wee|pass urine)[^.]{0,20}?(?:nothing|only|just) (?:a )?(?:few )?drops; (?:can'?t|cannot|couldn'?t|unable to) pass anything",
    ),
    "incontinence": (
        "大小便失禁 尿失禁 小便失禁 大便失禁 控制不住大小便 尿裤子 尿尿没感觉 尿了都不知道 尿湿了才知道 裤子湿了才知道 尿了也不知道",
        "incontinen\\w*; bowel accident; (?:soiled|wet) (?:himself|herself) without (?:knowing|noticing); wet (?:himself|herself); loss of (?:bladder|bowel) control; dribbling (?:urine|of urine)",
    ),
    "saddle_anaesthesia": (
        "肛门周围发木 肛门周围麻木 肛周发木 会阴发木 屁股周围发木 会阴部麻木 马鞍区麻木 肛周麻木 屁股麻木 鞍区感觉减退 裆部麻木 鞍区麻木 会阴麻木 "
        # the saddle reaches the inner thighs (NICE CKS sciatica 2024; GIRFT cauda equina 2023)
        "屁股周围发麻 屁股发麻 肛门周围发麻 肛门发麻 会阴发麻 裆部发麻 裆里发麻 大腿里面发麻 大腿内侧发麻 大腿里侧发麻 大腿根里面发麻 屁股和大腿根那块发麻 大腿根那块发麻 屁股那块发麻 屁股和大腿根发麻 大腿根发麻",
        "numb between (?:his |her |my |the )?legs; saddle (?:an(?:a)?esthesia|numbness); "
        "(?:numb(?:ness)?|no feeling|loss of (?:feeling|sensation)|pins and needles|tingling) (?:around|round|in|over|of) (?:the |his |her |my |their )?(?:groin|bottom|backside|buttocks|bum|genitals|private parts|perineum|anus|back passage|saddle area); "
        "(?:bottom|backside|bum|genitals|perineum|back passage|saddle area) (?:is |feels |went |has gone )?numb; "
        "can'?t feel (?:the )?(?:toilet paper|paper) when (?:he |she |i )?wip\\w*; perineal numbness; numb(?:ness)? down (?:below|there)",
    ),
    # NICE NG234 (2023) metastatic spinal cord compression: numbness below a level of the trunk is a sign of cord compression.
    "sensory_level": (
        "肚脐往下两条腿都麻 肚脐往下都麻 肚脐以下麻 肚脐往下麻 腰以下没感觉 腰以下麻木 胸口以下没感觉 感觉平面",
        "sensory level; numb (?:from|below) (?:the )?(?:waist|belly ?button|umbilicus|navel|chest|nipples?)(?: down)?; (?:both )?legs numb from the (?:waist|belly ?button|chest) down; no (?:feeling|sensation) below (?:the )?(?:waist|belly ?button|umbilicus|navel|chest|nipples?)",
    ),
    # One leg newly weak (a root, the cord or a spinal abscess beside back pain; not both legs'
    # weakness, which is cauda equina's).
    "one_leg_weak": (
        "",  # (in Chinese, 右腿没劲 is the stroke rules' one-sided weakness)
        "(?:new )?weakness (?:in |of )?(?:the |his |her )?(?:(?:r|l|right|left) )?leg; can'?t lift (?:it|(?:his |her |the )?(?:(?:r|l|right|left) )?leg) off the bed",
    ),
    # A foot that cannot be lifted (L5 root or peroneal nerve): NICE CKS Sciatica (2023), a
    # progressive motor deficit is referred the same day.
    "foot_drop": (
        "脚背抬不起来 脚抬不起来 脚尖抬不起来 走路脚拖地 脚拖地 脚拖着地",
        "foot drop; (?:foot|feet) (?:is |are )?slapping; can'?t walk on (?:(?:her|his|their) )?heels?; dropped foot",
    ),
    "back_pain": (
        "背上疼 背上痛 后背疼 后背痛 背心痛 背心疼 背心这块痛 腰背痛 腰椎间盘突出 腰突 坐骨神经痛 腰痛 腰疼 背痛 腰背痛 扭了腰 闪了腰 腰扭伤 腰酸 腰酸背痛 腰肌劳损 腰部疼痛 后背痛 后背疼 搬东西腰 背疼 后背正中间疼 后背中间疼 背中间疼 脊梁骨疼 脊椎疼 后背正中疼 腰腿痛 腰腿疼",
        "back ?pain; back ?aches?; low(?:er)? back pain; lbp; sore back; back (?:has been |is |was |been )?(?:very )?sore; back strain; strained (?:his |her |my )?back; "
        "pulled (?:a |his |her |my )?(?:back|muscle in (?:his |her |my )?back); lumbago; sciatica; "
        "(?:sharp |severe |sudden )*pain (?:in (?:the |his |her )?)?(?:mid|upper|middle of (?:the |his |her )?)[ -]?back; (?:mid|upper|thoracic)[ -]?back pain; tender over (?:the |his |her )?spine; bad back (?:has )?flared(?: up)?; back (?:has )?flared up",
    ),
    # NICE NG234 (2023) / CG75 §1.3: spinal pain at night that stops sleep, or worse lying down, suggests spinal metastases.
    "night_pain": (
        "睡着也痛醒 睡着也疼醒 痛醒 疼醒 夜里痛醒 夜里疼醒 半夜疼醒 半夜痛醒 晚上疼醒 晚上痛醒 疼得睡不着 痛得睡不着 躺下更疼 躺下更痛 躺着更疼 躺着更痛 夜间痛 夜间疼痛 晚上更疼 晚上更痛 晚上躺下疼得更厉害 躺下疼得更厉害 躺下就疼得厉害 晚上疼得睡不着觉 躺下痛得更狠 躺下疼得更狠 晚上躺下痛 晚上躺下疼",
        "keeps (?:her|him|them|me) (?:awake|up)(?: at night)?; (?:wakes|woke|waking|waken\\w*) (?:her|him|them|me) (?:up)?(?: at night)?; pain (?:that )?wakes (?:her|him|them|me)(?: up)?; worse (?:when )?lying (?:flat|down)(?: at night)?; worse at night; night pain; pain at night; nocturnal (?:back )?pain",
    ),
    "leg_weakness": (
        "两条腿发软 两腿发软 两条腿软 两腿软 走路拖着脚 拖着脚走 腿发软 像踩棉花 踩棉花 双腿发麻 两条腿发麻 两腿麻 双下肢无力 两腿无力 双腿无力 下肢无力 腿没劲 双腿发软 两条腿没力 双下肢麻木 两腿发麻 双腿麻木 两条腿动不了 双腿动不了 两条腿都动不了 两腿动不了 俩腿动不了 俩腿没劲 俩腿发软 腿越来越没劲 腿越来越软 两腿越来越没劲 上楼要扶栏杆 上楼梯要扶 上楼要扶 腿软 走路发飘腿软",
        "legs (?:are |were )?(?:getting|got|going|becoming) weak(?:er)?; both legs (?:tingling|numb|weak); (?:both |bilateral )legs? (?:weak\\w*|numb\\w*); legs (?:are |feel |gave |give )?(?:weak|numb|way); "
        "bilateral leg (?:weakness|numbness); weakness in both legs; (?:can'?t|cannot) move (?:both|his|her) legs; legs? (?:have |has )?(?:gone|going|went) weak; legs (?:feel |feeling |are )?(?:very )?heavy; legs (?:keep |kept )?(?:buckling|giving way)",
    ),
    "bilateral_sciatica": (
        "双侧坐骨神经痛 两条腿都放射痛 两腿放射痛 双下肢放射痛 双腿放射痛",
        "bilateral sciatica; sciatica (?:in|down|into) both legs; "
        "(?:pain|pains|sciatica|shooting pains?|nerve pain) (?:is |now |that is )?(?:shooting |going |radiating |running |travell?ing |spreading |extending |shoots |goes |radiates |runs |spreads )?(?:now )?(?:down|into) both legs",
    ),
    "muscle_pain": (
        "肌肉疼 肌肉痛 肌肉酸痛 肌肉疼痛 肌肉酸疼 全身肌肉酸痛 浑身肌肉疼 大腿肌肉疼 大腿酸痛 大腿酸疼 腿肚子疼 肌肉没劲 肌肉无力",
        "muscle (?:aches?|aching|pains?|soreness|tenderness|weakness); myalgi\\w*; muscles? (?:ache|aches|aching|hurt|hurts|are sore|feel weak); "
        "(?:thighs?|calf|calves|shoulders) (?:ache|aches|aching|hurt|hurts|are sore|is sore|feel weak)",
    ),
    # Urine the colour of cola, strong tea or soy sauce (myoglobin or haemoglobin), not merely
    # dark (concentrated) urine.
    "pigmented_urine": (
        "小便颜色发红发黑 尿发红发黑 小便发红发黑 小便发黑 尿发黑 尿跟浓茶似的 尿像浓茶似的 尿跟茶水似的 酱油色尿 尿像酱油 小便像酱油 酱油色小便 浓茶色尿 尿像浓茶 浓茶色小便 小便像浓茶 可乐色尿 尿像可乐 小便像可乐 尿是可乐色 茶色尿 尿的颜色像酱油 酱油样尿 尿跟浓茶一样",
        "(?:dark|brown) like (?:cola|coke|tea); urine (?:is |was |looks |looked )?(?:dark )?like cola; (?:cola|coke|tea|soy sauce|brown|black)[- ](?:colou?red )?urine; urine (?:is |was |looks |looked |turned )?(?:dark )?(?:brown|black|(?:(?:dark )?(?:cola|coke|tea|soy sauce))[- ]colou?red); "
        "urine (?:is |was |looks |looked )?(?:dark )?like (?:cola|coke|coca-cola|tea|soy sauce); (?:wee|pee) (?:is |was |looks |looked )?(?:dark )?like (?:cola|coke|coca-cola|tea|soy sauce)",
    ),
    # --- mental health ----------------------------------------------------------------------
    "suicide_attempt": (
        "手腕割了 割了手腕 划了手腕 自杀未遂 割腕 试图自杀 企图自杀 尝试自杀 上吊 服毒 跳楼 跳河 自缢 割脉 喝药自杀 吃药自杀 用刀片割手腕 割手腕",
        "attempted suicide; suicide attempt; tried to (?:kill|hang) (?:himself|herself|myself|themselves); "
        "cut (?:his|her|my) wrists?; slit (?:his|her|my) wrists?; hanged; self-inflicted (?:cuts?|wounds?|injur\\w*|burns?); "
        "(?:has been |have been |keeps |kept |started |been )(?:cutting|burning|scratching) (?:himself|herself|themselves|myself); "
        "deliberately (?:cut|burned|burnt|hurt|harmed|injured) (?:himself|herself|themselves|myself); cut (?:the |her |his |their )?wrists?; slit (?:the )?wrists?",
    ),
    # NICE NG225 (2022) Self-harm §1.4-1.5: everyone who has self-harmed needs a psychosocial assessment; in primary care, urgent referral to mental health services.
    "self_harm_act": (
        "难受的时候划一下 划一下好受点 胳膊上发现好几道划痕 胳膊上好几道划痕 用小刀划的 拿小刀划 划手腕 手腕有几道划痕 有几道划痕 用烟头烫 自己划的 自己割的 心里难受才划 心里难受就划 拿刀划自己 用刀划自己 划自己 割自己 刀划的印子 划的印子 烟头烫自己 拿烟头烫 掐自己 刀划的口子 好几道刀划的 心里烦就划 烦了就划 拿刀片划 用刀片划 伤害过自己",
        "(?:cuts|scratches|burns) on (?:her|his|their) (?:thigh|arm|wrist|forearm|legs?)s?[^.|]{0,40}?(?:did them|did it|with a (?:blade|razor|knife|cigarette)); did them (?:last night |yesterday )?with a (?:blade|razor|knife|cigarette); burns? on (?:l |r |left |right )?(?:forearm|arm|hand)[^.|]{0,40}?did them with a cigarette; (?:cut|cutting|cuts|scratch\\w*) (?:her|his|their|my) (?:own )?(?:fore)?arms?[^.]{0,20}?(?:blade|razor|sharpener|compass); (?:pencil )?sharpener blade; razor blades? (?:cuts|on (?:her|his) arms?); needed to feel something; self[- ]?cut\\w*; (?:burn\\w*) (?:herself|himself) with (?:a )?cigarettes?",
    ),
    # NICE NG225 (2022): self-harm in a young person, and thoughts of harming oneself, need a
    # same-day assessment (a plan or an attempt is suicidal_intent's).
    "self_harm_thoughts": (
        "想伤害自己 想弄伤自己 想划自己",
        "(?:thinking|thought|thoughts) (?:about|of) (?:hurting|harming|cutting) (?:himself|herself|themselves|myself); (?:fresh )?cuts on (?:her|his|their) (?:thighs|forearms?|arms|wrists)[^.]{0,20}?(?:mum|mom|dad|parents?|teacher) (?:found|noticed|saw); it helps (?:her|him|them) cope",
    ),
    "suicidal_intent": (
        "绳子都准备好了 绳子准备好了 准备好了绳子 今晚就了结 就了结了 今晚了结 想过喝农药 想过喝药 往房梁上挂绳子 房梁上挂绳子 挂绳子 声音叫他去死 声音叫她去死 叫他去死 拿头往墙上撞 用头撞墙 头往墙上撞 要去死 想去死 想跳楼 想从楼上跳 想过跳楼 想过从楼上跳 想上吊 想喝农药自杀 遗书 想自杀 要自杀 计划自杀 想死 不想活了 不想活 寻死 轻生 自杀念头 自杀想法 结束生命 了结自己 "
        "不想再活了 不想再活 从楼顶跳下去 从楼上跳下去 想好了今晚 把自己的东西都送给 东西都送人了 伤害自己 自残 自伤 自杀 一了百了 想一了百了 想了结 活够了不想活 打算今晚吃 打算今晚 准备今晚 以后孩子就靠你了 交代后事 新买的绳子 把存折密码都写给 手机密码都写给她了",
        "receipt[\\w ]{0,25}?charcoal; bought (?:some )?charcoal(?: and (?:tape|a rope))?; sorry,? take care of (?:mum|mom|dad|the kids|my family|everyone); bought (?:a )?(?:new )?rope; wrote (?:down )?(?:all )?(?:his |her )?(?:passwords|bank details); gave away (?:his|her) (?:things|belongings|savings); thought (?:about|of) jumping (?:off|from); (?:decided|going|plans?|planning|intends?) to end it(?: all)?(?= tonight| today| this week|$|,|\\.); (?:wrote|written|writing) (?:goodbye )?letters? to (?:her|his|their|the) (?:kids|children|family|parents|husband|wife); hang (?:himself|herself|myself); goodbye letters?; suicide note; suicid\\w*; kill (?:myself|himself|herself|themselves); end(?:ing)? (?:my|his|her|their) (?:own )?life; "
        "wants? to die; (?:texts?|messages?|notes?|letters?|emails?|voice ?notes?)[^.|]{0,40}?saying (?:sorry and |sorry,? )?goodbye; (?:said|saying) (?:his|her|their) goodbyes; (?:thinking|thought|thinks|thoughts) (?:of|about) ending it(?: all)?; (?:thinking|thought|thinks) (?:of|about) taking (?:all )?(?:her|his|their|my|the) (?:pills|tablets|meds|medication|insulin); (?:to|so (?:she|he|i|they) (?:could|would|can|will)) sleep forever; for when (?:i'?ve|he'?s|she'?s|i have|he has|she has) had enough; (?:he'?s |she'?s |has |have )?got it (?:all )?planned; (?:found|left|wrote) a (?:suicide |goodbye )?note; suicide note; self[- ]harm\\w*; harm (?:himself|herself|myself|themselves); hurt (?:himself|herself|myself); "
        "(?:wants?|wanted|going|plans?|planning|thinking about|thought about|talk\\w* about) (?:to )?end(?:ing)? it all; end it all; "
        "take (?:his|her|my|their) own life; taking (?:his|her|my|their) own life; goodbye notes?; farewell (?:notes?|letters?); (?:knows|planned|chosen|decided) (?:where|how) (?:she|he|they)(?:'d| would| will) (?:jump|do it|hang); (?:written|wrote) (?:a )?(?:suicide |goodbye )?note; going to (?:jump (?:from|off)|kill (?:himself|herself|myself)|end it); wanted to die; want(?:s|ed)? to be dead; plans? to (?:swallow|take) (?:them|all of them|the (?:pills|tablets)); (?:won'?t|will not|refuses to|doesn'?t|does not) (?:agree to )?keep (?:herself|himself|themselves) safe; plans? (?:to do it |it )?tonight; thoughts (?:of|to|about) (?:ending|end|take|taking) (?:his |her |their |my )?(?:own )?life",
    ),
    # A death wish denied in so many words ("says he doesn't want to die", 现在没想死).
    "~suicidal_intent": (
        "不想死 现在没想死 没想过死",
        "asked about suicide[\\s\\-–:,]{0,4}'?(?:no|never)\\b; (?:doesn'?t|does not|don'?t|do not|never) wants? to die; denies wanting to die",
    ),
    "passive_death_wish": (
        "想睡过去不醒也好 睡过去不醒也好 睡过去别醒 要是自己消失就好了 自己消失就好了 想消失 想跟着爸一起走 想跟着妈一起走 想跟着他一起走 想跟着她一起走 想跟着老伴一起走 孩子没有她会更好 没有她会更好 没有我会更好 没有他会更好 不想醒来 希望睡着别醒 活着没意思 活着没意义 不如死了 活着太累 没有活下去的意义 活着没劲 死了算了 死了就好了 死了倒好 不想拖累家里 不想拖累家人 拖累家里 想解脱 活着是累赘 不想醒过来 睡过去别醒了 一觉睡过去就好了 要是不在了就好了 不在了就好了 不如不在了 要是死了就好了 想要是不在了 自己不在了对大家都好 我不在了对大家都好 她不在了对大家都好 不在了对大家都好 不在了大家都好",
        "wish(?:es|ed)? (?:she|he|i|they) (?:was|were)n'?t (?:here|alive|around); (?:baby|child|kids|children|family) would be better off with(?:out (?:her|him|me)| someone else| another (?:mother|mum|mom)); (?:thoughts?|thinking|thinks|thought) (?:of|about) not wanting to (?:be alive|live|go on|wake up); (?:does not|doesn'?t|not) want(?:ing)? to (?:be alive|live any ?more|wake up); (?:family|everyone|they|kids|children) (?:would be |'d be )?better off without (?:her|him|me|them); (?:go to sleep|fall asleep) and not wake up; wants? to be with (?:them|him|her|my|his|her|their) ?(?:late |dead )?(?:\\w+)?; (?:says|feels|thinks) (?:she'?s|he'?s|she is|he is|they'?re|i'?m) a burden; (?:new )?thoughts (?:about|of) death; (?:doesn'?t|does not|don'?t|do not) want to be (?:here|around|alive) any ?more; (?:a|being a) burden (?:to|on) (?:the |his |her |my |their )?(?:family|children|kids|everyone); life (?:isn'?t|is not) worth living; wish(?:es)? (?:she|he|i|they) (?:wouldn'?t|would not|didn'?t) wake up; giving away (?:his|her|their) (?:things|possessions|belongings|tools); life (?:is )?not worth living; better off dead; no reason to live; (?:feels )?hopeless; "
        # PHQ-9 (Kroenke 2001; 国家基层抑郁症诊疗指南): item 9 scored 1-3 (thoughts of being
        # better off dead or of self-harm) asks for a suicide risk assessment the same day.
        "(?:phq-?9 )?(?:item|question|q) ?9 ?(?:(?:was |is )?scored? |was |is |= ?|: ?|of )?[1-3]\\b; wish(?:es|ed)? (?:she|he|i|they) (?:just |could just )?(?:wouldn'?t|would not|didn'?t|did not|won'?t) wake(?: up)?; (?:end|ending) (?:things|it all); (?:would be|'d be|be) better off without (?:her|him|me|them)",
    ),
    "low_mood": ("抑郁 情绪低落 心情不好 焦虑 紧张 失眠 睡不着 情绪低 情绪不高 心情低 焦虑症", "depress\\w*; low mood; anxi\\w*; insomnia; can'?t sleep; panic"),
    # WHO mhGAP 2016 §SUI / NICE NG225 §1.3: access to means or a plan with a death wish is
    # imminent risk (a rope, stored tablets, a bottle of pesticide put aside).
    "suicide_means": (
        "家里有农药 家里放着农药 家里还有农药 家里存着农药 屋里有农药 家里有百草枯 家里有老鼠药 攒药 攒了药 攒了安眠药 攒安眠药 存了安眠药 藏了安眠药 备好了绳子 准备了绳子 买了绳子 藏了绳子 写好了遗嘱 攒了一瓶安眠药 攒了一瓶",
        "(?:has|have|keeps?|kept|there'?s|there is|there are) (?:some |a bottle of |bottles of )?(?:pesticides?|weed ?killer|paraquat|rat poison) (?:at home|in the (?:house|shed|barn|kitchen)); sav(?:ed|ing) (?:up )?(?:her|his|their) (?:(?:mum|mom|dad|mother|father|wife|husband)'?s )?(?:amitriptyline|paracetamol|sleeping pills|pills|tablets|meds|medicines?|insulin); (?:has|had|got|bought|keeps|kept|hid|hidden|hiding|stored|stashed) (?:a |some |the )?(?:rope|noose); noose; "
        "(?:stockpil\\w*|hoard\\w*|sav(?:ed|ing) up|stor(?:ed|ing)|stash\\w*) (?:(?:his|her|their|some|the) )?(?:pills|tablets|medicines?|sleeping pills); (?:saved|stockpiled|hoarded|collected|stored|kept) (?:up )?(?:around |about |nearly |over |some )?\\d+ (?:sleeping )?(?:pills|tablets)",
    ),
    # --- poisoning, bites, burns, trauma ----------------------------------------------------
    "pesticide": (
        "农药 辛硫磷 毒死蜱 马拉硫磷 对硫磷 敌百虫 敌敌畏 百草枯 有机磷 乐果 除草剂 杀虫剂 甲胺磷 草甘膦 灭鼠药 老鼠药 鼠药 除草的药 打草的药 灭草的药 除草药",
        "pesticide; insecticide; dimethoate; chlorpyrifos; malathion; parathion; dichlorvos; herbicide; weed ?killer; organophosphate; paraquat; rat poison; rodenticide; grass ?killer; diquat; gramoxone",
    ),
    # 急性有机磷农药中毒诊治临床专家共识(2016): poisoning through the skin or lungs while spraying
    # (打药/喷药) is as real as swallowing; the Chinese forms with a place or time are patterns.
    "pesticide_exposure": (
        "打药 喷药 打药水 喷药水 打杀虫药 喷杀虫药 打过药 刚打过药 喷过药 刚喷过药 喷过农药 打过农药",
        "spray(?:ed|ing|s)? (?:the )?(?:crops|fields?|orchard|cotton|rice|vegetables|greenhouse|fruit trees); crop[- ]spraying; (?:greens|vegetables|veg|fruit|crops?|plot|field|garden|leaves)[^.]{0,40}?(?:was |were |been |just |recently )?sprayed; sprayed (?:with )?(?:pesticide|insecticide|weed ?killer|chemicals)",
    ),
    # Muscarinic and nicotinic signs of organophosphate poisoning (same consensus): salivation,
    # pinpoint pupils, sweating, muscle twitching, a garlic smell of breath or vomit.
    "cholinergic_signs": (
        "流口水 口水多 口水直流 流涎 瞳孔缩小 瞳孔小 瞳孔变小 瞳孔针尖样 针尖样瞳孔 针尖大小 肌肉跳 肌束颤动 肌肉颤动 "
        "大蒜味 蒜味 一股蒜味 蒜臭味",
        "pinpoint pupils?; (?:tiny|small|constricted) pupils?; miosis; (?:excessive )?salivation; hypersalivation; salivating; "
        "muscle (?:twitch\\w*|fasciculat\\w*); fasciculat\\w*; (?:smells?|smelled|smelling) (?:of|like) garlic; garlic(?:ky)? (?:smell|odou?r|breath); (?:small |little )?twitch\\w* (?:in|of) (?:his |her |the )?(?:arms?|legs?|muscles?|face|eyelids?)",
    ),
    # Colloquial 喝药 (rural: drinking pesticide; also taking a medicine): serious only with
    # poisoning signs or a death wish (see rules_adult._organophosphate).
    "drank_medicine": (
        "喝药了 喝了药 喝了药水 喝药水了 喝了瓶药 喝了一瓶药 喝了半瓶药 拿了个瓶子喝 拿着瓶子喝 喝了瓶子里的",
        "drank (?:some |a bottle of |the )?(?:medicine|chemicals?)",
    ),
    "poisoning": (
        "纽扣电池 吞了电池 误吞 吞了硬币 吞了磁铁 野蘑菇 采的蘑菇 煤油 汽油 柴油 喝了柴油 洁厕灵 中毒 误服 误食 毒蘑菇 一氧化碳 煤气中毒 喝了洗衣液 吞了电池 喝了汽油 误喝 服毒 野生菌 山上采的菌 采的菌子 捡的菌子 野菌子 毒菌子 山上的菌子 采来的菌子 野菌 扣子电池 扣式电池 钮扣电池 鱼胆 生吃鱼胆 吞鱼胆 吃了鱼胆 见手青 吃了野生菌 炒见手青 管道疏通剂 疏通剂 通渠剂 烧碱 火碱 片碱 氢氧化钠",
        "(?:drinking|drank|drunk|swallowed|sipped)[\\w ]{0,25}?(?:toilet cleaner|drain cleaner|caustic soda|lye|descaler|oven cleaner); swallow\\w* [^.]{0,40}?magnets; magnets? (?:were |was )?swallowed; (?:flat |round |coin |button |small |silver )+battery (?:from (?:the |a )?[\\w ]{2,20}? )?in (?:his|her|their) mouth; (?:laundry|washing|detergent|dishwasher) (?:detergent |liquid |washing )?(?:pods?|capsules?|tablets?|liquitabs?); (?:swallowed|ate|eaten) (?:a |an |two |some |several )?(?:small )?magnets?; "
        "kerosene; paraffin; petrol; diesel; (?:garden |tiki |patio )?(?:torch|lamp) oil; lighter fluid; wild mushrooms?; poison\\w*; carbon monoxide; swallowed (?:chemicals?|a (?:button )?battery|detergent|kerosene); "
        "ingest\\w*; toxic mushrooms?; poisonous; swallowed (?:a )?button batter(?:y|ies); button batter(?:y|ies); (?:small )?(?:round )?(?:flat )?(?:disc|button|coin)[- ]?(?:cell )?batter(?:y|ies); batter(?:y|ies) (?:[\\w-]+ ){0,3}(?:in|into|up) (?:the |his |her )?(?:r |l |right |left )?(?:nose|nostril|ear); caustic soda; drain (?:cleaner|unblocker|opener); oven cleaner",
    ),
    # A suspected ingestion ruled out later (the battery found, every tablet accounted for).
    "~poisoning": (
        "电池找到了 找到了电池 找到电池了 电池一个都不少 电池一个不少 电池还在 药片一片不少 药一片没少",
        "found the (?:missing )?(?:button )?batter(?:y|ies); batter(?:y|ies) (?:was |were |is |are |has been |have been )?found; (?:it'?s |all |both )?accounted for; none (?:is |are )?missing; found all (?:\\d+|the|four|three|two|both) batter(?:y|ies)",
    ),
    # Household products swallowed by a child that are not corrosive (laundry liquid, washing-up
    # liquid, toilet water, a coin): poisons-centre advice the same day.
    "household_ingestion": (
        "误食家用化学品 吃了洗衣粉 喝了洗洁精 吃了洗洁精 喝了花露水 喝了沐浴露 喝了洗发水 吞了一枚硬币 吞了一个硬币",
        "(?:swallowed|drank|drunk|ate|eaten|licked) (?:some |a (?:mouthful|sip|bit) of )?(?:the )?(?:laundry (?:liquid|detergent)|washing[- ]up liquid|dish ?soap|shampoo|soap|perfume|hand sanitiz?er|a coin)",
    ),
    # Household bleach swallowed (TOXBASE sodium hypochlorite, household strength): a sip is
    # an irritant, not a corrosive; the Chinese forms with a verb are patterns.
    "bleach_swallowed": (
        "喝了消毒水 喝了84 喝了漂白水 喝了一口84 喝了口84",
        "(?:drinking|drank|drunk|swallowed|sipped|gulp\\w*|mouthful|sip|swig)[\\w ]{0,30}?bleach; swallowed (?:some )?bleach",
    ),
    # A taste of something swallowed: a sip, a lick, spat straight out (TOXBASE: the amount
    # decides whether a household product harms).
    "small_sip": (
        "一小口 舔了一下 舔了一口 尝了一下 尝了一口 抿了一口",
        "(?:just |only )?(?:a |one )(?:small |tiny )?(?:sip|taste|lick|mouthful)(?![a-z])(?! of); spat (?:it |most |most of it |it all )?out; spit (?:it )?out",
    ),
    # Chlorine or chloramine breathed in: bleach mixed with an acid or ammonia cleaner, a pool
    # chemical (UKHSA Chlorine incident management 2019; TOXBASE chlorine).
    "irritant_gas": (
        "氯气 吸了氯气 闻了氯气",
        "mix\\w* (?:the )?bleach (?:and|with|\\+) (?:(?:another|a|the|some) )?(?:\\w+ )?(?:cleaner|ammonia|acid)s?; bleach (?:and|with|\\+) (?:(?:another|a|the) )?(?:toilet |bathroom )?cleaner; chlorine (?:gas|fumes); bleach fumes; (?:toilet|bathroom) cleaner (?:and|with|\\+) bleach",
    ),
    "overdose": (
        "空的安眠药瓶 空药瓶 空的药瓶 一整板 一整盒药 整盒药 整瓶安眠药 整板药 一把药 安眠药吃了 服药过量 吃多了药 吃了很多药 一次吃了一瓶 吞了一瓶 整瓶药 吃了一整瓶 吃了大量 过量服用 药吃多了",
        "(?:took|taken|swallowed)[^.]{0,80}?(?:like |about |maybe |nearly )?(?:2|3|4|5|two|three|four|five|several) (?:boxes|packets|packs)(?! of (?:tissues|gloves|nappies|wipes|water))(?![a-z]); empty (?:blister )?packs? (?:of |in )?[\\w ]{0,20}?(?:paracetamol|tablets|pills)?; admits (?:she|he) took (?:them|the tablets|the pills); (?:took|swallowed|taken|had) (?:about |around |approx\\.? |~|over |at least |maybe |like |roughly )?(?:\\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty) (?:x )?(?:paracetamol|acetaminophen|panadol|tylenol|ibuprofen|aspirin|co-codamol|codeine|tramadol|diazepam|amitriptyline|sertraline|fluoxetine|citalopram|zopiclone|sleeping)(?! ?(?:mg|ml)\\b); (?:took|swallowed|ate|eaten|taken|had) (?:[\\w'-]+ ){0,3}?(?:~|about |around |approx\\.? |over |at least |maybe |like )?(?:\\d{2,}(?! ?(?:mg|mcg|ml|g|micrograms?|units?|iu)(?![a-z]))|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens of|lots of|loads of|a lot of|a bunch of|a load of|all (?:of )?(?:his|her|their|my|the)|the whole|a whole|an entire|the rest of (?:his|her|their|the)) (?:[\\w'-]+ ){0,4}?(?:pills|tablets|tabs|capsules|caps); (?:a )?handful of (?:[\\w'-]+ ){0,4}?(?:pills|tablets|tabs|capsules|caps); overdos\\w*; took (?:too many|a whole bottle of|a packet of|all (?:of )?(?:his|her|the)) (?:pills|tablets|medicines?)?; (?:took|swallowed|taken) (?:two|three|four|several|2|3|4) (?:packets|packs|boxes) of (?:paracetamol|pills|tablets|[a-z]+); "
        "too many (?:pills|tablets); (?:took|swallowed|taken) (?:\\d{2,}|twenty|thirty|forty|fifty)(?! ?(?:mg|ml|mcg|micrograms?|g|units?|iu|mmol|%|min\\w*|hours?|hrs?|days?|weeks?|years?|yrs?)(?![a-z])) [a-z][\\w-]+; took (?:~|about |around |approx\\.? |maybe |like |roughly )?(?:\\d{2,}|twenty|thirty|forty|fifty) of (?:[\\w']+ ){0,3}[a-z][\\w-]+; ~?\\d{2,} ?x ?\\d+ ?mg; (?:total|in total|altogether|in all) (?:maybe |about |around |approx\\.? |of )?(?:\\d{2,})(?: ?- ?\\d+)? (?:tabs|tablets|pills|capsules|caps); (?:took|taken|swallowed|had) (?:[\\w'-]+ ){0,5}(?:paracetamol|tablets|pills|tabs|capsules)[^.]{0,25}?(?:possibly|maybe|about|around|approx\\.?|~) ?(?:\\d{2,}|twenty|thirty|forty|fifty)(?! ?(?:mg|mcg|ml|g|years?|y/o|yrs?|mins?|minutes?|hours?|hrs?)); (?:about |around |maybe |like )?\\d+ of (?:the |her |his |my |their )?(?:paracetamol|tablets|pills)(?: \\d+ ?mg)?; took (?:a|the|her|his|a whole) (?:whole )?(?:packet|pack|box|bottle|strip) of (?:her |his |mum'?s |dad'?s )?(?:paracetamol|ibuprofen|tablets|pills|sleeping (?:tablets|pills)|painkillers)",
    ),
    # A counted few tablets (took two tablets, 吃了2片): a dose for an adult, an ingestion for a
    # child (rules_child); an amount large enough for an overdose is `overdose` above.
    "took_tablets": ("吃了几片药 吞了几片药", "found (?:him|her|them) with (?:[\\w']+ )?(?:bp |blood pressure |heart |diabetes |sleeping )?(?:tablets|pills|medicines?); (?:\\d+|some|a few|two|three|four|five) (?:tabs?|tablets?|pills?|capsules?) (?:are |were )?(?:missing|gone)(?! from); (?:\\d+|some|a few|two|three|four) (?:tablets |pills )?missing from the (?:blister|packet|strip|bottle|pack); (?:took|swallowed|ate|eaten|taken|had) (?:(?!(?:handful|all|whole|entire|rest|too|lots|loads|bunch|dozens?|several|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\\d{2,}(?! ?(?:mg|mcg|ml|g|micrograms?|units?|iu)(?![a-z])))(?![a-z]))[\\w'-]+ ){0,6}(?:pills|tablets|tabs|capsules|caps)"),
    # Bleeding more than a period (比月经多): heavy bleeding, except after a medical abortion,
    # where it is the expected course (WHO Abortion care guideline 2022 §3.5; rules_pregnancy).
    # ("heavier than a period" alone has never been heavy bleeding in English here: NICE NG126
    # grades it by the pads soaked and the pulse.)
    "heavier_than_period": ("比月经还多 比月经多 比来月经还多 比例假还多 比例假多", ""),
    # NICE NG12 §1.11: bruises nobody can explain; "no knock" (没磕过) beside a bruise says the
    # same (a qualifier: it is no complaint of its own).
    "q_no_knock": ("没磕过 没碰过 没磕碰 没有磕碰 没磕着 没碰着 没磕着碰着 也没磕着 没摔着", "(?:didn'?t|did not) (?:bang|knock|bump) (?:it|anything|herself|himself)"),
    "unexplained_bruising": (
        "莫名其妙的青紫 不明原因的瘀斑 不明原因瘀斑",
        "bruis\\w*[^.]{0,30}?(?:for no (?:obvious )?reason|without (?:any )?(?:injury|knock|bump|fall)|(?:she|he) (?:didn'?t|did not) (?:bang|knock|hit) (?:it|anything)|(?:she|he|they|mum|dad|parents?) (?:can'?t|cannot|couldn'?t) explain); unexplained bruis\\w*",
    ),
    # Itching of the palms and soles without a rash in later pregnancy: intrahepatic
    # cholestasis until bile acids say otherwise (RCOG GTG43 2022; 妊娠期肝内胆汁淤积症诊疗指南 2015).
    "itch_palms_soles": (
        "手心脚心痒 手心脚心特别痒 手掌脚掌痒 手心脚底痒 手脚心痒 手心和脚心痒 手掌和脚底痒",
        "itch\\w*[^.]{0,30}?(?:palms?|soles?) (?:of|and)[^.]{0,20}?(?:hands?|feet|soles?); itchy (?:palms|hands) and (?:soles|feet); itch\\w* (?:of |on )?(?:the )?palms (?:\\+|&) soles",
    ),
    # Paracetamol on its own (TOXBASE; NICE CKS Poisoning or overdose), and products that
    # also hold it (cold and flu remedies: 感冒灵, 维C银翘片, 氨酚..., Lemsip): taken together or
    # too often they add up to a staggered overdose (rules_medicines).
    "paracetamol": (
        "扑热息痛 对乙酰氨基酚 泰诺林 必理通 百服宁 散利痛 醋氨酚",
        "paracetamol; acetaminophen; tylenol; panadol; calpol; co-codamol",
    ),
    "combined_paracetamol": (
        "感冒灵 维C银翘片 银翘片 复方氨酚 氨酚烷胺 氨酚伪麻 氨酚黄那敏 酚麻美敏 泰诺感冒 白加黑 快克 也有扑热息痛 也含扑热息痛 也有对乙酰氨基酚 也含对乙酰氨基酚",
        "cold (?:&|and|n) flu (?:granules|tablets|tabs|capsules|caps|sachets|drinks?|powders?|remed\\w*|meds?|medicines?); lemsip; beechams; night nurse; day nurse; also (?:has|contains) paracetamol; paracetamol in (?:it|them) too",
    ),
    # Paracetamol taken more often than its 4-6 hours (every 2-3 hours, day and night, 一天吃五六次).
    "dose_too_often": (
        "一天吃五六次 一天吃了五六次 一天吃六七次 一天吃七八次 一天五六次地吃 每两个小时吃 每三个小时吃 两个小时吃一次 三个小时吃一次 隔两个小时吃 隔三个小时吃 白天晚上都在吃",
        "(?:tabs|tablets|pills)[^.]{0,25}?every (?:2|3|two|three) ?(?:hours|hrs|h)(?![a-z]); (?:around |about |maybe |~)?(?:\\d{2}|nine|ten|twelve|fifteen|twenty) (?:paracetamol |panadol )?(?:tabs|tablets|pills) (?:a|per|each) day",
    ),
    "paracetamol_too_often": (
        "",
        "(?:paracetamol|acetaminophen|tylenol|panadol)[^.]{0,25}?every (?:2|3|two|three) ?(?:hours|hrs|h)(?![a-z])",
    ),
    # A prescribed opioid (NICE CG140 palliative care opioids; BNF): its toxicity is drowsiness,
    # pinpoint pupils, then slow breathing. (Heroin is not here: a drowsy user is an overdose.)
    "opioid": (
        "吗啡 吗啡片 美施康定 羟考酮 奥施康定 芬太尼 芬太尼贴 多瑞吉 丁丙诺啡 美沙酮 可待因",
        "morphine; oramorph; zomorph; mst(?![a-z]); oxycodone; oxycontin; oxynorm; fentanyl(?: patch)?; buprenorphine; methadone; codeine; opioids?",
    ),
    "pinpoint_pupils": (
        "瞳孔缩小 瞳孔很小 瞳孔针尖样 针尖样瞳孔 瞳孔针尖大小 瞳孔小得像针尖 瞳仁细得像针眼 瞳仁细 瞳孔细得像针眼",
        "pin ?-?point pupils; pupils (?:are |very |look )*(?:small|pinpoint|pin-?point|constricted|tiny); (?:small|constricted|tiny) pupils; miosis",
    ),
    # A dose repeated or doubled by mistake (TOXBASE therapeutic excess; insulin has its own).
    "extra_dose": (
        "多吃了一次 多吃了一顿 多吃了一片 多吃了两片 多吃了几片 吃重了 重复吃了 重复服药 重复服用 吃了双倍 多吃了一倍 吃了两倍",
        "(?:double|extra) dose; twice (?:by mistake|by accident|accidentally|in error); (?:took|taken|given|gave|had) (?:it|them|the dose|a dose|his dose|her dose) twice; "
        "instead of (?:one|1|the usual(?: one| dose)?|(?:his|her|their) usual(?: one| dose)?)(?![a-z]); (?:dosing|dose|medication|medicine) error",
    ),
    # A silica-gel desiccant (clear beads): not toxic (TOXBASE); other desiccants are below.
    "silica_gel": ("硅胶干燥剂 是硅胶 硅胶的", "silica(?: gel)?(?: sachet| packet| beads)?"),
    "silica_eaten": (
        "误食硅胶干燥剂 吃了硅胶干燥剂 写的硅胶 是硅胶的",
        "(?:ate|swallowed|chewed|eaten|bit(?: into)?|sucked(?: on)?) (?:[\\w'-]+ ){0,4}?silica(?: gel)?(?: sachet| packet| beads)?",
    ),
    "desiccant_eaten": (
        "误食干燥剂 吃了干燥剂 误食脱氧剂",
        "(?:ate|swallowed|chewed|eaten|bit(?: into)?|sucked(?: on)?) (?!(?:[\\w'-]+ ){0,4}?silica)(?:[\\w'-]+ ){0,4}(?:desiccant|oxygen absorber)s?",
    ),
    # Pain that will not let the person keep still (NICE CKS Renal colic: restless, cannot lie
    # still), told with the pain.
    "writhing": ("疼起来坐不住 疼得坐不住 痛得坐不住 痛起来坐不住 疼得坐立不安 疼得躺不住 疼得打滚 疼得直打滚 痛得打滚 疼得满床打滚 疼得在地上打滚", "writhing(?: in pain)?"),
    # Pain that comes in waves (一阵一阵的) without a site: colic.
    "colicky": ("一阵一阵的 一阵一阵地 一阵阵的", "colicky; comes? (?:and goes )?in waves"),
    # A bite by a person, or a punch on someone's teeth (a clenched-fist injury).
    "fight_bite": (
        "打在对方嘴上 打在对方牙上 一拳打在对方嘴上 打人嘴上 打在人嘴上 打在人牙上 磕在人牙上 拳头打在牙上 被人咬了 被人咬伤 人咬的 人咬伤 打到人家嘴上 打在人家嘴上 打到人家牙上",
        "fight bite; human bite; bitten by (?:a |another |his |her )?(?:person|man|woman|child|kid|boy|girl|brother|sister|classmate|patient); "
        "punched (?:someone|somebody|some one|a guy|a man|him|a person) in the (?:mouth|teeth|face|jaw); it was (?:someone'?s|somebody'?s|some guy'?s|a guy'?s|another (?:guy|man|person)'?s|the other (?:guy|man|person)'?s) teeth; (?:cut|caught) (?:it |his hand |her hand )?on (?:someone'?s|somebody'?s|his|her) teeth",
    ),
    "perineal_pain": (
        "会阴疼 会阴痛 会阴部疼 会阴部痛 会阴胀痛 肛门和阴囊之间疼",
        "ache between (?:the|his) legs; pain between (?:the|his) legs; perine\\w* (?:pain|ache|discomfort); pain in (?:the |his )?perine\\w*",
    ),
    "urinary_catheter": (
        "导尿管 留置尿管 留置导尿 插着尿管 带着尿管 插尿管 换尿管 尿管堵",
        "(?:urinary |indwelling |long[- ]term |suprapubic )?catheter(?:i[sz]ed)?; ltc; sp catheter",
    ),
    # Projectile vomiting of a young infant (NICE CKS: pyloric stenosis).
    "projectile_vomiting": (
        "喷射状呕吐 喷射性呕吐 往外喷 喷老远 喷出去老远 喷得老远 喷出来老远 喷射样",
        "projectile(?: vomit\\w*)?; (?:shoots?|shooting|shot) (?:far |right )?across the room; "
        "(?:vomit|sick|it)\\w* (?:shoots?|shooting|shot|flies|flying) (?:out )?(?:across|over)",
    ),
    # An older person not themselves (NICE CG103 hypoactive delirium): quieter, slower,
    # withdrawn, against how they were before.
    "not_themselves": (
        "不对劲 跟以前不一样 不像平时 反应慢 慢半拍 呆呆的 话少了 不爱说话了 不怎么说话了",
        "not (?:her|him|them)selfs?; not acting like (?:her|him)self; (?:much |very )?quiet(?:er)? than (?:usual|normal); more withdrawn; withdrawn; "
        "not talking much; barely talking; (?:very |much )?quieter",
    ),
    # NICE NG143 amber: decreased activity, no smile (not IMCI's lethargy or NG143's red "no
    # response to social cues").
    "less_active": (
        "不爱动 懒得动 不太爱动 不怎么笑 不爱笑 逗她也不怎么笑 逗他也不怎么笑 逗也不怎么笑 没平时那么爱玩 不像平时那么爱玩 没以前爱玩 不怎么玩",
        "decreased activity; less active than usual; not as active; not smiling(?: much)?; very quiet(?! room)",
    ),
    # A dental procedure with its local anaesthetic, hours ago (SDCEP 2016).
    "dental_procedure": (
        "拔了颗牙 拔了一颗牙 拔了牙 刚拔完牙 补了颗牙 补了牙 补牙 根管治疗 牙科打了麻药 看牙打了麻药 打了牙科麻药 拔的智齿 拔了智齿 拔智齿 拔的牙 "
        "拔了颗 拔了一颗 拔了个牙 拔牙 拔完牙",
        "(?:at|from) the dentist; dentist (?:appointment|visit); dental (?:injection|anaesthetic|anesthetic|block|numbing|filling|extraction|appointment); "
        "had a (?:filling|tooth (?:out|pulled|taken out|extracted)|root canal|wisdom tooth (?:out|removed|pulled)); tooth (?:pulled|out|extracted|taken out)|(?:tooth )?extraction",
    ),
    # GINA 2024: talking in full sentences is not a severe attack (说话能说整句).
    "speaks_sentences": (
        "说话能说整句 能说整句 能说完整句子 能说完一整句话 说话能成句 能一口气说完一句话",
        "(?:talking|speaking|talks|speaks|can talk|can speak|able to talk|able to speak) in (?:full |complete |whole )?sentences",
    ),
    # Given at the clinic minutes to hours ago: a vaccine, an injection, a drip (RCUK 2021: the
    # allergen of an anaphylaxis; UKHSA Green Book: vaccine reactions).
    "given_at_clinic": (
        "打完针 打了破伤风抗毒素 "
        "输液十来分钟 输液几分钟 输液刚开始 正在输液 输着液 输液的时候 输液时 输上液 挂着水 打着点滴 推了一针 推葡萄糖酸钙 输完液",
        "(?:had|got|given|received) (?:(?:his|her|their|the|a|an|some) )?(?:injection|shot); after (?:the |his |her |their )?injection; "
        "iv (?:[\\w-]+ ){0,2}(?:running|started|infusion|drip)|(?:drip|infusion) (?:running|started)|during (?:the |an? |her |his )?(?:iron |iv )?(?:drip|infusion)",
    ),
    # Rings or spots of rash dusky in the middle (target lesions, serum-sickness-like
    # reactions): the purple is the rash's, not the lips' or face's (cyanosis).
    "rash_dusky_centre": (
        "中间发紫 中间有点紫 中间紫紫的 中间是紫的 中间紫色 中心发紫 中心紫色 红斑发紫 疹子发紫 斑块发紫 一圈圈的红斑 像靶子 靶形",
        "(?:dusky|purple|purplish|dark) (?:in the )?(?:centre|center|middle)s?; (?:target|bull'?s-?eye)(?:-like)? (?:lesions?|spots?|rash|marks?)",
    ),
    # A child's urinary symptoms told by what is seen (NICE NG224: frequency, crying or pain on
    # passing urine).
    "urinary_told": (
        "尿尿的时候哭 尿尿时哭 一尿尿就哭 尿尿喊疼 尿尿喊痛 一会儿就要尿 老往厕所跑 一会就上一次厕所",
        "(?:going|goes|running|runs|went|keeps going) to the (?:toilet|loo|bathroom) every (?:half (?:an )?hour|\\d+ ?min\\w*|few minutes|hour); (?:crying|cries|cried|screams|screaming|hurts|stings|burns) when (?:she|he|they) (?:pees?|wees?|urinates?|goes to the (?:toilet|loo))",
    ),
    # EuroSCAR / BAD: many small pustules on red skin (acute generalised exanthematous
    # pustulosis, AGEP, mostly after an antibiotic).
    "pustular_rash": (
        "密密麻麻小白脓点 密密麻麻的小白脓点 密密麻麻小脓点 密密麻麻的小脓点 密密麻麻的脓点 满身小脓点 全身小脓点 身上小脓点 皮肤上小脓点 针尖大小的脓疱 针尖样脓疱 针尖大的脓疱 密密麻麻的小脓疱 密密麻麻小脓疱",
        "(?:tiny|small|pinpoint|pin-?head|numerous|hundreds of|lots of|masses of) (?:little )?(?:white |yellow )?pustules; pustular (?:rash|eruption)",
    ),
    # An allergic reaction already treated (an antihistamine, a steroid, adrenaline) ...
    "allergy_treated": (
        "打了地塞米松 打了抗过敏针 打了抗过敏的针 打了肾上腺素 打了扑尔敏 吃了扑尔敏 吃了氯雷他定 吃了西替利嗪 用了抗过敏药 吃了抗过敏药 吃了抗过敏的药 打了激素",
        "(?:got|given|had|took|taken|gave (?:her|him|them)) (?:some |a dose of |iv |im |oral )?(?:chlorphenamine|chlorpheniramine|piriton|cetirizine|loratadine|fexofenadine|antihistamines?|pred(?:nisolone)?|steroids?|hydrocortisone|dexamethasone|adrenaline|epinephrine|epipen|im adrenaline)",
    ),
    # ... and its signs back after they had settled (RCUK 2021: a biphasic reaction; "came
    # back", 又犯了 are q_ongoing's).
    "reaction_back": (
        "又起一身 又起了一身 又起了好多 又冒出 又长出 又复发",
        "(?:coming|have come|has come|is coming|are coming) back; back again",
    ),
    # A vaccine given in the last day or two (UKHSA Green Book: its expected reactions).
    # WHO AEFI (2019) / 预防接种异常反应监测方案: an abscess where a vaccine went in, or a BCG
    # node gone soft in the armpit, is drained or treated the same day.
    "injection_site_abscess": (
        "接种处化脓 打针的地方化脓 卡介苗接种处化脓 中间软有波动感 中间发软有个白头 胳肢窝也肿",
        "(?:bcg|injection|jab|vaccine) site[^.]{0,30}?(?:abscess|pus|boggy|fluctuant|discharging)|(?:lump|swelling) in (?:the |his |her )?(?:(?:l|r|left|right) )?armpit[^.]{0,20}?gone soft",
    ),
    # WHO AEFI (2019): inconsolable crying for three hours or more after a vaccine is reported
    # and the baby seen the same day.
    "crying_3_hours": (
        "哭了3个半小时 哭了三个半小时 哭了3个多小时 哭了三个多小时 尖声哭了3个多小时 哭了大概3个半小时",
        "(?:cried|screamed|crying|screaming)[^.]{0,25}?(?:for )?(?:over |about |around |more than )?(?:3|three)(?:\\.5)? ?(?:h|hrs?|hours?)",
    ),
    # NICE NG12 (2015) §1.13: an absent red reflex or a white pupil (leukocoria) in a child:
    # retinoblastoma until an eye specialist says not.
    "white_pupil": (
        "瞳孔发白 瞳孔是白的 瞳孔老是发白 红光反射那只没有 红光反射消失",
        "white (?:pupil|glow|reflex); pupil looks white; leukocoria; (?:red )?reflex absent; absent red reflex",
    ),
    # "The story fits" (an account that matches the injury): not a fit.
    "story_consistent": ("说法一致 说得通", "(?:story|history|explanation|account) (?:fits|matches|is consistent)"),
    # ENT UK / NICE CKS: a button battery or magnets in the nose or ear burn through within hours:
    # removal now.
    "battery_in_nose_or_ear": (
        "电池塞进鼻子 鼻子里有电池 鼻孔里有电池 耳朵里塞了电池 耳朵里有电池 电池塞进耳朵 磁铁塞进鼻子 磁珠塞进鼻子",
        "(?:button |little |tiny |small |round |silver )*(?:batter(?:y|ies)|magnet\\w*|magnetic balls?)[^.]{0,60}?(?:up (?:his |her |the |a )?(?:(?:r|l|right|left) )?(?:nose|nostril)|in (?:his |her |the )?(?:(?:r|l|right|left) )?(?:ear|nose|nostril))(?![a-z]); "
        "(?:up (?:his |her |the )?(?:(?:r|l|right|left) )?nostril|in (?:his |her |the )?ear)[^.]{0,80}?(?:batter(?:y|ies)|magnet\\w*); "
        "(?:little |small |button |round |tiny )*battery (?:is |was )?missing",
    ),
    # A blow or a wound to the front of the neck (ATLS; NICE NG39): with a changed voice, blood
    # coughed up or air crackling under the skin, the airway is injured.
    "neck_trauma": (
        "脖子被撞 脖子前面被撞 脖子挨了 颈部外伤 脖子被扎 脖子被捅 脖子被打",
        "(?:hit|struck|kicked|punched|stabbed|caught) (?:across |in |on )?(?:the )?(?:front of )?(?:his |her |the )?(?:neck|throat)",
    ),
    "surgical_emphysema": (
        "皮下捻发感 按着有捻发感 摸着沙沙响 按着咯吱咯吱",
        "crackl\\w* under (?:my |the )?(?:fingers|skin); surgical emphysema; subcutaneous emphysema",
    ),
    # A dental or sinus infection whose swelling has reached the eye (SDCEP 2013; NICE CKS dental
    # abscess: orbital spread is an emergency).
    "swelling_to_eye": (
        "肿到眼睛 脸肿到眼睛 眼睛肿得睁不开 肿得眼睛都睁不开",
        "swollen (?:right )?up to the eye; swelling (?:up )?to the eye; eye is (?:swollen )?shut",
    ),
    # Inflammatory bowel disease told by its name (溃结, UC, Crohn's): a flare with fever or a fast
    # pulse is acute severe colitis (Truelove and Witts; BSG 2019): admission now.
    "ibd": ("溃结 溃疡性结肠炎 克罗恩病 克罗恩 炎症性肠病", "(?:known )?uc(?![a-z]); ulcerative colitis; crohn'?s(?: disease)?; ibd"),
    # Blood-rich foods darken the stool (鸭血, 猪血, 血豆腐): like iron, not melaena when well.
    "blood_food": ("鸭血 猪血 血豆腐 毛血旺 血旺 鸭血粉丝汤", "black pudding; blood (?:tofu|pudding|sausage)"),
    # A food bolus stuck in the gullet (卡在胸口, "meat stuck"), saliva not going down: BSG /
    # NICE CKS Dysphagia: complete obstruction needs endoscopy within hours.
    "food_bolus": (
        "卡在胸口 卡在嗓子 噎住了下不去 肉卡住了 卡住了咽不下 卡在胸口下不去 咽下去卡住 卡住下不去 卡在食道 堵在胸口",
        "(?:food|meat|steak|bread|a piece of \\w+) (?:is )?stuck (?:in (?:his |her |the )?(?:chest|gullet|oesophagus|throat))?; food bolus; stuck (?:low |high )?(?:in|behind|in the middle of) (?:his |her |the |my )?(?:throat|chest|breastbone|gullet|oesophagus|esophagus|food pipe)",
    ),
    # Hands that flap when held out (手伸平了一抖一抖的): asterixis, overt hepatic encephalopathy.
    "asterixis": ("手伸平了一抖一抖的 扑翼样震颤 手一抖一抖的", "asterixis; flapping tremor; hands flap when held out"),
    # Discharge from the ear (NICE CKS Otitis externa; with pain in diabetes, necrotising).
    "ear_discharge": (
        "流臭水 耳朵流水 耳道流脓 耳朵流臭水 耳朵里流水",
        "ear discharge; discharge from (?:the |his |her )?ears?; ears? (?:is |are )?discharging; smelly discharge",
    ),
    # NICE CKS Foreign body in the ear or nose: a child's bead, bean or foam seen in the nose or ear,
    # without airway signs, is removed the same day by someone with the kit.
    "foreign_body_nose_ear": (
        "塞进鼻孔 塞进了鼻孔 塞到鼻孔 往鼻子里塞 塞耳朵里 塞进耳朵 塞到耳朵",
        "(?:pushed|stuck|put|shoved)(?: a| an| some| bits of| a bit of)?(?:(?!batter|magnet)[^.]){0,30}? (?:up|into|in) (?:his |her |the )?(?:(?:left |right )?nostril|nose|ear)",
    ),
    # NICE CKS Sore throat: a bulging soft palate or a uvula pushed across is a peritonsillar
    # abscess (quinsy): ENT the same day, even before the mouth stops opening.
    "peritonsillar_bulge": (
        "上腭鼓起一块 扁桃体上面鼓起来 小舌头歪 悬雍垂偏",
        "soft palate bulging; (?:tonsil area|peritonsillar area) bulging; uvula (?:is )?(?:pushed|deviated)",
    ),
    "vaccinated": (
        "打完疫苗 打了疫苗 刚打完疫苗 刚打了疫苗 打了预防针 打完预防针 刚打完预防针",
        "(?:had|got|given|received) (?:(?:his|her|their|the|a|an|some) )?(?:\\d+ ?(?:wk|week|month|mo)s? )?(?:jabs?|vaccin\\w*|immunis\\w*|immuniz\\w*); "
        "(?:\\d+ ?(?:wk|week|month|mo)s? )?jabs; after (?:the |his |her |their )?(?:jabs?|vaccin\\w*)",
    ),
    # Blood pressure that cannot be measured (血压量不出来): shock.
    "bp_unrecordable": ("血压量不出来 血压测不出来 血压量不到 血压测不到 量不到血压", "bp (?:un ?recordable|not recordable|unrecordable); can'?t (?:get|record) (?:a |her |his )?bp"),
    # A drip that leaked into the tissue (extravasation; RCN Infusion Therapy Standards 2016).
    "extravasation": (
        "打药的地方红肿 输液的地方红肿 药漏到皮下 药液外渗 化疗药外渗 漏到血管外 漏到血管外面 渗到血管外 药水渗出来了 鼓了好大一个包 鼓了一个包 鼓包了 针头跑了 跑针了 液体渗漏 外渗",
        "extravasat\\w*; (?:area|skin) (?:near|around|at) the drip site[^.]{0,20}?(?:red|swollen|burning); tissued; infiltrat(?:ed|ion) (?:at|of) (?:the )?(?:cannula|drip|iv) site; (?:cannula|drip|iv) site (?:is )?(?:swollen|puffy)(?:,? (?:pale|tight|cold))?; site swollen",
    ),
    # A vein inflamed along a cannula (phlebitis; RCN 2016, Visual Infusion Phlebitis score).
    "phlebitis": (
        "血管一条红线 那根血管一条红线 顺着血管红了 血管发硬 一条红线 静脉炎 留置针的地方红肿 针眼那里红肿 针眼挤出来脓 针眼那里挤出来一点脓",
        "phlebitis; red line (?:going |running |tracking )?(?:up|along) (?:the |his |her )?(?:arm|forearm|vein); vein (?:is )?(?:hard|cord-?like|firm)(?: (?:and|n|&) (?:tender|red|sore))?",
    ),
    # A central line or cannula in the arm (PICC, port).
    # The immune checkpoint inhibitors (ESMO 2022 / CSCO 2021 immune-related adverse events):
    # their colitis, hepatitis and rash come weeks or months into treatment.
    # Capecitabine's or fluorouracil's hand-foot syndrome (palmar-plantar erythrodysaesthesia;
    # UKONS 2020: painful, blistered or limiting daily life, the same day).
    "hand_foot_syndrome": (
        "手掌脚底红肿 手掌脚底发红 手脚掌红肿 手足综合征 手足综合症",
        "hand[- ]foot syndrome; palmar[- ]plantar\\w*; soles? of (?:her |his |the )?feet (?:are )?red; palms? (?:and soles? )?(?:are )?red and (?:sore|painful|peeling)",
    ),
    # A rash over most of the skin (CTCAE grade 3, more than 30% of the body surface).
    "rash_widespread": (
        "一大半皮肤都有 大半个身子都是 全身都是疹子 前胸后背肚子胳膊都是",
        "rash (?:all over (?:her|his|the) body|over most of (?:her|his|the) (?:body|skin)|covering most of (?:her|his|the) (?:body|skin))",
    ),
    "checkpoint_inhibitor": (
        "卡瑞利珠单抗 信迪利单抗 帕博利珠单抗 替雷利珠单抗 特瑞普利单抗 纳武利尤单抗 免疫治疗 pd-1",
        "pembrolizumab; nivolumab; ipilimumab; atezolizumab; durvalumab; cemiplimab; immunotherapy; pd-?1 inhibitor; checkpoint inhibitor",
    ),
    # A transaminase told at three times the upper limit or more (ALT or AST of 120 or more).
    "transaminases_high": (
        "",
        "(?:alt|ast|sgpt|sgot)[:= ]*(?:1[2-9]\\d|[2-9]\\d\\d|\\d{4})(?![\\d.])",
    ),
    # Oxaliplatin's cold-induced tingling and tight throat (told in English).
    "cold_dysaesthesia": (
        "一碰凉水手指就麻 喝冷水嗓子发紧",
        "(?:cold (?:drinks?|water|air) (?:makes?|made|gives?) (?:her|his|the) (?:throat|fingers?)[\\w ]{0,15}?(?:tight|tingl\\w*|numb)); tingl\\w* (?:when|with) (?:cold|touching cold)",
    ),
    # A central line or port in trouble: cracked, leaking, red or discharging at its site (UKONS
    # 2020: the same day; with fever or rigors, line sepsis is the sepsis rule's).
    "line_problem": (
        "管子裂了 管子外面那段裂了 在漏水 穿刺点发红 穿刺点红 输液港周围红 输液港皮肤红 港周围红",
        "(?:tube|line|catheter) (?:has a crack|cracked|is cracked|split|is leaking|leaking); skin over the port (?:is )?red; (?:picc|port|line) (?:site )?(?:is )?(?:red|oozing|leaking)",
    ),
    "venous_line": ("留置针 picc 输液港 深静脉置管", "picc(?: line)?; (?:portacath|port-a-cath|port)(?= (?:in|for))|cannula|central line|hickman line"),
    # A sharps injury to a health worker (WHO 2007 PEP; UKHSA 2024).
    "needlestick": (
        "针扎伤 被针扎了 被针头扎了 针刺伤 扎到手了 被用过的针扎",
        "needle ?stick(?: injury)?; sharps injury; stabbed (?:herself|himself|myself) with (?:a |the )?(?:used )?needle; pricked (?:by|with) (?:a |the )?(?:used )?needle",
    ),
    # WHO 2014 / BHIVA 2021: post-exposure prophylaxis asked for after a sexual or other exposure.
    "hiv_pep": (
        "套破了 没戴套 对方是艾滋病感染者 吃阻断药 艾滋阻断 艾滋病阻断 hiv阻断 阻断药物 暴露后预防 暴露后阻断 肛交没戴套 没戴套肛交 无套 阻断药 无保护性行为 没有戴套 不戴套",
        "receptive anal sex without (?:a )?condom; (?:anal|vaginal|sex)[^.]{0,20}?no condom; condomless (?:receptive )?(?:anal )?sex; (?:the )?hiv pill after sex; condom (?:broke|split|burst); (?<![a-z])pep(?![a-z]); post[- ]exposure prophylaxis",
    ),
    "blood_borne_source": ("艾滋病 hiv 乙肝 丙肝 hbv hcv", "hiv\\+?; hepatitis [bc]; hep [bc]; hbv; hcv"),
    # Alcohol with a cephalosporin or metronidazole: a disulfiram-like reaction.
    "disulfiram_drug": (
        "头孢 头孢克肟 头孢呋辛 头孢曲松 头孢哌酮 头孢他啶 甲硝唑 替硝唑 奥硝唑",
        "cef\\w+|ceph\\w+|metronidazole|tinidazole|flagyl",
    ),
    "alpha_blocker": ("特拉唑嗪 多沙唑嗪 哌唑嗪 坦索罗辛 坦洛新 高特灵", "terazosin|doxazosin|prazosin|tamsulosin|alfuzosin|cardura"),
    "fluoroquinolone": ("左氧氟沙星 莫西沙星 环丙沙星 诺氟沙星 氧氟沙星 可乐必妥", "levofloxacin|ciprofloxacin|cipro|moxifloxacin|ofloxacin|norfloxacin|quinolone"),
    "tendon_pain": ("脚后跟后面疼 跟腱疼 跟腱痛 脚后跟肿痛 跟腱肿", "achilles (?:pain|tendon pain|tendinitis|tendinopathy|swollen)?|back of (?:the |his |her )?heel (?:\\w+ ){0,2}(?:painful|sore|swollen)|tendon pain"),
    "statin": ("辛伐他汀 阿托伐他汀 瑞舒伐他汀 普伐他汀 他汀", "statins?|simva\\w*|atorva\\w*|rosuva\\w*|prava\\w*"),
    "macrolide": ("克拉霉素 红霉素", "clarithromycin|erythromycin"),
    # Colchicine (MHRA 2023): toxicity starts with diarrhoea and vomiting, sooner with a
    # macrolide, in kidney failure or at high doses.
    "colchicine": ("秋水仙碱", "colchicine"),
    # The IUD's threads not felt (FSRH 2023: possible expulsion or perforation).
    "threads_missing": ("摸不到尾丝 尾丝摸不到 找不到尾丝 看不到尾丝", "(?:can'?t|cannot|unable to) feel (?:the |her )?(?:coil |iud )?threads?; threads? (?:not felt|missing|not visible|not seen)"),
    # Flushing of the face and neck (a disulfiram-like reaction's first sign).
    "flushing": ("脸红脖子红 满脸通红 面色潮红 皮肤潮红 脸和脖子都红了", "flush\\w*; face (?:very |bright )?red"),
    # A whole arm swollen (a line's DVT), not a swelling at a spot.
    "limb_swelling_leg": (
        "大腿肿了 大腿肿 大腿肿起来了",
        "(?:l |r |left |right )?thigh (?:is |has been |got )?(?:very )?swollen; swollen (?:l |r |left |right )?thigh",
    ),
    # NICE CG89: an injury brought days late, without a reason that fits.
    "delayed_presentation": (
        "才带来 为什么不早点来 拖了几天才来 过了几天才来看",
        "(?:only )?brought (?:him |her )?in (?:\\d+|two|three|several) days later; didn'?t bring (?:him|her) (?:in )?(?:until|till)",
    ),
    # A sexually transmitted infection found (NICE CG89: in a child under 13, sexual abuse).
    "sti_found": (
        "淋病 淋球菌 衣原体感染 沙眼衣原体 梅毒 尖锐湿疣 阴道滴虫",
        "gonorrh\\w*; neisseria gonorrh\\w*; chlamydia(?: trachomatis)?; syphilis; trichomon\\w*; genital warts",
    ),
    # Red streaks tracking up a limb from a wound (NICE CKS Cellulitis: lymphangitis).
    "lymphangitis": (
        "有条红线 一条红线往上 红线顺着 红线往上走 红线往上",
        "lymphangitis; red (?:line|streak)s? (?:going |running |tracking |spreading |moving )?up (?:the |his |her )?(?:arm|leg|forearm|hand); red streaking",
    ),
    # Trauma to the belly (RCOG / ACOG: after 20 weeks of pregnancy, fetal monitoring).
    "abdominal_trauma": (
        "肚子着地 肚子撞到 肚子被踢 肚子被撞 踢了肚子 踹了肚子",
        "(?:kicked|punched|hit|struck) in the (?:stomach|belly|tummy|abdomen); landed on (?:her|his) (?:tummy|belly|stomach)",
    ),
    "limb_swelling_arm": (
        "整条胳膊肿 整个胳膊肿 整只手臂肿 胳膊肿了 手臂肿了 整条手臂都肿了 胳膊和手都肿了 那只手肿 胳膊比另一只粗 胳膊比另一边粗 手臂比另一侧粗 这只胳膊粗了 胳膊变粗",
        "(?:whole |entire )?(?:r |l |right |left )?arm (?:and hand )?(?:is |are |has been |became |got )?(?:very )?swollen; swollen (?:r |l |right |left )?arm; swelling of (?:the |his |her )?(?:whole )?arm",
    ),
    # Redness told as spreading (范围比昨天大, "past the line"): a spreading skin infection.
    "spreading_redness": (
        "红的地方今天比昨天大了一圈 红的地方比昨天大 比昨天大了一圈 红肿超出画的线 红肿超过画的线 红的范围比昨天大 范围比昨天大 红肿范围扩大 红肿越来越大 红肿扩散 红肿蔓延 红得越来越大 红肿一直蔓延 红肿蔓延到 红一直蔓延到 又往上多出 往上多出 往外多出 多出两指 多出一指 多出三指 超出画的边 超过画的边 超出了画的边 超过了画的边 超出画线 超过画线",
        "redness (?:going|spreading|tracking|creeping) up (?:the |his |her )?(?:back of (?:the |his |her )?)?(?:hand|arm|leg|foot); "
        "(?:the )?(?:redness|red (?:area|patch)|it) (?:has |have )?spread (?:a few|several|about |\\d+(?:-\\d+)?) ?(?:cm|centimet\\w*|inch\\w*)(?: since)?; spread(?:ing|s)? (?:past|beyond|outside|over) (?:the |her |his )?(?:pen )?(?:line|mark|outline)(?: (?:she|he|we|they) drew)?; "
        "(?:a )?red (?:line|streak) (?:going|tracking|running|spreading) up (?:the )?(?:inside of )?(?:his |her |the )?(?:leg|arm); "
        "redness (?:has )?(?:spread |gone |extended |spreading )?(?:past|beyond|outside) the (?:pen |marked |drawn |marker )?(?:line|margin|mark|outline); spreading redness; (?:patch|redness|red area)[^.]{0,20}getting bigger; red (?:area|patch|skin|mark|streak)s? (?:is |are )?(?:spreading|getting bigger|tracking); (?:red(?:ness)?|swelling)[^.]{0,40}?spread(?:ing)? (?:a lot|fast|quickly|rapidly)",
    ),
    # --- Safeguarding (NICE CG89, PH50, NG76; WHO 2013; 反家庭暴力法 2016) -----------------------
    "threat_to_kill": (
        "要砍死她 要砍死 要杀了她 要杀死她 要掐死她 就掐死她 要捅死 捅死我们 要打死她 说要杀了她 扬言要杀了她 要弄死她",
        "(?:he'?ll|he will|going to|gonna|threaten\\w* to|said he'?d|says he'?ll|he'?d|will) (?:kill|stab|hurt|strangle|murder) "
        "(?:her|me|him|them|you|the kids|the children|us|the receptionist|staff|everyone)(?![a-z])",
    ),
    "weapon": (
        "菜刀 水果刀 拿着刀 手里有刀 手里有把刀 有把刀 拿着斧头 拿输液架砸 拿着镰刀 镰刀 斧头 锄头",
        "(?:has|had|with|holding|pulled out|carrying|waving|got) (?:a |his |the )?(?:knife|blade|machete|gun|axe)(?![a-z]); (?:knife|blade) in (?:his|her) (?:jacket|pocket|hand|bag)",
    ),
    "attacker_present": (
        "在外面找她 在院子里喊 就在门口 在外面等着 在候诊室 堵在屋里",
        "(?:sat |sitting |waiting )?in the waiting room; in the car park; outside (?:the|our) (?:door|clinic|surgery); "
        "coming back (?:soon|tonight|later|home)",
    ),
    "strangulation": (
        "掐脖子 掐过脖子 掐住脖子 掐着脖子 掐她脖子 掐我脖子 勒脖子 勒住脖子 勒她脖子",
        "strangl\\w*; chok(?:ed|ing) (?:her|him|me)(?: with| by|$| last| this| until)?; hands? (?:round|around) (?:her|his|my) (?:neck|throat); "
        "arm (?:round|around) (?:her|his|my) neck; (?:grabbed|held|squeezed) (?:her|him|me) by the (?:throat|neck)",
    ),
    "partner_violence": (
        "被老公推了一下 被老公推了 老公推了她 被丈夫推 被男朋友打 男朋友打她 一喝酒就骂她打她 骂她打她 老公打她 老公打我 丈夫打她 男人打她 被老公推倒 被老公打 被丈夫打 被男人打 喝了酒就打她 喝了酒就打 家暴 家庭暴力 老公推倒",
        "(?:partner|husband|boyfriend|bf|ex|wife|girlfriend)(?:'s)?(?= (?:hit|hits|punched|kicked|shoves?|shoved|pushed|grabbed|beat|beats|slapped|hurt|attacked|assaulted|threw|got physical)(?![a-z])); "
        "domestic (?:abuse|violence); shoves her around; "
        "(?:husband|partner|boyfriend) (?:checks|reads|controls|took|takes|keeps) (?:her|his) (?:phone|messages|money|bank card|passport)",
    ),
    "child_abuse_sign": (
        "耳廓青紫 耳朵青紫 耳朵上有淤青 颜色有新有旧 有新有旧 新的旧的都有 叔叔生气咬的 大人咬的 犬齿间距 边缘很整齐 像穿了袜子一样 袜套样 手套样 圆圆的小疤 像烟头烫的 烟头烫 大人的牙印 成人的牙印 人的牙印 一条条红印 皮带抽 皮带打 用皮带 有的发黄有的发紫 新旧不一 "
        "上唇系带撕裂 系带有个小撕裂 系带撕裂 系带破了 系带撕了 系带裂了 家里人说法不一样 说法不一样 说法不一致",
        "bite mark; bruis\\w* (?:on|behind|to) (?:the |his |her )?(?:ears?|neck|buttocks?|bottom); (?:ear|neck|buttock)s? bruis\\w*; (?:some )?older yellow(?:ish)? (?:ones|bruises); (?:straight|clear|sharp) line at the top; no splash marks; glove (?:and stocking )?(?:pattern|distribution); stocking (?:pattern|distribution); "
        "cigarette burns?; (?:some yellow,? some purple|bruises of different ages|different ages); (?:gave|giving) different stories; different stories; (?:notes|records) say (?:she|he) (?:isn'?t|is not|can'?t) (?:rolling|crawling|walking) yet; "
        "story (?:doesn'?t|does not) (?:fit|match); torn frenulum; frenulum (?:tear|torn); frenulum[^.]{0,25}? (?:is |was )?torn; with a belt; loop[- ]shaped (?:marks|bruises)",
    ),
    "abuse_disclosure": (
        "继父用皮带抽他 说继父打他 说爸爸打他 说妈妈打她 经常摸她下面 摸她下面 摸他下面 让她别告诉别人 说不敢回家 摸她私处 摸她下体 摸她隐私部位",
        "touch(?:es|ed|ing)? (?:her|his|my) (?:private parts|privates|genitals); touch(?:es|ed|ing)? (?:her|him|me) down there; (?:hits?|beats?|hurts?) (?:him|her|me) (?:with a (?:belt|cable|stick|wire)|when he'?s|when she'?s)|(?:dad|mum|father|mother|stepdad|stepfather|uncle) does it with a (?:belt|cable|stick|wire)|touch(?:es|ed)? (?:her|him|me) (?:down below|there)|"
        "told (?:the |a )?(?:nurse|teacher|doctor|gp|us|me) (?:that )?(?:mummy'?s|mum'?s|mommy'?s|daddy'?s|dad'?s|her|his) (?:boyfriend|girlfriend|partner)",
    ),
    "child_left_alone": (
        "一个人在家 把他锁在家里 把她锁在家里 锁在家里 爸妈都不在 家里就剩他一个 家里就剩她一个",
        "home alone; left (?:alone|on (?:his|her|their) own)(?: at home| at night)?; alone at night; leaves (?:him|her|them) (?:and [\\w' ]+ )?alone",
    ),
    "carer_not_coping": (
        "快受不了了 真想使劲摇他 想使劲摇他 怕自己会伤到他 怕自己伤到孩子 照顾不过来了 实在撑不住",
        "can'?t cope; can'?t do another night; felt like shaking (?:him|her); scared (?:she|he)'?ll (?:hurt|harm); at the end of (?:her|his|my) tether",
    ),
    "elder_abuse": (
        "退休金卡在 养老金卡在 工资卡在 她掐我 他掐我 不给饭吃 不给吃饭 养老金被 钱被拿走 不让她来看病 不让他来看病",
        "(?:handles|took|takes|has) (?:his|her) (?:money|pension|bank card); won'?t let (?:her|him) (?:see|come|go)|refusing hospital|"
        "nobody'?s been for \\d+ days",
    ),
    "forced_marriage": (
        "收了彩礼 要把她嫁给 逼她嫁 逼婚 包办婚姻",
        "forced (?:to )?marr\\w*; (?:to )?marry (?:her|his) cousin; (?:planning|arranging) (?:her|his) marriage; marry (?:her|him) off",
    ),
    "exploitation": (
        "问什么都是他替她答 替她回答 没身份证 拉着护士的手哭",
        "(?:boyfriend|bf|partner) is (?:2\\d|3\\d|4\\d)(?![\\d])|answers for her|no (?:id|passport)|older (?:lads|men|boyfriend)|buys her (?:phones?|vapes?|gifts)",
    ),
    "dementia_unsafe": (
        "差点开着煤气走了 煤气没关 走丢了 走失了 找不到回家的路",
        "(?:gas|hob|cooker) (?:was |is )?(?:left )?on; wander\\w*; walked (?:\\d+|two|three|four|five) miles; police brought (?:him|her) (?:home|back)",
    ),
    # A young child's carer gone and not come back (a child alone with no adult coming).
    "abandonment": (
        "出去了一直没回来 一直没回来 走了好几天没回来",
        "(?:went|gone) out (?:yesterday|last night|\\d+ days ago) and hasn'?t come back; hasn'?t come back",
    ),
    "dementia": (
        "痴呆 老年痴呆 阿尔茨海默 认知障碍 脑子糊涂好几年",
        "dementia; alzheimer'?s?(?: disease)?; cognitive impairment",
    ),
    # A substance taken without knowing what it was (a vape, a pill from a friend, a drink spiked).
    "unknown_substance": (
        "不知道里面是什么 不知道是什么东西 不明物质",
        "(?:don'?t|doesn'?t|didn'?t) know what (?:was )?in it; unknown (?:substance|pill|tablet|drug)s?; spiked",
    ),
    # A child's cold hands and feet with a burn (a scald's shock), not a cold (不 手脚凉 in TCM).
    # WHO ETAT 2016 / NICE NG143: a capillary refill of 3 seconds or more (with cold hands and a
    # fast weak pulse, shock).
    "slow_cap_refill": (
        "毛细血管再充盈时间延长 毛细血管充盈时间延长 再充盈时间延长 毛细血管再充盈延长 crt延长",
        "(?:cap(?:illary)? refill|crt)(?: time)? (?:is |was |of |takes |took )?(?:>\\s*|over |about |~)?(?:[3-9]|1\\d)(?:\\.\\d)?\\s*(?:s|secs?|seconds)(?![a-z]); "
        "(?:prolonged|slow|delayed|sluggish) (?:cap(?:illary)? refill|crt)(?: time)?",
    ),
    "cold_hands": ("手脚发凉", "(?:hands|feet|hands and feet) (?:are |feel |felt )?(?:very )?cold; cold (?:hands|feet)"),
    # Bruises the shape of fingertips: a grip (abuse at any age: NICE CG89, WHO elder abuse).
    "grip_marks": ("指印一样的淤青 像指印 手指印 像手指头捏的 手指头捏的", "finger-?shaped (?:bruises?|marks?); finger ?marks?; (?:like )?finger(?:tip|print|-?mark)s?(?: bruis\\w*)?; fingertip bruis\\w*"),
    # Blood ketones 1.5-2.9 mmol/L: at risk of DKA (JBDS-IP 2023), not DKA by themselves.
    # WHO consolidated TB guidelines (2022) / BNF: ethambutol harms the optic nerve (blurred
    # sight, red-green colours lost); HRZE includes it.
    "ethambutol": ("乙胺丁醇 吃乙胺丁醇", "ethambutol; hrze(?![a-z]); (?<![a-z])emb(?![a-z])"),
    # EASL 2022 hepatic encephalopathy: a person with cirrhosis.
    "cirrhosis": (
        "肝硬化 肝硬变 失代偿期肝病 肝硬化腹水",
        "cirrho\\w*; decompensated liver (?:disease)?; chronic liver disease",
    ),
    # EASL 2022 / 肝硬化肝性脑病诊疗指南 2018: grade 1-2 (covert) encephalopathy: the sleep
    # turned round, slowed thinking, small mistakes with sums.
    "sleep_reversal": (
        "白天睡觉晚上不睡 白天睡晚上不睡 白天睡觉晚上不睡觉 白天睡晚上醒 晚上不睡白天睡 黑白颠倒 昼夜颠倒 日夜颠倒",
        "sleeps? (?:in|during) the day,? (?:and )?(?:is )?awake (?:at|all) night; day-?night reversal; sleep(?:-wake)? reversal; "
        "awake (?:all )?night,? (?:and )?sleep\\w* (?:in|during|all) the day",
    ),
    "slowed_thinking": (
        "算账算错 算错账 反应比以前慢 反应比以前慢点 反应比平时慢 比以前迟钝 反应慢了点",
        "(?:a bit |bit |little |slightly )?slower (?:answering|to answer|in answering|to respond|in (?:his|her) thinking); muddl\\w* (?:with )?(?:money|sums|numbers)",
    ),
    # UK Kidney Association vascular access (2015) / 中国血液透析用血管通路专家共识 2019: a
    # fistula whose thrill or bruit has gone has clotted.
    "fistula_no_thrill": (
        "内瘘摸着不震了 内瘘不震了 内瘘没有震颤 内瘘震颤消失 内瘘不响了 内瘘摸不到震颤 内瘘今天摸不到震颤 摸不到震颤 震颤摸不到 没有嗡嗡声 听不到嗡嗡声 嗡嗡声没了 震颤没了 内瘘堵了",
        "can'?t feel (?:the |a |any )?(?:buzz|thrill)(?: any ?more)?; (?:buzz|thrill|bruit) (?:has )?(?:gone|stopped|disappeared)",
    ),
    # GINA 2024: the reliever still easing the breathing (喷药之后能缓一阵): an inhaler, not a
    # pesticide spray.
    "reliever_helps": (
        "喷药之后能缓一阵 喷药之后能缓 喷药后能缓解 喷药后能缓 喷了药能缓 喷完药能缓 喷药之后好点 喷药后好点 喷了药好点 喷完药好点",
        "(?:inhaler|reliever|salbutamol|ventolin) (?:still )?(?:helps|is helping|eases it|works)",
    ),
    # BAP catatonia guideline 2023: not moving, not speaking, a limb left where it is put;
    # with fever, a fast pulse or no drinking it is malignant catatonia or dehydration.
    "catatonia": (
        "木僵 一动不动也不说话 不说话也不动 不吃不喝不动 不吃不喝不说话 僵在那里不动 摆成什么姿势就一直那样",
        "catatoni\\w*; stupor\\w*; (?:barely|hardly|has not|hasn'?t) moved (?:from|out of) (?:his |her |their )?bed; not (?:said|spoken) a (?:single )?word; "
        "(?:arm|leg|limb)s? (?:stays?|stayed|remains?) (?:in (?:an? )?(?:odd|strange|fixed|awkward) position|where (?:i|we|you) (?:put|left|place)\\w* it); waxy flexibility; posturing",
    ),
    # NICE CKS Scarlet fever 2023: the sandpaper rash and the strawberry tongue.
    # (with the other signs of scarlet fever: a pale ring round the mouth, lines in the skin folds;
    # UKHSA 2023)
    "sandpaper_rash": (
        "摸上去像砂纸一样 摸上去像砂纸 像砂纸一样 砂纸样皮疹 砂纸样 皮肤像砂纸 猩红热 嘴巴周围一圈发白 口周苍白 口周发白 嘴巴周围发白 疹子成一条条的线",
        "(?:feels |feel )?(?:rough )?like sandpaper; sandpaper(?:y|-like)?(?: rash)?; scarlet fever; scarlatina; pale ring (?:a)?round (?:her |his |the )?mouth; circumoral pallor; rough red rash; pastia'?s lines",
    ),
    "strawberry_tongue": (
        "杨梅舌 草莓舌 舌头红红的一颗一颗的 舌头红红的 一颗一颗的",
        "strawberry tongue; tongue (?:is )?(?:red and bumpy|bumpy and red|bumpy) like (?:a )?strawberry",
    ),
    # NICE CKS periorbital cellulitis 2023: a red, swollen eyelid.
    "eyelid_swelling": (
        "眼皮红肿 眼睑红肿 上眼皮红肿 眼皮又红又肿 眼皮红肿一天",
        "(?:(?:l|r|left|right) )?(?:(?:upper|lower) )?eyelids? (?:are |is |was |were |now )?(?:red and (?:swollen|puffy)|(?:swollen|puffy) and red|red,? (?:swollen|puffy)); (?:(?:l|r|left|right) )?(?:(?:upper|lower) )?eyelid (?:is |was |now )?(?:swollen|red and swollen|swollen and red|puffy)",
    ),
    # RCH pulled elbow 2021: an arm pulled or swung, then not used.
    "pulled_elbow": (
        "拽了一下胳膊 拉了一下胳膊 牵着手拽了一下 拉着胳膊甩 牵着她两只手转圈 牵着两只手转圈 拉着两只手转圈",
        "swung (?:her|him) (?:round|around) by the (?:arms?|hands?); (?:pulled|yanked|lifted) (?:up )?by the (?:arm|hand|wrist)",
    ),
    # NICE NG69: restricting or purging.
    "eating_disorder": (
        "节食 厌食症 神经性厌食 暴食后抠吐 抠吐 催吐 暴食症",
        "anorexi\\w*; bulimi\\w*; purging; making (?:herself|himself) (?:sick|vomit); eating disorder; eats one meal a day; restricting (?:her|his) (?:food|eating|intake)",
    ),
    # Westley croup score: stridor only when the child cries is not stridor at rest.
    "stridor_on_crying": (
        "哭的时候有点吸气的响声 哭的时候有吸气的响声 哭的时候有响声 哭闹时喉鸣 哭的时候喉咙有响声",
        "(?:noisy breathing|stridor|noise (?:when )?breathing in)[^.|]{0,10}?only when (?:she|he|they) (?:cries|cry|is crying|gets upset)",
    ),
    # NICE NG225 / mhGAP: the means taken away by the family (农药都拿走锁起来了) is a safety
    # step, not an exposure.
    "means_removed": (
        "农药都拿走锁起来了 农药都拿走了 农药都锁起来了 农药都收起来了 农药都藏起来了 药都锁起来了 家里药都锁起来了 绳子农药都收起来了 绳子农药都收了",
        "(?:pesticides?|tablets|pills|medicines?|meds|ropes?) (?:have been |are |were )?(?:all )?(?:locked (?:away|up)|removed|taken away); (?:pesticides?|poison|tablets|pills|medicines?|meds)(?: (?:at|in the) home)?,? (?:(?:they|we|she|he|the family|wife|husband) )?(?:lock|locks|locked|keep|keeps|kept) (?:it|them) (?:locked )?(?:away|up)",
    ),
    # NICE CKS / WHO newborn care: blue hands and feet with pink lips and tongue in a newborn
    # is acrocyanosis, normal in the first days; cyanosis is the lips and tongue.
    "acrocyanosis": (
        "手脚有点发紫 手脚发紫 手脚发青 手脚有点青",
        "(?:hands and feet|hands|feet|fingers and toes) (?:look |looks |are |is |a bit |slightly |bit )*(?:bluish|blue|purple|purplish)",
    ),
    # WHO PNC 2022: lochia that darkens and lessens through the first weeks is normal.
    "lochia_settling": (
        "恶露暗红色 恶露淡红色 量比前几天少多了 量比前几天少 恶露很少 恶露越来越少 量越来越少 比前几天少了 颜色变暗了",
        "(?:dark red-brown|red-brown|brownish|brown|pinkish|pink) now; less than (?:the )?first week; (?:getting|much) lighter now; less than (?:the )?first (?:few )?days; now (?:dark red[- ]?brown|dark red brown|red[- ]?brown|brownish|brown|pinkish)",
    ),
    # Diarrhoea and blood told in one breath (拉肚子两天 今天有血): both.
    "bloody_diarrhoea": ("拉肚子带血 腹泻带血", "(?:loose|watery) stools? with (?:blood and mucus|mucus and blood|blood); bloody diarrh(?:o)?ea"),
    # NICE NG126: an intrauterine pregnancy already seen on a scan.
    "intrauterine_confirmed": (
        "b超看到是宫内的 b超是宫内的 宫内孕 b超提示宫内孕 b超看到孕囊在宫内",
        "scan (?:last \\w+ |last week )?showed (?:a )?(?:gestational )?sac; intrauterine pregnancy (?:confirmed|on scan|seen); iup (?:confirmed|on scan|seen)",
    ),
    # RCOG GTG13: never had chickenpox (not immune).
    "varicella_non_immune": (
        "没出过水痘 小时候没出过水痘 没得过水痘 没长过水痘 小时候没出过 小时候没出过痘 没出过痘",
        "never had (?:chicken ?pox|shuidou|varicella)(?: as a (?:kid|child)| before)?; not immune to (?:chicken ?pox|varicella)",
    ),
    # Tick bites (SFTS, tick-borne infections).
    "tick_bite": (
        "蜱虫 草爬子 狗豆子 被蜱虫咬 拔下来一只蜱虫 蜱虫咬 草鳖子 狗鳖 拔下来个草鳖子 从身上拔下来个",
        "found a tick; pulled (?:a |the )?tick (?:off|out); a tick on (?:her|his) (?:waist|leg|arm|back|body|skin); tick[- ]bites?; bitten by a tick; ticks? (?:was |were )?(?:removed|pulled off|attached|found)",
    ),
    # Return from a malaria-endemic country (WHO 2023).
    "malaria_travel": (
        "坦桑尼亚 肯尼亚 尼日利亚 加纳 安哥拉 刚果 赞比亚 乌干达 莫桑比克 埃塞俄比亚 喀麦隆 塞拉利昂 从非洲回来 非洲回来 从缅甸回来 缅甸回来 在缅甸那边做工 老挝回来 柬埔寨回来 疟疾流行 从东南亚回来 东南亚回来 从国外打工回来 境外务工回来 在非洲打工 在非洲干活 从印尼回来 从越南回来 从泰国回来 从菲律宾回来 从印度回来",
        "back from (?:lagos|abuja|accra|nairobi|kinshasa|luanda|kampala|dar es salaam|lahore|karachi|dhaka|delhi|mumbai|kolkata|yangon)(?![a-z]); back from (?:a )?(?:building job|construction job|job|work|safari|contract) in (?:africa|nigeria|ghana|angola|congo|zambia|tanzania|kenya|uganda|mozambique); back from (?:kenya|tanzania|uganda|zambia|ghana|nigeria|angola) safari; back from (?:volunteering|working|visiting family|holiday|a trip) in (?:lagos|abuja|accra|nairobi|lahore|karachi|dhaka|delhi|mumbai|africa|nigeria|ghana|angola|congo|zambia|tanzania|kenya|uganda|mozambique|sierra leone|cameroon|ethiopia|myanmar|laos|cambodia|india|bangladesh|pakistan); back from (?:africa|nigeria|ghana|angola|congo|zambia|tanzania|kenya|uganda|mozambique|myanmar|burma|laos|cambodia|papua new guinea); (?:returned|came back) from (?:africa|nigeria|ghana|angola|congo|zambia|tanzania|kenya|uganda|mozambique|myanmar|burma|laos|cambodia); (?:back|returned|came (?:back|home)|home|flew in|arrived) from (?:a trip to |holiday in |working in )?(?:africa|nigeria|ghana|angola|congo|zambia|tanzania|kenya|uganda|mozambique|sierra leone|guinea|cameroon|sudan|ethiopia|myanmar|burma|laos|cambodia|vietnam|thailand|bali|indonesia|philippines|malaysia|india|bangladesh|pakistan|sri lanka|papua new guinea|brazil|the amazon|the tropics|south east asia|southeast asia); (?:worked|working|lived|living|been) in (?:africa|nigeria|ghana|angola|congo|zambia|tanzania|kenya|uganda|mozambique|sierra leone|guinea|cameroon|sudan|ethiopia|myanmar|burma|laos|cambodia|vietnam|thailand|bali|indonesia|philippines|malaysia|india|bangladesh|pakistan|sri lanka|papua new guinea|brazil|the amazon|the tropics|south east asia|southeast asia); (?:back|returned|home|came back|just back) from (?:[\\w-]+ ){0,4}(?:in )?(?:nigeria|ghana|angola|congo|zambia|tanzania|kenya|uganda|mozambique|cameroon|sierra leone|ethiopia|malawi|sudan|africa)(?![a-z])",
    ),
    # 流行性感冒诊疗方案 2020: influenza or COVID-19 named.
    "influenza": (
        "流感 甲流 乙流 新冠阳性 新冠 得了新冠 阳了",
        "influenza; (?<![a-z])flu(?![a-z]); covid(?:-19)?; sars-cov-2",
    ),
    # NICE NG51 moderate-to-high risk: an older person suddenly less able or less themselves.
    "functional_decline": (
        "起不来床 上厕所要人扶 一下子变差了 比平时爱睡 没什么精神",
        "off (?:her|his) legs; (?:can'?t|cannot|couldn'?t|unable to) get (?:up|out of bed); needs? help to (?:walk|stand|get to the toilet); (?:sleepier|more sleepy) than usual",
    ),
    # WHO / 麻疹诊疗方案: fever with cough, runny nose and red eyes, then a rash that starts at the
    # hairline or behind the ears and spreads down.
    "measles_rash_onset": (
        "耳朵后面和脸上开始出疹 耳后开始出疹 耳朵后面开始出疹 从耳朵后面开始出疹 发际线开始出疹 从脸上开始出疹子",
        "rash (?:started|starting|began|beginning) (?:at|on|behind) (?:the )?(?:hairline|ears|face)",
    ),
    # A mother's or sibling's chickenpox beside a newborn's blisters, or chickenpox in a child on
    # steroids: NICE CKS Chickenpox (2023) refers the same day.
    "chickenpox": (
        "水痘 出水痘 出了水痘",
        "chicken ?pox; varicella; shuidou",
    ),
    # NICE CKS Chilblains (2021): red-purple itchy swellings of the toes and fingers in the cold.
    "chilblains": (
        "手指头脚趾头又红又肿 一烤火就痒 烤火就痒 冻疮 手指头红肿发紫 脚趾头红肿发紫 脚趾手指头红肿发紫 脚趾红肿发紫 手指红肿发紫 烧得慌 火辣辣的",
        "chilblains?; pernio",
    ),
    "chickenpox_contact": (
        "跟出水痘的 和出水痘的 接触过水痘 出水痘的侄子 出水痘的孩子 班上有出水痘的 妈妈出水痘 妈妈出了水痘 哥哥出水痘 姐姐出水痘",
        "(?:her|his) (?:son|daughter|child|kid|nephew|niece|brother|sister) (?:had|has|with) (?:chicken ?pox|shuidou|varicella); (?:big |older |little )?(?:brother|sister|sibling|mum|mother) (?:had|has) (?:chicken ?pox|varicella)(?: this week)?; (?:contact|exposed|exposure) (?:with|to) (?:chicken ?pox|varicella)",
    ),
    "acei_arb": (
        "卡托普利 依那普利 贝那普利 培哚普利 雷米普利 福辛普利 缬沙坦 氯沙坦 厄贝沙坦 替米沙坦 坎地沙坦",
        "ace inhibitors?; acei; (?<![a-z])arbs?(?![a-z]); ramipril; lisinopril; enalapril; perindopril; captopril; losartan; valsartan; candesartan; irbesartan; telmisartan",
    ),
    # Trace urine ketones are not ketoacidosis (JBDS-IP 2023: DKA needs ketones >= 3 mmol/L
    # or urine ++ and more).
    "ketones_trace": (
        "尿酮微量 尿酮弱阳性 尿酮体微量 尿酮体弱阳性 酮体微量 尿酮1+ 尿酮+ 尿酮体1+ 尿酮体+ 尿酮一个加号 尿酮(+)",
        "(?:urine |urinary )?ketones?:? ?(?:1\\+|\\+|one plus|small)(?![+\\d]); (?:urine |urinary )?ketones?:? (?:trace|tr|\\+/-|±)(?![a-z]); trace (?:of )?(?:urine |urinary )?ketones?",
    ),
    # JBDS-IP 2023: blood ketones of 1.5-2.9, urine ketones of 2+ or a ketone test told as
    # positive without its level: ketosis, DKA only with its symptoms (ketones >=3 or urine 3+
    # and acidosis's signs: "ketones" above).
    "ketones_moderate": (
        "血酮中度升高 酮症 尿酮 尿酮体 酮体阳性 尿酮阳性 尿酮体阳性 尿酮++ 尿酮2+ 尿酮体++ 尿酮体2+ 尿酮两个加号 尿酮体两个加号 尿酮(++) 尿酮体(++)",
        "(?:blood )?ketones? (?:of |at |was |is |are |reading )?(?:1\\.[5-9]|2\\.\\d)(?: ?mmol)?; "
        "ketone\\w*(?!\\w)(?! ?(?:of )?(?:0(?:\\.\\d+)?|1(?:\\.[0-4]\\d*)?)(?![\\d.]))",
    ),
    # Methotrexate taken daily instead of weekly (NPSA 2006 alert; MHRA 2020).
    "methotrexate_daily": (
        "甲氨蝶呤每天吃 甲氨蝶呤天天吃 每天吃甲氨蝶呤",
        "methotrexate[^.]{0,80}?(?:every ?day|daily)(?! folic)|(?:every ?day|daily)[^.]{0,40}?methotrexate",
    ),
    "methotrexate": ("甲氨蝶呤", "methotrexate|mtx"),
    # A lithium level above the range (NICE CG185: 0.4-1.0 mmol/L).
    "lithium_high": ("血锂浓度偏高", "lithium (?:level )?(?:of |was |is |=|:)? ?(?:1\\.[1-9]|[2-9](?:\\.\\d)?)(?![\\d])"),
    # A low neutrophil count on a slip (below 1.0 x10^9/L).
    "neutropenia": ("中性粒细胞减少 中性粒细胞很低", "neut(?:rophil)?s? (?:of |was |is |=|:)? ?0\\.\\d|neutropeni\\w*"),
    # Drinking little by habit (老吃零食不喝水), not being unable to drink (IMCI).
    "drinks_little_habit": ("吃零食不喝水 平时不喝水 平常不喝水 不爱喝水 老不喝水", "doesn'?t drink (?:much )?water (?:anyway|normally|usually)"),
    "co_exposure": (
        "煤炉 烧炭 炭火取暖 煤炉取暖 炭盆 火盆 烤火盆 炭火盆 木炭取暖 烧木炭 蜂窝煤 煤球炉 煤饼炉 烧煤取暖 生炉子 烧炉子 炉子取暖 生了炉子 烧了炉子 生了火炉 点了炭 烧了炭 "
        "煤气泄漏 燃气泄漏 天然气泄漏 燃气热水器 煤气热水器 屋里烧炭 关着门窗烤火 门窗紧闭烤火",
        "charcoal (?:brazier|stove|burner|heater|fire|grill|bbq|barbecue|pan|pot|briquettes?); coal (?:stove|brazier|burner|fire|heater|briquettes?); brazier; "
        "(?:burning|burnt|burned|lit|lighting) (?:a )?(?:coal|charcoal|briquettes)(?: fire)?; "
        "heat(?:ing|ed)? (?:the |their |his |her |my |a )?(?:room|bedroom|house|home|tent|hut) with (?:a |an |the )?(?:coal|charcoal|brazier|stove|fire|burner|gas heater|kerosene heater|paraffin heater); "
        "(?:kerosene|paraffin|gas|wood) (?:heater|stove|burner|fire) (?:indoors|inside|in (?:the|his|her|their) (?:bedroom|room|tent|hut))(?: with the windows (?:shut|closed))?; "
        "generator (?:running )?(?:indoors|inside|in the (?:house|garage|room)); gas leak\\w*; (?:leaking|faulty) (?:gas|boiler|heater|water heater|gas heater); (?:old|faulty|broken|leaking) (?:gas )?boiler; (?:co|carbon monoxide) alarm (?:went off|going off|is going off|beeping|sounding|sounded); boiler (?:is |was )?(?:old|faulty|broken|leaking); flame (?:has gone|is|went|turned|has turned) (?:orange|yellow)",
    ),
    "medicine_amount": ("吃了一整板药 吃了一整瓶药", "took a whole (?:bottle|packet|pack|box|strip) of \\w+; (?:took|taken|swallowed|ate) (?:a )?whole (?:box|bottle|packet|pack|strip)(?:es)? of [\\w-]+"),
    "medicine_access": (
        "药盒打开了 药瓶打开了 药盒被打开 药瓶被打开 翻出了药 翻药箱 翻了药箱 偷吃了药 偷吃药 把药当糖 当糖豆吃了 翻出药瓶 翻出了药瓶 翻出药盒 翻出了药盒 少了四五片 少了几片 少了好几片 药片少了 不知道吃了几片 不知道吃了多少片 不知道吞了几片 不知道吃了几粒 不知道吃了多少粒",
        "(?:pills?|tablets?|capsules?|medicines?|medications?) (?:are |were |was |is )?(?:missing|unaccounted for); missing (?:pills|tablets|capsules); "
        "(?:pill ?box|pill ?bottle|pill ?organi[sz]er|pill ?case|pill ?container|medicine (?:box|bottle|cabinet|cupboard|packet)|blister packs?|dosette box) "
        "(?:was |were |is |had been |has been |left )?(?:open(?:ed)?|chewed|emptied|empty); "
        "got (?:into|hold of) (?:(?:the|his|her|their|some|[a-z]+'s|heart|blood pressure|diabetes|sleeping|adult|old) ){0,3}(?:pills|tablets|capsules|medicines?|medications?|pill ?box|pill ?bottle|medicine (?:cabinet|box|bottle|cupboard)); "
        "(?:chewing|sucking|chewed|sucked) on (?:some of )?(?:the |[a-z]+'s )?(?:pills|tablets|capsules); (?:chewing|sucking|chewed|sucked) (?:some of )?[a-z]+'s (?:pills|tablets|capsules); found with (?:an? |the )?(?:empty|open(?:ed)?|half-empty) (?:[\\w-]+ ){0,3}(?:bottle|packet|box|strip|blister pack|container); (?:ate|swallowed|took|chewed|eaten) (?:[\\w']+ ){0,2}(?:mum|mom|mother|dad|father|grandma|granny|grandpa|grandad|nan)'?s (?:[\\w-]+ )?(?:pills|tablets|tabs|capsules|medicines?|meds); (?:maybe|about|around|approx\\.?|~) ?\\d+ (?:tabs|tablets|pills|capsules); chewing (?:on )?(?:her |his |their |the |grandma'?s |granny'?s |gran'?s |a )?(?:\\w+ )?(?:tablets|pills|capsules); (?:strip|pack|packet|bottle|box) had \\d+ (?:gone|missing); (?:tablets|pills) gone from (?:the )?(?:strip|pack|bottle); (?:don'?t|doesn'?t|do not|does not|not sure) know how many (?:tablets |pills )?(?:he |she |they )?(?:took|ate|swallowed|had)",
    ),
    "snake_bite": ("蛇咬 被蛇咬 毒蛇咬 被毒蛇咬 蛇咬伤 长虫咬 被长虫咬 长虫咬伤 黑白一圈一圈的小蛇 黑白一圈一圈的蛇 黑白相间的蛇 银环蛇 金环蛇 眼镜蛇 五步蛇 蝮蛇", "bitten[^.!?]{0,60}five-?pacer; (?:black and white |banded )+(?:banded )?snake (?:under|in) (?:the |his |her )?bed; snake ?bites?; bitten (?:[\\w'-]+ ){0,4}by an? (?:\\w+ )?snake; viper; cobra; fang marks?; "
        "bitten\\b[^.!?]{0,60}\\bsnake; krait; rattlesnake; rattler; mamba; copperhead; cottonmouth; taipan; boomslang; "
        "bitten (?:[\\w'-]+ ){0,4}by an? (?:adder|pit ?viper|sea snake); snake (?:bit|bitten|bite)(?: (?:her|his|him|the|my|their) \\w+)?"),
    "animal_bite": (
        "被猴子抓 被猴子咬 猴子抓 猴子咬 被蝙蝠 狗咬 被狗咬 猫抓 猫咬 动物咬伤 被咬伤 狗咬伤 被猫抓 被狗抓 被猫咬 被猫咬了 被狗咬了 被咬了一口 胳膊被挠了 被猫挠了 被猫抓了 被狗扑了 狗扑了 被狗抓了 猫挠的 被咬破 咬破了",
        "(?:dog|cat|monkey|bat|puppy|kitten)[^.]{0,40}?(?:and )?(?:it |that |which )?bit (?:him|her|them|me)(?![a-z]); scratched by (?:a |the )?(?:stray |neighbou?r'?s )?(?:cat|kitten|dog|puppy); dog bites?; bitten by a (?:dog|cat|monkey|bat); cat bites?; cat scratch; animal bites?; bitten(?! (?:his |her |my |their |the )?(?:tongue|lip|cheek)); (?:dog|cat) (?:bit|bitten); bit(?:ten)? by (?:a |the |his |her |their |neighbou?r'?s? |stray |village )*(?:dog|cat|monkey); scratched by (?:a |the |his |her )?(?:stray |neighbou?r'?s? )?(?:dog|cat|monkey); monkey (?:jumped on|bit|scratched|grabbed) (?:him|her|them); bat (?:flew into|bit|scratched|landed on) (?:him|her|them); monkey (?:bite|scratch); monkey[^.]{0,40}?(?:bit|scratched|bite|scratch)(?![a-z]); (?:dog|cat|bat|puppy|kitten)[^.]{0,40}?bit/scratched",
    ),
    # NICE CKS Burns and scalds (2024): a full-thickness burn is white, waxy, leathery or
    # charred and painless (the nerves are burnt too); any size goes to a burns service.
    "burn_full_thickness": (
        "发白发硬 白色发硬 皮革样 像皮革 像皮子 焦黑 烧焦 炭化 扎都不觉得痛 扎都不觉得疼 扎都不痛 扎也不痛 针扎不痛 针扎都不痛 扎着不痛",
        "leathery; charred; (?:white|waxy|grey|gray|pale) and (?:leathery|hard|dry|waxy); (?:doesn'?t|does not|didn'?t|did not) hurt (?:when|if) (?:touched|pricked|poked|pressed); "
        "painless (?:to touch|when touched|to pinprick); full[- ]thickness; third[- ]degree; deep (?:dermal )?burn",
    ),
    "burn": (
        "艾灸烫 灸烫了 烫着了 烫了也没觉出来 开水溅 热油溅 溅到 烧伤 烫伤 烫到 灼伤 开水烫 被烫 热水烫 火烧伤 电击伤 化学烧伤 烧着了 衣服着了 着起来了 火苗燎 燎到 烧起来了 鞭炮在手里炸 鞭炮炸伤 被鞭炮炸 炮仗炸 烟花炸伤 被烟花炸 火掉到她脸上 火掉到脸上 火掉到身上 酒精棉着了 打翻了刚烧开 打翻了开水 打翻了热水 打翻了水壶 水壶打翻 开水壶打翻 打翻了暖壶 打翻了暖水瓶 暖水瓶打翻 碰翻了开水 碰翻了热水",
        "hot oil (?:from (?:the |a )?\\w+ )?splashed on (?:his |her )?(?:palm|hand|fingers|arm|leg|face); (?:boiling|hot) (?:water|soup|tea|oil) (?:onto|over|on) (?:herself|himself|her|him|themselves); pulled a (?:thermos|kettle|pot|cup) of (?:boiling|hot) (?:water|soup|tea); (?:battery )?acid (?:splashed|spilt|spilled|burn); knelt in wet cement; cement burns?; (?:alkali|lye|caustic) burns?; hot oil (?:from (?:the |a )?[\\w ]{1,15}? )?(?:splashed|spilt|spilled); (?:oil|water|soup|tea) (?:splashed|spilt|spilled) (?:on|over) (?:his |her |the )?(?:face|cheek|chin|neck); burns?; burned; burnt; scald\\w*; electric (?:shock|burn); "
        "(?:pulled|spilled|tipped|knocked|poured) (?:a |the |some )?(?:hot|boiling) (?:soup|water|oil|tea|coffee|porridge|congee|milk); (?:hot|boiling) (?:soup|water|oil|tea|coffee|porridge|congee|milk) (?:spilled|spilt|poured|tipped|splashed); hot (?:cooking )?oil (?:on|over|splash\\w*|spilt|spilled); (?:climbed|put|fell|sat) into (?:a |the )?hot (?:bath|water); scald\\w*; kettle (?:of (?:boiling |hot )?water )?(?:tipped|spilled|spilt|fell|knocked|pulled)(?: over)? (?:on|onto|over); hot water (?:all )?(?:down|over) (?:his|her|the) (?:front|chest|tummy|belly|back|legs?|arms?); pulled (?:the |a )?kettle(?: cord| flex)?",
    ),
    "smoke_inhalation": ("吸入烟雾 吸入浓烟 呛了烟 火灾 鼻毛烧焦 鼻毛都烧焦 眉毛鼻毛都烧焦 嘴边黑的 痰是黑的 咳黑痰 咳出黑痰 家着火了 屋里着火了 从火里救出来 眉毛头发烧焦 眉毛烧焦 头发烧焦 痰里有黑的 痰里黑的", "(?:pulled|rescued|carried) (?:out )?(?:of|from) (?:a |the )?(?:house |kitchen |building )?fire; (?:inside|in) (?:the |a )?(?:smoke|burning (?:house|room|building)); singed (?:nasal |nose )?hairs?; (?:nasal|nose) hairs? (?:singed|burnt); soot (?:in|around) (?:the |his |her )?(?:mouth|nose|nostrils); (?:black|sooty) (?:sputum|phlegm); carbonaceous sputum; smoke inhalation; inhaled smoke; house fire; black (?:stuff|soot|marks?) (?:round|around|in) (?:her |his |the )?(?:nostrils|nose|mouth); eyebrows? (?:singed|burnt|burned); singed eyebrows?; (?:coughing|spitting) (?:up )?(?:dark|black) (?:spit|phlegm|sputum)"),
    "minor_wound": (
        "扎伤 刺伤 扎了 擦伤 划伤 割伤 小伤口 皮外伤 蹭破 磕破 碰伤 刮伤 擦破皮 划破 切到手 割到手 小口子 擦破 蹭伤",
        "graze\\w*; scrape\\w*; abrasions?; (?:small|minor|superficial) (?:cut|wound|laceration)s?; "
        "cut (?:his |her |my )?(?:finger|hand|thumb|knee); cuts?",
    ),
    # NICE CKS Boils, carbuncles and staphylococcal carriage (2023): a large or fluctuant abscess needs drainage.
    "abscess": (
        "脓肿 长了个疮 长了一个疮 脓包 疖子 疖肿 疔疮 有脓头 中间有脓头",
        "pus (?:pours|pouring|comes|coming|oozes|oozing) out (?:when|if) (?:i |you |we )?press\\w*; abscess\\w*; boils?; carbuncles?; pus[- ]filled (?:lump|swelling); (?:lump|swelling) with (?:a )?(?:head of )?pus; (?:yellow|white|pus) head",
    ),
    # NICE CKS Boils and abscesses: a large abscess (egg-sized or more) needs incision and drainage.
    "large_swelling": (
        "鸡蛋大 鸭蛋大 拳头大 核桃大 有鸡蛋那么大 比鸡蛋还大",
        "(?:egg|golf ?ball|fist|walnut|orange)[- ]sized?; (?:size of|as big as|big as) an? (?:egg|golf ?ball|fist|walnut|orange)",
    ),
    # 中华医学会 外伤后破伤风疫苗和被动免疫制剂使用指南(2019) / WHO 2017: soil, manure or rust in a wound makes it tetanus-prone.
    "soil_contaminated": (
        "带着泥 有泥 猪圈 牛棚 伤口被泥土污染 口子里有泥巴 伤口里有泥巴 伤口有泥 沾了泥巴 泥巴 泥土 牛粪 猪粪 鸡粪 粪土 生锈 铁锈 锈钉子 锈铁钉",
        "(?:lots of |some )?mud (?:in|on) (?:it|the wound|the cut); pig ?pen; cow ?shed; soil; dirt in (?:the )?wound; dirty wound; manure; rusty (?:nail|metal|wire|iron); rust",
    ),
    "bruise": ("两块青 有块青 淤青 瘀青 青肿 撞青 青一块紫一块 有青紫 都有青紫 有的发紫 一块青 青了一块 几块青紫 一块块青紫 好几块青紫 青印子 几个青印子", "bruis\\w*; bluish (?:bruise|mark|patch)"),
    "sprain": (
        "扭伤 崴脚 崴了脚 脚扭了 扭到脚 脚踝扭伤 扭了脚 手腕扭伤 拉伤 肌肉拉伤 扭了左膝 扭了右膝 扭了膝盖",
        "sprain\\w*; twisted (?:his |her |my )?(?:ankle|wrist|knee); rolled (?:his |her |my )?ankle; strain(?:ed)? (?:muscle|hamstring)",
    ),
    "deep_wound": (
        "能看到黄的油 能看见黄的油 看到黄的油 看得到黄的油 能看到脂肪 看到脂肪 露出脂肪 被刀捅 刀捅 捅伤 被捅了 捅了一刀 被扎了一刀 扎了一刀 伤口挺深 伤口比较深 伤口很深 深的伤口 伤口深 伤口裂开很大 伤口较深 砍伤 砍到 刀砍 被砍 砍了一刀 砍破 劈伤 口子很深 口子挺深 口子好深 油锯拉 电锯拉 被油锯 能看见里头黄的白的 踩到生锈的钉子 扎得挺深 鞋底都扎穿了 踩到钉子 能看见白的 看见骨头了 露出白的 能看见白骨头",
        "edges (?:wo|wi)n'?t stay together; can see (?:yellow )?fat; (?:down )?into the fat; stepped on a (?:rusty )?nail; nail (?:went )?(?:right )?through; edges gaping; can see (?:the )?fat; cut (?:his |her )?(?:shin|leg|arm|hand) with (?:the |a )?(?:sickle|machete|axe|knife); puncture wound; deep (?:cut|wound|laceration); gaping (?:wound|cut); (?:chainsaw|machete|axe|sickle|chopper) (?:cut|wound|injury|laceration); deep puncture(?: wound)?; stood on an? (?:rusty )?nail; (?:rusty )?nail (?:went )?(?:through|into) (?:his |her |the )?(?:foot|hand|sole); chainsaw; gaping(?: open)?; edges gape(?: open)?; gaping (?:wound|cut|laceration|edges); (?:yellowy?|yellow) (?:stuff|fat|tissue|blobs?) (?:showing|visible|poking); (?:nail|fork|garden fork|pitchfork|spike|rake|prong) (?:went )?(?:right )?(?:through|into) (?:his |her |the )?(?:boot|shoe|wellie|welly|foot)",
    ),
    # WHO 2017 tetanus: trismus, risus sardonicus, opisthotonus, spasms. 破伤风 named alone is
    # only suspected; a question about the tetanus jab is prophylaxis, not disease.
    "tetanus_signs": (
        "牙关紧闭 牙关紧 嘴张不开 嘴巴张不开 苦笑面容 角弓反张 破伤风发作",
        "lockjaw; lock jaw; jaw (?:is )?locked; jaw (?:is |feels )?tight,? (?:can hardly|can'?t|cannot) open (?:his |her )?mouth; back arches in spasms?; risus sardonicus; opisthotonus",
    ),
    "tetanus_named": ("破伤风", "tetanus"),
    # A tetanus jab asked about or up to date says nothing of the disease: read as its absence.
    "~tetanus_named": (
        "破伤风针 破伤风疫苗 破伤风抗毒素 破伤风免疫球蛋白 打破伤风 破伤风类毒素 百白破",
        "tetanus (?:shot|jab|vaccine|vaccination|injection|booster|immunoglobulin|toxoid|cover|prophylaxis|status|immuni[sz]ation)s?; "
        "tetanus (?:is |was )?(?:up to date|up-to-date|current|covered|given|done); "
        "(?:td|tdap|dtap|dtp) (?:shot|jab|vaccine|booster)",
    ),
    "fracture": (
        "骨折 骨头断了 摔断 砸断 压断 撞断 踢断 扭断 畸形 不能负重 不能站立 腿不能动 胳膊不能动 手臂畸形 骨头断 像把叉子往上翘 像把叉子 餐叉样 枪刺样",
        "fractur\\w*; broken (?:arm|leg|bone|wrist|ankle|hip|collarbone); deformity; deformed; "
        "can'?t bear weight; unable to bear weight; can'?t stand; (?:dinner )?fork[- ]shaped?(?: deformity)?; (?:looks |look )?like a (?:dinner )?fork; bent like (?:a )?fork",
    ),
    "major_trauma": (
        "车祸 高处坠落 从高处摔下 从楼上摔下 从树上摔下 从屋顶摔下 被车撞 摩托车事故 从房顶摔下 坠落伤 摩托车摔 骑摩托摔 摩托摔 电动车摔 骑电动车摔 电瓶车摔 三轮车翻 被小车撞了 被小车撞 被汽车撞 被货车撞 被车撞了 三轮车翻沟里 车把顶到肚子",
        "hit by a (?:van|lorry|bus|motorbike|tractor); fell (?:about |around |maybe |~)?(?:[3-9]|1\\d) ?(?:m|metres|meters) (?:off|from); fell (?:out of|off|from) [\\w ]{1,25}?(?:maybe |about |around |~)?(?:[3-9]|1\\d)(?:\\.\\d)? ?m(?:etres?|eters?)?(?![a-z]); mangled; caught in (?:a |the )?(?:tractor|pto|machine|machinery|thresher|auger|rollers)(?: shaft)?; car (?:accident|crash); road traffic (?:accident|collision); rtc; rta; hit by a (?:car|vehicle|truck); "
        "fell from (?:a )?(?:height|roof|ladder|tree); fall from (?:a )?height; motorcycle (?:accident|crash); "
        "(?:fell|fallen|falling|came|come) (?:off|from|down from|out of) (?:a |the |his |her |their |my )?(?:(?:tall|high|\\d+ ?(?:m|metres?|meters?|feet|ft)) )?"
        "(?:ladder|roof|scaffold\\w*|horse|tree|balcony|wall|cliff|motorbike|motorcycle|moped|scooter|building|bridge|window|loft|truck|lorry|tractor); "
        "(?:motorbike|moped|scooter) (?:accident|crash|collision|fall); thrown from (?:a |the |his |her )?(?:vehicle|car|motorbike|motorcycle|horse)",
    ),
    # WHO mhGAP 2.0 (2016) §PSY: acute agitated or aggressive behaviour, and psychotic
    # symptoms (delusions, hallucinations) with risk to self or others.
    "violence_risk": (
        "要砍人 要杀人 想杀人 想砍人 拿刀砍人 拿刀要砍 拿刀追人 拿刀追着 持刀 扬言要杀 扬言杀 扬言要砍 威胁要杀 威胁杀 要杀了 要和人拼命 要跟人拼命 "
        "拿着刀要 拿斧头要 拿斧头砍 拿棍子打人 动刀子 拿着菜刀在院子里追 拿着菜刀追 拿菜刀追 拿着刀追",
        "threaten\\w* (?:[\\w'-]+ ){0,4}with an? (?:axe|knife|machete|gun|weapon|hammer|bat|sickle|cleaver); "
        "threaten\\w* to (?:kill|stab|hurt|attack|harm) (?:someone|somebody|people|others|them|him|her|his|the|us|me|\\w+); "
        "(?:wielding|waving|brandishing|holding) an? (?:axe|knife|machete|gun|weapon|cleaver); (?:violent|homicidal) (?:behaviou?r|and (?:aggressive|agitated)); voices (?:tell\\w*|say\\w*|told) (?:him|her|them) to (?:hurt|kill|harm|attack); (?:carrying|wielding|waving|brandishing) an? (?:kitchen |big |large )?(?:axe|knife|machete|gun|weapon|cleaver|sickle)",
    ),
    # WHO mhGAP §PSY: voices telling the person to harm others are psychosis with a risk to others.
    "command_hallucination_violence": (
        "幻听命令伤人 听到声音叫他杀人 听到声音叫她杀人 声音叫他杀人 声音叫她杀人 声音叫他砍人",
        "(?:hearing|hears|heard) voices (?:tell\\w*|say\\w*|told) (?:him|her|them) to (?:hurt|kill|harm|attack|stab) (?!(?:himself|herself|themselves)(?![a-z]))",
    ),
    # NICE CG192 §1.10 / WHO mhGAP: a mother who speaks of taking her baby with her, or of
    # harming it, is at risk of filicide-suicide: an emergency.
    "child_harm_intent": (
        "把孩子处理掉 要把孩子处理掉 把娃处理掉 要弄死孩子 把孩子弄死 说孩子是魔鬼 带孩子一起死 带着孩子一起死 和孩子一起死 跟孩子一起死 带孩子一起去死 带娃一起死 想掐死孩子 想把孩子扔了 想伤害孩子 要把孩子抱出去扔掉 把孩子扔掉 要扔掉孩子 要把孩子扔了",
        "(?:tried to )?take the baby (?:out )?to the (?:river|lake|well|pond); (?:die|dying) (?:together )?with (?:the |her |my )?(?:baby|child)|"
        "(?:wants?|going|thinks? about|thought about|talk\\w* about) (?:to )?(?:harm|hurt|kill|smother) "
        "(?:the |her |my )?(?:baby|child); (?:jump|jumping) (?:from|off) (?:the |a )?(?:roof|bridge|building|window) with (?:the |her |my )?(?:baby|child); (?:thinking|thought|thinks) about (?:putting|holding|pressing) (?:a |the )?pillow over (?:his|her|the baby'?s) face; pillow over (?:his|her) face",
    ),
    "psychosis": (
        "颠三倒四 说话颠三倒四 说自己是皇帝派来的 听到有人叫她 听到有人叫他 听见有人叫她 听见有人叫他 听到有人跟她说话 听到有人跟他说话 听见别人说话 有人要害他 有人要害她 有人要害我 有人要害 有人害他 有人害她 被人跟踪 有人跟踪 被人监视 有人监视 幻听 幻视 幻觉 凭空听到 有人议论他 有人议论她 议论他 议论她 往他饭里下毒 往她饭里下毒 饭里下毒 有人下毒 要害他 要害她 "
        "听见有人骂他 听见有人骂她 对着空气说话 疑神疑鬼 被害妄想 妄想 精神病发作 精神分裂 听到有人喊她 听到有人喊他 听见有人喊她 听见有人喊他 妖怪变的 是妖怪 中邪了 被鬼附身 墙上有虫子 虫子在爬 自言自语 自己跟自己说话 自己和自己说话 孩子不是她的 孩子是被人换了 是被人换了 说有人要害他 喊有人要害他 有人在背后骂他 有人在背后骂她 有人在背后骂我 有人在背后说他坏话 有人在背后说她坏话 有人跟踪他 有人跟踪她 有人监视他 有人监视她 听到有人讲她 听到有人讲他 听见有人讲她 听见有人讲他 听到有人说她是 听到有人说他是 听见有人说她是 听见有人说他是 说自己是罪人 她是罪人 他是罪人 我是罪人",
        "(?:put|putting|hidden|planted|installed) (?:cameras|microphones|bugs|listening devices|chips) in (?:the |his |her |their |my )?(?:walls|house|room|flat|ceiling|head|teeth); talk(?:s|ing|ed)? about (?:him|her|them) (?:through|on|via|over) the (?:tv|television|radio|walls); (?:neighbou?rs|people|someone|they|the government|(?:his|her|their) (?:family|wife|husband)) (?:are |is |have been |has been )?(?:putting|put|adding|added|slipping) poison (?:in|into) (?:the |our |his |her |their |my )?(?:water|food|tea|drinks?|meals?|rice|well); baby (?:isn'?t|is not) (?:hers|his); swapped by (?:demons|someone|aliens|the devil); (?:people on (?:the )?tv|the tv|the radio|the television) (?:are |is )?(?:talking about|sending (?:him|her) messages|commenting on) (?:him|her); hears? (?:a |the )?voices? (?:commenting|talking|whispering); hearing whispers; (?:classmates|neighbou?rs|people|colleagues|they) (?:are )?(?:plotting|conspiring) against (?:him|her); (?:neighbou?rs|people|they) (?:are )?spying on (?:him|her); (?:says|said|thinks|believes|convinced) (?:that )?(?:the |her |his )?baby (?:has been|was|is|had been) (?:swapped|switched|replaced); hearing voices; hears voices; heard voices; hallucinat\\w*; delusion\\w*; paranoid (?:delusions?|ideas|psychosis|schizophreni\\w*); psychos[ie]s; psychotic; "
        "thinks (?:people|someone|everyone|they) (?:are|is) (?:after|out to get|trying to (?:kill|poison|harm)) (?:him|her|them); schizophreni\\w*; (?:says?|said|thinks?|believes?) (?:the |her |his )?(?:baby|child|husband|wife|family) (?:is |was )?(?:possessed|a demon|the devil|evil|not (?:hers|his|theirs)); (?:thinks|believes|convinced|says) (?:that )?(?:people|someone|they|everyone|the neighbou?rs|(?:his|her|their) (?:family|wife|husband|parents|neighbou?rs)) (?:are|is) (?:watching|following|after|spying on|talking about|poisoning|trying to poison) (?:her|him|them|his|their)(?: food| drink| water)?; saying strange things; (?:people|someone|they) (?:are |is )?(?:talking about|following|watching|spying on) (?:him|her) (?:behind (?:his|her) back|all the time)?",
    ),
    # NICE CG185 (2014, updated 2023) Bipolar disorder §1.2: suspected mania or hypomania needs an urgent referral to mental health services.
    "mania": (
        "四五天没咋睡 几天没咋睡还不累 睡一两个钟头还不累 说要开公司 把家里存款取出来 好几天不睡觉也不累 几天不睡也不困 不睡觉也不累 话特别多停不下来 说个不停 花钱大手大脚 乱花钱 说自己是大老板 说自己要当大老板 精力特别旺 兴奋话多 躁狂 狂躁",
        "talking (?:non-?stop|constantly|all the time); spent all (?:their|his|her) savings; mania; manic; grandios\\w*; flight of ideas; (?:jumps?|jumping) (?:from )?topic to topic; talks? (?:non-?stop|nonstop|constantly|all the time); (?:no|hardly any|little|not) sleep\\w* (?:for )?\\d+ nights? but (?:full of energy|not tired|energetic)",
    ),
    # NICE CKS Eczema - atopic (2024) §eczema herpeticum: clustered punched-out erosions on eczema.
    "punched_out_sores": (
        "破了成小坑 成小坑 凿孔样 一个个小坑 小坑坑 一个个小窝 像打了孔 破了像小坑一样 像小坑一样 破了像小坑 像小坑",
        "punched[- ]out raw (?:spots|sores|areas); (?:clusters? of )?(?:small )?blisters (?:that )?(?:burst|broke) (?:into|leaving) (?:small )?(?:sores|holes|erosions); punched[- ]out (?:sores|lesions|erosions|ulcers|spots)",
    ),
    "fall": ("摔在地上 摔到地上 绊了一跤 绊了一下摔了 滑了一跤 滑倒 绊倒 跌了一跤 摔倒 跌倒 摔了一跤 摔了 摔伤 摔下来 跌下来 摔下去 跌下去 从床上掉下来 从树上掉下来 摔过一跤 摔过跤 跌过一跤 跌过跤 从单杠上掉下来 从单杠上摔下来 从滑梯上摔下来 从高处掉下来 爬树摔下来 起夜摔的 坐地上了 一屁股坐地上 被人铲倒 被铲倒 铲倒了", "fell off (?:the |a )?(?:haystack|ladder|stepladder|roof|wall); fell (?:off|from) (?:the )?(?:monkey bars|bars|climbing frame|slide|swing|tree|wall|bed|bunk); slipped (?:on|over); landed on (?:her|his) (?:side|back|bottom|bum|tummy); fell; fall(?:en)?; tripped; foosh; slipped (?:on|in|and); slips? (?:on|over|in|and)"),
    "heat_illness": ("中暑 热射病 热衰竭", "heat ?stroke; heat exhaustion; sunstroke"),
    # 中国热射病诊断与治疗专家共识(2019): work or exercise in a hot, humid place (a greenhouse in
    # summer, fields under the sun) and hot, dry skin.
    "heat_exposure": (
        "大棚里 大棚干活 蔬菜大棚 温室里 高温天 高温下 高温作业 大热天 热天干活 三伏天 烈日下 大太阳底下 太阳底下干活 暴晒 太阳晒了 晒了一天 闷热 晒了一上午 晒了一下午 在场院晒 太阳底下干了一上午 顶着太阳 顶着大太阳 大太阳下",
        "in the heat; heat ?wave; (?:very )?hot (?:weather|day|sun); in (?:the )?(?:full |hot |midday )?sun (?:all day|for hours); "
        "(?:working|worked|work) (?:outside |outdoors )?in (?:the )?(?:heat|sun|greenhouse); greenhouse",
    ),
    "hot_dry_skin": (
        "身上滚烫 浑身滚烫 全身滚烫 皮肤滚烫 滚烫 烫手 皮肤干热 皮肤又干又烫 皮肤干烫",
        "hot,? (?:and )?dry skin; skin (?:is |was |feels |felt )?(?:very )?hot and dry; stopped sweating; burning hot",
    ),
    "alcohol": ("喝醉 醉酒 喝多了酒 饮酒过量 喝大了 烂醉 醉得 喝了几杯啤酒 喝了啤酒 喝了白酒 喝了米酒 喝了几杯 应酬喝了 喝白酒 常年喝酒 天天喝酒 光喝酒", "drunk; intoxicated with alcohol; alcohol intoxication; drinking heavily; binge drinking; (?:is |was |been |he'?s |she'?s |they'?re )drinking (?:alone |heavily )?(?:right now|now|tonight|in the (?:garage|shed|car|bedroom|bathroom))(?! water); "
        "(?:drank|drinking|had) (?:a lot of|lots of|too much|a (?:whole )?bottle of|half a bottle of) (?:alcohol|spirits|vodka|baijiu|whiske?y|liquor|rice wine|booze); drank (?:\\w+ ){0,2}(?:wine|beer|spirits|alcohol|baijiu|rice wine|lager|vodka|whisky); drinks (?:\\w+ ){0,4}(?:vodka|whisky|whiskey|beer|wine|spirits|baijiu|rum|gin)(?: (?:a|every|per) day)?"),
    # WHO ETAT 2016 / 急性酒精中毒诊治共识(2014): breathing slow or shallow in a drunk or drugged
    # person is respiratory depression.
    "slow_breathing": (
        "呼吸很慢 呼吸慢 呼吸变慢 呼吸浅慢 呼吸很浅 呼吸微弱 呼吸弱 喘气很慢 喘气很弱 半天才喘一口气 半天喘一口气 呼吸一阵一阵停",
        "(?:breathing|respirations?) (?:is |are |was |were |has become |became |seems? )?(?:very |really )?(?:slow|shallow|weak)(?:ed)?(?: and (?:slow|shallow))?; "
        "slow,? (?:shallow )?breathing; shallow breathing",
    ),
    # --- common minor presentations ---------------------------------------------------------
    "common_cold": (
        "感冒 伤风 着凉 受凉 风寒 风热",
        "(?:a|the|common|head) colds?(?! sweat); caught (?:a )?cold; colds?; flu; influenza; urti; uri",
    ),
    "runny_nose": ("流鼻涕 流涕 鼻涕 流清涕 清鼻涕 流清鼻涕 黄鼻涕", "runny nose; rhinorrh\\w*; running nose; snotty nose; snuffles"),
    "blocked_nose": ("鼻塞 鼻子堵 鼻子不通气 鼻子不通", "blocked nose; stuffy nose; nasal congestion; congested nose; stuffed up"),
    "sneezing": ("打喷嚏 喷嚏", "sneez\\w*"),
    "sore_throat": (
        "咽痛 喉咙痛 嗓子疼 嗓子痛 喉咙疼 咽喉痛 咽喉肿痛 嗓子发炎 咽部不适 嗓子干 咽干 咽部充血 扁桃体肿大 "
        "扁桃体发炎 嗓子不舒服 喉咙不舒服 咽痒",
        "sore throat; throat pain; scratchy throat; pharyngitis; painful throat; throat (?:is )?sore; tonsillitis",
    ),
    "hoarse": ("声音嘶哑 嗓子哑 失声 声音沙哑 声音哑了 嗓子哑了 说话声音哑了 声音开始哑了 声音变哑了 声音变哑 说话声音变了 声音变了 哭不出声 哭不出声来", "hoarse\\w*; lost (?:his |her |my )?voice; voice change; voice (?:is |has )?changed; change (?:in|of) (?:his |her )?voice"),
    "body_aches": ("全身酸痛 浑身酸痛 肌肉酸痛 浑身疼 身上疼 全身疼痛 浑身不舒服 四肢酸痛 全身痛 全身疼 浑身痛 浑身骨头痛 浑身骨头疼 全身骨头痛", "body ?aches?; aching all over; myalgi\\w*; muscle aches?; (?:pain|aches?|aching) in (?:her |his |my )?(?:bones|muscles)"),
    "fatigue": ("乏力 无力 没力气 浑身没力 浑身没劲 老觉得没劲 觉得没劲 疲劳 疲倦 累 人也没劲 没劲", "fatigue\\w*; tired\\w*; weakness; weak; exhausted; malaise"),
    "joint_pain": ("关节痛 关节疼 关节肿 膝盖疼 膝盖痛 关节肿痛 膝盖肿起来 膝盖肿了 膝盖肿得", "pain is in (?:the |his |her )?(?:(?:l|r|left|right) )?(?:knee|hip|thigh); pain in (?:the |his |her )?(?:left |right |l |r )?(?:knee|hip)(?: and (?:the )?front of (?:the )?thigh)?; hip (?:is )?stiff; joint pains?; arthralgi\\w*; swollen joints?; knee pain"),
    "neck_pain": ("脖子疼 颈部疼痛 落枕 脖子痛 颈椎痛", "neck (?:really |very )?hurts; neck (?:is )?(?:really |very )?(?:sore|painful); neck pain; sore neck; crick in (?:the|my|his|her) neck"),
    # A wrist swollen and painful (after a fall on the outstretched hand: a distal radius or
    # scaphoid fracture until an X-ray says otherwise, NICE NG38 2016, RCEM scaphoid 2020).
    "wrist_swelling": (
        "手腕肿痛 手腕肿了 手腕子肿 手腕又肿又疼 手腕肿得厉害 腕关节肿痛 手腕那肿了 手腕处肿痛",
        "wrist (?:is |now )?(?:very )?(?:swollen|puffy)(?: and (?:painful|sore|tender))?; (?:swollen|puffy) (?:and (?:painful|sore|tender) )?wrist",
    ),
    # A limb a child will not move or use (pseudoparalysis: septic arthritis or osteomyelitis
    # with a fever, NICE CKS Septic arthritis 2023; a pulled elbow without one).
    "limb_not_used": (
        "腿不怎么动了 腿不动了 不肯动腿 腿一动就哭 一动腿就哭 动腿就哭 一碰腿就哭 胳膊不动了 不肯动胳膊 一动胳膊就哭",
        "not moving (?:her |his |the )?(?:(?:l|r|left|right) )?(?:leg|arm); won'?t move (?:her |his |the )?(?:(?:l|r|left|right) )?(?:leg|arm); "
        "(?:screams|cries) when (?:her |his |the )?(?:leg|hip|arm) (?:is )?moved; pseudoparalysis",
    ),
    "toothache": ("牙痛 牙疼", "tooth ?ache; dental pain; molar pain; throbbing (?:upper |lower )?(?:front )?tooth"),
    # NICE CKS Dental abscess (2023): a swollen cheek from a bad tooth is a spreading dental infection.
    "cheek_swelling": (
        "脸颊肿 腮帮子肿 腮帮肿 脸颊肿起来 脸颊肿了 腮帮子肿起来",
        "(?:(?:l|r|left|right) )?cheek (?:is |are |got |mild |mildly |very |a bit |bit )*(?:swollen|swelling|puffy); swollen (?:(?:l|r|left|right) )?cheek; (?:swelling|swollen) (?:of|on) (?:the |his |her )?(?:(?:l|r|left|right) )?(?:cheek|jaw); swollen gum and (?:upper |lower )?lip",
    ),
    # SDCEP Emergency Dental Care 2013 / NICE CKS Dental abscess: swelling of the floor of the mouth (Ludwig's angina) threatens the airway.
    "floor_of_mouth_swelling": (
        "舌头底下肿 舌头下面肿 舌下肿 舌头被顶起来 舌头抬起来 口底肿 下巴底下肿 下巴下面肿 下巴底下硬",
        "floor of (?:the )?mouth (?:is )?(?:raised|swollen|elevated|swelling|firm|hard); tongue (?:is )?(?:pushed|lifted|raised|pushing) up; swelling under (?:the )?(?:chin|jaw)(?: on)? both sides?; swollen floor of (?:the )?mouth",
    ),
    "red_eye": (
        "眼睛有点红 眼珠子通红 眼珠子红 眼睛通红 眼珠通红 眼珠子充血 红眼 眼睛红 结膜炎 眼屎多 眼屎 眼睛发红 眼睛充血 眼红 眼白红 结膜充血 眼睛分泌物多 眼分泌物 眼睛黏糊 早上眼睛粘住 眼睛也红 眼睛也发红 眼睛都红了 红的发紫 红得发紫",
        "red (?:r|l|right|left) eye; (?:l|r|left|right) eye (?:is |looks )?(?:slightly |a bit |bit |mildly )?red; eye (?:is |looks )?red(?:,| and)? cornea; red eyes?; pink eye; conjunctivitis; sticky eyes?; sticky discharge; bloodshot(?: eyes?)?; "
        "(?:his |her |my |the |left |right )eyes? (?:is |are |looks? )?(?:red|bloodshot); "
        "discharge from (?:the |his |her |my |both )?eyes?; (?:gooey|crusty|crusted) eyes?; eyes? (?:are |is )?(?:stuck|crusted) (?:together|shut); eyes (?:are |look )?(?:red|bloodshot)(?: and (?:gritty|sore|painful|sticky|watery))?; red (?:and )?painful (?:(?:l|r|left|right) )?eye",
    ),
    "halos": (
        "周围有一圈彩虹 一圈彩虹 彩色圈圈 彩色的圈 彩虹一样的圈 虹视 看灯有彩虹圈 灯光周围有光圈 看灯光有光晕 看灯有光圈 彩虹圈",
        "halos?(?: (?:around|round) (?:the )?lights?)?; rainbow rings? (?:around|round) lights?; haloe?s(?: (?:around|round) (?:the )?lights?)?; rainbow (?:circles?|rings?) (?:around|round) (?:the )?(?:lights?|lamps?)",
    ),
    # NICE CKS / RCOphth: a swollen eye pushed forward, painful or limited eye movement or reduced vision is orbital cellulitis: hospital now.
    "orbital_signs": (
        "眼珠子往前鼓 眼珠往前鼓 眼珠子往外鼓 转眼睛疼 眼球突出 眼珠往外鼓 眼睛往外鼓 眼睛转不动 转眼睛就疼 眼珠转动疼 眼珠一转就痛 眼珠一转就疼 转不动了",
        "eye (?:is |looks like it'?s )?(?:pushed|bulging|sticking) (?:forward|out); (?:cries|hurts|pain) when (?:she |he )?(?:tries to )?looks? to the sides?; proptosis; (?:can'?t|cannot) (?:look|move (?:the |his |her )?eyes?) to (?:the )?sides?; pain (?:when|on) (?:moving|move|moves) (?:the |his |her )?eyes?; (?:hurts?|painful|pain) (?:to|when (?:she |he |they )?(?:moves?|moving)) (?:move )?(?:the |his |her )?eyes?",
    ),
    # NICE CKS Retinal detachment 2022: new floaters, flashes or a curtain over the vision.
    "floaters_flashes": (
        "老看到闪光 像打闪一样 多了一大把黑点点 一大把黑点 像一群蚊子在飞 飞蚊 飞蚊增多 眼前黑点 眼前有黑点 眼前好多黑点 眼前有黑点飘 眼前黑点飘 眼前好多黑点飘 黑点飘 黑点在飘 黑影飘 眼前黑影 眼前有黑影 眼前闪光 闪光感 一闪一闪的光 "
        "像拉了个帘子 像拉了帘子 像挂了个帘子 像有个帘子 帘子挡着 幕布挡着 像幕布 黑幕 有东西挡着视线 像拉了一块帘子 像拉帘子 像蚊子飞 眼前面有很多小黑点 很多小黑点 有黑东西飘 黑东西在飘 有东西在飘 一块挡着 有一块挡着 眼前一块黑",
        "(?:like )?a curtain (?:came|coming|come) down; floaters?; flash(?:es|ing)? of light; flashes; flashing lights?(?: in (?:his |her |my |the )?(?:(?:left|right|l|r) )?eye)?; curtain (?:over|across|coming down|in front of)(?: (?:his |her |my |the )?(?:vision|eye|sight))?; "
        "shadow (?:over|across|in) (?:his |her |my |the )?(?:vision|eye|sight); (?:a )?veil over (?:his |her |my |the )?vision; flashing lights? (?:at|in|on|to) (?:the )?(?:side|corner|edge)s?(?: of (?:his |her |my |the )?(?:vision|eye))?; (?:new )?(?:black |dark )?(?:spots|dots) floating(?: in (?:his |her |my |the )?(?:(?:left|right|l|r) )?eye)?",
    ),
    "red_painful_eye": (
        "眼睛红痛 眼红痛 眼睛又红又痛 眼睛红肿疼痛 眼睛又红又疼 眼睛红疼 眼红疼",
        "red,? (?:and )?painful (?:(?:l|r|left|right) )?eyes?; painful,? (?:and )?red (?:(?:l|r|left|right) )?eyes?; eye (?:is |was )?(?:very )?red and (?:very )?painful",
    ),
    "nosebleed": ("流鼻血 鼻出血 鼻子出血 鼻涕有血丝 鼻涕里有血 擤鼻涕有血 鼻衄 鼻子流血 鼻子也出血", "nose ?bleeds?; epistaxis; bleeding from (?:the |his |her )?nose; nose bleeding; bleeding (?:from|of) (?:the )?nose; nose (?:bled|has bled|was bleeding|has been bleeding|keeps bleeding)"),
    # NICE CKS Epistaxis 2024: a nosebleed that first aid (pinching) does not stop.
    # NICE CKS Epistaxis (2024): blood running down the back of the throat despite pressure is a
    # posterior bleed.
    "posterior_epistaxis": (
        "鼻血往嗓子里流 血往嗓子里流 从嗓子往下流",
        "running down the back of (?:his |her |the )?throat",
    ),
    "nosebleed_persistent": (
        "鼻血止不住 鼻血不止 鼻出血不止 鼻血流个不停 鼻血一直流 鼻血一直止不住 鼻子出血止不住",
        "nose ?bleeds? (?:that )?(?:won'?t|will not|doesn'?t|does not|didn'?t|did not) stop; (?:\\d+ ?min(?:ute)?s? of )?pressure not working; "
        "(?:pinched|pressed|pressure)[^.]{0,40}?still (?:pouring|bleeding|running); "
        "(?:nose (?:is )?)?still bleeding (?:despite|after|even after|even with) (?:pinching|pressure|pressing|squeezing)",
    ),
    "weight_loss": ("消瘦 体重下降 体重减轻 瘦了很多 瘦了一圈 瘦了十几斤", "lost (?:about |around |~|nearly |almost )?\\d+ ?(?:kg|kilos?|lbs?|pounds)(?: in (?:a|the last|\\d+) (?:month|weeks?|months))?; weight loss; losing weight; lost weight"),
    "night_sweats": (
        "盗汗 夜间出汗 夜里出汗把枕巾都湿透 枕巾都湿透 枕头都湿透 被子都湿透 床单都湿透 汗把枕巾都湿透 汗把被子都湿透",
        "night sweats?; (?:sweats?|sweating) at night(?: (?:soaking|drenching) (?:the |her |his )?(?:sheets|bed|pillow))?; drenching (?:night )?sweats; (?:soak(?:ing|s|ed)?|drench(?:ing|es|ed)?) (?:through )?(?:the |her |his )?(?:sheets|bed ?sheets|pillow|bedclothes)",
    ),
    "follow_up": ("复查 复诊 开药 拿药 随访 取药 测血压 量血压 体检", "(?:seen (?:in|at|by) )?(?:the )?(?:stroke|tia) (?:clinic|service|team|unit|nurse|follow-?up); follow-?up; review; repeat prescription; refill; check-?up; routine check"),
    "gastroenteritis": (
        "上吐下泻 又吐又拉 急性肠胃炎 肠胃炎 胃肠炎 急性胃肠炎",
        "gastroenteritis; vomiting and diarrh(?:o)?ea; diarrh(?:o)?ea and vomiting; d&v; food poisoning; "
        "traveller'?s (?:tummy|diarrh(?:o)?ea); stomach bug; tummy bug; d ?[+&/] ?v; d and v",
    ),
    "period_pain": (
        "痛经 月经期间肚子痛 来月经肚子痛 经期腹痛 月经第一天 经期肚子痛",
        "period pains?; dysmenorrh\\w*; menstrual cramps?",
    ),
    # Exposures that name a zoonosis or a water-borne infection (炭疽诊疗方案 2023, 恙虫病防治
    # 技术指南, 人感染H7N9禽流感诊疗方案 2017, WHO leptospirosis 2003, 血吸虫病诊断标准 WS261).
    "livestock_exposure": (
        "病死的牛 病死牛 病死的羊 病死羊 病死猪 病死的猪 死牛 死羊 病牛 病羊 剥了头病死 剥牛皮 剥羊皮 宰了只病 宰了病 杀了病 死了的牛 死了的羊 病死的牲口 病死牲口",
        "(?:sick|dead) (?:cows?|cattle|sheep|goats?|pigs?|livestock|animals?); (?:skinned|butchered|slaughtered) (?:a |the |an )?(?:sick |dead )?(?:cows?|sheep|goats?|animals?|carcass|it); "
        "(?:a |the )?(?:cow|sheep|goat) died",
    ),
    "eschar": (
        "焦痂 黑痂 黑疤 黑色的痂 黑色痂 中间变黑 结了个黑痂 黑色焦痂 黑色的疤",
        "black scabby spot; black scab(?:by)? (?:spot|patch); eschars?; black (?:scabs?|crusts?|centre|center|sore)",
    ),
    "poultry_exposure": (
        "活禽 活鸡 活鸭 杀鸡 宰鸡 杀鸭 杀了只鸡 病死鸡 病死的鸡 死鸡 病鸡 家禽市场 活禽市场 买了只活鸡",
        "live (?:chickens?|poultry|birds?|ducks?); (?:killed|slaughtered) (?:a |the )?(?:chickens?|ducks?|birds?|poultry); sick (?:chickens?|birds?|ducks?|poultry); "
        "dead (?:chickens|poultry|birds|ducks); poultry market; (?:bird|chicken) looked sick",
    ),
    "paddy_exposure": (
        "插秧 稻田 水田 下田 田里干活 割稻 收稻子 蹚水 泡在水里干活 洪水里 发大水 排水清淤 清淤 抗洪 泡在洪水里 洪水退了 光着脚下水",
        "waded through; flooded fields?; (?:rice )?padd(?:y|ies); rice (?:planting|fields?|harvest); (?:transplanting|planting) rice; flood ?water; wading",
    ),
    "lake_exposure": (
        "钉螺 接触过疫水 接触疫水 湖里游过泳 在湖里游泳 下湖捕鱼 湖里摸鱼 湖里游泳 下湖 湖水 疫水 湖区 湖边打草 湖里捕鱼 湖里打鱼 沟渠里摸螺",
        "snail-infested water; in the (?:lake )?water a lot; from the lake area; (?:swam|swimming|swim|fished|fishing|waded|wading)[^.]{0,20}(?:lake|marsh); lake water",
    ),
    "calf_pain": (
        "小腿肚子捏着疼 小腿肚子捏着痛 腿肚子捏着疼 小腿肚子痛 小腿肚子疼 小腿肚子最痛 小腿肚子最疼 腿肚子痛 小腿痛 小腿疼 小腿肌肉痛",
        "calf (?:pain|tenderness|muscle pain); calves (?:are |v |very |really )*(?:sore|painful|tender|aching); sore calves; painful calves; (?:(?:r|l|right|left) )?calf (?:is |has been |feels )?(?:sore|painful|tender|aching)",
    ),
    # 中华医学会 G6PD缺乏症 (蚕豆病): broad beans or a named G6PD deficiency.
    "fava_g6pd": (
        "蚕豆病 吃了蚕豆 吃蚕豆 吃了几颗蚕豆 吃了些蚕豆 g6pd 葡萄糖-6-磷酸脱氢酶 吃了炒蚕豆 吃炒蚕豆 炒蚕豆 吃了蚕豆",
        "g6pd; broad beans?; fava beans?; favism",
    ),
    # Women's health (BASHH 2019 PID; NICE CKS Bartholin's cyst; WHO 2020 care after rape).
    "vaginal_discharge": (
        "白带多 白带黄 白带发黄 白带有味 白带臭 白带异常 白带有点黄 阴道分泌物多",
        "(?:vaginal|pv|smelly|offensive|abnormal|foul|purulent) discharge; discharge pv",
    ),
    "dyspareunia": (
        "同房痛 同房的时候痛 同房时痛 同房时疼 同房的时候疼 性交痛 同房后痛",
        "pain (?:during|with|on|after) (?:sex|intercourse); dyspareunia; painful (?:sex|intercourse)",
    ),
    "bartholin_lump": (
        "阴道口长 阴道口旁边长 阴道口左边长 阴道口右边长 外阴长了个包 外阴长包 外阴肿块 阴唇长了个包 阴唇长包 前庭大腺 下面长个包 下面长了个包 下面长了一个包 下面左边长个包 下面右边长个包 下面左边长了个包 下面右边长了个包",
        "lump (?:at|on) the side of the vaginal (?:entrance|opening); (?:painful )?swelling (?:at|on|of|by) (?:the )?vulva; vulva (?:is )?(?:swollen|lump); lump (?:at|on) (?:the )?(?:vulva|labia); bartholin\\w*; lump (?:at|near|by|beside) (?:the )?vaginal (?:opening|entrance); vulval (?:lump|swelling|abscess); labial (?:lump|swelling|abscess); (?:painful )?(?:swelling|lump) (?:at|on|by|near) (?:the )?side of (?:the )?vaginal (?:opening|entrance)",
    ),
    # A tampon (or other object) left in the vagina (NICE CKS Vaginal discharge 2023: a retained
    # foreign body causes a foul discharge and is removed promptly; toxic shock is its danger).
    "retained_tampon": (
        "棉条忘了取 棉条忘记取 棉条忘了拿出来 棉条忘记拿出来 棉条取不出来 棉条拿不出来 棉条还在里面 棉条留在里面 卫生棉条忘了 卫生棉条取不出 阴道里有异物 阴道异物 棉条忘在里面 卫生棉条忘在里面",
        "tampon (?:is |was )?(?:still )?(?:in|inside|stuck|left in)(?![a-z]); forgot (?:about )?(?:a |her |the |my )?tampon; forgotten tampon; retained tampon; lost (?:a |her |the )?tampon; "
        "(?:can'?t|cannot|unable to) (?:find|get out|remove|get) (?:the |her |a |my )?tampon; (?:vaginal )?foreign body (?:in|inside) (?:the )?vagina; stuck in (?:the |her )?vagina",
    ),
    "cannot_sit": ("坐都坐不下 坐不下 不能坐 没法坐 坐都坐不了 没法坐下", "can hardly sit; (?:can'?t|cannot|unable to) sit (?:down )?(?:or walk )?(?:properly)?; can'?t sit; cannot sit; unable to sit; painful to sit"),
    "sexual_assault": (
        "被灌醉后侵犯 被侵犯了 被侵犯 被强奸 强奸 被性侵 性侵 被人强迫发生了关系 被强迫发生关系 被人强迫发生关系 被强暴",
        "forced (?:her|him) to have (?:sex|intercourse); forced himself on (?:her|him|me); (?:was |been )?assaulted (?:last night |yesterday )?by (?:a )?(?:man|woman|someone|stranger)s?[^.]{0,30}?(?:anal|vaginal|oral); raped; rape; sexual(?:ly)? assault(?:ed)?; forced (?:her |him )?(?:to have )?sex",
    ),
    "heavy_period": (
        "月经多得 月经量多 月经特别多 经量多 经量特别多 月经量大 月经多 一个钟头就湿透 崩漏 一天换七八片卫生巾 淋漓不尽",
        "heavy (?:menstrual )?(?:periods?|menses|menstrual bleeding); menorrhagia; flooding; soaking (?:through )?(?:a |the )?(?:pads?|tampons?)",
    ),
    "tb_treatment": (
        "抗结核药 抗痨药 结核药 抗结核治疗 吃结核药 异烟肼 利福平 吡嗪酰胺",
        "tb (?:tx|treatment|drugs?|meds?|medications?|therapy); anti-?tb; isoniazid; rifampi\\w*; pyrazinamide; tuberculosis (?:treatment|drugs)",
    ),
    "lupus": ("红斑狼疮 狼疮", "sle; lupus"),
    "frothy_urine": (
        "尿泡沫多 尿里泡沫多 泡沫尿 尿起泡沫 尿里好多泡沫 小便泡沫多 尿里好多泡泡 尿里很多泡泡 泡泡半天不散 泡沫半天不散 尿泡泡多",
        "wee (?:looks )?frothy; frothy (?:wee|pee); (?:frothy|foamy) urine; urine (?:is |v |very |looks )*(?:frothy|foamy); proteinuria; protein (?:\\d\\+|\\+{2,})",
    ),
    # Medicines whose harms the rules read (MHRA, NICE CKS, BNF).
    "metformin": ("二甲双胍 格华止", "metformin; glucophage"),
    "sglt2": ("达格列净 恩格列净 卡格列净", "dapagliflozin; empagliflozin; canagliflozin; sglt2\\w*"),
    # NICE NG217: a seizure told as over and recovered from (for known epilepsy, with the
    # patient's usual pattern).
    "seizure_ended": (
        "自己停了 自己停下来了 自己就停了 跟平时发作一样 和平时发作一样 跟以前发作一样 完全醒了 现在完全醒了 醒过来就好了 抽完就醒了 现在醒了 人已经醒了 已经醒了 不到一分钟就停了 一分来钟就停了 几十秒就停了 跟平时犯病一样 和平时犯病一样 跟以前犯病一样 醒过来了",
        "(?:came|comes) round (?:within|in|after) (?:about |abt |around |~)?\\d+ ?min\\w*; back to (?:his |her )?baseline; (?:his|her) usual type; typical (?:seizure|fit); back to (?:her|his) (?:normal|usual) self; recovered fully; stopped (?:by itself|on its own|after (?:about |around )?(?:\\d+|a|one|two) (?:min\\w*|sec\\w*)); "
        "(?:her|his) usual (?:seizures?|fits?); typical (?:seizure|fit) for (?:her|him)",
    ),
    "seizure_long": (
        "分钟还没停 分钟才停 抽了五分钟 抽了十分钟 抽了十几分钟 抽了好几分钟 抽了十来分钟 抽了半个钟头",
        "(?:more than|over|>) ?5 ?min\\w*; (?:[5-9]|\\d{2}) ?min\\w* (?:long|of (?:fitting|seizure)); (?:fitting|seizing) for (?:[5-9]|\\d{2}) ?min\\w*",
    ),
    # Injuries of farm work and machines (BSSH; NICE NG37 fractures; ERC 2021 first aid).
    "amputation": (
        "铡掉了 铡断了 切掉了 齐刷刷断的 断下来的那截 手指头断了 手指断了 指头断了 截断了 压断了 前面一节掉了 断指 断了一节 掉了一节",
        "(?:fingers?|thumb|toes?) (?:were |was )?cut off(?: at the (?:middle |base )?joint)?; cut off at the (?:middle |base )?joint; amputat\\w*; cut off through; (?:finger|thumb|toe) (?:was )?(?:cut|sliced|chopped) off; severed (?:finger|thumb|toe|hand)",
    ),
    "crush_injury": (
        "压住了右大腿 压住了左大腿 压住了腿 压了差不多两个钟 压了两个钟 压了一个多钟头 压底下了 压在底下 把他腿压底下 被压在下面 压了两个多钟头 压了几个钟头 砸在底下 把他左腿压住了 把他腿压住了 腿被压住了 压了快三个钟头 压了好几个小时 被压住 被水泥板压了 被石板压了 被压了一个来钟头",
        "(?:leg|arm|limb|legs|foot) (?:was |were |got )?(?:pinned|trapped|crushed)(?: under[\\w ]{0,20})?; crush(?:ed|ing)? (?:injury|injuries|under)?; (?:trapped|pinned|stuck) under",
    ),
    "high_pressure_injection": (
        "黄油枪 高压油枪 高压水枪 喷漆枪 油枪扎",
        "grease gun; high[- ]pressure (?:injection|gun|grease|paint|hose|line); paint gun",
    ),
    "confined_space": (
        "红薯窖 地窖 菜窖 沼气池 粪池 化粪池 窨井 粮仓底下 青贮窖",
        "silo; manure pit; slurry pit; biogas (?:pit|digester); cellar; well shaft",
    ),
    "nail_bed_injury": (
        "指甲边上裂了个口子 指甲整个黑紫了 指甲掀起来了 指甲掀起来 甲床烂了 甲床破了 指甲翻起来 指甲翘起来了 指甲下面裂一道口子",
        "blood under (?:more than )?half (?:of )?the nail; nail black,? blood under; nail (?:half )?torn off; nail ?bed underneath cut; nail (?:half |partly )?lifted(?: off)?; (?:cut|torn|laceration) (?:through )?(?:the )?nail ?bed; nail ?bed (?:laceration|injury|cut|torn)",
    ),
    "retained_needle": (
        "针断了一截在肉里 断了一截在肉里 断针 针断在里面 针断在肉里",
        "broken (?:acupuncture )?needle; needle (?:tip )?(?:broke|snapped)(?: off)? (?:in|inside)",
    ),
    "corneal_abrasion": (
        "角膜擦伤 角膜划伤 黑眼珠划伤 黑眼珠上有个小黑点 黑眼珠上有个黑点",
        "corneal abrasion; fluorescein (?:shows|staining|uptake); (?:speck|spot|fleck) on the cornea; corneal (?:fb|foreign body)",
    ),
    # Herbal and folk remedies with a known organ harm (国家药监局; WHO; 中毒诊治共识).
    "hepatotoxic_herb": (
        "何首乌 首乌 土三七 菊三七",
        "he shou wu; polygonum multiflorum; fo-ti; tu san qi; gynura",
    ),
    "aristolochic_herb": (
        "龙胆泻肝丸 关木通 广防己 马兜铃 青木香 天仙藤 寻骨风",
        "aristolochi\\w*; guang fang ji; guan mu tong; ma dou ling",
    ),
    "heavy_metal_remedy": ("朱砂 雄黄 含汞 含铅", "cinnabar; realgar; zhu sha; xiong huang"),
    "tripterygium": ("雷公藤多苷 雷公藤", "tripterygium\\w*; lei gong teng; thunder god vine"),
    "clozapine": ("氯氮平 可致律", "clozapine; clozaril"),
    "lithium": ("碳酸锂 锂盐 锂剂", "lithium"),
    "nsaid": (
        "布洛芬 芬必得 美洛昔康 双氯芬酸 扶他林 萘普生 塞来昔布 吲哚美辛 消炎痛 止痛片",
        "ibuprofen; naproxen; diclofenac; meloxicam; celecoxib; indometacin; nsaids?",
    ),
    "diuretic": (
        "呋塞米 速尿 氢氯噻嗪 吲达帕胺 螺内酯 托拉塞米 利尿药 利尿剂",
        "hctz; furosemide; frusemide; bumetanide; indapamide; bendroflumethiazide; hydrochlorothiazide; spironolactone; diuretics?; water tablets?",
    ),
    # UKKA 2020: a haemolysed or delayed blood sample raises the potassium it reads.
    "haemolysed_sample": (
        "标本溶血 样本溶血 血样溶血 标本有溶血 溶血标本 标本放置时间长 标本放久了",
        "ha?emoly[sz]ed(?: sample| specimen)?; ha?emolysis (?:on|in) (?:the )?(?:sample|specimen); sample (?:was )?(?:delayed|old|taken .{0,20}ago)",
    ),
    # NICE NG12 §1.11: a blood film or count showing blast cells suggests acute leukaemia.
    "blasts_on_film": (
        "幼稚细胞 原始细胞 白血病细胞 原始幼稚细胞 血涂片见原始",
        "blasts; blast cells; (?:film|smear) (?:shows|showed|with) (?:blasts|leuka?emic cells); leuka?emic cells",
    ),
    # A urinary tract infection named or shown by a urine culture (NICE NG224: in a child with a
    # fever, an upper UTI until shown otherwise).
    "uti_confirmed": (
        "尿路感染 泌尿系感染 泌尿道感染 尿培养阳性 尿培养出大肠杆菌 尿培养长了大肠杆菌 尿培养大肠杆菌",
        "urinary tract infection; urine culture[^.,]{0,30}?(?:positive|grew|growing|e\\.? ?coli|klebsiella|proteus); "
        "e\\.? ?coli (?:>|over |more than )?\\s*10\\^?5; positive urine culture; (?:urine )?(?:dip(?:stick)?[: ]+)?nitrites? (?:pos(?:itive)?|\\+)",
    ),
    "ckd": (
        "慢性肾病 肾功能不全 肾衰 糖尿病肾病 肾病综合征 肌酐高 肌酐平时",
        "ckd(?: ?[1-5][ab]?)?; chronic kidney disease; kidney disease; renal impairment; renal failure",
    ),
    "benzodiazepine": (
        "安定 阿普唑仑 艾司唑仑 地西泮 安定片 劳拉西泮 氯硝西泮 佳静安定 舒乐安定",
        "benzodiazepines?; benzos?; lorazepam; diazepam; alprazolam; clonazepam; temazepam; zopiclone",
    ),
    "dopamine_blocker": (
        "胃复安 甲氧氯普胺 氟哌啶醇 奋乃静 氯丙嗪",
        "metoclopramide; maxolon; haloperidol; prochlorperazine; chlorpromazine",
    ),
    "rapid_insulin": (
        "诺和锐 优泌乐 门冬胰岛素 赖脯胰岛素 短效胰岛素 速效胰岛素 普通胰岛素 诺和灵r",
        "novorapid; humalog; aspart; lispro; actrapid; apidra; (?:rapid|short)[- ]acting insulin",
    ),
    "insulin_error": (
        "又打了一遍 打了两遍 打了两回 多打了 打重了 胰岛素打错了 打错了胰岛素 重复打了 又打了一针 打成诺和锐了 打成速效的了 打成短效的了",
        "injected (?:it |insulin |his |her )?(?:\\w+ )?twice; (?:double|extra|second) dose of (?:his |her )?insulin; (?:pen|\\d+ ?u(?:nits)?)(?![a-z])[^.]{0,25}by mistake; wrong insulin",
    ),
    # A medicine stopped or run out (读: 药吃完了, "ran out 3 days ago").
    "meds_stopped": (
        "一下子全停了 一下子停了 全停了 自己全停了 药吃完 药断了 断药 断了药 药没了 没去买药 漏服 漏了好几回 药没按时吃 自己停了药 突然停药 停药了 没药吃了 自己给停了 自己把药停了 觉得好了自己停了 好了就自己停了 好了自己停了 药停了 药停了快两个礼拜 把药停了",
        "stopped (?:it|them|her pred\\w*|his pred\\w*|(?:her|his|the) steroids?) (?:herself|himself|on (?:her|his) own); ran out (?:and )?(?:missed|\\d+ days? ago); missed (?:\\d+|two|three) days; ran out(?: of (?:his |her |the )?(?:meds|medication|medicines?|tablets|pills))?; run out of (?:his |her |the )?(?:meds|medication|tablets|pills); "
        "missed (?:\\d+|two|three|several|a few) (?:doses|days); stopped suddenly; suddenly stopped; suddenly \\d+ days? ago; no stock",
    ),
    "pressure_ulcer": ("褥疮 压疮 压力性损伤", "sore on (?:her|his|the) (?:bottom|buttock|sacrum|heel|hip); sacral (?:sore|ulcer|wound|pressure sore); pressure (?:sores?|ulcers?|injury); bed ?sores?; decubitus"),
    "palpable_bladder": (
        "小肚子鼓得老高 肚脐下面鼓个包 肚脐下面鼓起个硬包 肚脐下面鼓起个包 肚脐下面鼓起一个包 小肚子鼓个包 小肚子鼓起个包 肚脐下鼓包 膀胱胀 膀胱充盈 小肚子鼓鼓的硬",
        "bladder (?:feels )?full (?:n|and|&) sore; palpable bladder; lower (?:tummy|abdomen|belly) (?:is )?(?:swollen|distended|bulging)(?: and (?:firm|hard|tender))?; bladder (?:is )?palpable; distended bladder; (?:bladder|tummy|abdomen) (?:is )?(?:full|distended) to (?:the )?umbilicus; can feel it bulging",
    ),
    "dystonia": (
        "脖子往一边歪 脖子歪向一侧 脖子突然歪 舌头往外伸 舌头老往外伸 脖子歪向一边 脖子往一边扭 脖子扭向一边 眼睛往上翻着下不来",
        "neck (?:is )?(?:pulling|pulled|turning|turned) to one side; eyes (?:keep )?rolling up; neck (?:is )?twisted (?:to|towards) (?:the )?(?:left|right|one side); eyes (?:are )?rolling up(?:wards)?; dystoni\\w*; oculogyric\\w*; torticollis; neck (?:is )?twist\\w* to one side; eyes? (?:stuck|fixed) (?:looking )?up(?:wards)?; tongue (?:sticking|poking) out",
    ),
    "neglect_signs": (
        "绑在床上 绑在床栏 被布条绑 捆在床上 被绑在 好几天没吃口热饭 没人管 没人照顾 屋里一股尿骚味 一身尿骚味 没人给做饭 饿得很 头上有虱子 很脏 尿了一裤子 一天没吃东西 饭都吃不饱 冰箱是空的",
        "tied (?:to|into) (?:the |a |her |his )?(?:bed|chair|bed ?rails?); house (?:is )?dirty; soiled clothes; nobody (?:looks|looking) after (?:him|her); not eating for days; fridge (?:is |was )?empty; bed soaked; wet through; very dirty; head lice",
    ),
    # NICE NG11 / NG54: a lifelong reason not to speak (autism, a learning disability, cerebral
    # palsy, Down syndrome, born deaf) or an aphasia a past stroke left: the person's usual
    # speech, not a new deficit (the record's conditions count too, see facts.py).
    "lasting_speech_cause": (
        "自闭症 孤独症 智障 智力障碍 智力低下 脑瘫 聋哑 失语症",
        "autis\\w*; learning disabilit\\w*; intellectual disabilit\\w*; cerebral palsy; "
        "non-?verbal; born deaf; profoundly deaf; deaf and dumb; (?:uses )?sign language; cp,(?= (?:[\\w'-]+,? ){0,8}?(?:baclofen|wheelchair|spastic\\w*|non-?walker|gmfcs|hemipleg\\w*|dipleg\\w*|quadripleg\\w*|contracture\\w*|botox|peg))",
    ),
    # WFH 2020: an inherited bleeding disorder named (haemophilia A or B, von Willebrand disease).
    "bleeding_disorder": (
        "血友病 血管性血友病 八因子缺乏 九因子缺乏 凝血因子缺乏",
        "ha?emophilia\\w*; von willebrand\\w*; vwd; factor (?:viii|ix|8|9) deficien\\w*",
    ),
    # BSH 2011: no working spleen (removed, or lost to sickle cell disease).
    "asplenia": (
        "切了脾 脾切了 脾切除 脾脏切除 切过脾 切除了脾 脾脏摘除 无脾 没有脾",
        "splenectomy; aspleni\\w*; no spleen; spleen (?:was |has been |had been )?removed; "
        "(?:had|has) (?:his |her |their )?spleen (?:out|removed)",
    ),
    # ASH 2019 ITP: blood blisters inside the mouth (wet purpura), a sign of very low platelets.
    "wet_purpura": (
        "口腔血泡 口腔血疱 嘴里起血泡 嘴里有血泡 嘴里长血泡",
        "(?:little |small )?blood blisters? (?:inside|in) (?:his |her |their |the )?(?:mouth|cheeks?|gums?); "
        "(?:mouth|cheek|gum) blood blisters?; wet purpura",
    ),
    # NICE NG11 §1.7 / NG97 §1.8: pain shown rather than told (refusing to walk or to let a
    # limb be moved, guarding or hitting one part, crying when it is moved or touched).
    "pain_behaviour": (
        "不肯走 不让动 不让碰 不让掰 一碰就躲 一碰就叫 一摸就躲 摸着他就躲 摸着她就躲 "
        "一换尿片就哭 一穿衣服就哭 一动他就哭 一动她就哭 一抱就哭 一挪就哭 老拍自己 拍自己 打自己 捶自己 "
        "拽着右脚 拽着左脚 捂着耳朵 捂着脸",
        "refus(?:es|ing|ed) to (?:walk|weight[- ]?bear|stand|use (?:his|her|their|the) (?:arm|leg|hand)); "
        "(?:keeps |kept )?(?:holding|clutching|guarding|grabbing|rubbing) (?:his |her |their )?"
        "(?:(?:r|l|right|left) )?(?:ankle|foot|leg|knee|hip|arm|wrist|elbow|hand|jaw|face|cheek|ear|head|side); "
        "(?:hitting|slapping|banging|punching) (?:his |her |their )?(?:(?:r|l|right|left) )?"
        "(?:jaw|face|cheek|ear|head|side|belly|tummy|leg); "
        "(?:crying|screaming|cries|screams|winces|wincing) (?:every time|whenever|when) "
        "(?:they |we |you |she |he |mum |anyone )?(?:move|moves|touch|touches|lift|lifts|change|changes|dress|dresses)",
    ),
    # ESC 2023 Endocarditis: a replaced (prosthetic) heart valve.
    "prosthetic_valve": (
        "换过瓣膜 换了瓣膜 心脏换过瓣膜 换过心脏瓣膜 人工瓣膜 机械瓣 生物瓣 瓣膜置换",
        "(?:prosthetic|mechanical|metal|replaced|artificial|tissue) (?:heart |mitral |aortic )?valve; "
        "valve replacement; (?:mvr|avr)",
    ),
    # EAU 2023 Urological trauma: a crack during sex, the erection lost at once, a swollen,
    # bruised, bent penis (penile fracture).
    "penile_fracture": (
        "阴茎折断 咔一声然后马上软了 咔的一声就软了 像个茄子",
        "penile fracture; (?:heard|felt) a '?(?:pop|crack|snap)'?[^.]{0,30}?lost (?:his |the )?erection; "
        "(?:like|looks like) an aubergine; (?:heard|felt) a '?(?:pop|crack|snap)'?[^.]{0,40}?went (?:soft|floppy|down)",
    ),
    # Sleepy at a time of day (jet lag, shift work: "sleepy by 3pm"), not reduced consciousness;
    # read whole.
    "daytime_sleepiness": (
        "白天犯困 下午犯困",
        "sleepy (?:by|in the|during the|after|at) (?:\\d+ ?(?:am|pm)|afternoon|daytime|day|evening|lunch)",
    ),
    # "A faint red rash": the word describes the colour, not a collapse; read whole.
    "faint_colour": ("", "faint (?:red|pink|blotchy|rash|spots?|mark\\w*|line)(?: \\w+)?"),
    # Maggots in a wound or an ulcer (myiasis), often with neglect at home.
    "maggots": ("小白虫在里面动 有几条小白虫 长蛆 生蛆 有蛆", "maggots?"),
    # Bees' hives, not urticaria ("helping grandpa with the hives"), read whole.
    "beehive": ("", "bee ?hives?; (?:with|at|near|round|around|from|checking|opening|tending) the hives"),
    # RCUK 2021: adrenaline already given for a reaction (an auto-injector used).
    "adrenaline_given": (
        "用了肾上腺素笔 打了肾上腺素笔 肾上腺素笔打了 打过肾上腺素 已经打了肾上腺素",
        "used (?:her|his|their|the|an) (?:epi-?pen|adrenaline pen|auto-?injector|jext|emerade); "
        "(?:epi-?pen|adrenaline pen|auto-?injector) (?:given|used); gave (?:her|him|them) (?:the |an )?(?:epi-?pen|adrenaline); used (?:her|his|their|the|an) own (?:epi-?pen|adrenaline(?: pen)?|auto-?injector)",
    ),
    # WMS 2019/2024 altitude illness: being high up (the plateau's towns, a height told).
    "high_altitude": (
        "拉萨 西藏 玉树 那曲 格尔木 香格里拉 稻城 理塘 日喀则 阿里 青藏高原 高原上 上高原 川西高原 高海拔",
        "lhasa; tibet(?:an plateau)?; qinghai; golmud; nagqu; shangri-?la; everest base camp; high altitude; "
        "(?:at|up at|up to) [2-5],?\\d{3} ?m(?:etres|eters)?",
    ),
    # ESC 2021 pacing: a pacemaker or implanted defibrillator named.
    "cardiac_device": (
        "起搏器 除颤器 心脏起搏器 植入式除颤器 铁盒子",
        "pacemaker; pacer; icd; implanted defibrillator; ppm; crt-?d",
    ),
    # ESC 2021 pacing §complications: what goes wrong with a device between checks (its pocket red,
    # swollen or leaking, the skin over it thinning, a muscle or the diaphragm twitching in time
    # with the pulse, an alarm beeping).
    "device_problem": (
        "",
        "skin over (?:the )?(?:box|device|pacemaker|pacer) (?:gone |is |looks )?(?:v |very )?(?:thin|shiny)(?: n shiny| and shiny)?; "
        "(?:hiccups?|twitch\\w*|jumping)[^.]{0,40}?in time (?:w|with) (?:his |her )?(?:pulse|heart ?beat); "
        "rhythmic twitch\\w*[^.]{0,40}?(?:pacer|pacemaker|device|icd); "
        "(?:icd|defib\\w*|device|box|pacemaker) (?:has been |is |keeps |kept )?'?beeping; "
        "(?:pacemaker|pacer|box|device) (?:site|pocket|wound) (?:is |now )?(?:red|swollen|puffy|oozing)",
    ),
    # ESC 2021 pacing / EHRA: a shock from an implanted defibrillator.
    "icd_shock": (
        "除颤器放电 除颤器电了 被除颤器电了 起搏器放电 起搏器电了一下",
        "(?:icd|defib\\w*|device|box) (?:has )?(?:fired|went off|gone off|discharged|shocked (?:him|her|them)); "
        "(?:(?:got|been|was|were) )?(?:shocked|kicked|zapped|jolted|thumped) (?:[\\w']+ ){0,6}?by (?:his |her |their |the )?(?:icd|defib\\w*|device|box); "
        "(?:got|had|felt) (?:a |one |two |2 |several )?shocks? from (?:his |her |their |the )?(?:icd|defib\\w*|device|box); icd shocks?",
    ),
    # Hydrofluoric acid (UKHSA / TOXBASE): its burn looks slight while the pain grows.
    "hydrofluoric_acid": ("氢氟酸", "hydrofluoric(?: acid)?; hf acid"),
    # WHO 1989 G6PD deficiency: naphthalene (mothballs) is an oxidant that can set off haemolysis.
    "naphthalene": ("樟脑丸 卫生球 臭丸 樟脑球", "moth ?balls?; naphthalene"),
    # DSMIG 2017 / NICE CKS Down syndrome: the condition named (its neck can be unstable at
    # the top, and speech may be limited).
    "down_syndrome": ("唐氏 唐氏综合征 唐氏儿 先天愚型 21三体", "down'?s syndrome; down's; trisomy 21"),
    # A neck held to one side (DSMIG 2017: a sign of atlanto-axial instability in Down syndrome).
    "head_tilt": (
        "歪着脖子 歪脖子 脖子歪 头歪着 头歪向一边 脖子老是歪着 头老歪着",
        "(?:tilts|tilting|tilted) (?:her |his |their )?head; head tilt\\w*; "
        "holds (?:her |his |their )?neck (?:funny|oddly|stiffly|to one side)",
    ),
    # Hands that have become clumsy or drop things (DSMIG 2017: a sign of cord compression).
    "clumsy_hands": (
        "手笨了 手不灵活了 手不听使唤 拿东西老掉 拿不稳东西 拿不稳碗 拿不稳杯子",
        "hands (?:are |seem |getting )?clumsy; clumsy hands; dropping (?:her |his |their )?(?:cup|things|spoon|fork)s?",
    ),
    # A stroke told as the past the patient lives with is not a new one (read whole).
    "stroke_history": (
        "中风后 脑梗后 中风以后 脑梗以后 中风过后",
        "after (?:a |his |her |the )?stroke; post[- ]?stroke; since (?:a |his |her |the )?stroke",
    ),
    "dark_urine": ("尿有点浓茶色 尿浓茶色 浓茶色的尿 浓茶色 尿色深 尿颜色很深 颜色很深 尿很黄 尿发黄 小便黄如浓茶 尿黄如浓茶", "dark urine; urine (?:is |v |very )*dark(?:er)?; (?:urine|wee|pee) (?:has )?(?:gone|turned) (?:very )?dark(?:er)?; (?:wee|pee) (?:is |looks |went )?(?:very |much )?dark(?:er)?; like strong tea"),
    "heavy_drinker": (
        "常年喝酒 常年饮酒 喝了几十年酒 几十年的酒 常年酗酒 喝酒几十年 天天喝酒 每天喝酒 酗酒 嗜酒 长期饮酒 长期喝酒 一天一斤白酒 一天一斤酒 一天两斤酒 酒鬼",
        "heavy (?:drinking|drinker); drinks heavily; alcoholic; alcohol (?:excess|dependence|misuse|abuse)",
    ),
    # WHO IMCI 2014 §measles: the disease named, the cornea clouding (a sign of vitamin A
    # deficiency that can blind) and pus from the eye.
    "measles": ("麻疹 出麻疹 发麻疹 出疹子是麻疹 疹子像麻疹", "measles; rubeola"),
    # A vaccine named is not the disease (read whole, so that its 麻疹 is not measles).
    "measles_vaccine": (
        "麻疹疫苗 麻疹针 麻疹减毒活疫苗 麻风疫苗 麻腮风疫苗 麻风腮疫苗 麻腮风 麻风腮",
        "measles (?:vaccine|vaccination|jab|shot|immuni[sz]ation)s?; mmr(?: vaccine| jab| shot)?",
    ),
    "corneal_clouding": (
        "角膜混浊 角膜浑浊 角膜发白 黑眼珠发白 黑眼仁发白 黑眼珠发灰 黑眼珠雾蒙蒙 黑眼仁雾蒙蒙 黑眼珠上有白斑 黑眼珠那发白发雾 发白发雾",
        "cloudy corneas?; corneal (?:clouding|opacity|haze); clouding of (?:the )?corneas?; corneas? (?:looks? |is |are )?(?:cloudy|hazy|white)",
    ),
    "eye_pus": (
        "眼睛流脓 眼睛有脓 眼睛化脓 眼里流脓 眼屎发黄 黄眼屎 脓性眼屎",
        "pus (?:from|in|draining from|coming out of) (?:the |his |her |both )?eyes?; eyes? (?:are |is )?(?:discharging|oozing|draining) pus; purulent (?:eye )?discharge",
    ),
    "mouth_ulcer": (
        "口腔溃疡 口疮 嘴里溃疡 口腔疱疹 嘴里起泡 嘴里长泡 口腔里有溃疡",
        "mouth ulcers?; canker sores?; aphthous ulcers?; mouth sores?; (?:ulcers?|sores?|blisters|vesicles) (?:in|inside|on the inside of) (?:the |his |her |their |my )?(?:mouth|cheeks?|gums?|throat); (?:sore )?mouth with ulcers",
    ),
    "hand_foot_rash": (
        "手足皮疹 手足疱疹 手心脚心皮疹 手脚起疹子 手脚出疹子",
        "(?:rash|spots|blisters|vesicles|sores|red dots|papules) (?:on|over) (?:the |his |her |their |both )?(?:palms?|soles?|hands and feet|hands|feet)(?: and (?:the )?(?:soles?|palms?|feet|hands))?; "
        "(?:palms?|soles?|hands and feet) (?:and (?:the )?(?:soles?|feet|palms?) )?(?:have|has|with|are covered (?:in|with)|covered (?:in|with)) (?:small |little |tiny |red |some |a few )*(?:spots|blisters|rash|vesicles|sores|red dots)",
    ),
    "tonsillar_exudate": (
        "脓点 白色脓点 扁桃体化脓 化脓性扁桃体炎 扁桃体上有脓",
        "pus on (?:the |his |her )?tonsils; tonsillar exudate; white spots on (?:the |his |her )?tonsils; exudative",
    ),
    "muffled_voice": ("说话像含着东西 含着东西说话 说话像含了东西 像含了东西 说话像嘴里含着东西 嘴巴张不大 闷声闷气 像含着东西 张嘴费劲 像嘴里含着东西 说话声音闷 声音发闷 像嘴里含个东西 嘴里含着东西似的 说话含含糊糊像嘴里含个东西", "(?:voice )?like (?:a )?hot potato; hot potato voice; muffled voice; trismus; voice (?:is )?(?:like|sounds like) (?:a )?hot potato; (?:can'?t|cannot|unable to) open (?:his |her |the )?mouth; voice (?:is |v |very )?muffled; (?:mouth|jaw) (?:is )?(?:hard|difficult) to open; voice (?:sounds? |is |was )?muffled; (?:can'?t|cannot|can hardly|hardly) open (?:her |his |their |my )?mouth"),
    "incarcerated_hernia": (
        "包块不回去了 鼓包回不去 疝气嵌顿 疝气回不去 嵌顿疝 腹股沟包块回不去 包块推不回去",
        "lump in the groin that won'?t go back(?: in)?; hernia (?:that )?won'?t go back; irreducible hernia; "
        "strangulated hernia; incarcerated hernia; (?:usually |normally )?pops back in[^.]{0,15}?(?:but )?not (?:today|now); (?:can'?t|cannot|unable to|couldn'?t) push (?:it|the lump|the hernia) back(?: in)?",
    ),
    "jaundice_severe": (
        "手心脚心都黄 手心脚心发黄 手脚心都黄了 手心脚心都黄了 手心发黄 手心也黄 手心都黄 手掌发黄 手掌心发黄 脚心发黄 脚底发黄 脚底板发黄 手心黄 脚心黄 手心脚心也黄 手心脚心也黄了",
        "palms and soles (?:are )?yellow; yellow (?:right )?(?:down )?to the soles; yellow soles; yellow palms; palms (?:are |look |also )?yellow; "
        "yellow (?:hands and feet|palms and soles)",
    ),
    # --- eye, skin, limb ------------------------------------------------------------------
    "eye_pain": (
        "眼睛痛 眼睛疼 眼痛 眼球痛 眼球疼 眼眶痛 眼睛胀痛 眼睛刺痛 眼睛剧痛 眼胀 眼睛胀 眼珠胀 眼球胀 眼珠子疼 眼珠子痛 眼珠疼 眼珠痛",
        "eye ?pain; painful eyes?; (?:(?:r|l|right|left) )?eye (?:is )?aching; (?:his |her |my |the |left |right )?eyes? (?:is |are )?(?:painful|hurting|hurts?); sore eyes?; (?:severe |bad )?pain (?:in )?(?:the |his |her )?(?:(?:r|l|right|left) )?eye; "
        "pain in (?:the |his |her |my )?(?:left |right )?eye; eye (?:is )?(?:red and )?aching; aching eye; eye (?:very |so )?pain(?:ful)?",
    ),
    "~vision_disturbance": (
        "视力正常 视力没变 视力不受影响 视力没有下降 视力没下降 看东西清楚 看得清 视物清楚",
        "vision (?:is )?(?:normal|fine|ok|unaffected|unchanged); normal vision; sees? (?:normally|clearly|fine)",
    ),
    "eye_injury": (
        "眼睛受伤 眼外伤 眼睛被打 眼睛被戳 戳到眼睛 扎到眼睛 眼睛进了东西 眼里进了东西 眼睛里进了 眼里进了 眼睛里有东西 "
        "眼睛里有异物 眼内异物 角膜异物 异物入眼 崩到眼睛 崩进眼睛 蹦到眼睛 飞进眼睛 溅进眼睛 打到眼睛 砸到眼睛 撞到眼睛 "
        "眼睛被砸 眼睛被撞 眼睛被球打 进眼睛了 溅左眼里 溅右眼里 溅眼里 溅到眼里 崩眼里 溅进左眼 溅进右眼",
        "(?:chaff|dust|grit|a bit of \\w+|a speck)[\\w ]{0,25}?flew (?:in|into) (?:his |her |the |my )?(?:(?:r|l|right|left) )?eye; something (?:flew|went|got|is) (?:in|into) (?:his |her |my |the )?eyes?; "
        "(?:a |the )?(?:foreign body|fb|grit|dust|debris|metal|speck) (?:in|into) (?:his |her |my |the |one )?eyes?; "
        "eye injur\\w*; injured (?:his |her |my )?eye; poked (?:in )?(?:the |his |her |my )?eye; "
        "(?:hit|struck|punched) in the eye; black eye; (?:blew|blown|flew|went|got) (?:some |a |the )?(?:\\w+ )?(?:into|in) (?:his |her |my |the )?(?:(?:l|r|left|right) )?eyes?",
    ),
    # NICE CKS Hearing loss in adults (2023): sudden sensorineural hearing loss needs an ENT assessment within 24 hours.
    "sudden_hearing_loss": (
        "突发耳聋 突然听不见 突然耳聋 一下子听不见 突然听不清 耳朵突然聋了 突然聋了 突发性耳聋 突聋",
        "(?:can'?t|cannot|can not|unable to) hear (?:the |her |his |my )?(?:phone|telephone|tv|radio|people|anything|voices) (?:on|with|in) (?:that|this|the (?:left|right|l|r)|(?:her|his|my) (?:left|right|l|r)) (?:side|ear); weber(?:'?s)?(?: test)? (?:lateralis\\w+|lateraliz\\w+|localis\\w+|localiz\\w+|goes|went|louder|heard) (?:to )?(?:in )?(?:the )?(?:r|l|right|left|good)(?![a-z]); (?:lost|lost the) hearing in (?:her |his |the )?(?:(?:left|right) )?ear (?:suddenly|overnight); suddenly (?:lost (?:the )?hearing|went deaf); woke up with (?:his |her |the )?(?:(?:left|right) )?ear blocked and muffled; (?:ear )?blocked,? (?:can'?t|cannot) hear(?: on that side)?; can'?t hear on (?:that|the (?:right|left)) side; (?:ear|ears) (?:feels? )?blocked and (?:can'?t|cannot|can hardly|could hardly) hear; whisper test (?:(?:l|r|left|right) )?failed; sudden (?:onset )?(?:hearing loss|deafness|loss of hearing); suddenly (?:went |became |gone )?deaf; (?:lost|loss of) (?:the )?hearing (?:suddenly|overnight); (?:r|l|right|left) ear (?:can ?not|can'?t|cannot) hear; woke (?:up )?(?:with )?(?:no hearing|deaf); (?:ear|hearing) (?:went|has gone|gone|going) (?:muffled|deaf)(?: and deaf)?; (?:went|gone) deaf in (?:one|her|his|the) (?:right |left )?ear; woke (?:up )?(?:\\d/\\d ago )?with [^.]{0,30}(?:reduced|loss of|no) hearing; woke (?:up )?(?:\\w+ )?deaf in (?:her|his|one|the|my) (?:left |right )?ear",
    ),
    # NICE CKS Eye trauma (2022) / RCOphth: signs that the globe is open (a wound in the cornea,
    # a pear-shaped pupil, fluid from the eye): immediate referral.
    "open_globe": (
        "钩子还扎在眼珠 扎在眼珠子上 黑眼珠上好像有个小口子 瞳孔有点歪 瞳孔不是圆的 黑眼仁也不圆了 黑眼仁不圆 眼珠上能看见个小口子 眼珠上有个口子 眼球上有口子 黑眼珠上有个小口子 黑眼珠边上有个小口子 黑眼珠有个口子 瞳孔不圆 瞳孔变形 瞳孔歪了 眼睛里流出透明的水",
        "(?:hook|fish ?hook) (?:is )?stuck in the eyeball(?: itself)?; pupil (?:is )?(?:misshapen|irregular|peaked|not round); pupil (?:is )?not round; pupil[\\w ,]{0,30}?(?:like )?a tear ?drop; pupil (?:looks |is )?(?:pear|tear[- ]?drop|peaked|irregular)(?:[- ]shaped?)?; (?:pear|tear[- ]?drop|peaked|irregular)[- ]shaped? pupil; (?:cut|laceration|wound) (?:on|in|of) (?:the )?cornea; clear fluid (?:from|leaking from|coming out of) (?:the |his |her )?eye",
    ),
    "penetrating_eye": (
        "鱼钩挂到 铅笔尖戳到 眼球破裂 眼球穿通伤 眼球穿孔 扎进眼睛 刺入眼球 眼睛被扎破 刺进眼睛 插进眼睛 眼球破了 扎到眼睛里 戳到眼睛里 戳进眼睛 扎进眼球 戳破眼睛 扎破眼睛",
        "penetrating (?:eye )?injury (?:to|of) (?:the |his |her )?eye; penetrating eye injury; (?:globe|eyeball) rupture; (?:fish ?)?hook (?:caught|stuck|is stuck) in (?:his |her |the )?(?:(?:l|r|left|right) )?eye; "
        "ruptured (?:globe|eyeball); (?:stabbed|pierced|punctured) (?:in )?(?:the |his |her )?eye; (?:stuck|embedded) in (?:the |his |her )?eye",
    ),
    "hv_mechanism": (
        "打磨金属 打磨 砂轮 角磨机 敲打铁 敲铁 砸铁 锤铁 敲打金属 切割金属 电焊 铁屑 铁渣 金属屑 金属碎片 钢屑 铁片崩 凿子 錾子 磨铁件 磨铁 火星子溅",
        "angle grinder; grinding; grinder; hammering(?: metal| steel| iron)?; chisel\\w*; drilling; metal (?:fragment|flake|fleck|particle|splinter|shard|chip)s?; "
        "high[- ]velocity; welding",
    ),
    "chemical_eye": (
        "清洗剂溅眼睛里 清洗剂溅到眼睛 溅眼睛里了 药水溅到眼睛 化学物质溅到眼里 化学品溅入眼睛 石灰进眼 生石灰 石灰溅 碱水溅 烧碱 强酸 洁厕灵溅 水泥溅到眼 灰浆甩到眼 灰浆溅到眼 水泥渣子",
        "chemical (?:splash )?(?:in|into) (?:the |his |her |my |both )?eyes?; chemical splash; chemical eye injury; (?:wet )?(?:cement|lime|mortar|plaster|bleach|drain cleaner|oven cleaner|caustic soda|lye|acid|alkali)(?: powder)?[^.]{0,45}? (?:went |got |blew |splashed )?(?:in|into) (?:his |her |the |both )?(?:(?:l|r|left|right) )?eyes?; "
        "(?:lime|cement|bleach|acid|alkali|caustic \\w+|oven cleaner|drain cleaner|chemicals?) (?:splashed |got |went )?(?:in|into) (?:the |his |her |my |both )?eyes?; "
        "splashed (?:in|into) (?:the |his |her |my )?eyes? with",
    ),
    "contact_lens": ("隐形眼镜 美瞳", "contact lens\\w*"),
    "~contact_lens": ("不戴隐形眼镜 没戴隐形眼镜 没有戴隐形眼镜 不戴美瞳", "doesn'?t wear contact lens\\w*; does not wear contact lens\\w*"),
    "shingles": (
        "一串小水泡 一串小水疱 带状疱疹 缠腰龙 蛇串疮 缠腰火丹 蛇盘疮 一串水疱 一串水泡 成簇水疱 成簇的水疱 簇状水疱 一簇水疱 一簇簇水疱 成串水疱 成簇小水疱 额头起疱 额头起了疱 额头起水疱 额头长疱 额头起了一片疱 一带水泡 一条带子样的水泡 起了一带水泡 一串水泡沿着 一簇簇小水疱 一簇簇的小水疱 一簇一簇的水疱 一簇簇小水泡",
        "blistery rash; rash of (?:small )?blisters; band of (?:painful |small |red |tiny )*(?:blisters|vesicles|spots); shingles; herpes zoster; zoster; (?:a )?(?:cluster|band|crop)s? of (?:small )?(?:blisters|vesicles); clustered (?:blisters|vesicles); "
        "grouped vesicles; vesicular rash(?: [\\w-]+){0,3} (?:v1|dermatom\\w*); (?:red |small |painful )?blisters (?:came up |came out |appeared |coming up |coming out )?in a (?:strip|band|line|stripe|belt); (?:a )?(?:strip|line|stripe|belt|row) of (?:small |painful |red |tiny )*(?:blisters|vesicles)",
    ),
    "zoster_eye": (
        "鼻尖上也有两粒 鼻尖上也有 眼部带状疱疹 眼带状疱疹 鼻尖上有水疱 鼻尖有水疱 鼻尖上也起了水泡 鼻尖也起了水疱 鼻尖上起了泡 鼻尖上也有水泡",
        "tip of (?:the |her |his )?nose; (?:rash|blisters) (?:on|over) (?:the |her |his )?(?:(?:l|r|left|right) )?forehead[^.]{0,30}?blisters; (?:a few|some|one or two|a couple) on the tip of (?:the |her |his )?nose; herpes zoster ophthalmicus; (?:ophthalmic|eye) (?:shingles|zoster); hzo; hutchinson'?s sign; "
        "(?:shingles|zoster|blisters|vesicles|(?:blistering|vesicular) rash|(?:cluster|band|crop)s? of (?:small )?(?:blisters|vesicles))"
        "(?: rash)? (?:on|around|near|over|affecting|involving|across) (?:the |his |her |my )?(?:(?:left|right) )?(?:side of (?:the |his |her )?)?"
        "(?:forehead|eye\\w*|brow|tip of (?:the |his |her )?nose|nose); vesicular rash (?:on|over) (?:the )?(?:(?:l|r|left|right) )?forehead and (?:the )?tip of (?:the )?nose; (?:blisters?|rash|vesicles?|spots) (?:on|over) [^.]{0,30}?tip of (?:the |her |his )?nose; (?:blisters?|vesicles?|rash|spots?)[^.]{0,25}tip of (?:the |his |her )?nose; (?:r|l|right|left) v1 (?:dermatome|distribution)",
    ),
    "foot_ulcer": (
        "大脚趾下面磨了个口子 脚趾下面磨了个口子 脚底磨了个口子 前脚掌底下磨出个口子 脚后跟一个水泡破了 脚底下磨出个口子 脚底板磨了个泡 脚底磨破了 糖尿病足 烂脚 脚溃烂 足部溃疡 脚上溃疡 脚底溃疡 脚趾溃烂 足溃疡 脚指头上有个烂疮 脚趾上有个烂疮 脚趾头上有个烂疮 脚上有个烂疮 脚趾破了 脚趾头破了 脚上破了个口 脚掌有个溃疡 脚底有个溃疡 脚掌溃疡 脚后跟溃疡 脚底有个口子 脚掌有个口子 脚底长了个疮 脚掌长了个疮 脚底一个疮 脚上长了个疮 脚底板烂了 脚底板有个口子 脚底烫出泡 脚底烫了个泡 脚底起泡 脚底起了泡 脚底的泡破了",
        "(?:ulcer|sore|wound|blister|open area) (?:on|under|at) (?:the )?(?:ball|sole|heel|side|top|tip|bottom|underside) of (?:the |his |her )?(?:(?:l|r|left|right) )?(?:foot|big toe|toe); ulcer (?:under|on|at|over) (?:the |his |her )?(?:(?:r|l|right|left) )?(?:1st|first|2nd|5th|fifth)? ?(?:met(?:atarsal)?(?: head)?|mth); ulcer (?:on|under) (?:the )?(?:ball|sole|heel|side|top|tip) of (?:the |his |her )?(?:(?:l|r|left|right) )?(?:foot|big toe|toe); diabetic foot(?: ulcer)?; (?:foot|feet|toe|heel|sole) (?:ulcer|wound|sore)s?; "
        "ulcer on (?:the )?side of (?:his |her |the )?(?:little |big )?toe; (?:blister|sore) that burst under (?:the |his |her )?(?:l |r |left |right )?(?:big )?toe; (?:ulcer|wound|sore|open blister) on (?:the |his |her |my )?(?:(?:left|right|big|little) )?(?:foot|feet|toe|heel|sole)s?; blister (?:on|under) (?:the |his |her |my )?(?:(?:left|right|big|little) )?(?:foot|feet|toe|heel|sole)s? (?:burst|popped|broke|ruptured); ulcer (?:under|on|at) (?:the |his |her )?(?:r |l |right |left )?(?:big )?(?:toe|foot|heel|sole); sore (?:under|on|beneath) (?:his |her |the )?(?:big )?(?:toe|foot|heel|sole); sore on (?:the )?(?:bottom|underside|sole) of (?:his |her |the )?(?:big )?(?:toe|foot)",
    ),
    # NICE NG141 2019 §1.1: pain out of proportion to what is seen (necrotising fasciitis).
    "pain_out_of_proportion": (
        "比看上去还疼 比看着还疼 比看上去重 比看起来重 比看上去严重 比看起来严重 疼得和看到的不相符 痛得不成比例 疼得不成比例 看着不严重但疼得厉害 看着不怎么样但疼得要命 看着没多严重 疼得受不了",
        "pain (?:is )?out of proportion; (?:much )?(?:worse|more painful) than it looks; disproportionate pain; pain (?:is )?(?:severe )?(?:much |far )?(?:more|worse) than (?:the )?(?:wound|cut|it|skin) looks?; (?:agony|worst pain)[^.]{0,40}(?:only looks|looks only|looks) small; (?:in agony|screaming in pain|pain (?:is )?(?:terrible|severe|unbearable))[^.]{0,30}?(?:even though|but|although|though) (?:it|the (?:\\w+ )?(?:leg|arm|wound|cut|skin|foot|hand)) (?:doesn'?t|does not|dont|don'?t) look (?:that |too |very )?(?:bad|serious|much)",
    ),
    "gangrene": (
        "脚趾头整个发黑 趾头整个发黑 脚趾头发黑 坏疽 脚趾发黑 脚趾变黑 脚趾黑了 趾头发黑 脚发黑 足趾坏死 脚趾坏死",
        "toes?(?: \\w+){0,3} (?:gone|turned|going) black(?: at the tip)?; gangren\\w*; black (?:toes?|foot|skin on (?:the |his |her )?(?:foot|toe)); toes? (?:is |are |has |have )?(?:turned |gone )?black; "
        "necrotic (?:toe|foot|tissue)",
    ),
    # NICE NG141 2019 §1.1: skin turning dusky or black away from the toes (necrotising infection).
    "skin_necrosis": (
        "发铜色 古铜色 发青发铜色 有一块颜色发黑 颜色发黑 发黑的地方 皮上发黑 皮肤发黑坏死 皮肤坏死 有的地方发黑了 有的地方发黑 有块地方发黑 有一块发黑 一块皮发黑 皮肤发黑了 皮发黑了 发紫发黑 紫黑色 紫色的水泡 紫黑的水泡 血泡",
        "slough(?:y)?(?! off); black patch(?:es)? (?:on|of) (?:the )?skin; (?:a |there's a )?black patch(?: now)?; (?:turning|turned|going|gone) (?:purple-black|purple black|purplish-black|black and purple|blackish); black (?:patch|area|spot)(?:es|s)? on (?:the )?skin; skin (?:is |has )?(?:turning|turned|going|gone) (?:black|dusky); dusky skin; skin necrosis; (?:going|gone|turning|turned) a dusky (?:purple|grey|gray|blue)(?: colou?r)?; (?:turning|turned|going|gone) (?:dark )?(?:purple[- ]?|blue[- ]?)?black; (?:purple|dark|black|blood[- ]filled|ha?emorrhagic|dusky) blisters?; (?:skin|patch)(?: \\w+){0,3} (?:gone|turned|going|turning) (?:dark |dusky |deep )?(?:purple|black|grey|gray|dusky); black in the middle",
    ),
    # NICE NG141 2019 / IDSA 2014: gas in the soft tissue (crepitus) is a sign of necrotising infection.
    "crepitus": (
        "咯吱咯吱 皮下捻发感 捻发感 捻发音 皮下有气 按着咯吱咯吱 按上去咯吱响 咯吱咯吱的感觉 按着咯吱响 按着有咯吱声 一按咯吱咯吱",
        "crackl\\w* under (?:the )?skin; crunch\\w* under (?:the )?skin; (?:subcutaneous|surgical) emphysema; gas in (?:the )?(?:soft )?tissues?; crackl\\w* (?:feeling |sensation )?under (?:the )?skin",
    ),
    "open_fracture": (
        "能看见一点骨头 能看见骨头 看得见骨头 骨头露出来 骨头戳出来 骨头刺出皮肤 骨头穿出皮肤 开放性骨折 骨头外露 露出骨头 骨头扎出来",
        "open fracture; compound fracture; bone (?:is )?(?:visible|sticking out|poking out|through the skin|showing); "
        "(?:can )?see (?:the )?bone",
    ),
    "limb_deformity": (
        "有点歪 变形 弯了 歪了 成角畸形 变了形 有点弯 看着弯 形状有点歪 形状歪了 看着有点弯 看着弯了 像个餐叉",
        "(?:forearm|wrist|arm) (?:is |was )?bent; bent like a fork; (?:clear|obvious|visible) (?:bend|deformity|angulation); looks? (?:bent|crooked|deformed|wonky|misshapen); (?:bent|deformed|dinner[- ]fork) (?:look|shape|appearance); at an (?:odd|abnormal|unnatural|strange) angle; out of shape; "
        "bent the wrong way; (?:finger|thumb|toe|knuckle)[\\w ]{0,25}?(?:bent|pointing|sticking out|turned|twisted|angled|crooked)(?: off)? (?:sideways|to (?:one|the) side|at an (?:odd |funny |strange )?angle|the wrong way)",
    ),
    "dislocation": (
        "脱臼 关节脱位 肩关节脱位 脱位 掉下巴 关节错位 肩膀那看着方方的 肩膀看着方方的 方肩 自己弹回去了 自己弹回去 自己复位了 又弹回去了",
        "dislocat\\w*; popped out(?: of (?:its |the )?(?:socket|joint))?; out of (?:its |the )?(?:socket|joint); (?:popped|went|slipped) back (?:in|into place) (?:by itself|on its own)",
    ),
    # NICE CG124: the leg of a hip fracture, shortened and turned out.
    "hip_fracture_sign": (
        "腿有点往外撇 腿往外撇着 腿变短 腿短了一截 一条腿短了 腿比另一条短 脚往外撇 脚尖朝外 脚尖往外 腿往外翻 腿外旋 患肢缩短 外旋畸形 下肢外旋 腿往外撇",
        "(?:leg|foot) (?:looks |is |appears )?(?:shorter|shortened)(?: and (?:turned|rotated) out(?:wards?)?)?; "
        "(?:leg|foot) (?:looks |is |lying |lies )?(?:turned|rotated) out(?:wards?)?; (?:shortened and )?externally rotated; (?:leg|limb) (?:is )?short(?:ened)? and (?:externally )?(?:rotated|turned out); (?:leg|foot) (?:looks |is )?short and (?:turned|rotated)(?: out)?",
    ),
    "cannot_bear_weight": (
        "不肯踩地 一踩就哭 不肯站 腿不肯踩地 脚踩不了地 踩不了地 一步都走不了 走不了路 不能走路 没法走路 脚不能着地 不敢着地 脚不敢沾地 不能下地 脚不敢踩地 不敢走路 站不起来 走不了4步 走不了四步 走不了几步 脚踩不下去 脚不敢着地",
        "(?:can'?t|cannot|unable to|could not|couldn'?t) (?:take|manage|walk) (?:4|four) steps; won'?t (?:stand|walk|put weight) on (?:the |his |her )?(?:l |r |left |right )?leg; crawling instead; can'?t weight[- ]?bear; can'?t (?:walk|put (?:any )?weight) on (?:it|the (?:foot|leg|ankle)|(?:his |her |my )(?:foot|leg|ankle)); "
        "unable to (?:walk|weight[- ]?bear|put weight on it); cannot (?:weight[- ]?bear|walk on it); non[- ]weight[- ]bearing; "
        "can'?t take (?:any )?weight; unable to take four steps; "
        "(?:couldn'?t|can'?t|cannot|could not|unable to) (?:take|manage|put) (?:a|one|a single) (?:step|foot down); hopping(?! mad); "
        "(?:manages?|managed|can|could) (?:only )?(?:take |walk |manage )?(?:only )?(?:a couple of|a few|one or two|1-2|1 or 2|2|two) steps; (?:\\d|one|two) steps (?:max|maximum|at most|only)",
    ),
    # NICE CKS Acute childhood limp (2023): a limp with fever is septic arthritis or osteomyelitis until shown otherwise.
    "limp": (
        "跛行 走路一瘸一拐 一瘸一拐 一瘸一瘸 走路瘸 瘸着走 瘸了 走路跛 不肯走路 不愿意走路 不肯下地走",
        "won'?t walk; favou?ring (?:the |his |her )?(?:l |r |left |right )?leg; limp\\w*; not (?:keen|willing|wanting) to (?:put|bear) (?:wt|weight); won'?t (?:bear|put) (?:wt|weight)",
    ),
    # NICE CKS Septic arthritis (2023): a hot, swollen joint with fever needs same-day assessment.
    "hot_swollen_joint": (
        "关节红肿热痛 关节红肿发热",
        "painful,? swollen (?:(?:r|l|right|left) )?(?:knee|ankle|wrist|elbow); swollen,? painful (?:(?:r|l|right|left) )?(?:knee|ankle|wrist|elbow); (?:knee|ankle|hip|elbow|wrist) (?:is )?swollen and (?:warm|hot); (?:hot|red),? (?:red |hot |and )*swollen (?:knee|joint|ankle|toe|wrist|elbow|hip); swollen,? (?:hot|red) (?:knee|joint|ankle|toe|wrist|elbow); (?:knee|joint|ankle|toe|wrist|elbow|hip) (?:is )?(?:hot|red),? (?:and )?(?:red |hot )?(?:and )?swollen; (?:knee|ankle|wrist|elbow|joint|toe|hip) (?:suddenly |now |very )?(?:hot|red|swollen),? (?:and |& )?(?:hot|red|swollen|warm)(?:,? (?:and |& )?(?:hot|red|swollen|warm))?; (?:big )?toe (?:very |really )?(?:painful,? )?(?:red|hot),? (?:and )?swollen",
    ),
    # A qualifier that keeps 'no other burns' from taking back the burn that was told.
    "q_elsewhere": (
        "别的地方没烫着 其他地方没烫着 其他地方没有烫伤",
        "other burns?; other injur(?:y|ies); burns? elsewhere",
    ),
    # NICE NG38 (2016) Fractures (non-complex) §1.1: tenderness in the anatomical snuffbox after a fall suggests a scaphoid fracture.
    "snuffbox_tenderness": (
        "鼻烟窝压痛 鼻烟窝疼 鼻烟窝痛 鼻烟窝按着疼 虎口后面那个小窝疼 虎口后面的小窝疼 按虎口后面那个小窝疼 大拇指根那个小窝疼 拇指根部小窝压痛 大拇指那边的小窝按着疼 手腕大拇指那边的小窝按着疼 大拇指那侧的小窝一按就疼 大拇指那侧的小窝按着疼 拇指那侧的小窝一按就疼",
        "(?:tender|tenderness|pain) (?:in|over|at) (?:the )?(?:anatomical )?snuff ?box; snuff ?box (?:tender\\w*|pain\\w*); (?:tender|tenderness|pain\\w*|sore) (?:\\w+ ){0,3}(?:in|over|at) the hollow (?:at|near) (?:the )?base of (?:the |his |her )?thumb; "
        "(?:tender|tenderness|pain\\w*|sore) (?:\\w+ ){0,3}(?:in|over|at) the (?:dip|dent|notch|pit|hollow) (?:at|near|by|in) (?:the )?base of (?:the |his |her |my )?thumb; "
        "(?:pain\\w*|hurts?|sore) (?:\\w+ ){0,2}(?:when|on|if) (?:i |you |we )?(?:push|pushing|press|pressing|load|loading) (?:his |her |my |the )?thumb (?:back |in |up )?(?:toward|towards|into) (?:the |his |her |my )?wrist",
    ),
    # NICE NG37 (2016) Fractures (complex) and BSSH hand injury standards: a hand wound with a finger that cannot bend or a numb fingertip has cut a tendon or nerve: same-day hand surgery referral.
    "tendon_nerve_injury": (
        "中指现在弯不下去 现在弯不下去 弯不下去 手指弯不了 指尖弯不下来 手指头伸不直 手指伸不直 手指弯不下去 指尖发麻 指尖麻了 那节弯不了 食指头那节弯不了 指头那节弯不了",
        "tip of (?:the |his |her )?(?:index|middle|ring|little) finger (?:is )?numb(?: on one side)?; (?:can'?t|cannot|unable to) (?:bend|straighten|flex|extend) (?:the )?(?:tip of (?:the |his |her |that )?)?(?:finger|thumb)(?: ?tip)?; (?:one )?(?:side of )?(?:the )?(?:finger ?tip|fingertip) (?:is |feels )?numb; (?:can'?t|cannot|unable to) (?:quite |fully |really )?bend (?:the )?(?:end|tip) of (?:his |her |the |that )?(?:\\w+ )?finger; tingl\\w* (?:down|along) (?:one )?side of (?:the |his |her )?finger",
    ),
    "bony_tenderness": (
        "外踝骨头后边 一按骨头就疼 骨头后边一按就疼 骨头压痛 按压骨头痛 骨头按着疼 骨头按着痛 踝骨压痛 外踝压痛 内踝压痛 骨性压痛 骨头上压痛 鼻烟窝压痛 舟骨压痛 骨头按着很痛 骨头按着很疼 骨头一按就痛 伸不直一伸就疼",
        "bony tenderness; (?:very )?tender over (?:the )?end of the (?:radius|ulna); tender(?:ness)? (?:over|on|of) the (?:bone|(?:lateral |medial )?malleolus|navicular|(?:base of the )?fifth metatarsal|scaphoid|snuff ?box); "
        "point tenderness (?:over|on) the bone; snuff ?box tenderness; (?:anatomical )?snuff ?box tender\\w*; tender (?:anatomical )?snuff ?box",
    ),
    "limb_injury": (
        "受伤 外伤 砸伤 砸到 撞伤 压伤 踢伤 挤伤 夹伤",
        "injur(?:ed|y|ies); crushed; trapped (?:his |her |my )?(?:hand|finger|foot|arm|leg)",
    ),
    "limb_ischaemia": (
        "手指发白 脚趾发白 手指冰凉 脚趾冰凉 手指发紫 脚趾发紫 摸不到脉搏 摸不到脉 脉搏摸不到 足背动脉搏动消失 远端发凉 "
        "白得吓人 足背动脉我摸不到 腿发凉发白 腿发白发凉 摸不着脚背的脉 脚背的脉摸不着 摸不到脚背的脉 手发白发凉 脚发白发凉 手发凉发白 脚发凉发白 冰凉发白 发白冰凉 足背脉摸不到 脚背脉摸不到 脚背动脉摸不到 足背动脉摸不到 摸不到脚背动脉 摸不到跳 都摸不到跳 脚比另一只凉 这只脚比另一只凉 比另一只脚凉 比另一边凉",
        "(?:hand|foot|fingers?|toes?|limb|leg|arm) (?:is |are |feels? |looks? |turned |turning |has gone )?(?:cold|white|pale|blue|dusky)"
        "(?:,? and (?:cold|white|pale|blue|numb))?; (?:cold|pale|white),? (?:and )?(?:pale|cold|numb|white) (?:hand|foot|fingers|toes|limb|leg|arm); "
        "no pulse (?:in|at) the (?:foot|wrist|ankle|limb); pulseless; can'?t feel (?:a |the )?(?:foot |wrist |radial |pedal )?pulse; (?:hand|foot|leg|arm) (?:suddenly |has suddenly gone |went )(?:cold|white|pale)(?: and (?:white|pale|cold|blue))?; (?:can'?t|cannot) (?:find|feel) (?:any |the |his |her )?(?:foot |pedal |distal )?pulses; no (?:foot |pedal |distal |palpable )?pulses?; pulseless (?:leg|foot|arm|limb); cold,? white,? (?:painful )?(?:(?:l|r|left|right) )?(?:leg|arm|foot|hand); can'?t feel (?:any )?(?:foot )?pulses",
    ),
    # 中国重症肌无力诊断和治疗指南(2020) / ABN: drooping eyelids.
    "ptosis": (
        "眼皮耷拉 眼皮耷拉下来 眼皮睁不开 眼皮下垂 眼睑下垂 上眼皮抬不起来 眼皮耷拉下来睁不开 眼皮抬不起来",
        "eyelids? (?:feel |are |is )?heavy; ptosis; droopy (?:eye)?lids?; (?:eye)?lids? (?:are |is )?(?:drooping|droopy)",
    ),
    # 中国重症肌无力诊断和治疗指南(2020): myasthenia gravis.
    "myasthenia": (
        "重症肌无力 肌无力",
        "myasthenia(?: gravis)?; known mg",
    ),
    "limb_numb": (
        "腿上发麻 两条腿发麻了 手指发麻 脚趾发麻 手指麻木 脚趾麻木 手指没知觉 脚趾没知觉 手指没感觉 脚趾没感觉 手发麻 脚发麻 下半身没感觉 两条腿没感觉 腿也没感觉 也没感觉 手指头发麻 脚底麻 脚底发麻 脚底板麻 手指头也麻 手指头麻 两只手发麻 脚底踩棉花 踩棉花 肚脐以下感觉差 肚脐以下摸着感觉比上面差 感觉比上面差",
        "(?:both )?hands (?:are |feel )?numb(?: and (?:tingly|tingling))?; (?:can'?t|cannot) grip (?:properly|anything); tingling (?:in )?(?:both )?(?:feet|hands)(?: and (?:feet|hands))?; tingling feet; feet (?:are |keep )?tingling; (?:fingers|toes|hand|foot) (?:are |is |feel |feels )?numb; numb (?:fingers|toes|hand|foot); fingertips? (?:tingle|tingles|tingling); tingling (?:in )?(?:the |his |her )?fingers; "
        "pins and needles in (?:the |his |her |my )?(?:fingers|toes|hand|foot); "
        "(?:tingling|numbness|pins and needles) in (?:both |his |her |my |the )?(?:arms|hands|legs|arms and legs|hands and feet); (?:both )?hands (?:are |feel |both )?(?:tingly|tingling) and (?:clumsy|numb|weak); (?:both )?hands (?:are |feel |both )?(?:numb|clumsy)(?: and (?:tingly|numb|weak))?",
    ),
    # BOAST 10 (2014): a limb in a cast or splint is where compartment syndrome is missed.
    "cast": (
        "石膏固定 打了石膏 上了石膏 打石膏 夹板固定 打了夹板 打的石膏 打着石膏 石膏托 打上石膏 上的石膏 打了个石膏",
        "plaster (?:put on|applied); plaster on (?:yesterday|today|last night); (?:plaster )?cast (?:put on|applied|on)\\b; in a (?:plaster )?cast; plaster of paris; back-?slab; splinted; plaster cast; (?:in|under) (?:a |the )?plaster(?! of); (?:in|under) (?:a |the )?(?:plaster |fibreglass |fiberglass )?cast",
    ),
    # BOAST 10 (2014) / NICE NG37: pain out of proportion, not eased by strong analgesia, or on passive stretch of the toes or fingers.
    # A limb swollen tense and hard (BOAST 10 2014: a tense compartment).
    "tense_limb": (
        "肿得硬邦邦 硬邦邦 肿得像石头 硬得像石头 肿得发亮发硬 肿得绷紧",
        "(?:very )?tense and hard; hard and tense; rock hard; tense,? (?:shiny )?swelling; swollen (?:and )?(?:tight|tense) (?:and hard)?; (?:shin|calf|leg|thigh|forearm|arm|muscle)(?: \\w+){0,3} (?:tense|hard|tight) (?:as|like) a (?:board|rock)",
    ),
    "compartment_pain": (
        "被动活动剧痛 动一下脚趾就剧痛 一动脚趾就疼得厉害 动手指就剧痛 一动手指就疼得厉害 止痛药不管用 打了止痛针也不管用 吃止痛药也没用 止痛药没用 掰他脚趾头疼得更厉害 掰脚趾头疼得更厉害 打了止痛针还是疼 "
        "扳他脚趾头痛 扳脚趾头痛 扳他脚趾头疼 扳脚趾头疼 掰他脚趾头痛 掰脚趾头痛 一扳脚趾就痛 一扳脚趾就疼 把手指伸直他疼 把手指伸直就疼 手指一伸直就疼 把脚趾伸直他疼 把脚趾伸直就疼 止痛药也不管用 布洛芬吃了也不管用 止痛药吃了也不管用 止疼药吃了也不管用 吃了止痛药也不管用",
        "screams? when (?:i |we |you )?(?:gently )?(?:straighten|move|stretch|bend|extend) (?:his |her |the )?(?:fingers|toes); (?:severe )?pain (?:when|on|with) (?:we |i |you )?(?:passively )?(?:mov\\w*|stretch\\w*|flex\\w*|extend\\w*) (?:of )?(?:his |her |the )?(?:toes|fingers); (?:morphine|painkillers?|analgesia|pain relief|tramadol) (?:does |did |is |was )?(?:not|n'?t) (?:help\\w*|work\\w*); not relieved by (?:morphine|painkillers?|analgesia); (?:pain )?worse when (?:i |we |you )?(?:stretch|extend|pull|move) (?:his |her |the )?(?:toes|fingers)(?: up| back)?; (?:ibuprofen|paracetamol|calpol|nurofen|codeine|pain ?killers?|pain relief) (?:is |was )?(?:not|n'?t) (?:touching|touch\\w*|helping|working|doing anything); pain worse (?:every|each|by the) hour",
    ),
    # --- qualifiers ---------------------------------------------------------------------------
    "q_severe": (
        "剧烈 严重 厉害 很痛 非常痛 剧痛 难以忍受 受不了 疼得要命 痛得打滚 疼得打滚 撕裂样 刀割样 很重 "
        "非常严重 特别疼 特别痛 痛得很 疼得很 很疼 大量 得要命 在床上打滚 满床打滚 打滚",
        "severe\\w*; intense; excruciating; unbearable; very bad; terrible; agoni[sz]ing; worst; tearing; "
        "10/10; 9/10; 8/10; extreme\\w*; very painful; large amounts?",
    ),
    "q_mild": (
        "跟来月经差不多 跟月经差不多 和月经差不多 像来月经一样 像月经一样 量不多 不是很痛 不是很疼 不太痛 不太疼 不怎么痛 不怎么疼 不厉害 不太严重 不是很严重 没那么痛 没那么疼 轻微 有点 一点 稍微 轻度 不太 不严重 少许 少量 偶尔 轻 不明显 不怎么明显",
        "mild\\w*; slight\\w*; a little; a bit; minor; small; occasional\\w*; trivial; [123]/10; "
        "not (?:very |that |too |so )?(?:bad|severe|painful|intense)",
    ),
    "q_sudden": (
        "突然 突发 骤然 猛然 一下子 忽然 急性 突感",
        "sudden\\w*; abrupt\\w*; acute onset; came on (?:all at once|quickly); out of the blue; instantly",
    ),
    # NICE NG84, NG91, NG109, NG138, NG141 (2018-2019): an antibiotic course under way, read
    # from its day count beside the antibiotic (ZH_PATTERNS and EN_PATTERNS below).
    "antibiotic_course": ("", ""),
    # ... and an infection that is not settling on it (NICE NG138: reassess if no better in 3 days).
    "not_improving": (
        "没见好 不见好 没好转 没有好转 不见轻 没见轻 一点没好 没啥好转 没什么好转 还没好转",
        "not improving; no better; no improvement; not settling; not getting better; not responding; "
        "(?:much|even|a lot|way) worse",
    ),
    "q_worsening": (
        "比昨天大 比昨天还大 比昨天大了 扩大了 加重 越来越 进行性 持续不缓解 休息不缓解 不缓解 持续性 扩大 蔓延 更重 更明显 比平时重 比平时明显 比平时厉害 比以前厉害 比平常厉害 比往常厉害 比前天大 比前天大了 大了一圈 "
        "比平常重 比以前重 比以前明显 比往常重 超出圈 超出了圈 超过画的圈 超过了画的圈 出了圈 红的范围变大 红得更大了 往上跑 往外跑 出线外 出了线 超出线 超出了线 过了线 超过线",
        "worsening; getting worse; spreading; progressive\\w*; not relieved; unrelieved; persistent\\w*; constant; "
        "(?:more|worse)(?= (?:[\\w-]+ )?than usual); worse than (?:before|normal); "
        "getting (?:bigger|larger); expanding; spread(?:ing|s)? (?:past|beyond|outside) (?:the )?(?:pen |marked |drawn )?(?:line|mark|margin); (?:gone|spread|moved) past (?:it|the (?:line|mark|edge)); (?:past|beyond|outside|over) the (?:pen |marked |drawn )?line",
    ),
    # GOLD 2024: an exacerbation is a worsening; a known COPD patient "as usual" is at baseline.
    "q_baseline": (
        "这毛病好几年了 这毛病好多年了 这个毛病好几年了 这个毛病好多年了 好几年的老毛病 多年的老毛病 跟平时一样 和平时一样 跟平常一样 和平常一样 跟往常一样 和往常一样 跟平时差不多 和平时差不多 老样子 没有变化 没变化 没有加重 没加重 平时就这样 平时也这样 这几年一直这样 多年一直这样 好几年一直这样 这么多年一直这样 几年来一直这样 次数没变多 没有变多 次数没有增加 跟以前一样 和以前一样 没有新的变化 没什么变化 没有新变化 近2年无变化 近两年无变化 多年无变化 一直无变化 频率和程度都没变化 次数跟以前差不多 跟以前差不多 每次来例假都这样 每次来月经都这样 每次都这样 一直都这样 次数也没多 次数没多 跟出院时一样 和出院时一样 跟出院的时候一样 和出院的时候一样 跟出院时差不多",
        "not (?:been )?getting worse; not worse(?! \\w); same as (?:the )?(?:last|past) \\d+ ?(?:yrs|years); not (?:any )?more often; no more often than (?:before|usual); same as (?:since|after) (?:\\d{4}|(?:his|her|the) stroke); nothing new(?! (?:except|apart|but)); no change; (?:as|same as) (?:usual|always|normal); usual(?= (?:breathlessness|sob|cough|sats|saturations?)); "
        "at (?:his |her |their )?baseline; no worse than usual; not worse than usual; unchanged (?:for|in) (?:years|months); same pattern (?:for|as) (?:years|always|before); no new symptoms; (?:old|residual|long-?standing)(?= (?:(?:l|r|left|right) )?(?:arm |leg |hand |sided )?(?:weakness|deficit|hemiparesis)); (?:same|no worse|unchanged) (?:as|than|since) (?:at |on |when )?(?:(?:he|she) (?:was |came )?)?(?:discharged|discharge|(?:he|she) (?:came|went) home)",
    ),
    # NICE CG95 §1.1.1.4 / NICE NG128 §1.1.3: the episode is over and the person is symptom-free now.
    "q_symptom_free_now": (
        "现在已经好了 已经好了 已经缓过来了 到现在没再疼过 到现在没再痛过 没再疼过 没再痛过 之后没再疼 之后没再犯 十来分钟就好了 几分钟就好了 自己就好了 自己好了 现在都正常 现在都正常了 现在一切正常 现在一点事都没有 现在一点事也没有 现在什么事都没有 现在什么症状都没有 现在没事了 现在完全好了 现在不痛了 现在不痛 现在不疼了 现在不疼 现在一点不疼 现在一点也不疼 现在一点都不疼 现在一点不痛 现在一点也不痛 现在一点都不痛 现在好好的 马上恢复正常 很快恢复正常 自己喘过来 自己缓过来 后来再没有过 后来再也没有过 吃了糖就好了 吃了几块糖就好了 喝了糖水就好了 现在不闷了 现在不闷 这两天没再犯 没再犯过 完全恢复了 已经完全恢复 已经止住了 血止住了 现在止住了 现在没啥感觉 现在没什么感觉 现在啥感觉都没有 现在没不舒服 现在没有不舒服 这几天没再发 一直没再犯 以后没再犯 半个多钟头才好 后面都好 后面都好了 后来都好了 后来就好了 之后都好了 几秒就缓过来了 就缓过来了 一会儿就缓过来了",
        "(?:now )?(?:totally|completely|perfectly) fine(?: now)?; (?:then|and then) (?:fine|normal|ok)(?: again)?; (?:comes|came) round (?:at once|quickly|straight away|within seconds|crying); went off by itself; (?:settled|went away|stopped|eased) (?:by itself|on its own|of its own accord); no pain since; (?:today |now )?no pain at all(?: today| now)?; (?:today|now) no pain; no pain today; (?:totally|completely|entirely|fully) normal(?: now| again)?; all gone in (?:about |around )?\\d+ ?min\\w*(?: or so)?; all gone now; (?:now )?(?:pain|symptom)[- ]free(?: now| since)?; no (?:pain|symptoms) now; now (?:completely |fully )?(?:back to normal|resolved); (?:fully|completely) resolved; no further (?:pain|episodes|attacks); now normal; back to normal; came back totally; none since; no (?:more|further) (?:pain|episodes?|attacks?) since; comfy now; comfortable now; (?:stop|stopped|stops) (?:by itself |on its own )?after (?:\\d+|ten|five|a few) ?(?:min\\w*|mins); (?:it'?s|it has|it is|pain'?s|pain has|tightness has) (?:all )?gone now; gone now(?! to); (?:now )?settled now; came round and cried",
    ),
    # A symptom told as still going on.
    "q_ongoing": (
        "还在痛 还在疼 还痛着 还疼着 现在还痛 现在还疼 现在还闷 还是痛 还是疼 一直没好 又痛起来 又疼起来 又痛了 又疼了 又闷了 又犯了 又发作 又来了 还是没劲 还没劲 还是麻 还麻 说话还不清 还是说不清",
        "still (?:has |having |in )?pain; still (?:hurting|hurts|sore|tight); pain (?:is )?(?:ongoing|continuing); ongoing pain; still (?:weak|numb|slurred); (?:pain|it) (?:is |has )?(?:back|come back|returned); came back; started again; (?:happened|recurred) again; again (?:now|today|this morning|just now)",
    ),
    "q_positional": (
        "翻身时 一翻身 翻身就 起床时 躺下时 转头时 抬头时 低头时 体位改变时 一转头 一抬头 一躺下 一起床",
        "when (?:turning|rolling) (?:over )?in bed; rolling over in bed; on (?:turning|moving) (?:the |his |her |my )?head; "
        "when (?:lying down|getting up|looking up|sitting up|bending down|turning (?:the |his |her |my )?head); "
        "positional; with head movements?",
    ),
    "q_musculoskeletal": (
        "按压会痛 按着会痛 按着就痛 按着就疼 压着就痛 压着就疼 一按就痛 一按就疼 按压时痛 压着会痛 按到痛 按压痛 压痛明显 按压加重 按着疼 转身时痛 深呼吸时痛 咳嗽时加重 转身时加重 按压肋骨 深呼吸和转身时加重 按压时疼 按着更疼 一按那块就痛 一按那块就疼 手一按就痛 手一按就疼 转身扭腰更痛 扭腰更痛 转身更痛 转身更疼 按着那个地方就疼 按着那个地方疼 按着那个地方就痛 就一个点疼 就一个点 转身的时候疼 按那块也疼 按那块也痛",
        "point tender(?:ness)?; worse (?:on |when |with )?(?:twisting|turning)(?: or (?:twisting|turning|lifting))?; pressing (?:on it )?(?:gives|reproduces|brings on|causes) (?:the |her |his )?(?:exact )?same pain; worse when (?:she |he )?(?:twists|lifts|turns|moves)(?: or (?:twists|lifts|turns|moves))?; tender to touch; reproducible (?:on|with) palpation; worse (?:on|with) (?:movement|pressing|palpation); "
        "(?:hurts |tender |worse )?(?:when|on|with) (?:pressing|pressure|touching)(?: on)? (?:the |his |her |my )?(?:ribs?|chest|sternum|breastbone); "
        "(?:chest )?wall (?:pain|tenderness|strain); (?:in|of) the chest wall; worse when (?:she |he |i |you )?(?:twists|lifts|turns|moves|presses|press) (?:or (?:twists|lifts|turns|moves|presses|press) )?(?:there|on it|on the spot); since (?:moving|lifting|carrying) (?:boxes|furniture|heavy)",
    ),
    # EAU 2023 Sexual and Reproductive Health §priapism: an erection that will not go down.
    "priapism": (
        "一直硬着不下去 硬着不下去 阴茎异常勃起 阴茎持续勃起 勃起不消 勃起消不下去 勃起下不去 一直硬着下不去 硬了下不去 勃起好几个小时 持续勃起",
        "priapism; erection (?:is )?(?:not going down|won'?t go down|that won'?t go down|not subsiding|lasting (?:for )?(?:hours|\\d+ ?h\\w*)); "
        "(?:persistent|prolonged|painful) erection; erect (?:for|since) (?:\\d+|several|many) ?h\\w*; erection since [\\w ]{1,15}?(?:that )?'?won'?t go down",
    ),
    # EAU 2023 Paediatric/Urology §paraphimosis: a retracted foreskin stuck behind the glans.
    "paraphimosis": (
        "包皮翻上去回不去 翻上去回不去 包皮回不去 卡在头后面 忘了翻回来 包皮嵌顿 包皮卡住 包皮卡在后面 包皮翻不回来 包皮退不回来 包皮拉不回来 包皮推不回去 包皮翻上去回不来",
        "paraphimosis; foreskin (?:is )?(?:stuck|trapped|caught) (?:back )?(?:behind|below)[\\w ]{0,20}?(?:glans|head|penis); "
        "(?:can'?t|cannot|unable to) (?:pull|push|bring) (?:the |his )?foreskin (?:back )?(?:forward|down|over); foreskin (?:pulled |pushed )?back[^.]{0,60}?(?:won'?t|wont|doesn'?t|can'?t) (?:go|come) (?:forward|back|down); foreskin (?:is )?(?:like )?a tight (?:ring|band) behind; tight ring behind (?:the )?(?:tip|head|glans|end)",
    ),
    # ASCRS 2016 anorectal abscess / NICE CKS haemorrhoids: a painful lump beside the anus.
    "perianal_lump": (
        "肛门旁边长了个包 屁股眼旁边长了个包 屁股眼边上长了个包 肛门边上长了个包 肛门口长了个包 肛门旁边肿 肛周脓肿 肛周肿痛 肛周红肿 肛旁脓肿 肛门边上肿 肛门边上有个包 肛门旁边有个包",
        "perianal (?:abscess|lump|swelling|pain); (?:lump|swelling|pain) (?:next to|beside|near|by|at) (?:the )?(?:anus|anal margin|anal verge); "
        "(?:bluish |purple |tense |hard |red |swollen |tender )+lump (?:~?[\\d.]+ ?cm )?at (?:the )?anal (?:margin|verge); (?:throbbing )?pain beside (?:the )?anus",
    ),
    # NICE CG139 / RCN 2021 catheter care: a catheter that has stopped draining.
    # Medicines vomited back (止痛药也吐了, "can't keep his tablets down"): NICE CKS palliative
    # nausea and vomiting, sick day guidance: another route the same day.
    "meds_vomited": (
        "药都吃不进去 止痛药也吐了 药也吐了 吃了药就吐 药吃下去就吐",
        "can'?t keep (?:his |her |their |the |any )?(?:tablets|meds|medicines?|pills|morphine)[^.]{0,20}?down; (?:tablets|meds|pills) (?:come|came|coming) (?:straight )?back up",
    ),
    # A syringe driver or subcutaneous pump that has stopped (NICE NG31: the prescriber the same
    # day, the dying person's medicines must not lapse).
    "syringe_driver_problem": (
        "泵不走了 泵停了 泵一直报警 泵报警 镇痛泵堵了 皮下泵堵了 泵堵了",
        "(?:syringe )?driver (?:is )?(?:alarming|stopped|not running|blocked|occluded)(?: occlusion)?; driver alarm\\w*",
    ),
    # Pain the breakthrough doses hardly touch (只管一个小时, "barely touched it"): NICE CKS palliative
    # cancer care - pain, a review of the analgesia the same day.
    "pain_uncontrolled": (
        "只管一个小时 只管一会儿 止痛药只管一个小时",
        "only helps (?:for )?(?:about )?an hour; barely touched it; (?:pain )?not controlled (?:by|with|on) (?:the )?(?:morphine|oramorph|painkillers|analgesia)",
    ),
    "catheter_blocked": (
        "造瘘管不通 挤了管子也不通 管子也不通 尿都没引出来 尿引不出来 尿管不出尿 尿管堵了 导尿管堵了 尿袋里没尿 尿袋没尿 尿管里没尿 尿从尿管旁边漏 尿管旁边漏尿 尿袋里一滴没有 尿袋一滴都没有 尿袋里一滴都没有 尿袋是空的 尿袋里一直没尿",
        "no urine in the (?:catheter )?bag; (?:catheter|bag) (?:is )?(?:blocked|not draining|empty); catheter (?:has )?(?:stopped|not) draining; (?:spc|suprapubic catheter) (?:has )?(?:stopped|not) draining; "
        "(?:urine )?(?:leaking|bypassing) (?:around|round) the catheter",
    ),
    # NICE CKS renal colic 2024: a solitary kidney (born with one, or the other removed).
    "solitary_kidney": (
        "独肾 孤立肾 只有一个肾 一个肾切了 肾切除 一侧肾切除 切过一个肾 摘过一个肾",
        "solitary kidney; single kidney; only (?:one|1) kidney; (?:one|his|her|a|the other) (?:(?:r|l|right|left) )?kidney (?:was |had been )?(?:removed|taken out); (?:had )?(?:his|her|the) (?:(?:r|l|right|left) )?kidney removed; nephrectomy",
    ),
    # NICE CKS Bell's palsy: blisters in or around the ear with a facial palsy (Ramsay Hunt).
    "ear_vesicles": (
        "耳朵里起水泡 耳朵上起水泡 耳朵长水泡 耳廓上有水泡 耳道里有水泡 耳朵起疱疹",
        "(?:blisters?|vesicles?) (?:in|on|around|inside) (?:the |his |her )?(?:(?:r|l|right|left) )?(?:ear canal|ear|outer ear|pinna)",
    ),
    # NICE CKS optic neuritis (2023): pain behind the eye when it moves.
    "pain_on_eye_movement": (
        "转眼睛痛 转眼睛疼 眼球转动痛 眼球转动时痛 眼睛转动时痛 眼睛转的时候痛 眼睛转动疼",
        "pain (?:behind (?:the |her |his )?eye )?(?:when|on) (?:she |he )?mov(?:es|ing|e) (?:it|the eye|her eye|his eye|(?:the |her |his )?eyes); pain on eye movements?; painful eye movements?",
    ),
    # A third nerve palsy or a head injury's sign: one pupil larger than the other.
    "unequal_pupils": (
        "瞳孔不等大 瞳孔一大一小 两边瞳孔不一样大 瞳孔不一样大",
        "unequal pupils; pupils (?:are )?unequal; anisocoria; one pupil (?:is )?(?:bigger|larger|dilated|blown); (?:(?:r|l|right|left) )?pupil (?:is )?(?:bigger|larger|dilated|blown)",
    ),
    # NICE CKS vertigo (2023): a positive Dix-Hallpike test is benign positional vertigo.
    "hallpike_positive": (
        "变位试验阳性 位置试验阳性 dix-hallpike阳性 hallpike阳性 hallpike试验阳性",
        "(?:dix[- ])?hallpike (?:test )?(?:(?:r|l|right|left) )?(?:is )?positive; positive (?:dix[- ])?hallpike",
    ),
    # EAN/PNS 2023 Guillain-Barre: reflexes lost in weak limbs.
    "absent_reflexes": (
        "腱反射消失 膝反射消失 膝跳反射消失 腱反射引不出 膝反射引不出 反射引不出 膝跳反射没有",
        "(?:can'?t|cannot|couldn'?t|could not|unable to) (?:get|elicit|find) (?:her |his |the |any )?(?:(?:knee|ankle|tendon) )?reflexes; (?:absent|no|lost) (?:(?:knee|ankle|tendon|deep tendon) )?reflexes; "
        "(?:absent|no|lost) (?:knee|ankle|tendon) jerks; areflexi\\w*",
    ),
    # A cough or a bout of stomach upset in the weeks before (a trigger of Guillain-Barre).
    "recent_infection": (
        "拉过肚子 拉过稀 闹过肚子 得过感冒 感冒过一次 前段时间感冒",
        "had (?:a )?(?:flu[- ]like illness|tummy bug|gastroenteritis|stomach bug|chest infection|cold|diarrh\\w*) (?:\\d+|two|three|four|a couple of|a few) (?:wks?|weeks?) (?:ago|before)",
    ),
    # NICE CKS headache (2024) / SNNOOP10: a headache unlike the person's usual ones.
    "headache_changed": (
        "跟平时的不一样 跟平时不一样 跟以前的不一样 和平时不一样 和以前不一样 跟往常不一样 以前没这么痛过",
        "(?:different|unlike) (?:from |to )?(?:her|his|the|my) usual(?: headaches?)?; not (?:like )?(?:her|his|my) usual (?:headaches?|migraines?); new (?:type|kind|pattern) of headache",
    ),
    # NICE CKS headache red flags: worse on waking, or on coughing or straining (raised pressure).
    "headache_raised_pressure": (
        "早上起来最痛 早上起来最疼 早上起来头最痛 早上起来头最疼 早上最痛 早上最疼 咳嗽用力更痛 咳嗽用力更疼 一咳嗽头就痛 一咳嗽头就疼 咳嗽时头痛加重 用力时头痛加重 一用力头就痛 头痛醒 头疼醒 半夜痛醒 半夜疼醒 夜里痛醒 夜里疼醒 痛醒了 疼醒了 一咳嗽更痛 一咳嗽更疼 咳嗽更痛 咳嗽更疼 弯腰更痛 弯腰更疼 低头更痛 低头更疼",
        "worse (?:in the |each |every )?mornings?(?: on waking)?; worst (?:on|when|after) waking; worse (?:on|with|when) (?:coughing|straining|bending|sneezing)(?: or (?:coughing|straining|bending|sneezing))?; "
        "worse when (?:she |he |they |i )?(?:coughs?|strains?|bends?(?: over| down)?|sneezes?)(?: or (?:coughs?|strains?|bends?(?: over| down)?|sneezes?))?; "
        "wak(?:es|ing|e|ened|ens) (?:her|him|them|me) (?:up )?(?:at night|from (?:her |his |their )?sleep|in the night|(?:at|in the) early (?:hours|morning)); wakes? (?:her|him|them|me)? ?up with (?:it|the headache|a headache); woken (?:up )?by (?:it|the headache|a headache|the pain)",
    ),
    # NICE NG234 (2023): spinal pain like a band round the chest or belly.
    "band_like_pain": (
        "像一圈带子勒着 像带子勒着 像带子勒住 像有根带子勒着 束带样 束带感 像绑了根带子 像绑了一根带子 像绑了条带子",
        "band-?like (?:pain|ache|tightness)?; like a (?:tight )?band (?:around|round) (?:the |her |his )?(?:chest|body|trunk|tummy|belly); band of pain (?:a)?round (?:the |her |his )?(?:chest|body|trunk|tummy|belly|waist)",
    ),
    # Chinese guidelines for acute pancreatitis (2021): upper abdominal pain boring through to
    # the back.
    "pain_through_to_back": (
        "放射到后背 窜到后背 痛到后背 疼到后背 牵扯到后背",
        "(?:going|goes|radiating|radiates|boring|shooting|spreading|spreads) (?:thru |through |straight through )?(?:to|into) (?:her |his |the )?back; "
        "(?:going|goes) (?:thru|through) to (?:her |his |the )?back; (?:through|thru) to (?:the |her |his )?back",
    ),
    # NICE CG95 §1.1.1.4: a resting ECG the clinic read as normal.
    "ecg_normal": (
        "心电图正常 心电图没问题 心电图没啥问题 心电图没事 心电图大致正常 心电图未见异常 心电图无异常 心电图没有异常",
        "(?:normal|unremarkable) (?:resting )?ecg; ecg (?:here |today )?(?:is |was |looks |looked |came back )?(?:normal|nad|unremarkable|fine|ok); ecg[\\w ,]{0,15}?looks normal",
    ),
    # ESC 2021 cardiac pacing: second- or third-degree heart block on the ECG.
    "heart_block": (
        "房室传导阻滞 二度房室传导阻滞 三度房室传导阻滞 完全性房室传导阻滞 二度II型 三度阻滞",
        "(?:2nd|second|3rd|third)[- ]degree (?:av |heart )?block; complete heart block; mobitz (?:ii|2|type 2|type ii); chb; "
        "p waves? not (?:followed|conducted) by (?:a )?qrs; dropped (?:qrs|beats)",
    ),
    # ESC 2015 pericardial diseases: a sharp central pain eased by sitting forward.
    "pericarditic_pain": (
        "往前趴着好点 往前趴着好些 往前倾好点 前倾好点 坐起来往前趴着好点 坐起来前倾好点 身子往前倾就好点",
        "(?:better|eased|easier|relieved|improves?) (?:by |when |on |with )?(?:sitting|leaning) (?:up and )?forward",
    ),
    # NICE CKS pneumothorax / BTS 2023: breath sounds reduced on one side.
    "reduced_breath_sounds": (
        "呼吸音低 呼吸音减低 呼吸音减弱 呼吸音消失 呼吸音弱 一边呼吸音低 左边呼吸音低 右边呼吸音低",
        "(?:reduced|decreased|diminished|absent|quiet|less) breath sounds?; breath sounds? (?:\\w+ )?(?:reduced|decreased|diminished|absent|less|quiet)",
    ),
    # NICE CKS Panic disorder / hyperventilation: tingling hands and lips with fast breathing.
    "hyperventilation": (
        "嘴周围也麻 嘴周围麻 嘴周围发麻 口周发麻 过度通气 换气过度",
        "tingling (?:around|round|in|of) (?:the |her |his )?(?:lips|mouth)(?: and (?:the )?(?:fingertips|fingers|hands))?; hyperventilat\\w*; (?:hands|fingers) (?:are )?tingling; tingling (?:in )?(?:her |his )?(?:hands|fingers|lips)(?: and (?:hands|fingers|lips))?; (?:lips|mouth) (?:are |feel )?(?:tingling|numb)",
    ),
    # NICE CG109 §1.1.3: the provoking factor of an uncomplicated faint (a needle, blood, pain,
    # standing long in the heat).
    "faint_trigger": (
        "看到针头 看见针头 晕针 晕血 打针的时候 抽血的时候 打针时 抽血时 站久了 站太久",
        "(?:at the )?sight of (?:the |a )?(?:needle|blood); (?:during|while having|after) (?:a |an |her |his |the )?(?:injection|jab|blood test|vaccination|blood (?:being )?taken); needle phobia; (?:standing|stood) (?:for )?(?:a )?long (?:time)?(?: in the heat)?",
    ),
    # NICE CG95 / ESC 2023: angina coming more often, on less effort or needing more GTN
    # (crescendo angina) is unstable.
    "crescendo_angina": (
        "走平路都犯 次数比以前多 犯得越来越勤 犯得越来越频繁 硝酸甘油用得比以前多 含药次数多了",
        "(?:pain|angina|attacks?|episodes?) (?:coming |getting |happening )?more (?:often|frequent\\w*)(?: and (?:with|on) less (?:effort|exertion))?; (?:with|on) less (?:effort|exertion); "
        "(?:needs|needing|using|uses) (?:gtn|his spray|her spray|the spray) \\d(?:-\\d)?x a day",
    ),
    # Society for Endocrinology 2016 acute hypocalcaemia: after thyroid or parathyroid surgery.
    "thyroid_surgery": (
        "甲状腺全切 甲状腺切除 甲状腺手术 甲状腺术后 甲状腺次全切 甲状旁腺手术",
        "thyroidectom\\w*; parathyroidectom\\w*; thyroid (?:op|operation|surgery)",
    ),
    # SfE 2016: hands drawn into claws (carpopedal spasm), tetany.
    "carpopedal_spasm": (
        "鸡爪手 手抽成鸡爪 手抽筋成鸡爪 手足抽搐 手脚抽搐成鸡爪 手指抽在一起 手足痉挛 手足搐搦",
        "carpopedal spasm; tetany; (?:hands?|fingers) (?:are )?(?:cramping|drawn|curling) (?:up )?into (?:a )?claws?; claw(?:ed)? hands?",
    ),
    # NICE NG19 2019 §1.3 and §1.5: a red, hot, swollen foot (Charcot or infection) in diabetes.
    "hot_swollen_foot": (
        "脚又红又肿 脚红肿 脚背红肿 脚中间肿了 脚背肿了 比左脚热 比右脚热 比另一只脚热 比右脚烫 比左脚烫 比另一只脚烫",
        "(?:(?:r|l|right|left) )?foot (?:is |feels |looks )?(?:swollen|hot|red|warm)(?:,? (?:and )?(?:swollen|hot|red|warm))+; "
        "(?:hot|warm),? (?:red,? )?swollen (?:(?:r|l|right|left) )?foot; (?:foot )?(?:feels )?(?:clearly |much )?warmer than the (?:left|right|other)(?: one| foot)?",
    ),
    # NICE CKS optic neuritis / EUGOGO 2021: colours washed out (an optic nerve sign), told of
    # what is seen (看颜色发灰), not of lochia, urine or skin (恶露颜色发暗).
    "colour_desaturation": (
        "看颜色发灰 看东西颜色发灰 看颜色变淡 看东西颜色变淡 看颜色发暗 看东西颜色发暗 看红色发灰 看红色变淡 红颜色看着发灰 红色看着发灰 看颜色都发灰",
        "colou?rs? (?:look |looks |seem |seems |are )?(?:washed out|faded|dull|grey)",
    ),
    # KDIGO 2012 / NICE NG148: muscle breakdown after heat, exertion or a crush.
    "rhabdo_signs": (
        "横纹肌溶解 肌酸激酶很高 肌酸激酶特别高",
        "rhabdo\\w*; ck (?:of |is |was |at )?(?:\\d{1,2},?\\d{3}|\\d{5,6})",
    ),
    # NICE NG41 (2016) spinal injury: a dive into shallow water or a blow to the head and neck.
    "neck_injury": (
        "跳水撞到头 扎猛子撞到 脖子扭伤 颈部受伤 脖子受伤 摔伤脖子 脖子被撞",
        "dived? (?:into|in) (?:a |the )?(?:river|pool|lake|water|sea|pond)[\\w ]{0,20}?shallow|dived? (?:into|in) shallow water; hit (?:his|her) head on the bottom; neck injur\\w*; injured (?:his|her) neck; hurt (?:his|her) neck",
    ),
    # RCOphth / NICE CKS red eye: blood settled in the front of the eye after a blow.
    "hyphaema": (
        "黑眼仁下面积了一层红红的血 黑眼仁下面积了一层血 积了一层红红的血 前房积血 黑眼珠下面有一层红的 像血沉底了 眼睛里有一层血",
        "hyph(?:a)?ema; blood level (?:at the bottom )?(?:of|in|behind) (?:the )?(?:coloured part|iris|front of the eye|cornea); (?:thin |small |tiny )?(?:layer|streak|line) of blood (?:at|in) the bottom of the (?:iris|cornea|coloured part); (?:a )?level of blood in the bottom of the coloured part",
    ),
    # NICE CKS corneal injury: a foreign body still there after irrigation.
    "fb_not_removed": (
        "冲不出来 冲了还在 冲洗后还在 粘在黑眼珠上",
        "won'?t come off(?: with [\\w ]{1,20})?; still feels something (?:there|in it); (?:rinsed|washed|irrigated)[\\w ,]{0,25}?(?:still there|won'?t come out|didn'?t come out); stuck on the cornea",
    ),
    # FSRH 2017: emergency contraception (levonorgestrel within 72 h, ulipristal within 120 h).
    "emergency_contraception": (
        "紧急避孕 事后避孕 事后药 毓婷 套破了 避孕套破了 安全套破了 避孕套滑脱 没戴套 没带套 没戴避孕套 没有戴套 没采取避孕措施 没做避孕措施 套子破了",
        "(?:had )?sex without (?:a )?condom; unprotected (?:sex|intercourse); upsi; (?:forgot|missed) (?:\\d|two|three|four) pills in the first week; (?:didn'?t|did not) use (?:a )?condom; morning after pill; emergency contraception; plan b; condom (?:broke|split|burst|came off|slipped off)",
    ),
    # NICE CKS IgA vasculitis (Henoch-Schonlein purpura).
    "hsp": (
        "过敏性紫癜 紫癜性肾炎 IgA血管炎 腿和屁股上好多紫红色疹子 屁股上好多紫红色疹子",
        "hsp; henoch[- ]sch\\w+(?: purpura)?; iga vasculitis",
    ),
    # KDIGO 2021: protein in the urine (a dipstick of 3+ or more, frothy urine).
    "heavy_proteinuria": (
        "尿蛋白+++ 尿蛋白++++ 尿蛋白3+ 尿蛋白4+ 尿蛋白三个加号",
        "(?:dip |urine |dipstick )?protein:? ?(?:3\\+|4\\+|\\+\\+\\+)",
    ),
    # IADT 2020: a permanent tooth knocked out whole.
    "tooth_avulsed": (
        "门牙整颗掉了 牙整颗掉了 牙齿整颗掉了 整颗牙掉了 牙齿磕掉了 牙磕掉了 门牙整个掉出来了 整个掉出来了 门牙整个磕掉了 牙整个掉了 整颗掉出来了 整颗牙掉出来 门牙整颗掉出来了",
        "(?:adult |permanent )?(?:front )?tooth came out completely; (?:tooth|incisor) (?:was |got )?(?:knocked out|came out whole|fell out whole); avulsed (?:tooth|incisor); knocked out (?:a |his |her )?(?:front )?(?:tooth|teeth|incisor)",
    ),
    # NICE CG57 eczema herpeticum: clustered blisters and punched-out sores on eczema.
    # NICE CKS Otitis externa: granulation tissue in the canal (necrotising otitis externa).
    "ear_granulation": (
        "耳道里有肉芽 肉芽样的东西 耳道里长了肉",
        "granulation (?:tissue )?(?:in|on) (?:the )?(?:ear )?canal; (?:something )?red and lumpy (?:on|in) (?:the )?(?:floor of the )?canal",
    ),
    # A burn inside the mouth (its own concept, so "no burn in mouth" does not deny the burn).
    "mouth_burn": (
        "嘴里烫伤 口腔烫伤 嘴里烧伤 口腔烧伤 嘴里烫了",
        "burns? (?:in|inside|to) (?:the |his |her )?mouth; mouth burns?",
    ),
    # NICE CKS cellulitis / periorbital cellulitis: skin hot to the touch and tender.
    "warm_tender": (
        "一碰就喊疼 一碰就疼 一碰就痛 碰都不让碰",
        "hot to (?:the )?touch; warm to (?:the )?touch; (?:very )?tender to touch",
    ),
    # NICE CKS sore throat: trismus (a mouth that will not open wide), a sign of quinsy.
    "trismus": (
        "嘴张不大 张口困难 张嘴困难",
        "(?:can'?t|cannot|unable to|could not|couldn'?t) open (?:his |her |the |their )?mouth (?:wide|fully|properly|much|very far); trismus; can only open (?:his |her |their )?mouth (?:about )?(?:one|a|1) finger; jaw (?:is |feels |felt |gone |going )?(?:tight|locked|clenched|stiff)",
    ),
    # NICE CKS Breath-holding spells: blue or still for seconds when crying, then fine.
    "breath_holding_spell": (
        "一哭就憋气 哭的时候憋气 哭着哭着就憋住气 哭得憋住气 屏气发作 憋气发作 哭到憋气 哭得厉害的时候憋住气 哭的时候憋住气 哭闭气 哭得背过气",
        "holds (?:her|his) breath(?:,| and| then)? (?:goes|turns|going) blue; held (?:her|his) breath; breath[- ]holding (?:spells?|attacks?|episodes?)?; holds (?:his|her) breath when (?:crying|upset|angry); held breath; holding (?:his |her )?breath",
    ),
    # RCH 2020 Stridor: laryngomalacia, a noisy in-breath since birth.
    "stridor_since_birth": (
        "生下来就有喉鸣 出生就有喉鸣 喉软骨软化 喉软化 从小就有喉鸣 生下来就呼噜呼噜",
        "laryngomalacia; (?:stridor|noisy breathing) (?:ever )?since (?:birth|he was born|she was born)",
    ),
    # NICE CKS Whooping cough (2023): bouts of coughing with a whoop or vomiting after them.
    "pertussis": (
        "百日咳 鸡鸣样 鸡鸣样回声 鸡叫一样的声音 咳完吸气有鸡鸣 痉挛性咳嗽 咳起来一阵一阵停不下来 一咳起来就是一串 咳起来一串一串的 一串一串地咳",
        "whooping cough; pertussis; whoop(?:ing)?(?! cough)",
    ),
    # OAA / Association of Anaesthetists 2018 (post-dural puncture headache): a needle in the
    # back (spinal, epidural, lumbar puncture).
    "neuraxial_procedure": (
        "腰麻 硬膜外麻醉 硬膜外 半身麻醉 腰穿 腰椎穿刺 打了腰麻 做了腰麻",
        "spinal (?:anaesthetic|anesthetic|anaesthesia|anesthesia|block); epidural; lumbar puncture",
    ),
    # WHO Medication Without Harm: concentrated potassium chloride pushed into a vein.
    "kcl_bolus": (
        "氯化钾静推 推了氯化钾 氯化钾直接推 10%氯化钾推",
        "(?:kcl|potassium chloride)[\\w ,%()]{0,40}?(?:straight into|directly into|pushed|bolus|undiluted)|(?:pushed|bolus\\w*) [\\w ,%()]{0,20}?(?:kcl|potassium chloride)",
    ),
    # NPIS/TOXBASE: medicines of low toxicity when a child swallows a few.
    "low_toxicity_medicine": (
        "钙片 钙尔奇 碳酸钙 维生素D 维生素AD 鱼肝油 益生菌 避孕药 叶酸片 复合维生素",
        "(?:[a-z']+ )?swallowed (?:\\d+|a few|some|two|three|four) (?:of )?(?:her |his |the |mum'?s )?(?:birth control|contraceptive|calcium|vitamin|multivitamin)[\\w ]{0,12}?(?:pills?|tablets?)(?: \\([\\w ]+\\))?; (?:her |his |the )?birth control pills?; calcium (?:carbonate |citrate )?(?:tablets?|chews?|pills?); (?:multi)?vitamins?(?: [a-z]\\d?)?(?: tablets?| gummies| drops)?; (?:the |combined |oral )?(?:contraceptive )?pill packet; (?:combined |oral )?contraceptive (?:pills?|tablets?); probiotics?; folic acid",
    ),
    # NPSA 2006 / MHRA 2020: a once-weekly medicine told as taken every day.
    "weekly_taken_daily": (
        "本该一周吃一次 应该一周一次 不是一周一次 每天都吃了 天天都吃了",
        "(?:every ?day|daily)[^.]{0,40}?not (?:once )?(?:a |per )?week(?:ly)?; (?:every ?day|daily) (?:instead of|rather than) (?:once )?(?:a |per )?week(?:ly)?; (?:not|instead of) (?:once )?(?:a |per )?week(?:ly)?[^.]{0,30}?(?:every ?day|daily)",
    ),
    # NICE NG31 (2015) care of dying adults: a palliative or end-of-life care plan in place.
    "end_of_life_plan": (
        "临终关怀 安宁疗护 姑息治疗 签了不抢救 不抢救 放弃抢救 临终照护计划 在家临终 想在家走 说好在家走 只要舒服 只要舒适护理 不想送医院",
        "palliative (?:care )?plan; (?:on|under) palliative care; dnacpr; (?:a )?dnr(?: order| form)?; end[- ]of[- ]life (?:care )?(?:plan|pathway); eol (?:plan|pathway); anticipatory (?:meds|medicines|medications); "
        "just in case (?:meds|medicines); (?:wants?|wanted|wishes|wished) to die at home; dying at home; preferred place of (?:care|death)(?: is)? home; comfort care(?: only)?",
    ),
    # NICE CG124: groin pain after a fall in an older person (an impacted hip fracture).
    "groin_pain": (
        "腹股沟疼 腹股沟痛 大腿根疼 大腿根痛 胯骨疼 胯骨痛",
        "(?:(?:r|l|right|left) )?groin pain(?: on the (?:left|right))?; pain (?:in )?(?:the |her |his )?(?:(?:r|l|right|left) )?groin",
    ),
    # WHO 2022 elder abuse: an older person afraid of the one who cares for them.
    "afraid_of_carer": (
        "怕她儿子 怕他儿子 怕儿子 怕儿媳 怕她儿媳 不敢跟儿子说",
        "(?:is |she'?s |he'?s )?(?:afraid|scared|frightened) of (?:him|her son|his son|her daughter|his daughter|her carer|his carer|the carer|them)",
    ),
    # NICE NG217 (2022) epilepsies: infantile spasms, clusters of sudden jerks or nods.
    "infantile_spasms": (
        "婴儿痉挛 点头样抽 一串一串的点头 点头拥抱样 一串一串地点头 点头抽动 一睡醒就点头 两手往上一扬 连着十来下",
        "infantile spasms?; west syndrome; salaam\\w*; runs of (?:sudden )?(?:jerks|spasms|nods); head drops forward and arms fly out",
    ),
    # NICE NG39 / ATLS: a stab or a wound into the trunk, or bowel or fat out of it.
    "penetrating_trauma": (
        "捅到肚子 捅到胸口 刀捅进肚子 肠子流出来",
        "stabbed (?:in|into|through) (?:the |his |her )?(?:belly|abdomen|chest|back|neck|tummy|side); stab wounds? (?:to|in) (?:the |his |her )?(?:belly|abdomen|chest|back|neck|tummy); "
        "(?:fat|bowel|intestines?|gut)[\\w ]{0,15}?(?:poking|sticking|coming|hanging) out",
    ),
    # Maudsley / BNF: muscle rigidity ("stiff like a board", 浑身僵硬), neuroleptic malignant
    # syndrome's sign on an antipsychotic.
    "rigidity": (
        "浑身僵硬 全身发硬 全身僵硬 四肢僵硬 肌肉僵硬 硬得像木头 胳膊硬得掰不动 身子发硬 浑身硬邦邦 全身硬邦邦 身上硬邦邦 浑身硬邦邦的掰不动 掰不动",
        "stiff (?:like|as) a (?:board|plank); can'?t bend (?:his|her|their) (?:arms|legs|limbs); (?:arms|legs|muscles|limbs|body) (?:are |is )?(?:very |really )?(?:rigid|stiff)(?! neck); (?:lead[- ]pipe |muscle |generali[sz]ed )?rigidity; (?:keeps? |keep )?(?:going|goes|went) stiff(?: in spasms)?; (?:muscle )?spasms (?:with|when|on) (?:noise|touch|the door)",
    ),
    # --- injuries of joints, bones, face, chest and head (held-out round 49) ---------------
    # NICE CKS Knee pain - assessment (2022): a knee that swells within hours of a twisting
    # injury (a haemarthrosis: cruciate tear, fracture), a locked knee, a pop felt at the time.
    "rapid_joint_swelling": (
        "一下子肿得老大 肿得老大 一下子肿起来 马上就肿了 马上就肿起来 很快就肿了 很快就肿起来 一下子就肿起来了 一下子就肿起来 立马就肿了 立马肿起来 肿得跟馒头一样 肿得像馒头 肿得跟个馒头似的 肿得跟球一样 肿得像个球",
        "(?:within|in|after) (?:an|1|one|2|two|a couple of|a few|half an) (?:hours?|hrs?)[\\w ,]{0,20}?(?:swelled|swollen|swelling up|ballooned|blew up|puffed up); "
        "(?:swelled|swollen|ballooned|blew up|puffed up) (?:up )?(?:like a balloon|straight away|immediately|right away|within (?:the|an|the first) hour|really quickly|very quickly|quickly|overnight|over (?:the last )?(?:a few|few|\\d+) (?:hours|hrs))",
    ),
    "joint_pop": (
        "啪的一声 咔的一声 啪一声 咔一声 嘎嘣一声",
        "(?:felt|heard|feel|hear) (?:a |an audible |something )?(?:pop|snap|crack)(?![a-z]); (?:felt|heard) (?:it|something) (?:pop|snap|give|go)(?![a-z])",
    ),
    "knee_injury": (
        "膝扭 膝盖扭 扭了膝盖 扭到膝盖 扭伤膝盖 膝盖扭伤 膝关节扭伤 膝盖着地 跪着摔 摔到膝盖 磕到膝盖 膝盖磕 膝盖撞",
        "(?:fell|landed|came down|went down) (?:hard )?(?:on|onto) (?:his |her |my |the |their )?(?:(?:l|r|left|right|lt|rt) )?(?:knee|kneecap)s?; (?:knee|kneecap) injur\\w*; "
        "(?:hurt|injured|banged|bashed|twisted|wrenched) (?:his |her |my |the )?(?:(?:l|r|left|right|lt|rt) )?knee; knee (?:gave way|buckled|went from under)",
    ),
    "locked_knee": (
        "膝盖伸不直 膝关节伸不直 腿伸不直 卡在弯着 卡在弯的位置 伸也伸不开 腿伸不开 膝盖卡住 膝盖锁住 膝关节交锁 膝关节绞锁 膝盖交锁 膝盖绞锁",
        "(?:knee|leg) (?:is |has |got |was |gets |became )?(?:locked|stuck|jammed)(?: (?:bent|in a bent position|at an angle))?; "
        "(?:can'?t|cannot|unable to|could not|couldn'?t) (?:fully |completely )?straighten (?:his |her |my |the )?(?:(?:l|r|left|right|lt|rt) )?(?:knee|leg)",
    ),
    # NICE NG38 (2016) / BOA: a kneecap that slid out to the side (a patellar dislocation)
    # needs reduction and an X-ray the same day.
    "patellar_dislocation": (
        "髌骨脱位 髌骨脱臼 髌骨错位 膝盖骨脱位 膝盖骨脱臼 膝盖骨错位 膝盖骨跑偏",
        "(?:kneecap|knee cap|patella)s? (?:has |had )?(?:slid|slipped|popped|went|came|moved|shifted|jumped|dislocated)(?: out)?(?: (?:to|onto) the (?:outside|outer side|side)| sideways| out(?: of place)?| off)?; "
        "(?:dislocated|displaced) (?:his |her |my |the )?(?:kneecap|knee cap|patella); patell(?:a|ar) dislocation",
    ),
    # Ottawa ankle, foot and knee rules (NICE CKS Sprains and strains; Knee pain): tenderness at
    # the posterior edge of a malleolus, the base of the fifth metatarsal, the navicular, the
    # head of the fibula or the patella alone.
    "ottawa_tenderness": (
        "髌骨压痛 膝盖骨压痛 腓骨头压痛 第五跖骨压痛 第五跖骨基底压痛 舟骨压痛",
        "(?:tender|tenderness|pain|sore)[\\w ]{0,20}?(?:back|posterior|rear) (?:edge|border|tip|part|side) of (?:the |his |her |my )?(?:(?:outer|inner|lateral|medial|outside|inside) )?(?:ankle ?bone|malleolus); "
        "(?:tender|tenderness|sore) (?:\\w+ ){0,2}?(?:on|over|at) (?:the |his |her |my )?(?:(?:outer|inner|outside|inside) )?ankle ?bone; "
        "tender(?:ness)? (?:right |just |only )?(?:on|over|of) (?:the |her |his |my )?(?:kneecap|knee cap|patella); "
        "tender (?:\\w+ ){0,3}?(?:bony )?(?:bump|lump|bone) (?:\\w+ ){0,4}?(?:outside|outer) (?:edge|side|border); (?:base of (?:the )?)?(?:5th|fifth) metatarsal (?:base )?(?:is )?tender; "
        "tender(?:ness)? (?:at|over|on) (?:the )?(?:head of (?:the )?fibula|fibular head|navicular)",
    ),
    # A hurt limb or joint told in everyday words, and a blow in a fight (the trauma that makes
    # deformity or inability to bear weight a fracture, NICE NG38).
    "limb_hurt": (
        "崴了 崴到 崴着 崴伤 戳了手指 手指戳了 戳到手指 戳伤了 手指被戳 杵了手指 手指杵了 戳了一下手指",
        "rolled (?:his |her |my |the )?(?:(?:l|r|left|right|lt|rt) )?ankle; went over on (?:his |her |my |the )?(?:(?:l|r|left|right|lt|rt) )?(?:ankle|foot); "
        "(?:hurt|injured|jammed|jarred|stubbed|bent back) (?:his |her |my |the |a )?(?:(?:l|r|left|right|lt|rt|index|middle|ring|little|pinky) )?(?:finger|thumb|toe|wrist|ankle|foot|shoulder|elbow|hand); "
        "(?:in|during) a tackle; tackled; (?:arm|shoulder) (?:got |was )?(?:pulled|yanked|wrenched|forced) back",
    ),
    "assault": (
        "挨了一脚 挨了一拳 挨了一巴掌 挨打 挨揍 被打了 被人打 被揍 打架 打了一架 被人踢 被踢了 挨踢 被胳膊肘撞 胳膊肘撞了 被肘击",
        "punched (?:in|on) the; (?:got|was|been|being) (?:punched|kicked|elbowed|headbutted|head-butted|assaulted|beaten up); elbowed (?:in|on) the; kicked (?:in|on) the (?:face|head|jaw|eye|nose|mouth|cheek|chin); "
        "(?:hit|struck) (?:in|on) the (?:face|jaw|chin|cheek|mouth); in a fight; assaulted",
    ),
    # NICE CKS Achilles tendinopathy (2020) §rupture: a gap in the tendon, or feeling kicked in
    # the back of the heel with no one there: same-day orthopaedic referral.
    "achilles_rupture": (
        "跟腱断了 跟腱断裂 跟腱撕裂 跟腱断开 跟腱拉断 跟腱断 有人从后面踢了脚后跟 从后面踢了脚后跟一下 踮不起脚 捏小腿肚脚不动 捏小腿肚子脚不动",
        "achilles (?:tendon )?(?:rupture\\w*|snapped|torn|tear|has gone|went|gone); ruptured (?:his |her |my |the )?achilles; "
        "gap (?:in|above|at|along) (?:the |his |her |my )?(?:achilles|heel (?:cord|tendon)|tendon above the heel); "
        "(?:felt|feels|feeling) (?:like|as if|as though) (?:someone|somebody|something) (?:had )?(?:kicked|hit|struck|shot) (?:him |her |me )?(?:in )?(?:the )?(?:back of (?:the |his |her |my )?)?(?:heel|ankle|calf|lower leg)",
    ),
    # ENT UK nasal injury guidance / NICE CKS: a septal haematoma (both sides blocked, a soft
    # swelling of the septum after a blow to the nose) needs same-day ENT drainage.
    "septal_haematoma": (
        "鼻中隔血肿 鼻中隔肿 鼻中隔鼓 鼻子里面软软的肿起来 鼻子里面肿起来 隔板两边鼓起来 中间隔板两边鼓起来 鼻中隔两边鼓起来",
        "septal ha?ematoma; septum (?:is |looks )?(?:swollen|bulging|boggy); (?:red )?swollen lump inside (?:the nose|when we look up); (?:bulge|bulging|swelling|lump)s? (?:on|of|in) (?:both sides of )?(?:the |his |her )?(?:nasal )?septum",
    ),
    "nasal_bulge": (
        "鼻子中间鼓包 鼻子中间鼓起来",
        "(?:bulge|bulging|swelling|lump)s?[\\w ,]{0,30}?(?:middle (?:part|bit|wall|partition)|middle of (?:the |his |her )?nose)",
    ),
    "nose_injury": (
        "撞了鼻子 撞到鼻子 撞着鼻子 鼻子被撞 鼻子被打 鼻子挨了 打到鼻子 砸到鼻子 砸了鼻子 鼻子被砸 鼻骨骨折 鼻梁骨折 鼻梁断了",
        "(?:hit|punched|struck|smacked|elbowed|kicked|bashed|banged|headbutted) (?:\\w+ )?(?:in|on) (?:the |his |her |my )?nose; (?:broken|fractured|injured) nose; nasal (?:fracture|injury|trauma)",
    ),
    # BAOMS / NHS: a jaw dislocated open (the mouth stuck open after a yawn) needs reduction
    # the same day; it is no stroke.
    "jaw_dislocation": (
        "下巴掉了 下巴脱了 下巴脱臼 下巴脱位 下颌关节脱位 颞下颌关节脱位 下颌脱位 下颌脱臼",
        "mouth (?:is |got |was |has been |been )?(?:stuck|locked|jammed) (?:wide )?open; (?:can'?t|cannot|unable to|could not|couldn'?t|won'?t) (?:shut|close) (?:his |her |my |the |their )?mouth; "
        "jaw (?:is |got |was )?(?:stuck|locked|jammed) open; dislocated (?:his |her |my |the )?jaw; jaw (?:has )?(?:dislocated|popped out|come out|slipped out)",
    ),
    # BAOMS: teeth that no longer meet after a blow (a mandibular fracture): same-day
    # maxillofacial referral.
    "malocclusion": (
        "咬不到一块 咬不到一起 咬合不上 牙咬不上 牙对不上 上下牙对不上 上下牙对不齐 牙齿对不齐 牙齿对不上 咬合不对 咬合错乱 下颌骨骨折 下巴骨折 下巴骨头断了",
        "teeth (?:don'?t|dont|do not|won'?t|wont|no longer|aren'?t|are not|not) (?:meet|meeting|fit|fitting|line up|lining up|come together|coming together|bite together|close together)(?: properly| right)?; "
        "bite (?:feels |is |seems )?(?:off|wrong|not right|different)(?![a-z]); (?:broken|fractured) (?:jaw|mandible); (?:jaw|mandible) (?:is |looks )?(?:broken|fractured)",
    ),
    # RCOphth / BAOMS orbital floor (blow-out) fracture: double vision looking up or down, an eye
    # that cannot look up, a numb cheek after a blow to the eye.
    "gaze_diplopia": (
        "往上看重影 往上看有重影 往上看是双的 往下看重影 往下看有重影 向上看重影 向上看有重影",
        "(?:sees?|seeing|saw) double (?:when|if|on) (?:he |she |i |they )?(?:looks?|looking) (?:up|down|upwards?|downwards?); "
        "double vision (?:when|on|if) (?:he |she |i |they )?(?:looks?|looking) (?:up|down|upwards?|downwards?)",
    ),
    "restricted_upgaze": (
        "往上看不了 向上看不了 眼睛往上转不动 眼球往上转不动 眼珠往上转不动 往上转不了 眼睛抬不上去 眼球上转受限",
        "(?:can'?t|cannot|unable to|won'?t|couldn'?t|could not) (?:look|move (?:the |his |her |that |this )?eye|turn (?:the |his |her |that )?eye) (?:up|upwards?)(?![a-z]); "
        "eye (?:won'?t|doesn'?t|does not|can'?t|cannot) (?:move|go|turn|look) (?:up|upwards?)(?![a-z])",
    ),
    "cheek_numb": (
        "脸颊发麻 脸颊麻 脸蛋发麻 颧骨那发麻 颧骨那里麻",
        "cheek[\\w ]{0,30}?(?:feels?|is|are|went|gone|has gone|feel) numb; numb(?:ness)? (?:of|over|on|in) (?:the |his |her |my )?(?:(?:l|r|left|right) )?cheek",
    ),
    # NICE NG39 (2016) / RCEM chest wall trauma: rib fractures (broken ribs, or ribs tender
    # after a blow) and a flail segment.
    "rib_fracture": (
        "肋骨骨折 肋骨断了 肋骨断 肋骨裂了 肋骨裂 肋骨骨裂",
        "(?:broken|cracked|fractured) ribs?; rib (?:fractures?|injur\\w*)",
    ),
    "rib_pain": (
        "肋骨疼 肋骨痛 肋骨压痛 肋骨按着疼 肋骨按着痛 肋骨那疼 肋骨那痛 肋条骨疼 肋巴骨疼 肋条疼 胸廓挤压痛 胸壁压痛",
        "(?:tender|tenderness|pain|sore|painful|hurts?|bruised) (?:\\w+ ){0,4}?(?:over|on|in|at|along|of) (?:\\w+ ){0,4}?ribs?(?! (?:are|were|sucking|pulling|drawing|sinking|showing))(?![a-z]); "
        "(?:pain|tender\\w*|sore) (?:(?:l|r|left|right|lt|rt) )?(?:lower |upper |side )?ribs(?![a-z]); ribs? (?:feel |feels |are |is )?(?:crunchy|grating|clicking); (?:bruised|sore|painful|tender) ribs?(?![a-z])",
    ),
    "flail_chest": (
        "连枷胸 反常呼吸 胸壁反常运动",
        "flail (?:chest|segment); paradoxical (?:breathing|movement|chest)",
    ),
    # NICE NG38 / BESS-BOA: a shoulder squared off after a fall or tackle, the arm held away
    # from the body, is an anterior dislocation: reduction and X-ray the same day.
    "shoulder_dislocation_sign": (
        "肩膀方了 肩膀变方了 肩膀塌下去了 肩膀塌了 肩膀一下子塌下去了 肩头方方的 肩膀方方的",
        "shoulder (?:looks |is |appears |looking |has gone )?(?:squared(?:[- ]off)?|square|flat(?:tened)?|angular)(?: off)?(?![a-z]); squared[- ]off (?:shoulder|look|appearance); "
        "holding (?:his |her |the )?(?:(?:l|r|left|right) )?arm (?:out )?(?:away )?from (?:his |her |the )?(?:body|side)",
    ),
    # A helmet not worn, a context that ends the denial before it (没戴头盔 头侧面磕地上).
    "no_helmet": (
        "没戴头盔 没带头盔 没有戴头盔 没戴安全帽 没戴帽子",
        "no helmet; (?:wasn'?t|was not|not|without) (?:wearing )?(?:a |his |her )?helmet",
    ),
    # RCOphth 2022: eye surgery or an injection into the eye in the last weeks (endophthalmitis risk).
    "eye_surgery": (
        "白内障手术 白内障术后 眼科手术 眼睛手术 眼睛做了手术 玻璃体注射 眼内注射 眼底注射 青光眼手术 视网膜手术",
        "cataract (?:surgery|op(?:eration)?|removed)(?! in \\d{4})(?! years? ago); (?:eye|intravitreal) (?:surgery|op(?:eration)?|injection)s?; (?:after|post)[- ]op(?:erative)? eye; vitrectomy; trabeculectomy",
    ),
    # RCOphth 2022: a level of white pus in the front of the eye (hypopyon).
    "hypopyon": (
        "前房积脓 黑眼珠下面好像有一层白的东西 黑眼珠下面有一层白的 黑眼珠下面有白色 眼睛里有一层白的 黑眼珠下方有白色",
        "hypopyon; (?:white|yellow|creamy) (?:level|layer|fluid|pus) (?:in|at) (?:the )?(?:bottom|front) of (?:the )?(?:eye|iris|cornea)",
    ),
    # DAS 2022 neck haematoma after thyroid surgery: a neck swelling that grows.
    "neck_swelling_growing": (
        "脖子越来越鼓 脖子越来越肿 脖子鼓起来了 脖子肿起来了 脖子越肿越大 刀口下面鼓起来 刀口下面脖子越来越鼓 刀口周围鼓起来 刀口越来越鼓 颈部肿胀加重 颈部进行性肿胀 脖子一下子肿起来",
        "neck (?:\\w+ ){0,2}(?:swelling|swollen|bulging|puffing) (?:up )?(?:more|getting bigger|growing|fast|quickly)?; (?:swelling|lump) (?:in|of|under|around) (?:the )?(?:neck|wound|scar) (?:is )?(?:getting bigger|growing|increasing|spreading); neck (?:getting|is getting|looks) (?:bigger|fatter|more swollen)",
    ),
    # WHO IPCS: pufferfish (河鲀) carries tetrodotoxin.
    "pufferfish": (
        "河豚 河鲀 气泡鱼 鸡抱鱼 吹肚鱼 鼓成一个球 鼓成球 鼓起来像个球 肚子鼓得像球",
        "puffer ?fish; blow ?fish; fugu; (?:blew|blows|puffed|puffs|swelled|swells) up (?:round |big )?(?:like|into) a (?:ball|balloon)",
    ),
    # JBDS-IP 2023: a blood ketone measured below 1.5 (below 0.6 normal; 0.6-1.4 sick-day rules) is not ketoacidosis.
    "ketones_low": (
        "",
        "(?:blood )?ketones? (?:of |at |was |is |are |reading )?(?:0(?:\\.\\d+)?|1(?:\\.[0-4]\\d*)?)(?: ?mmol\\w*)?(?![\\d.])",
    ),
    # BSR 2017/2019 biologic and JAK-inhibitor guidelines: medicines that blunt the defences against infection.
    "immunomodulator": (
        "阿达木单抗 英夫利昔单抗 依那西普 戈利木单抗 赛妥珠单抗 托法替布 托法替尼 巴瑞替尼 乌帕替尼 司库奇尤单抗 乌司奴单抗 利妥昔单抗 托珠单抗 生物制剂 jak抑制剂",
        "adalimumab; humira; infliximab; etanercept; golimumab; certolizumab; tofacitinib; baricitinib; upadacitinib; filgotinib; jak inhibitors?; anti-?tnf; tnf (?:inhibitor|blocker)s?; ustekinumab; secukinumab; rituximab; tocilizumab; (?:on|takes?|taking) (?:a )?biologics?",
    ),
    # A needle biopsy (prostate, liver, kidney, breast): an invasive procedure (NICE NG51).
    "biopsy": (
        "穿刺活检 活检后 做了活检 穿刺后",
        "(?:prostate|liver|kidney|renal|breast|trus|transrectal|needle) biopsy; biopsy (?:\\d+|a few|two|three) (?:days?|wks?|weeks?) ago",
    ),
    # NPIS/RCEM 2022: a button (coin) battery swallowed or in the nose or ear burns through tissue within hours.
    "button_battery": (
        "纽扣电池 扣式电池 扣子电池 圆的扁电池 扁电池 小圆电池 手表电池 遥控器电池 遥控器里的电池 圆形电池 扁圆电池 扁的圆电池",
        "button batter(?:y|ies); button cells?; coin cells?; coin batter(?:y|ies); (?:small |tiny )?(?:flat )?(?:round )?(?:silver )?(?:flat |round )(?:silver )?batter(?:y|ies); lithium (?:coin )?cells?; watch batter(?:y|ies); (?:remote|key fob|hearing aid|calculator) batter(?:y|ies); (?:(?:button|coin|flat|round|small|tiny|silver|watch|remote) )+batter(?:y|ies) (?:is |was |are |were )?(?:gone|missing)",
    ),
    # A cylindrical battery (AA, AAA) swallowed: an X-ray the same day.
    "battery_other": (
        "吞了电池 吞了一节电池 电池吞了 电池吞下去 把电池吞 电池不见了 少了一节电池 电池吃了 吃了电池 电池放嘴里 电池含在嘴里",
        "(?:swallowed|ate|chewing|chewed|sucking)(?: \\w+){0,3} batter(?:y|ies); batter(?:y|ies)(?: \\w+){0,6} (?:is |was |are |were )?(?:gone|missing|swallowed); batter(?:y|ies) in (?:his|her|their) mouth",
    ),
    # NASPGHAN 2015 / RCEM: swallowed magnets; more than one can pinch the bowel between them.
    "magnet": (
        "磁力珠 磁珠 小磁铁 磁铁 吸铁石 巴克球 冰箱贴后面的磁铁",
        "magnets?(?! therapy); magnetic (?:balls|beads|toys?); buckyballs; neodymium",
    ),
    # More than one object swallowed (好几颗, 'a few').
    "several_objects": (
        "好几颗 几颗 两颗 三颗 两三颗 好几粒",
        "(?:a few|several|two|three|four|five|some|couple of|a handful of|\\d+)(?= (?:of )?(?:(?:those|the|his|her) )?(?:tiny |small |little )*(?:silver )?(?:magnet\\w*|magnetic balls|balls|beads))",
    ),
    # ESGE 2016: unable to swallow saliva means the gullet is blocked (emergency endoscopy).
    "cannot_swallow_saliva": (
        "口水都咽不下 口水咽不下 口水咽不下去 一直往外吐口水 往外吐口水 口水都咽不下去 唾液咽不下",
        "can'?t (?:even )?(?:swallow|get down) (?:his |her |their )?(?:own )?(?:saliva|spit); spitting (?:out )?(?:his |her |their )?(?:saliva|spit); can'?t (?:get|keep) (?:even )?water down; (?:can'?t|cannot|unable to) swallow anything",
    ),
    # ESGE 2016: a sharp-pointed object swallowed (bone, toothpick, pin, wire) can pierce the gut.
    "sharp_swallowed": (
        "鱼刺 鱼骨头 鱼骨 鸡骨头 骨头渣 牙签 别针 安全别针 牙套钢丝 刀片 缝衣针 大头针 卡了根刺 卡了根鱼刺 卡了刺 鱼卡了",
        "fish ?bones?; chicken bones?; toothpicks?; (?:open )?safety pins?; brace wire; piece of (?:his |her )?brace(?:s)? wire; razor blades?; sewing needles?; drawing pins?",
    ),
    # ESGE 2016: a denture swallowed, often with wire clasps.
    "denture": (
        "假牙不见了 找不到她的假牙 找不到他的假牙 找不到假牙 假牙找不到 吞了假牙 假牙吞了 假牙吞下去 假牙咽下去 假牙咽了 牙冠掉了 假牙上一颗牙冠掉了 牙冠咽下去",
        "dentures?(?: \\w+){0,6} (?:is |was |are |were |has gone )?(?:missing|gone|swallowed|lost); (?:swallowed|swallow) (?:his |her |a |the |their )?(?:\\w+ ){0,2}(?:dentures?|plate); (?:plate|denture) with (?:[\\w-]+ ){0,6}?(?:is |was )?(?:missing|gone)",
    ),
    # NPIS / 急性中毒诊断与治疗中国专家共识: corrosives (drain cleaner, caustic soda, strong acids).
    "caustic": (
        "通下水道的 通下水道 管道疏通剂 疏通剂 洁厕灵 洁厕剂 烧碱 火碱 强碱 强酸 硫酸 盐酸 除垢剂 管道通",
        "drain (?:cleaner|unblocker|opener); pipe unblocker; caustic soda; oven cleaner; lye; descaler; toilet cleaner; sulph?uric acid; hydrochloric acid",
    ),
    # A battery found, or every battery accounted for: none swallowed.
    "~button_battery": (
        "电池找到了 找到电池了 找到了那颗电池 电池都在 电池一个不少",
        "batteries (?:are )?all there; all (?:the )?batteries (?:are )?(?:there|accounted for); (?:now |has |have |she'?s |he'?s )?found (?:it|the (?:little |small |round |missing )*battery)(?! in (?:his|her) (?:mouth|nose|ear))",
    ),
    # An object stuck in the rectum: same-day surgical removal (perforation risk).
    "rectal_foreign_body": (
        "肛门里有个东西 肛门里塞了 塞进肛门 塞到肛门 直肠异物 肛门里的东西取不出来",
        "(?:\\w+ )?(?:stuck|lost|left) (?:in|up) (?:the |his |her )?(?:back passage|rectum|bottom|anus)",
    ),
    # Parkinson's disease (its medicines stopped suddenly: parkinsonism-hyperpyrexia).
    "parkinsons": (
        "帕金森 帕金森病 帕金森氏病",
        "parkinson'?s(?: disease)?; parkinsonism",
    ),
    # A person who 'never gets headaches': a new headache is more worrying (NICE CKS Headache assessment); the words do not deny today's headache.
    "no_headache_history": (
        "从来不头痛 从来不头疼 平时从不头疼 平时从不头痛 以前从没头痛过 以前从没头疼过 平时不头疼",
        "never (?:gets|had|has|suffers? from|gets any|had any) (?:a )?headaches?",
    ),
    # NICE NG194: a newborn's first stools (black-green meconium) in the first days of life.
    "meconium": (
        "胎便 出生第一天拉的黑便 刚出生拉的黑便",
        "meconium; (?:passed )?(?:black |dark |sticky )*(?:poos?|stools?) (?:on )?(?:day 1|day one|the first day|first day|at birth)",
    ),
    # An object told as swallowed or put in the mouth (so that a battery or magnet named in an adult's message is one taken in).
    "swallowed_object": (
        "吞了 吞下去 误吞 咽下去了 吃进去了 放进嘴里 含在嘴里 塞嘴里",
        "swallow(?:ed|s)?(?![a-z]); put (?:it|one|them) in (?:his|her|their|my) mouth",
    ),
    # BSSH hand infection guidance (Kanavel's signs): a finger swollen along its length like a
    # sausage, held bent, and hurting when straightened is an infected flexor tendon sheath.
    "flexor_sheath_signs": (
        "肿得像根香肠 肿得像香肠 肿成香肠 像根香肠 像个香肠 一掰直就疼 掰直就疼 一伸直就疼 伸直就疼得厉害 一拉直就疼",
        "(?:swollen )?like a sausage; sausage[- ](?:like|shaped) (?:finger|thumb|digit); "
        "(?:pain|hurts|agony|screams?) (?:when|if|on) (?:we |you |i |he |she )?(?:try to |tries to )?(?:straighten|extend)\\w*",
    ),    # NICE CKS Retinal detachment (2022) and RCOphth: part of the sight of an eye gone dark or
    # missing: a retinal detachment or a vascular occlusion, seen today (a curtain or shadow
    # over it, with floaters or flashes, is floaters_flashes).
    "visual_field_loss": (
        "眼下半边黑 眼上半边黑 下半边黑了一块 上半边黑了一块 眼睛黑了一块 看东西缺一块 看东西少了一块 半边看不见",
        "(?:top|bottom|lower|upper) half of (?:his |her |the )?(?:vision|sight) (?:is |has )?(?:gone|dark|missing|black|blacked out); dark patch (?:in|over) (?:his |her |the )?(?:vision|sight); part of (?:his |her |the )?(?:vision|sight) (?:is |has )?(?:gone|missing|dark)",
    ),
    # RCUK PLS 2021: a pulse too fast to count (a child's SVT, a fast arrhythmia).
    "hr_uncountable": (
        "快得数不过来 快得数不清 快得数都数不过来 心跳数不过来 心跳数不清 脉搏数不清 快得摸不清 心跳快得数不过来 心跳快得数不清 心跳快得数都数不过来",
        "(?:heart ?beat|heart ?rate|pulse|hr)[^.]{0,20}?too fast to count; too fast to count",
    ),
    # NICE CG143 (2012) Sickle cell disease: acute painful episode; BSH 2011: hyposplenism.
    "sickle_cell": (
        "镰状细胞 镰刀型细胞 镰状细胞病 镰状细胞贫血 镰刀型贫血",
        "sickle[- ]cell(?: disease| anaemia| anemia| crisis)?; hb ?ss(?![a-z])",
    ),
    # NICE NG151 neutropenic sepsis: the risk follows anticancer treatment in the last weeks; a
    # course that ended years ago leaves no neutropenia (a cancer survivor's cold is a cold).
    "chemo_years_ago": (
        "化疗做完好几年了 化疗结束好几年了 化疗结束好几年 几年前做过化疗 几年前化疗过 多年前化疗过 多年前做过化疗",
        "(?:had )?(?:chemo|chemotherapy|radiotherapy)(?: for [\\w' ]{1,20})?,? (?:finished|completed|ended) (?:\\d+|a|one|two|three|four|five|several|many) (?:years?|yrs?) ago",
    ),
    # A carbon monoxide alarm or detector named (has none, wants one) is not a poisoning.
    "co_alarm": (
        "一氧化碳报警器 煤气报警器",
        "(?:co|carbon monoxide) (?:alarm|detector|monitor)s?",
    ),
    # Names with "fever" in them that say nothing of a temperature now: hay fever (allergic
    # rhinitis), a yellow fever jab asked about before travel.
    "fever_in_a_name": (
        "花粉热 黄热病疫苗",
        "hay ?fever; yellow fever(?: (?:jab|vaccine|vaccination|shot|injection|certificate|card)s?)?",
    ),
    # BASHH anogenital herpes (2014): painful blisters or sores on the genitals, the first time,
    # are treated with an antiviral within 5 days; in late pregnancy the baby is at risk.
    "genital_blisters": (
        "生殖器疱疹 外阴疱疹 阴部疱疹",
        "genital (?:herpes|blisters|ulcers|sores); (?:blisters|ulcers|sores)[^.]{0,30}?(?:down below|on (?:her |his |the )?(?:vulva|labia|penis|genitals|foreskin))",
    ),
}
# fmt: on

# Concepts that are background conditions or exposures rather than the current complaint.
CONDITIONS = frozenset(
    [
        "asthma",
        "copd",
        "heart_disease",
        "hypertension",
        "diabetes",
        "smoker",
        "anticoagulant",
        "immunosuppressed",
        "cancer",
        "epilepsy",
        "pregnant",
        "postpartum",
        "vte_risk",
        "drug_taken",
        "transplant",
        "myasthenia",
        "lasting_speech_cause",
        "bleeding_disorder",
        "asplenia",
        "sickle_cell",
        "fava_g6pd",
        "prosthetic_valve",
        "cardiac_device",
        "down_syndrome",
        "heavy_drinker",
        "tripterygium",
        "hepatotoxic_herb",
        "aristolochic_herb",
        "metformin",
        "sglt2",
        "lupus",
        "clozapine",
        "lithium",
        "nsaid",
        "diuretic",
        "ckd",
        "benzodiazepine",
        "epilepsy",
        "fava_g6pd",
        "tb_treatment",
        "ethambutol",
        "cirrhosis",
        "intrauterine_confirmed",
        "solitary_kidney",
        "paracetamol",
        "combined_paracetamol",
        "p2y12_inhibitor",
        "opioid",
    ]
)
QUALIFIERS = frozenset(c for c in CONCEPTS if c.startswith("q_"))

# A specific concept also asserts a general one (present or uncertain, never absence).
IMPLIES: dict[str, tuple[str, ...]] = {
    "urinary_told": ("urinary_symptoms",),
    "rash_dusky_centre": ("rash",),
    "pustular_rash": ("rash",),
    "orthostatic_symptom": ("dizziness",),
    "ethambutol": ("tb_treatment",),
    "influenza": ("common_cold",),
    "bloody_diarrhoea": ("bloody_stool", "diarrhoea"),
    "projectile_vomiting": ("repeated_vomiting", "vomiting"),
    "ascending_weakness": ("leg_weakness",),
    "lithium_high": ("lithium",),
    "methotrexate_daily": ("methotrexate",),
    "grip_marks": ("bruise",),
    "spreading_redness": ("wound_infection", "q_worsening"),
    "vaccinated": ("given_at_clinic",),
    "thunderclap_headache": ("headache",),
    "hyphaema": ("eye_injury",),
    "low_toxicity_medicine": ("took_tablets",),
    "heavy_proteinuria": ("frothy_urine",),
    "sulfonylurea": ("glucose_lowering_drug",),
    "colour_desaturation": ("vision_disturbance",),
    "carpopedal_spasm": ("muscle_cramp",),
    "crescendo_angina": ("chest_pain",),
    "epigastric_pain": ("abdominal_pain",),
    "ruq_pain": ("abdominal_pain",),
    "rlq_pain": ("abdominal_pain",),
    "repeated_vomiting": ("vomiting",),
    "nosebleed_persistent": ("nosebleed",),
    "posterior_epistaxis": ("nosebleed_persistent",),
    "renal_colic": ("flank_pain",),
    "visual_field_loss": ("vision_disturbance",),
    "loc_after_injury": ("syncope",),
    "skin_blistering_widespread": ("rash",),
    "vomit_everything": ("vomiting", "repeated_vomiting"),
    "severe_dyspnoea": ("dyspnoea",),
    "haematemesis": ("vomiting",),
    "heavy_bleeding": ("bleeding",),
    "heavier_than_period": ("heavy_bleeding", "bleeding"),
    "paracetamol_too_often": ("paracetamol", "dose_too_often"),
    "suicide_attempt": ("suicidal_intent",),
    "lightning": ("electrical_injury",),
    "open_globe": ("penetrating_eye",),
    "croup": ("cough",),
    "blood_from_mouth": ("bleeding",),
    "breast_abscess": ("breast_lump", "fluctuant"),
    "positive_pregnancy_test": ("pregnant",),
    "absent_fetal_movement": ("reduced_fetal_movement", "pregnant"),
    "mi_suspected": ("chest_pain",),
    "cannot_swallow_saliva": ("drooling", "unable_to_drink"),
    "pleuritic": ("chest_pain",),
    "uti_confirmed": ("urinary_symptoms",),
    "lymphangitis": ("wound_infection", "q_worsening"),
    "st_elevation": ("mi_suspected",),
    "pesticide": ("poisoning",),
    "gastroenteritis": ("diarrhoea", "vomiting"),
    "period_pain": ("abdominal_pain",),
    "jaundice_severe": ("jaundice",),
    "diplopia": ("vision_disturbance",),
    "red_painful_eye": ("red_eye", "eye_pain"),
    "halos": ("vision_disturbance",),
    "vertigo": ("dizziness",),
    "reduced_fetal_movement": ("pregnant",),
    "skin_pinch_very_slow": ("skin_pinch_slow",),
    "zoster_eye": ("shingles",),
    "penetrating_eye": ("eye_injury",),
    "chemical_eye": ("eye_injury",),
    "open_fracture": ("fracture", "deep_wound"),
    "hand_foot_rash": ("rash",),
    "rash_generalised": ("rash",),
    "medicine_amount": ("medicine_access",),
    "massive_haemoptysis": ("haemoptysis",),
    "line_problem": ("venous_line",),
    "rash_widespread": ("rash",),
    "bilious_vomiting": ("vomiting",),
    "cast": ("vte_risk",),
    "asthma_flare": ("asthma",),
    "contractions_irregular": ("contractions",),
    "command_hallucination_violence": ("psychosis", "violence_risk"),
    "bilateral_foot_oedema": ("oedema",),
    "faeculent_vomiting": ("vomiting",),
    "icd_shock_repeated": ("icd_shock",),
    "device_problem": ("cardiac_device",),
    "itch_generalised": ("itch",),
    "bilateral_sciatica": ("back_pain",),
    "heavy_period": ("vaginal_bleeding",),
    "seizure_long": ("seizure",),
    "amputation": ("major_trauma",),
    "penetrating_trauma": ("major_trauma",),
    "tripterygium": ("toxic_herb",),
}

# Chinese surface forms that need a pattern rather than a literal (combinations of side, limb
# and deficit for stroke; a counted number of tablets for overdose).
_SIDES = "(?:左|右|左边|右边|左侧|右侧|一侧|一边|半边|单侧)"
_LIMBS = "(?:胳膊腿|胳膊|手脚|手臂|上肢|下肢|肢体|身子|身体|手|腿|脚)"
_DEFICITS = (
    "(?:没劲|没力气|没力|无力|发麻|麻木|麻|不能动|动不了|抬不起来|不听使唤|不灵活|活动不利|没知觉"
    "|不好使|不管用|使不上劲|不得劲|发木|拿不住|握不住|拿不稳|垂着不动|耷拉着不动)"
)
ZH_PATTERNS: list[tuple[str, str]] = [
    # GBS (NICE CKS 2023): weak legs, then weak hands, after an infection
    (
        "ascending_weakness",
        "(?:腿软|腿没劲|腿没力|下肢无力|脚底发麻)[^。]{0,30}?(?:手也没劲|手也没力|手也没劲了|胳膊也没劲|手也麻)",
    ),
    ("alcohol", "喝了(?:不少|很多|好多|几杯|一瓶|半瓶|二两|半斤)?(?:白酒|啤酒|米酒|黄酒|酒)"),
    ("unilateral_weakness", _SIDES + _LIMBS + "(?:都|也|有点|突然|忽然|一下子|就|还)*" + _DEFICITS),
    (
        "face_droop",
        _SIDES + "(?:脸|面部|嘴角|口角|脸部)(?:有点|也|突然)?(?:发麻|麻木|麻|歪|下垂|耷拉)",
    ),
    # BE-FAST speech (AHA/ASA 2019; 中国卒中指南2023) with filler words: 话也说不利索, 说话有点不清.
    (
        "speech_disturbance",
        "(?<!电)(?:说话|讲话|话)(?:也|都|还|有点儿?|有些|突然|一下子|忽然|说得?|讲得?)*(?:不清楚?|不利索|含糊|不灵|不清晰|不连贯)",
    ),
    (
        "overdose",
        r"(?:吞|吃|服|喝)了?\s*(?:差不多|大概|大约|约|将近|快|有|足足)?\s*(?:\d{2,}\s*(?:片|粒|颗)|\d+\s*瓶)",
    ),
    ("took_tablets", r"(?:吞|吃|服|喝)了?\s*[1-9]\s*(?:片|粒|颗)"),
    ("jaundice", "(?:皮肤|脸|眼睛|眼白|全身|身上)(?:已经|有点|明显|都)*(?:发黄|黄染|黄了)"),
    (
        "jaundice",
        "(?:宝宝|孩子|娃娃?|婴儿|新生儿|小孩|全身|身上|皮肤|脸)(?:看着|看起来|现在|还是|已经)?(?:很|特别|挺|越来越|好)?黄(?:得厉害|得很|得吓人|得发亮|得发橙)"
        "|(?:宝宝|孩子|娃娃?|婴儿|新生儿)(?:看着|看起来|现在)?(?:很|特别|挺|越来越)黄",
    ),
    # ... or with the baby as the unstated subject of the clause (出生2天，黄得厉害).
    ("jaundice", "(?:^|(?<=[，,。；;\\s]))(?:人|全身)?(?:很|特别|越来越)?黄得(?:厉害|很|吓人)"),
    # NICE CKS shingles 2023: a zoster rash on the forehead, around the eye or on the nose tip
    # (ophthalmic division of the trigeminal nerve; Hutchinson's sign).
    (
        "zoster_eye",
        "(?:额头|前额|额部|眼睛|眼周|眼皮|眼睑|眼角|眼眶|眉毛|眉头|眉弓|鼻尖|鼻头|鼻梁)"
        "(?:上|周围|旁边|附近|边上|一圈|一带|和[^，。,.;；]{1,6}?)?(?:已经|也)?(?:起了?|长了?|出了?|冒了?|有|发了?)?"
        "(?:带状疱疹|疱疹|(?:一串|一簇|一片|一簇簇|成簇的?|簇状的?|成串的?|很多|一些|好多)(?:小)?(?:水疱|水泡))",
    ),
    (
        "zoster_eye",
        "(?:带状疱疹|(?:一串|一簇|成簇的?|成串的?|簇状的?)(?:小)?(?:水疱|水泡))(?:长在|在|位于|分布在|累及|波及|蔓延到|延伸到|到了|长到)"
        "(?:右侧|左侧|右边|左边|一侧|右|左)?(?:额头|前额|额部|眼睛|眼周|眼皮|眼睑|眼眶|眉毛|鼻尖|鼻头|鼻梁)",
    ),
    # RCOphth / NICE CKS eye trauma: a chemical in the eye is irrigated at once.
    (
        "chemical_eye",
        "(?:化学|石灰|碱|酸|消毒液|洁厕|漂白|农药|水泥|清洁剂|除垢剂|腐蚀)[^。，,;；]{0,6}?(?:溅|进|喷|弄)[^。，,;；]{0,3}?眼",
    ),
    (
        "chemical_eye",
        "眼睛?(?:里|内)?(?:溅|进|喷)(?:入|了|到|进)?[^。，,;；]{0,4}?(?:石灰|化学|碱|酸|消毒液|农药|水泥|洁厕)",
    ),
    ("hv_mechanism", "(?:敲打|敲|砸|锤|打磨|切割)(?:铁|钢|金属|钉子|石头|铁皮|钢筋)"),
    # NICE NG19 2019: a wound or ulcer on the foot of a person with diabetes.
    (
        "foot_ulcer",
        "(?:脚|足|脚趾|脚底|脚后跟|足底|足跟|脚背|脚掌|趾头)(?:上|底|部|面)?[^，。,.;；]{0,4}?(?:伤口|溃疡|溃烂|烂了|破溃|口子|疮)",
    ),
    (
        "gangrene",
        "(?:脚趾|脚|足|趾头|脚指头|伤口|溃疡)(?:头)?(?:周围|边上|四周|附近|边缘)?(?:的皮肤?|的肉|皮肤)?(?:已经|有点|都|也|开始)?(?:发黑|变黑|黑了|坏死)",
    ),
    # NICE NG38 2016: a limb that looks deformed after an injury.
    (
        "fracture",
        "(?:胳膊|手臂|手腕|腕部|腿|小腿|大腿|脚踝|踝关节|手指|脚|前臂|上臂|肩膀|肘|膝盖|锁骨)(?:明显|有点|都|已经)?"
        "(?:变形|畸形|弯了|歪了|成角|肿得变形)",
    ),
    # Words between the parts of a fixed form (疝气鼓出来回不去, 吐的是鲜红的血, 拉的屎是黑色的):
    # short gaps within one clause, never across a negation.
    # HerniaSurge 2018: a hernia (小肠气 in everyday words) that will not go back.
    (
        "incarcerated_hernia",
        "(?:疝气?|小肠气|包块|鼓包|肿块)(?:(?![没不能可])[^，。,.;；]){0,8}?"
        "(?:回不去|推不回|推不上去|推不进去|塞不回|缩不回|按不回|揉不回|还不回|回不到)",
    ),
    ("incarcerated_hernia", "小肠气(?:(?![没不])[^，。,.;；]){0,4}?(?:卡住|嵌顿|硬邦邦)"),
    # NICE CG141 2012: blood vomited (吐的是鲜红的血, 吐出来的都是血) or black stool (拉的屎是黑色的).
    (
        "haematemesis",
        "吐(?:了|的|出来的|出来|出)(?:(?![没无不痰])[^，。,.;；]){0,6}?血(?![压糖氧])",
    ),
    (
        "melaena",
        "(?:大便|(?<![眼鼻耳])屎|粑粑|便便)(?:(?![没无不])[^，。,.;；]){0,3}?(?:是|呈|都是|都|有点|颜色)?"
        "(?:黑色|黑的|黑乎乎|乌黑|发黑|黑黑的|像柏油|柏油样|柏油色)",
    ),
    ("melaena", "黑色的?(?:大便|稀便|便|屎)"),
    # BSG 2019: blood passed rectally in quantity (拉了好多血, 马桶里一滩血).
    ("bloody_stool", "(?:拉|便|解)(?:了|出)(?:(?![没无不尿小])[^，。,.;；]){0,4}?血"),
    ("bloody_stool", "马桶(?:里|上)?(?:(?![没无不])[^，。,.;；]){0,6}?血"),
    # WSES 2020: a board-like, guarded abdomen.
    (
        "peritonism",
        "(?:肚子|腹部|肚皮|小腹|全腹)(?:(?![没不])[^，。,.;；]){0,6}?(?:像木板|木板一样|硬得像木板|硬邦邦|梆硬|硬得像石头)",
    ),
    (
        "peritonism",
        "(?:肚子|腹部|肚皮)(?:[^，。,.;；]){0,3}?(?:碰|按|摸)(?:都|也|一下都)不让(?:碰|按|摸)?",
    ),
    # NICE NG39 2016 §1.2 / WHO BEC 2018: bleeding that pressure does not control.
    (
        "heavy_bleeding",
        "(?:按|压|捂)(?:住|着|了)?(?:[^，。,.;；]){0,6}?(?:还|仍|仍然|依然|照样)(?:在|是)?(?:一直)?"
        "(?:冒血|冒(?![汗泡烟气])|流血|出血|往外冒|止不住)",
    ),
    (
        "heavy_bleeding",
        "血(?:一直|不停地?|哗哗地?|呼呼地?|直)?(?:往外|向外)?(?:冒|涌|喷|飙|窜)(?:出来|出|个不停|不停)",
    ),
    (
        "heavy_bleeding",
        "(?:流|出)(?:了)?(?:很多|好多|一大摊|一地|一大片|不少|大量|一大滩|满地)的?血",
    ),
    # NICE NG37 2016: an open fracture described (能看到骨头, 骨头都露出来了).
    ("open_fracture", "(?:看到|看见|看得见|看得到|露出|露出来)了?(?:白色的|白)?(?:骨头|骨)"),
    ("open_fracture", "骨头(?:都|也)?(?:看见|看得见|看到|露出来|露在外面|扎出来|戳出来|刺出来)"),
    # NICE NG41 2016 §1.1 / Canadian C-spine rule: a fall from 1 m or more, or from a ladder,
    # scaffold, roof, tree or building; a motorised vehicle crash.
    (
        "major_trauma",
        "从(?:[^，。,.;；床椅凳沙]){0,10}?(?:[一二两三四五六七八九十几\\d]+(?:多)?米|高处|楼(?!梯)|房顶|屋顶|房上|树上|梯子|架子|脚手架|墙上|崖|山上|坡上|车上)"
        "(?:[^，。,.;；]){0,6}?(?:摔|掉|跌|坠|滚|栽)(?:了)?下",
    ),
    (
        "major_trauma",
        "骑(?:[^，。,.;；]){0,4}?(?:摩托|电动车|电瓶车|三轮)(?:[^，。,.;；]){0,4}?(?:摔|翻|撞)",
    ),
    # GIRFT 2023 cauda equina: numbness of the saddle area in everyday words.
    (
        "saddle_anaesthesia",
        "(?:肛门|会阴|裆部?|鞍区|下身|屁股)(?:周围|那里|那块|附近|一圈|四周|部)(?:都|也|有点|有些)?"
        "(?:发麻|麻木|麻了|麻|没感觉|没有感觉|没知觉|发木|木了|感觉不到)",
    ),
    (
        "saddle_anaesthesia",
        "(?:肛门|会阴|裆部|鞍区)(?:都|也|有点|有些)?(?:发麻|麻木|没感觉|没有感觉|没知觉|发木)",
    ),
    # WHO snakebite 2016: local names of venomous snakes with a bite (烙铁头, 土球子, 七寸子).
    (
        "snake_bite",
        "(?:长虫|烙铁头|土球子|草上飞|七寸子|烂肚蛇|龟壳花|金环蛇|银环蛇|蝮蛇|尖吻蝮|矛头蝮|竹叶青|五步蛇|眼镜蛇|眼镜王蛇|海蛇|响尾蛇|毒蛇|蛇)"
        "(?:(?![没不未])[^，。,.;；]){0,3}?咬",
    ),
    # NICE NG37 2016: a pale, cold hand or foot beyond an injury.
    (
        "limb_ischaemia",
        "(?:手指头?|脚趾头?|指头|趾头|手掌|脚掌|(?<![手])脚|(?<![脚])手)(?:都|也|有点|有些)?(?:发凉|冰凉|发白|发紫|发青|冰冷)(?:发白|发凉|发紫|冰凉)?",
    ),
    # NICE NG158 2020: one leg thicker than the other (左腿比右腿粗了一圈).
    (
        "calf_swelling",
        "(?:左|右)(?:小)?腿比(?:右|左)(?:边|侧)?(?:的)?(?:小)?腿?(?:[^，。,.;；]){0,3}?(?:粗了|粗|肿)",
    ),
    ("calf_swelling", "(?:一条|一只|一侧|左|右)(?:小)?腿(?:肿|粗)(?:了)?一圈"),
    # NICE CKS Renal colic 2024: colicky loin pain, often so severe the person cannot lie still
    # (腰部一侧绞痛, 腰疼得打滚), told without the word stone.
    (
        "renal_colic",
        "(?:一侧|一边|左侧|右侧|左边|右边|左|右)?腰(?:部|眼|上|子|杆)?(?:一侧|一边|左侧|右侧|左边|右边)?(?:突然)?"
        "(?:一阵一阵(?:地|的)?|一阵阵|阵阵)?(?:绞痛|绞着疼|绞着痛|(?:疼|痛)得(?:直|满床|在床上|在地上)?打滚)",
    ),
    # NICE CKS Renal colic 2024: loin pain shooting to the groin.
    (
        "renal_colic",
        "腰(?:[^，。,.;；]){0,6}?(?:窜|放射|扯|串|传)(?:着|到|至|向)?(?:了)?(?:大腿根|腹股沟|会阴|小肚子|下腹|外阴|蛋|睾丸)",
    ),
    (
        "mucosal_erosion",
        "(?:嘴唇|口唇|嘴巴里?|嘴里面?|嘴里头|口腔里?|眼睛|外阴|龟头)(?:也|都|全|还|全都)?(?:溃烂|烂了|糜烂|破烂|烂掉)",
    ),
    # NICE NG141 2019: a large red area that is hot to the touch.
    (
        "wound_infection",
        "红(?:了|肿了?)?(?:一大片|一片|一大块)[，,]?(?:摸着|摸上去|摸起来)?(?:很|有点|发)?(?:烫|热)",
    ),
    (
        "nosebleed_persistent",
        "(?:流鼻血|鼻出血|鼻子出血|鼻子流血|鼻血)(?:(?![没不])[^，。,.;；]){0,8}?[，,]?(?:还是|还|仍然|一直)?(?:止不住|不止|停不下来|流个不停|一直流|还在流|按不住|压不住|捏不住)",
    ),
    # NICE NG232 2023 §1.2: a loss of consciousness at the time of an injury (当时晕了).
    (
        "loc_after_injury",
        "(?:当时|当场|撞完|摔完|摔了以后|撞了以后|撞了之后|摔了之后)(?:就|人)?(?:晕了|昏了)(?!过去|一下)",
    ),
    # A nail or a spike through the shoe into the sole (NICE CKS bites and puncture wounds:
    # deep, dirty, the tetanus jab and a foot infection to watch): 踩到木板上的钉子, 扎穿了鞋.
    ("deep_wound", "踩(?:到|了|在)[^，。,.;；]{0,6}?(?:钉子|铁钉|钢钉|铁丝|钉耙|铁叉)"),
    ("deep_wound", "(?:扎|戳|刺)(?:穿|透)(?:了)?[^，。,.;；]{0,4}?鞋"),
    (
        "deep_wound",
        "(?:锈?钉子|铁钉|钢钉|铁丝|钉耙|铁叉)[^，。,.;；]{0,3}?(?:扎|戳|刺)(?:进|入|穿|透)了?[^，。,.;；]{0,3}?(?:脚|手|腿|肉)",
    ),
    # 把一枚硬币吞下去了: the object before the verb.
    ("household_ingestion", "硬币(?:给)?(?:吞|咽|吃)(?:下去|进去|了)"),
    # Vomiting in the morning (早上吐, 起床就吐: raised pressure's), not sputum (早上吐痰).
    ("vomiting", "(?:早上|清早|一早|起床)(?:起来)?(?:就|都|老|总|会|还)?吐(?![痰口沫血])"),
    # Exertion told as no trouble (干活爬坡没事, 上坡走路没事): not exertional symptoms.
    (
        "~exertional",
        "(?:干活|爬坡|上坡|爬楼|上楼|走路|走远路|跑步|活动|下地)(?:[、,，和也]|走路|爬坡|上坡|爬楼|干活)*"
        "(?:都|也)?(?:没事|没问题|不疼|不痛|不闷|不喘|没感觉|好好的)",
    ),
    # Pain on pressing one spot or on turning (按着那一块就疼, 转身也疼); a deep breath's pain
    # is pleuritic (pericarditis, a clot) and not counted here.
    ("q_musculoskeletal", "按(?:着|住|压)?(?:那|这)一?块(?:就|也|会)?(?:疼|痛)"),
    ("q_musculoskeletal", "(?:转身|扭身|弯腰)(?:也|都|就)?(?:疼|痛)"),
    # Blisters on the tip of the nose (Hutchinson's sign: 鼻子尖上也冒了几个水泡).
    ("zoster_eye", "鼻(?:子)?尖(?:上|也|上也|头)?[^，。,.;；]{0,4}?(?:水泡|水疱|疱疹|泡)"),
    # Belly pain told by its quarter (肚子右下边突然疼得厉害, 小肚子左下面疼).
    (
        "rlq_pain",
        "(?:肚子|小肚子|腹部)(?:的)?右下(?:边|面|方|角|腹)?(?:[^，。,.;；不没]){0,6}?(?:疼|痛)",
    ),
    (
        "abdominal_pain",
        "(?:肚子|小肚子|腹部)(?:的)?(?:左下|左上|右上|下边|下面)(?:边|面|方|角)?(?:[^，。,.;；不没]){0,6}?(?:疼|痛)",
    ),
    # A toe or foot rubbed raw (大脚趾磨破了一个口子): NICE NG19, a diabetic foot wound.
    (
        "foot_ulcer",
        "(?:脚趾头?|大脚趾|小脚趾|脚底板?|脚后跟|脚背|脚掌)(?:上)?[^，。,.;；]{0,3}?(?:磨破|蹭破|硌破|烂)了?[^，。,.;；]{0,4}?(?:口子|皮|个口)",
    ),
    # A baby's skin still yellow (皮肤还有点黄) (NICE CG98: jaundice after 14 days).
    (
        "jaundice",
        "(?:皮肤|脸|身上|眼白|眼睛)(?:还|也|都)?(?:有点|有些|有一点|发|黄黄的)+黄(?![豆瓜色的痰涕脓水便])",
    ),
    # A faint told as 晕了一下 (在厕所晕了一下), not dizziness (头晕了一下, 感觉晕了一下).
    ("syncope", "(?<![头觉感点些袋壳])晕了一下"),
    # Blood seen on the underwear today (内裤上见了点血), and a dragging low in the belly, hedged
    # (小肚子有点隐隐的坠).
    ("vaginal_bleeding", "内裤上(?:见|看到|发现|又见|又有)了?[^，。,.;；]{0,3}?血"),
    ("lower_abdominal_heaviness", "小肚子[^，。,.;；]{0,6}?坠"),
    # A drip or an injection given here (在我们这输血塞通, 输了一半).
    ("given_at_clinic", "在我们(?:这|这儿|这里|诊所|卫生室)(?:输|打|挂|推)"),
    ("given_at_clinic", "(?:输|挂)(?:了|到)一半"),
    # Rigors in everyday words, but not 手脚发冷 (cold hands and feet).
    ("rigors", "(?<![手脚指趾肢])发冷(?!汗)"),
    # RCOphth: a sharp object or a firework into the eye.
    (
        "penetrating_eye",
        "(?:铁丝|钢丝|钉子|针|刀|剪刀|铅笔|笔尖|筷子|树枝|竹签|竹子|玻璃|铁片|棍子|木棍|鱼钩|钩子)(?:[^，。,.;；]){0,3}?"
        "(?:扎|戳|刺|插|划)(?:到|进|伤|破|入)?(?:了)?(?:眼睛|眼球|眼珠|眼)",
    ),
    (
        "penetrating_eye",
        "(?:鞭炮|炮仗|烟花|爆竹|炸药|雷管|二踢脚|摔炮)(?:[^，。,.;；]){0,4}?(?:炸|崩|蹦|打)(?:到|伤|进|了)(?:了)?(?:[^，。,.;；]){0,2}?(?:眼睛|眼球|眼)",
    ),
    ("penetrating_eye", "(?:眼睛|眼球|眼)被(?:[^，。,.;；]){0,4}?(?:炸|崩)(?:伤|了|到)"),
    # BAD 2016 SJS/TEN: blisters all over.
    (
        "skin_blistering_widespread",
        "(?:全身|浑身|身上到处|满身)(?:[^，。,.;；]){0,4}?(?:起|长|出|冒)(?:了)?(?:很多|好多|一片片的?)?(?:大疱|大泡|水疱|水泡|血疱)",
    ),
    (
        "psychosis",
        "(?:说|觉得|认为|总说|总觉得|怀疑)(?:有人|别人|邻居|家里人|大家)(?:要|想)?(?:害|毒|杀|跟踪|监视|抓)(?:他|她|我|自己)?",
    ),
    (
        "violence_risk",
        "(?:拿|提|举|抄|握)(?:着|起|了)?(?:刀|菜刀|斧头|斧子|镰刀|锄头|棍子|铁棍|砍刀|剪刀)(?:[^，。,.;；]){0,6}?(?:(?:要|想|追着?|到处|见人就)(?:砍|杀|捅|打)|乱挥|乱砍|挥来挥去|挥舞|比划)",
    ),
]
# Injuries of joints, bones, face, chest and head told in everyday words (held-out round 49):
# NICE CKS Knee pain (a knee swollen within hours: 两个小时不到就肿了; locked: 卡在弯着; a pop:
# 啪一声), Ottawa rules (踩地两步就不行, 外踝后面那个骨头按着疼), a kneecap or finger joint out of
# place (膝盖骨跑到外边, 中指关节歪到一边), an Achilles gap (跟腱那里有个坑), a septal haematoma
# (鼻中隔两边鼓起来), a jaw stuck open (嘴合不上), teeth that no longer meet, a blow to the eye,
# an eye that cannot look up, rib pain, and signs of a basal skull fracture (NICE NG232).
ZH_PATTERNS += [
    (
        "rapid_joint_swelling",
        "(?:一|两|二|三|几|半|1|2|3)个?(?:多)?(?:小时|钟头|钟)(?:不到|之内|以内|内|左右)?(?:就|已经|马上)?(?:肿|鼓)(?:起来|得|了)",
    ),
    ("joint_pop", "(?:啪|咔|嘎嘣|咯噔|嘣|咔嚓)(?:的)?一(?:声|下)"),
    (
        "locked_knee",
        "(?:膝盖?|膝关节|腿)(?:(?![不没无未])[^，。,.;；]){0,4}?(?:伸不直|伸不开|卡住|锁住|绞锁|交锁)",
    ),
    (
        "patellar_dislocation",
        "(?:膝盖骨|髌骨|膝盖盖)(?:(?![不没无未])[^，。,.;；]){0,3}?(?:跑|滑|掉|歪|脱|错|移|挪)(?:到|出|向|了)?(?:外边|外面|外侧|旁边|一边|边上|出去|出来|位|臼)",
    ),
    (
        "ottawa_tenderness",
        "(?:外踝|内踝|踝骨|脚踝骨|脚踝的骨头|髌骨|膝盖骨|腓骨头|第五跖骨|小脚趾后面那个骨头|脚外侧(?:中间)?(?:那个)?(?:骨头|凸起|鼓包))"
        "(?:(?![不没无未])[^，。,.;；]){0,12}?(?:按着|一按|压着|按压|摁着|按上去|碰着|一碰)(?:(?![不没无未])[^，。,.;；]){0,4}?(?:疼|痛)",
    ),
    (
        "cannot_bear_weight",
        "(?:踩地|踩|着地|落地|沾地)(?:了)?(?:一|两|二|几|1|2)步(?:路)?就(?:不行|疼得不行|受不了|走不了|走不动|踩不了)",
    ),
    ("cannot_bear_weight", "脚一(?:踩地|沾地|着地|落地)就(?:疼得不行|不行|受不了)"),
    (
        "limb_deformity",
        "(?:手指|指头|手指头|中指|食指|无名指|小指|小拇指|拇指|大拇指|指关节)(?:(?![不没无未])[^，。,.;；]){0,8}?(?:歪到一边|歪向一边|歪到一旁|歪向|歪到|偏到一边|扭到一边|错位|错开|脱出来)",
    ),
    (
        "achilles_rupture",
        "跟腱(?:(?![不没无未])[^，。,.;；]){0,6}?(?:有个坑|有个凹|凹下去|一个坑|有个缺口|摸着空|空了一块|断开)",
    ),
    (
        "achilles_rupture",
        "(?:后脚跟|脚后跟|脚跟|小腿后面|小腿肚子?)(?:(?![不没无未])[^，。,.;；]){0,3}?(?:被人|被谁|像被人|像被|好像被|好像让人|像让人)(?:(?![不没无未])[^，。,.;；]){0,2}?(?:踢|踹|打|砸)",
    ),
    ("septal_haematoma", "鼻中隔(?:(?![不没无未])[^。]){0,12}?(?:鼓|肿|包|血肿|隆起)"),
    ("nose_injury", "(?:撞|打|砸|踢|碰|磕)(?:了|到|中|伤|在)?(?:他的|她的|我的)?鼻子"),
    ("jaw_dislocation", "嘴(?:巴)?(?:就|都|一直|也|还)?(?:合不上|闭不上|合不拢(?!嘴)|关不上)"),
    (
        "eye_injury",
        "(?:砸|打|撞|踢|戳|碰|击)(?:在|中|到)(?:了)?(?:他的|她的)?(?:左|右|一只|两只)?(?:边)?(?:眼睛|眼球|眼眶|眼)(?:上)?",
    ),
    (
        "gaze_diplopia",
        "(?:往|向)(?:上|下)(?:看|瞅)(?:(?![不没无未])[^，。,.;；]){0,4}?(?:重影|是双的|成双|两个)",
    ),
    (
        "restricted_upgaze",
        "(?:眼球|眼睛|眼珠子?)(?:往|向)上(?:看|转|翻)(?:不了|不上去|不动|受限)",
    ),
    (
        "rib_pain",
        "(?:肋骨|肋条骨?|肋巴骨|侧胸)(?![下底])(?:(?![不没无未下底])[^，。,.;；]){0,6}?(?:按着|一按|压着|摁着|碰着)?(?:疼|痛|压痛)",
    ),
    (
        "skull_fracture_sign",
        "(?:鼻孔|鼻子|耳朵|耳朵眼|耳道)(?:里)?(?:(?![不没无未痒])[^，。,.;；、]){0,6}?(?:滴|流|淌|渗)(?:出)?(?:清水|清亮的水|清的水|水样的东西|清亮液体|透明的水)(?!鼻涕|样鼻涕|涕)",
    ),
    (
        "skull_fracture_sign",
        "(?:眼眶|眼圈|眼睛周围|两个眼睛|两只眼)(?:(?![不没无未])[^。]){0,10}?(?:青紫|乌青|淤青|瘀青|发紫|青了)(?:(?![不没无未])[^。]){0,6}?熊猫",
    ),
    (
        "head_injury",
        "头(?:的)?(?:侧面|顶|一侧|左边|右边|前面|后面|侧边|左侧|右侧)?(?:先)?(?:磕|撞|碰|砸|摔)(?:在|到|着)?(?:了)?(?:地上|地面|地|墙上|墙|桌角|台阶|水泥地)",
    ),
    ("amnesia", "(?:不记得|记不得|想不起来?|记不清)(?:了)?(?:自己)?(?:是)?怎么(?:摔|倒|跌|滑)"),
    ("head_injury", "头(?:顶|上|皮)(?:上)?(?:起|鼓|肿)(?:了)?(?:个|一个)(?:大)?包"),
    ("snuffbox_tenderness", "鼻烟窝(?:(?![不没无未])[^，。,.;；]){0,6}?(?:疼|痛)"),
]
# WHO IMCI 2014 / WHO pocket book 2013 §4: lower chest wall indrawing and nasal flaring as
# staff describe them (肋骨下面往里凹, 吸气时胸口凹进去, 鼻翼一扇一扇).
_INDRAW_SITES = "(?:肋骨|肋下|肋间|肋弓|胸口|胸部|下胸部|下胸壁|胸壁|胸廓|锁骨上窝?|剑突下|心窝)"
ZH_PATTERNS += [
    (
        "chest_indrawing",
        _INDRAW_SITES + "(?:下面|下边|底下|下方|下缘|中间|之间|那里|那块|处|的地方|的皮肤|皮肤)?"
        "(?:都|也|会|就|还|一直|明显|一下一下地?|一吸一吸地?)*(?:往里|向里|向内|朝里|往内)(?:凹|陷|瘪|缩|吸|抽)",
    ),
    (
        "chest_indrawing",
        "吸气(?:的)?(?:时候?|时)[^，。；;,没不无未]{0,8}?(?:凹陷|凹进去|凹下去|瘪进去|吸进去|抽进去|陷进去)",
    ),
    # (nasal flaring is NICE NG143's amber, not grunting's red)
    ("nasal_flaring", "鼻翼(?:也|都|一直|还|有点|有些|明显|在|会|跟着|一)*(?:扇|煽|翕|一张一)"),
    # 手足口病诊疗指南2018 重症早期表现: 精神差、易惊、肢体抖动, in everyday words.
    (
        "lethargy",
        "精神(?:很|非常|特别|有点儿?|有些|比较|太|越来越|明显|也|都|一直|老是)+"
        "(?:差|不好|不太好|不大好|不怎么好|萎靡|不振)",
    ),
    (
        "startle_jerks",
        "(?<!冷得)(?<!冻得)(?:手脚|手臂|胳膊|四肢|肢体|手|脚|腿)(?:还|也|都|老|老是|总是|一直|有点儿?|有些|会|在|不停地?|时不时)*"
        "(?:发抖|抖动|打颤|颤抖|哆嗦|抖)",
    ),
    # The rash and mouth sores of hand, foot and mouth disease described rather than named.
    (
        "hand_foot_rash",
        "(?:手心|手掌|手上|手指|脚心|脚底|足底|脚掌|手脚|手足|脚上)"
        "(?:(?:和|、|跟|及|还有)?(?:手心|手掌|手上|脚心|脚底|足底|脚掌|脚上|屁股|臀部)){0,3}"
        "(?:上|里)?(?:都|也|还)?"
        "(?:起了?|长了?|出了?|冒了?|有|发了?)(?:一些|好多|很多|几个|好几个|些|一片)?(?:小)?(?:红)?"
        "(?:疹子|皮疹|疱疹|水疱|水泡|红点|红疹|疹)",
    ),
    (
        "mouth_ulcer",
        "(?:嘴里|嘴巴里|口腔里?|口里|舌头上|舌尖上|上颚|牙龈上)(?:面)?(?:也|都|还)?(?:有|起了?|长了?|出了?|冒了?)"
        "(?:几个|好几个|一些|很多|好多|些|一个)?(?:小)?(?:溃疡|疱疹|水疱|水泡|口疮|泡泡|泡)",
    ),
    # A scald described by what spilled and where it landed (热粥烫在前胸, 开水烫着手).
    (
        "burn",
        "(?:热粥|热汤|热水|开水|沸水|滚水|热油|油锅|蒸汽|火苗|热锅|暖水瓶|热水瓶|烙铁|排气管)[^，。,;；]{0,10}?"
        "烫(?:在|着|到|伤|了|破|起)",
    ),
    (
        "burn",
        "烫(?:在|着)(?:了)?(?:他|她|孩子|宝宝)?的?(?:前胸|胸口|胸前|胸|肚子|腹部|后背|背上|背|手|胳膊|手臂|腿|脚|脸|头|屁股|臀部|脖子|身上)",
    ),
    # A part named as scalded (两条胳膊都烫了) or the spill itself (打翻了开水).
    (
        "burn",
        "(?:前胸|胸口|胸前|肚子|腹部|后背|背上|胳膊|手臂|腿|脚|手|屁股|臀部|脖子)(?:上)?(?:也|都|全|全都)?烫(?:了|伤|破|起|红)",
    ),
    (
        "burn",
        "(?:打翻|碰翻|弄翻|泼)了?(?:一|半)?(?:壶|杯|碗|锅|盆|暖水瓶|热水瓶)?(?:开水|热水|热汤|热粥|热油|滚水)",
    ),
    # NICE CKS sciatica (2023): radicular pain in both legs is a cauda equina red flag.
    (
        "bilateral_sciatica",
        "(?:放射|窜|串|扯|牵扯|传)(?:着)?(?:到|至|向)?(?:了)?(?:两条腿|两腿|双腿|双下肢|两边腿|两侧下肢|两边的腿)",
    ),
    (
        "bilateral_sciatica",
        "(?:两条腿|两腿|双腿|双下肢|两边腿)都(?:放射|窜|串|扯)(?:着)?(?:痛|疼|麻)",
    ),
    # WHO poison control / poisons centre advice: a child who got into an adult's medicines.
    (
        "medicine_access",
        "(?:偷吃|乱吃|抓着吃|误吃|误服|误喝|吞了|翻出|舔了)了?(?:几片|几粒|一些|好几片|些|一把)?"
        "(?:大人|爷爷|奶奶|姥姥|姥爷|外婆|外公|妈妈|爸爸|家里|老人)的?(?:药|药片|药丸|降压药|降糖药|安眠药|心脏病药)",
    ),
    # ... also with 吃了/喝了, a count (一颗, 3片, 大半瓶) and syrups (a child who drank an adult's
    # cough syrup: 止咳 there is a medicine, not a cough).
    (
        "medicine_access",
        "(?:偷吃|乱吃|抓着吃|误吃|误服|误喝|吃了|喝了|吞了|舔了|咬了)了?"
        "(?:(?:一|两|二|三|几|好几|十几|半|\\d+)(?:片|粒|颗|口|瓶|袋|包|板)|大半瓶|半瓶|一些|些|一把)?"
        "(?:大人|爷爷|奶奶|姥姥|姥爷|外婆|外公|老人|爸爸|妈妈)的?"
        "(?:止咳糖浆|止咳药水?|感冒药|退烧药|降压药|降糖药|安眠药|心脏病药|糖浆|药水|冲剂|铁剂|钙片|避孕药|药片|药丸|药)",
    ),
    # A counted or large amount (一整板安眠药, 半瓶糖浆): a child's ingestion, an adult's overdose.
    (
        "medicine_amount",
        "(?:偷吃|乱吃|误吃|吃了|喝了|吞了)了?(?:半瓶|大半瓶|一整瓶|整瓶|一瓶|一把|好多|很多|一板|一整板|十几(?:片|粒|颗)|几十(?:片|粒|颗))的?"
        "(?:钙片|铁剂|维生素|鱼肝油|糖浆|药水|退烧药|感冒药|安眠药|降压药|降糖药|避孕药|药片|药丸|药)",
    ),
    # ... and told with 把 before it (娃把奶奶的降压药吃了).
    (
        "medicine_access",
        "把(?:大人|爷爷|奶奶|姥姥|姥爷|外婆|外公|老人|爸爸|妈妈|家里人?)的?[^，。,;；]{0,6}?"
        "(?:药|片|丸|糖浆|药水)[^，。,;；]{0,3}?(?:吃了|喝了|吞了|吃掉|喝掉|吞下)",
    ),
    # A diagnosis named, not a screening result (子痫前期筛查低风险).
    (
        "pre_eclampsia_named",
        "(?:先兆子痫|子痫前期|妊高症|妊高征|妊娠期?高血压|孕期高血压|hellp(?:综合征)?)(?![^，。,.;；]{0,2}(?:筛查|风险|预测|预防))",
    ),
    ("eclampsia_named", "(?<!先兆)子痫(?!前期)(?:发作)?"),
    # A fit described as an event (抽了一下, 抽了两次, 一抽一抽), not 抽血/抽烟/抽水 or a slap.
    (
        "seizure",
        "(?<!被)(?<!腿)(?<!肚子)(?<!胃)(?<!心)(?<!眼皮)抽了"
        "(?:一下|一次|几下|两下|两次|几次|好几次|\\d+次|一阵|一会儿?|\\d+分钟|一分钟|几分钟|两三分钟)?"
        "(?![^，。,.;；！？]{0,5}?(?:血|烟|签|奖|水|空|脂|管|支|根|巴掌|鞭|耳光|骨髓|痰|积液|屉|他|她|我|你|筋|鼻|嘴|口气|冷气))",
    ),
    (
        "seizure",
        "(?<!肚子)(?<!肚)(?<!胃)(?<!心)(?<!腿)(?<!眼皮)(?<!眼角)(?<!嘴角)(?<!脸)(?<!肌肉)(?<!手指)"
        "一抽一抽(?![^，。,.;；]{0,3}?(?:疼|痛))",
    ),
    # A lump in the throat felt without anything swallowed (globus) is not choking.
    ("globus_sensation", "(?:被|有)?(?:噎住|卡住|堵住|噎着|卡着|堵着)(?:了)?的感觉|异物感|梅核气"),
    (
        "muscle_cramp",
        "(?:腿|小腿|腿肚子?|脚|脚趾|手指|肚子|胃|脚底)(?:又|也|老是|经常|总是|有点|突然|一直|常常|半夜|晚上)*抽筋",
    ),
    (
        "bulging_fontanelle",
        "(?:前囟门?|囟门|头顶(?:上)?(?:的)?(?:囟门|软的地方))(?:有点|明显|都|也)?(?:鼓|凸|胀|隆)(?:起来|起|出来)?",
    ),
    ("sunken_eyes", "(?:眼窝|眼眶|眼睛)(?:都|有点|明显|已经)?(?:凹|陷|塌)(?:下去|进去)"),
    (
        "skin_pinch_very_slow",
        "(?:皮肤)?捏起来?[^，。,.;；]{0,4}?(?:半天|好久|很久|老半天)(?:才|都|也)?(?:回去|平|复原|恢复|不回去|回不去|下不去)",
    ),
    # WAO 2020 / NIAID 2006 criterion 2: a medicine taken or injected a short while ago
    # (吃了阿莫西林半小时后, 打完头孢针十分钟); only the verb is matched.
    (
        "drug_taken",
        "(?:吃|服|打|输|用|注射)(?:了|完|过)(?=[^，。,.;；]{0,8}?(?:药|素|西林|沙星|头孢|霉素|片|胶囊|针|液|疫苗)"
        "[^，。,.;；]{0,6}?(?:后|以后|之后|没多久|不久|不一会))",
    ),
    # Days or weeks since the birth (生完十天了): postpartum, within the six weeks of the
    # puerperium (NICE NG133 postnatal pre-eclampsia, WHO postnatal care 2022).
    (
        "postpartum",
        "生完(?:孩子|娃|小孩|宝宝)?(?:才|刚|已经)?(?:[\\d一二两三四五六七八九十几半]+(?:天|周|个星期|星期|个礼拜|个钟头|钟头|个小时|小时|分钟)|一个月)",
    ),
    # 做透析的，这礼拜漏了两次: dialysis sessions missed.
    ("missed_dialysis", "透析的?[，,]?[^。；;]{0,10}?漏了[一两二三几]次"),
    # 胸口像压了块大石头: pressing chest pain (胸痛基层诊疗指南 2019).
    ("chest_pain", "胸口(?:像|好像|跟)?(?:被)?压(?:了|着)(?:一)?块(?:大)?石头"),
    # An adult's overdose by the packet (把一瓶安眠药全吃了, 三十多片).
    (
        "medicine_amount",
        "把(?:一整|整|一|半)(?:瓶|板|盒)[^，。,.;；]{0,6}?(?:药|片|粒|胶囊|扑热息痛|对乙酰氨基酚|布洛芬|止痛药|感冒药|安眠药|降压药|降糖药)(?:全|都|全都)?(?:吃|吞|喝)(?:了|掉|下)",
    ),
    ("overdose", "(?:吃|吞|服)了?[^，。,.;；]{0,6}?[二三四五六七八九]十(?:几|多|来)?片"),
    # TOXBASE: tablets counted missing from the packs (数了 空了二十四片, 药板上少了30粒)
    (
        "overdose",
        "(?:空了|少了|不见了|没了)(?:有)?(?:[二三四五六七八九]十[一二三四五六七八九几多]?|十[几多一二三四五六七八九]|[1-9]\\d)(?:片|粒|颗)",
    ),
    # NICE NG143/CG84: green vomit (吐出来的是 green 绿色的).
    ("bilious_vomiting", "吐(?:出来)?的?(?:都)?是\\s*(?:green\\s*)?绿"),
    # WHO PPH 2012: a birth told as 昨天在屋里生的.
    (
        "postpartum",
        "(?:昨天|今天|前天|昨晚|刚刚|刚|[\\d一二三四五六七八九十几]+天前)(?:晚上|早上|下午)?(?:在(?:家|家里|屋里|屋头))?生的",
    ),
    # Drowning told as falling into the water (掉进塘里, 掉到河里).
    ("drowning", "掉(?:进|到|下)?(?:了)?(?:水塘|塘|河|水库|水沟|池塘|粪坑|水缸|井|水田)里"),
    # 电击伤共识: 被电了一下.
    ("electrical_injury", "被电(?:了|到|打|击)(?:一下)?"),
    # The belly and back together (肚子和腰杆突然痛得很): abdominal pain (NICE NG156).
    (
        "abdominal_pain",
        "(?:肚子|腹部|小肚子)(?:和|跟|连着|连到|带着)(?:腰杆|后腰|腰|后背|背)(?=(?:一起|都|也|突然)?(?:剧痛|痛|疼))",
    ),
    # Deep, fast breathing (出气很深很快): ketoacidosis (NICE NG18).
    ("ketones", "(?:出气|呼吸|喘气)(?:很|又|特别)深(?:又|而|很|、)?快"),
    # 左边乳房外上方红肿热痛: a red, hot or painful part of the breast
    ("mastitis", "乳房[^，,。；;\\d]{0,6}?(?:红肿热痛|红肿|发红|又红又痛|又红又肿)"),
    # 有波动, but not inside 没有波动感 (the denial's own 有)
    ("fluctuant", "(?<![没无])有波动"),
    ("back_pain", "后背[（(][^）)]{0,10}[）)]?(?:越来越|一直|有点|很)?(?:疼|痛)"),
    (
        "~immunosuppressed",
        "(?:\\d+|[一二两三四五六七八九十]+|几|好几)(?:个月|年)前化疗(?:就)?(?:结束|做完|停)",
    ),
    # 奥沙利铂: cold brings on tingling fingers and a tight throat (pharyngolaryngeal
    # dysaesthesia, not anaphylaxis: the drug's SmPC; UKONS 2020)
    ("cold_dysaesthesia", "(?:碰|喝|摸)(?:凉水|冷水|凉的|冷的)[^，,。；;]{0,6}?(?:麻|刺|发紧|紧)"),
    (
        "measles_rash_onset",
        "(?:耳朵后面|耳后|发际线?|脸上)[^，,。；;]{0,6}?开始出[^，,。；;]{0,6}?疹",
    ),
    ("uti_confirmed", "亚硝酸盐(?:\\+|阳性|\\(\\+\\))"),
    # 被一个男的灌醉后侵犯了: an assault told with who did it between
    ("sexual_assault", "(?:被|遭)[^，,。；;]{0,8}?(?:侵犯|性侵|强奸|猥亵)"),
    (
        "slow_cap_refill",
        r"(?:crt|(?:毛细血管)?(?:再)?充盈(?:时间)?)[^\d，,。；;]{0,3}(?:>|大于|超过|约|大概)?\s*[3-9](?:\.\d)?"
        r"\s*(?:秒|s(?![a-z])|sec)",
    ),
    ("sore_throat", "(?:嗓子|喉咙|咽喉)(?:越来越|特别|很|有点|好|也|还|一直)(?:疼|痛)"),
    ("wound_infection", "(?<![没无])有点?脓"),
    # JBDS-IP 2023: blood ketones >=3 or urine ketones 3+ (DKA with a high glucose); 1.5-2.9
    # is ketosis (ketones_moderate)
    ("ketones", r"(?:血酮体?|酮体)(?:是|为|有|测)?\s*(?:[3-9]|[1-9]\d)(?:\.\d+)?(?![\d.+])"),
    ("ketones", r"(?:尿酮体?|酮体)(?:\+\+\+|3\+|3个加号|三个加号|\(\+\+\+\))"),
    ("ketones_moderate", r"血酮体?(?:是|为|有|测)?\s*(?:1\.[5-9]|2\.\d)(?![\d.])"),
    ("ketones_low", r"血酮体?(?:是|为|有|测)?\s*(?:0(?:\.\d+)?|1(?:\.[0-4]\d*)?)(?![\d.])"),
    # WHO IMCI chest indrawing as village staff say it    # WHO IMCI 2014 chest indrawing as village staff say it (肚皮下面往里头吸).
    (
        "chest_indrawing",
        "(?:肚皮|肋骨|肋巴骨|胸口|心口)(?:下面|下边|底下)?(?:往里头?|往里面)(?:吸|凹|陷|缩)",
    ),
    # WHO PPH 2012: blood pouring out, pads soaked (血一直往外涌, 垫了三块垫子都湿透了).
    ("heavy_bleeding", "血(?:一直|还在|不停地?|哗哗地?)往外(?:涌|冒|流|喷)"),
    (
        "heavy_bleeding",
        "垫(?:了)?[\\d一二两三四五六七八九十几]+(?:块|片|个)(?:垫子|卫生巾|纸|护垫)?(?:都|全)?湿透",
    ),
    # GIRFT 2023 / NICE NG234: both legs suddenly weak (两条腿突然没劲).
    (
        "leg_weakness",
        "(?:两条腿|双腿|两腿|两只脚|双下肢)(?=(?:突然|都|也|一下子)?(?:没劲|没力气?|发软|无力|软了|走不了路|不能动))",
    ),
    (
        "urinary_retention",
        "(?:小便|尿)(?:也|都|一直)?(?:解不出|尿不出|排不出|拉不出|屙不出|撒不出)",
    ),
    (
        "many_stings",
        "(?:蛰|蜇|叮)了(?:[\\d一二两三四五六七八九十几]{2,}|好多|很多|好几十)(?:下|处|个包|口)",
    ),
    ("electrical_injury", "被[\\d一二两三四五六七八九十百千]*(?:伏|v)?的?电(?:打|击|到)了?"),
    ("faeculent_vomiting", "吐(?:出来)?的?(?:东西)?(?:像|是)?(?:粪水|大便|屎)"),
    # NICE CKS Glaucoma: rainbow rings around lights (看灯周围一圈彩虹).
    (
        "halos",
        "(?:看)?灯(?:光)?(?:周围|旁边|外面)?(?:有|出现)?(?:一圈|一道)?(?:彩虹|光圈|彩圈|彩色的圈)",
    ),
    # Vomiting told as one word after the pain (头疼吐, 疼得吐).
    ("vomiting", "(?:(?<=疼)|(?<=痛)|(?<=晕)|(?<=得))吐(?![血痰字槽沫])"),
    # Belly pain running into the back (肚子连着后腰剧痛): abdominal pain; the pain word stays
    # for its qualifier (NICE NG156: abdominal or back pain of a ruptured aneurysm).
    (
        "abdominal_pain",
        "(?:肚子|腹部|小肚子|肚脐周围|上腹|下腹)(?:连着|连到|带着|牵着|扯着)(?:后腰|腰|后背|背)(?=(?:一起|都|也)?(?:剧痛|剧烈疼痛|疼|痛))",
    ),
    # WAO 2020: a medicine just given (刚给打了一针克林霉素), the reaction told in later messages.
    (
        "drug_taken",
        "刚(?:刚|才)?(?:给他|给她|给)?(?:打|输|吃|服|用)(?:了|完)(?=[^，。,.;；]{0,8}?(?:药|素|西林|沙星|头孢|霉素|片|胶囊|针|液|疫苗))",
    ),
    # ESC 2014 aortic diseases: tearing pain told as 撕着疼 or 跟刀割一样 through chest and back.
    (
        "aortic_pain",
        "(?:前胸后背|胸背|胸口|前胸|后背)[^，。,.;；]{0,4}?(?:撕着|撕裂着?|撕开了?|撕扯着?)(?:样|一样|似的)?的?(?:疼|痛)",
    ),
    # An overdose told by the count (吃了二十几片, 吞了一整板).
    (
        "overdose",
        "(?:吃|吞|喝|服)了?(?:一整板|一整盒|一整瓶|整板|整盒|整瓶|[二三四五六七八九]十几?片|[一二两三四五六七八九十]+板|\\d{2,}片)",
    ),
    # No breathing (没有呼吸了), not a denied breathing difficulty (没有呼吸困难, 没呼吸急促).
    (
        "apnoea",
        "(?:没有|没|不)呼吸(?!困难|急促|费力|费劲|不畅|道|音|增快|加快|异常|快|慢|短|急|痛|疼|时|的时候|暂停|停止)",
    ),
    # WHO IMCI 2014: the skin pinch goes back very slowly (longer than 2 seconds), told as such.
    (
        "skin_pinch_very_slow",
        "(?:皮肤)?捏(?:起来?)?(?:皮肤|肚皮|皮)?[^，。,.;；]{0,4}?(?:回去|回缩|回弹|平|复原|恢复)(?:得)?(?:很|非常|特别|极|太|老)慢",
    ),
    # FIGO PPH 2022 / NICE NG126: bleeding from below described as an event (下面出了一大摊血).
    (
        "vaginal_bleeding",
        "(?:下面|下身|阴道)(?:突然|又|还|一直|也|就)?(?:出|流)了?(?=[^，。,.;；]{0,6}?血)",
    ),
    (
        "missed_period",
        "(?:月经|例假|大姨妈|姨妈|月事)(?:(?![没不未])[^，。,.;；]){0,8}?(?:没来|没有来|未来|推迟|晚了|过期|延迟|推后|还没来|没到|迟了)",
    ),
    # 这个月推迟快两周了: the days or weeks late, told after the period was asked about.
    (
        "missed_period",
        "(?:月经|例假|大姨妈)[^。；;]{0,16}?(?:推迟|晚了|过期|延迟|推后|迟了)了?(?:快|将近|差不多|有|已经)?"
        "(?:\\d+|[一二两三四五六七八九十几]+)(?:天|周|个?礼拜|个?星期)",
    ),
    # 问了月经，说快两个月没来了: the months told after the period was asked about.
    (
        "missed_period",
        "(?:月经|例假|大姨妈)[^。；;]{0,12}?(?:\\d+|[一二两三四五六七八九十几]+)个?多?月(?:都|还|也)?(?:没来|没有来|没见)",
    ),
    (
        "pain_interval",
        "(?:每|隔)?\\s*(?:\\d+|[一二三四五六七八九十两几]+)\\s*(?:来)?分钟(?:左右)?(?:就)?(?:疼|痛|来|紧)?一次",
    ),
    (
        "foul_lochia",
        "(?:恶露|分泌物|下面|下身|白带)(?:有点|有些|很|特别|也|还)?[^，。,.;；没不无未]{0,3}?(?:臭|异味|难闻)",
    ),
    (
        "umbilical_infection",
        "(?:肚脐眼?|脐部|脐周|脐带|脐窝)(?:周围|那里|周边|根部)?(?:有点|有些|也|都|还)?"
        "(?:红肿|发红|红了|流脓|有脓|化脓|有分泌物|渗液|流水|发臭|有臭味|臭)",
    ),
    # ERC 2021 / AHA 2020: an object breathed in or stuck (把珠子吸进去了, 花生卡在喉咙).
    (
        "choking",
        "(?:珠子|豆子?|花生米?|瓜子|糖果?|果冻|硬币|纽扣|扣子|玩具|东西|零件|笔帽|葡萄|坚果|核桃|枣核|果核|钢珠|弹珠|气球)"
        "[^，。,.;；]{0,4}?(?:吸进|呛进|呛到|呛着|呛住|卡在|卡住|噎住|噎着|堵在|堵住)",
    ),
    ("choking", "(?:吸|呛|掉)(?:进|到|入)了?(?:气管|肺|喉咙|嗓子)"),
    # WHO poison control / poisons-centre advice: corrosives, laundry pods, button batteries and
    # magnets swallowed or bitten (orally exposed) are emergencies in a child.
    (
        "poisoning",
        "(?:喝|吃|吞|舔|咬|误食|误吃|误喝|误服|误吞)(?:了|破了|开了|进了)?[^，。,.;；]{0,6}?"
        "(?:洗衣凝珠|洗衣球|洁厕|管道疏通|疏通剂|樟脑丸|卫生球|磁铁|磁珠|纽扣电池|石灰)",
    ),
    # Household bleach (84消毒液, sodium hypochlorite) drunk: rules_toxic_medical weighs it.
    (
        "bleach_swallowed",
        "(?:喝|吃|吞|舔|误食|误吃|误喝|误服|误吞)(?:了|进了|下了)?[^，。,.;；]{0,6}?(?:消毒液|消毒水|漂白水|漂白剂|84)",
    ),
    (
        "bleach_swallowed",
        "(?:消毒液|消毒水|漂白水|漂白剂|84)[^，。,.;；]{0,8}?(?:喝|吞|咽)(?:了|下|进)",
    ),
    # Bleach mixed with an acid toilet cleaner gives off chlorine (84和洁厕灵混用).
    (
        "irritant_gas",
        "(?:84|消毒液|漂白水|漂白剂)[^，。,.;；]{0,6}?(?:和|跟|与|加|混)[^，。,.;；]{0,4}?(?:洁厕|厕所清洁|马桶清洁|洗厕)",
    ),
    (
        "irritant_gas",
        "(?:洁厕灵|洁厕剂|洁厕液)[^，。,.;；]{0,6}?(?:和|跟|与|加|混)[^，。,.;；]{0,4}?(?:84|消毒液|漂白水|漂白剂)",
    ),
    (
        "poisoning",
        "(?:洗衣凝珠|洗衣球|纽扣电池|磁铁|磁珠|樟脑丸)[^，。,.;；]{0,4}?(?:咬破|咬开|咬|吃|喝|吞|舔|放进嘴|塞进嘴|进嘴)",
    ),
    # Cellulitis told as red, swollen and warm to the touch (红肿，摸着发热).
    ("wound_infection", "红肿[，,]?(?:摸着|摸上去|摸起来)(?:有点|有些)?(?:发热|发烫|热|烫)"),
    # Anuria (无尿), not the cue of a denied list (无尿频尿急尿痛).
    ("reduced_urine", "无尿(?![频急痛路道常液])"),
    # Urine less than usual, hedged (尿好像比平时少了点).
    ("reduced_urine", "尿(?:好像|有点|也|感觉)*比(?:平时|以前|平常)少"),
    # A red eye that hurts, told in two clauses (右眼有点红，有点疼).
    ("red_painful_eye", "眼(?:睛)?(?:有点|有些|好像|也|又)*红[，,]?(?:有点|有些|也|又)*(?:疼|痛)"),
    # 问能不能说整句话，她说“能说”: the A-not-A question answered yes (GINA 2024: full sentences).
    (
        "speaks_sentences",
        "能不能(?:说|讲)完?(?:一)?整句(?:话)?[，,]?[^。；;]{0,8}?(?:说|答|回答)[:：]?[“\"'‘]?(?:能|可以)(?![不没])",
    ),
    # Slept in contact lenses (戴着睡了一晚): NICE CKS red eye, microbial keratitis's risk.
    ("contact_lens", "戴着(?:隐形眼镜|隐形|美瞳)?睡"),
    # Fewer fetal movements, hedged (宝宝好像动得比平时少了点).
    (
        "reduced_fetal_movement",
        "(?:宝宝|胎儿|孩子|小孩)(?:好像|有点|感觉|今天)*动得(?:比平时|比以前|比昨天|没以前)?(?:少|不多)",
    ),
    # Crying or a smell on passing urine, hedged (尿的时候好像会哭, 尿好像有点臭).
    (
        "urinary_symptoms",
        "尿(?:尿)?的时候(?:好像|有点|会|也)*哭|尿(?:好像|有点|感觉)*(?:臭|有臭味)",
    ),
    # Hearing dulled in one ear (耳朵好像有点听不太清).
    ("sudden_hearing_loss", "耳朵?(?:好像|有点|突然|一下子)*(?:听不太清|听不清|听不见|听不到)"),
    # Hutchinson's sign in a record (鼻尖左侧亦可见数个疱疹).
    (
        "zoster_eye",
        "鼻尖[^，。,.;；]{0,4}?(?:亦|也)?(?:可见|见有|见)[^，。,.;；]{0,4}?(?:疱疹|水疱|水泡|疱)",
    ),
    # Hutchinson's sign told with a hedge (鼻尖上好像也有一两个).
    (
        "zoster_eye",
        "鼻尖(?:上)?(?:好像|也|有点|还)*(?:有|起了|长了|冒了)(?:一两个|两个|几个|一个|水疱|水泡|疱)",
    ),
    # Shingles on the forehead (额头左边起了一小片水疱).
    (
        "shingles",
        "(?:额头|脑门|前额)(?:左边|右边|一侧|一边)?[^，。,.;；]{0,4}?(?:一小片|一片|一串|一簇)(?:小)?(?:水疱|水泡)",
    ),
    # An animal named before "被咬了" in the same sentence (喂猫，被咬了右手).
    (
        "animal_bite",
        "(?:狗|猫|猴子?|蝙蝠|老鼠|动物)[^。.;；]{0,10}?被(?:它)?(?:咬|抓)(?:了|伤|破)",
    ),
    # A desiccant eaten: lime (生石灰) burns and iron powder (脱氧剂) poisons, silica gel does not
    # (rules_adult reads which one); a desiccant said to be silica gel is `silica_gel`.
    (
        "silica_eaten",
        "(?:吃|吞|舔|咬|误食|误吃|误吞)(?:了|破了|开了|进了)?[^，。,.;；]{0,6}?(?:硅胶|透明小?珠子)(?:干燥剂)?",
    ),
    (
        "desiccant_eaten",
        "(?:喝|吃|吞|舔|咬|误食|误吃|误服|误吞)(?:了|破了|开了|进了)?(?![^，。,.;；]{0,10}?硅胶)[^，。,.;；]{0,10}?(?:干燥剂|脱氧剂)"
        "|(?<!硅胶)(?:干燥剂|脱氧剂)[^，。,.;；]{0,4}?(?:咬破|咬开|咬|吃|吞|舔|放进嘴|塞进嘴|进嘴)",
    ),
    (
        "household_ingestion",
        "(?:喝|吃|吞|舔|误食|误吃|误喝|误吞)(?:了|进了)?[^，。,.;；]{0,6}?"
        "(?:洗衣液|洗衣粉|洗洁精|沐浴露|洗发水|洗手液|花露水|驱蚊液|香水|酒精|硬币)",
    ),
    ("medicine_access", "(?:药盒|药瓶|药箱|药板|药袋)子?(?:被)?(?:打开|翻开|咬开|拧开|翻乱)"),
    (
        "medicine_access",
        "(?:药片|药丸|药粒)(?:少了|不见了)|少了(?:几|好几|一|两|三|\\d+)(?:片|粒|颗)",
    ),
    # PHQ-9 item 9 scored 1-3 (see passive_death_wish).
    ("passive_death_wish", "第(?:9|九)(?:题|项|条|问)(?:得分|评分)?(?:是|为|:|：)?\\s*[1-3]\\s*分"),
    # 狂犬病暴露预防处置工作规范(2023): a bite by a dog, cat or other mammal, with the person
    # bitten named between the animal and the verb (野狗把孩子小腿咬了, 被邻居家的狗咬了一口).
    (
        "animal_bite",
        "(?:狗|犬|猫|猴子?|老鼠|蝙蝠|狐狸|獾)(?:把|将)[^，。；;,]{0,6}?"
        "(?:人|孩子|小孩|娃|他|她|我|老人|手|脚|腿|胳膊|脸|屁股|脖子|头上|脑袋)[^，。；;,]{0,4}?(?:咬|抓|挠)",
    ),
    ("animal_bite", "被[^，。；;,]{0,8}?(?:狗|犬|猫|猴子?|老鼠|蝙蝠)[^，。；;,]{0,4}?(?:咬|抓|挠)"),
    # 一氧化碳中毒临床治疗指南: heating a closed room with charcoal or coal.
    (
        "co_exposure",
        "(?:关着?|关紧|紧闭)(?:门窗|窗户|门)[^，。,;；]{0,6}?(?:烧炭|烤火|生火|烧煤|点炭|炭火|煤炉|火盆)",
    ),
    (
        "co_exposure",
        "(?:屋里|屋子里|房间里|室内|家里|卧室里?|宿舍里?)[^，。,;；]{0,4}?(?:生|烧|点|架)了?(?:个|一个|一盆)?"
        "(?:炉子|火炉|煤炉|炭|炭火|木炭|煤球|蜂窝煤|火盆|炭盆|煤)",
    ),
    # ESC 2014 aortic diseases / 主动脉夹层中国专家共识(2017): tearing or knife-like chest or back
    # pain (胸背部撕裂样疼痛, 后背像刀割一样痛). 腰 alone is left out (renal colic is also 刀割样).
    (
        "aortic_pain",
        "(?:前胸后背|胸背部?|胸口|胸部|胸前|后背部?|背部|背上|肩胛(?:骨)?(?:中间|之间)?|两肩胛|胸|背)"
        "[^，。,;；]{0,4}?(?:撕裂|撕开|刀割|刀绞|刀扎|刀砍|撕扯)(?:样|一样|一般|似的|般)?的?(?:剧?痛|剧?疼|疼痛)?",
    ),
    (
        "aortic_pain",
        "(?:撕裂|刀割|撕开)(?:样|一样|一般|似的|般)的?(?:剧烈的?)?(?:前胸后背|胸背部?|胸口|胸部|胸前|后背|背部|胸|背)(?:部)?(?:剧?痛|剧?疼|疼痛)",
    ),
    (
        "arm_bp_difference",
        "(?:两边|两侧|两只|左右|双侧|双)(?:胳膊|手臂|上肢|手)?(?:量的?|测的?)?血压(?:不一样|不同|相差|差(?:别|得|了)?(?:很|挺|比较)?大|差了?\\d+|差好多)",
    ),
    (
        "arm_bp_difference",
        "血压(?:两边|两侧|左右|两只手|两个胳膊)(?:量的?)?(?:不一样|不同|相差|差(?:别|得)?(?:很|挺|比较)?大|差好多)",
    ),
    # ESC 2021 HF §11: breathless lying down (orthopnoea), woken at night by breathlessness.
    (
        "severe_dyspnoea",
        "(?<!尿)憋醒|喘醒|憋得坐起来|(?:躺下|平躺|躺平)(?:就|便|了就)(?:喘|憋|上不来气|气短|喘不上气)"
        "|(?:躺不平|躺不下|没法平躺|不能平躺)[^，。,;；]{0,6}?(?:喘|憋|气短|上不来气|透不过气)"
        "|(?:喘|憋|气短|上不来气|透不过气)[^，。,;；]{0,8}?(?:躺不平|躺不下|没法平躺|不能平躺)",
    ),
    # ESC 2023 ACS §3.1: breathless or in pain on a short walk (走到厕所就喘, 走几步路就累).
    ("exertional", "(?:一|稍微|刚)?走(?:到|去|路|动|一会儿?|几步|两步|点路)[^，。,;；]{0,4}?就"),
    # ADA 2024 §16: a raised glucose said in words (血糖测了高, 血糖有点高).
    (
        "hyperglycaemia_reported",
        "血糖(?:测了|测得|量了|测出来|测出|有点儿?|很|特别|都|偏|太|一直|又)+高",
    ),
    # 急性有机磷农药中毒共识(2016): spraying named with a place or a time (在地里打了一上午药).
    (
        "pesticide_exposure",
        "(?:地里|田里|棉花地|果园|大棚|菜地|庄稼|果树|稻田|麦地|玉米地|茶园)[^，。,;；]{0,6}?(?:打|喷|撒)了?[^，。,;；]{0,6}?(?<!农)药",
    ),
    (
        "pesticide_exposure",
        "(?:打|喷)了?(?:一上午|一下午|一天|半天|一早上|一整天|几天|两天)(?:的)?药",
    ),
    # WHO mhGAP 2016 §SUI: a wish to die with a method (想喝药死了算了, 想吃安眠药自杀).
    (
        "suicidal_intent",
        "(?:喝|吃|吞|服)(?:了)?(?:点|些)?(?:农药|药|安眠药|老鼠药|毒药|敌敌畏|百草枯)[^，。,;；]{0,2}?(?:死了算了|死了|去死|自杀|寻死|了结|一了百了)",
    ),
    ("suicidal_intent", "想(?:去)?(?:上吊|跳河|跳楼|割腕|寻死|喝农药|喝药死|吃药死|撞车)"),
    # The act described rather than named: 用刀割了自己的手腕, 说是自己拿刀片划的.
    (
        "suicide_attempt",
        "(?:割|划|切|砍)(?:了|破了?|伤了?|开了?)?自己的?(?:手腕|腕|手臂|胳膊|小臂|前臂|脖子|颈部|喉咙)",
    ),
    (
        "suicide_attempt",
        "自己(?:拿|用)(?:刀片|刀|剪刀|玻璃|碎玻璃|小刀|美工刀|刮胡刀)(?:割|划|扎|刺)(?!开)",
    ),
    # 急性酒精中毒诊治共识(2014): an amount of spirits drunk at one time (喝了一斤多白酒).
    (
        "alcohol",
        "喝了?(?:[一二两三四五六七八九十半几\\d]+(?:斤|两|瓶|大杯|杯|碗)多?)(?:的)?(?:白酒|烧酒|二锅头|高度酒|散酒|酒)",
    ),
    ("alcohol", "(?<![水汤奶药])喝多了"),
    # NICE CG141 / BSG 2019: blood passed from the bowel told in village words (屙了三回血).
    (
        "bloody_stool",
        "(?:屙|拉|解)了?(?:[一二两三四五六七八九十几\\d]+(?:回|次|趟))?(?:鲜)?血(?!尿|压|糖|常规|检)",
    ),
    # NICE CKS epistaxis 2024: bleeding that pressure does not stop (捏着也止不住).
    ("heavy_bleeding", "(?:捏|压|按|堵|塞)着?(?:鼻子)?(?:也|都|还是)?止不住"),
    # NICE CG126: angina brought on by climbing (爬到三楼) and eased by rest (歇两三分钟就好).
    ("exertional", "爬(?:到|上)?[一二两三四五六七八九\\d]+楼"),
    ("eases_with_rest", "(?:歇|休息)[^，。,.;；]{0,5}?就(?:好|缓解|过去)"),
    # NICE CKS eye trauma: a fragment that flew into one eye (飞进右眼).
    (
        "eye_injury",
        "(?:飞|崩|蹦|弹|溅)(?:进|到|入)了?(?:他的?|她的?)?(?:左|右|一只|一边)(?:眼睛|眼里|眼)",
    ),
    # NICE CKS septic arthritis: a hot, red, swollen joint (右脚大拇指红肿, 膝盖红肿发烫).
    (
        "hot_swollen_joint",
        "(?:关节|膝盖|膝关节|脚趾|大脚趾|足大趾|大趾|拇趾|大拇指|脚踝|踝关节|手腕|腕关节|肘|髋)[^，。,.;；]{0,4}?红肿",
    ),
    # NICE NG138: chest pain on coughing or breathing in (咳的时候扯着疼, 深呼吸时胸口疼).
    ("pleuritic", "咳(?:嗽)?(?:的)?时候[^，。,.;；]{0,4}?(?:扯着|牵着|拉着)?(?:疼|痛)"),
    (
        "pleuritic",
        "(?:深呼吸|吸气|吸口气)(?:的)?时(?:候)?[^，。,.;；]{0,3}?(?:胸口?|胸部)?(?:左边|右边|一侧|一边)?(?:扯着|有点|好像)*(?:刺痛|疼|痛)",
    ),
    # GINA 2024: an attack told around the word (哮喘的姑娘今天犯了).
    ("asthma_flare", "哮喘(?:的|病)?[^，。,.;；]{0,6}?(?:又|今天|昨天|这两天|刚才)犯了"),
    # WHO 2023 drowning: fell into water told in village words (掉到堰塘头了).
    (
        "drowning",
        "(?:掉|落|跌|摔)(?:到|进|在)了?[^，。,.;；]{0,3}?(?:堰塘|池塘|水塘|塘|河|水库|水井|井|粪坑|水缸|水沟|水田|水里)",
    ),
    # WHO 2022 postnatal care: days since the birth (生了十来天).
    (
        "postpartum",
        "生(?:了|完|下)(?:娃娃|孩子|小孩|宝宝|娃)?(?:才|有)?[一二两三四五六七八九十几\\d]+(?:来|多)?(?:天|个?星期|周)",
    ),
    # NICE NG141: a red patch hot to the touch (小腿红了一片，摸着烫).
    ("wound_infection", "红了?一片[^，。,.;；]{0,4}?[，,]?(?:摸着|摸起来)(?:有点)?(?:烫|发烫|热)"),
    # NICE NG126: bleeding told as a show of red (下面见了点红).
    ("vaginal_bleeding", "(?:下面|阴道)?见了?(?:一)?点(?:儿)?红"),
    # NICE NG158: one calf swollen (左边小腿肿两天了).
    ("calf_swelling", "(?:左|右)(?:边|侧)?(?:的)?小腿(?:肚子)?(?:也|又|有点)?肿"),
    # NICE NG234: numbness from the navel or waist down (从肚脐往下都麻).
    (
        "sensory_level",
        "(?:肚脐|肚脐眼|腰|胸口|乳头|肚子)(?:以下|往下|下面)(?:都|全|全都)?(?:麻|发麻|没感觉|没知觉|发木)",
    ),
    # NICE NG125: a surgical wound come apart (刀口下面一截裂开了).
    ("wound_dehiscence", "(?:刀口|切口)[^，。,.;；]{0,6}?(?:裂开|崩开|绷开)"),
    # 有个包越来越大按着软软的: a lump that has gone soft (fluctuant), as staff feel it (only the
    # softness is the form: 越来越大 stays worsening).
    ("fluctuant", "包[^，,。；;]{0,8}?(?P<at>(?:按着|摸着)(?:有点)?软(?:软的)?)"),
    # A fistula that no longer buzzes (内瘘……听不到那种呼呼声); without the fistula, 听不到呼呼声 is
    # a child's breathing heard quiet.
    (
        "fistula_no_thrill",
        "(?:内瘘|瘘管|透析的?手)[^。；;]{0,20}?(?:摸着不震了|(?:听也)?听不到(?:那种)?呼呼声)",
    ),
    # ISPD 2022: the drained dialysis fluid cloudy (放出来的透析液是浑的).
    ("cloudy_fluid", "(?:透析液|腹透液|放出来的(?:水|液体?))[^，。,.;；]{0,3}?(?:浑|混浊)"),
    # Urine that hardly comes (尿也解不太出).
    ("urinary_retention", "尿(?:也|都)?解不(?:太|大)?出"),
    # WHO 2022 postnatal care: home from a caesarean or a birth (剖宫产出院第五天).
    ("postpartum", "(?:剖宫产|剖腹产|顺产|生完孩子|生完娃)[^，。,.;；]{0,4}?出院"),
    # ERC 2021: back blows given and the object not out (拍背拍了几下还没出来) is choking.
    ("choking", "拍背[^，。,.;；]{0,6}?(?:没|还没|不)(?:出来|吐出来|咳出来)"),
    # WHO IMCI: breaths counted per minute (呼吸一分钟五十二) are read by the vitals parser.
    # NICE NG138: chest pain when coughing (咳起来右边胸口痛) is pleuritic.
    ("pleuritic", "咳(?:嗽)?起来[^，。,.;；]{0,6}?(?:痛|疼)"),
    # BTS/NICE CKS Haemoptysis: blood coughed up told around the cough (咳嗽咳出来一大口鲜红的血).
    (
        "massive_haemoptysis",
        "咳(?:嗽)?(?:咳)?出来?[^，。,.;；]{0,3}?(?:一大口|大口|好几大口|半碗|一碗)[^，。,.;；]{0,8}?血",
    ),
    ("haemoptysis", "咳(?:嗽)?(?:咳)?出来?[^，。,.;；]{0,10}?血"),
    # The days since the birth (生完第6天, 生完孩子十天了): postpartum.
    ("postpartum", "生完(?:孩子|小孩|娃|宝宝)?第?[一二三四五六七八九十两\\d]+天"),
    # Tightenings said to come without a pattern (肚子有时候发紧变硬 一天几回 不疼 不规律).
    (
        "contractions_irregular",
        "(?:肚子|肚皮)[^。；;]{0,8}?(?:发紧|变硬|发硬)[^。；;]{0,14}?不规律",
    ),
    # A household or close contact with chickenpox (侄子上礼拜出水痘).
    (
        "chickenpox_contact",
        "(?:侄子|侄女|孩子|儿子|女儿|外甥|外孙|孙子|孙女|弟弟|妹妹|哥哥|姐姐|家里|邻居|同事|同学)[^，。,.;；]{0,6}?出(?:了)?水痘",
    ),
    # NICE NG19: an ulcer told after the part of the foot (右脚掌有个硬币大的溃疡).
    (
        "foot_ulcer",
        "(?:脚|足)(?:掌|底|底板|背|后跟|趾|趾头|指头)?[^，。,.;；]{0,8}?(?:溃疡|烂了个口|烂了一块)",
    ),
    # ESC 2021 HF: weight up within days (这三天称体重涨了两公斤).
    (
        "weight_gain_rapid",
        "(?:[一二两三四五六七\\d]+天|这几天|几天|一周|一个礼拜|一星期|这礼拜)[^，。,.;；]{0,6}?体重[^，。,.;；]{0,3}?(?:涨|长|增加|重)了",
    ),
    # NICE NG121/CKS: a hot swollen joint told with its onset between (右膝盖两天前开始红肿).
    (
        "hot_swollen_joint",
        "(?:关节|膝盖|膝关节|脚踝|踝关节|手腕|腕关节|肘|髋)[^，。,.;；]{0,7}?红肿(?:发热|发烫|热痛)",
    ),
    # NICE NG141: a limb red, swollen and warm (小腿红肿发热) is cellulitis.
    (
        "wound_infection",
        "(?:小腿|大腿|胳膊|手臂|脚背|脚面)[^，。,.;；]{0,3}?红肿(?:发热|发烫|热痛|疼|痛)",
    ),
    # NICE CG192 §1.5: a mother who believes her baby is out to harm her (说娃娃是来害她的).
    ("psychosis", "(?:娃娃|孩子|宝宝|娃|小孩)是来害"),
]
# Colloquial "body part + adverb + 痛/疼" (胸口有点痛, 肚子很疼, 头一直痛).
_ADVERBS = "(?:有点儿?|有些|很|非常|特别|好|一直|老是|突然|还是|也|又|还|隐隐约约|隐隐|阵阵|一阵阵|持续|一下子?|扯着|剧烈|剧|时不时(?:地|的)?|偶尔|有时候?|好像|似乎|感觉)+"
_PAIN_WORDS = "(?:刺痛|刺疼|刺着疼|刺着痛|胀痛|隐痛|隐疼|作痛|痛|疼)"
_PAIN_SITES = [
    ("chest_pain", "胸口|胸部|胸前|心口"),
    ("abdominal_pain", "肚子|腹部|小腹|下腹|小肚子"),
    ("epigastric_pain", "胃|上腹"),
    ("headache", "头|脑袋|后脑勺|太阳穴"),
    ("back_pain", "腰|后背|背"),
    ("sore_throat", "嗓子|喉咙|咽喉"),
    ("testicular_pain", "睾丸|阴囊|蛋蛋|卵蛋子?|蛋子"),
    ("ear_pain", "耳朵"),
    ("toothache", "牙"),
    ("eye_pain", "眼睛|眼球|眼珠子?|眼眶"),
]
ZH_PATTERNS += [(code, f"(?:{site}){_ADVERBS}{_PAIN_WORDS}") for code, site in _PAIN_SITES]
# ... or getting worse (眼睛越来越疼, 肚子越来越痛): only the pain word is the mention, so that
# 越来越 is still read as worsening.
ZH_PATTERNS += [(code, f"(?:{site})越来越(?P<at>{_PAIN_WORDS})") for code, site in _PAIN_SITES]
# ... or with a place on it between them (胸口正中刺着疼, 左边胸口刺疼).
ZH_PATTERNS += [
    (code, f"(?:{site})(?:正中|中间|正中间)?{_PAIN_WORDS}") for code, site in _PAIN_SITES
]
# ... and with a side between them (下腹一侧疼, 肚子右边有点痛, 头一边疼).
_PAIN_SIDES = "(?:一侧|一边|单侧|左侧|右侧|左边|右边|两侧|两边)"
ZH_PATTERNS += [
    (code, f"(?:{site}){_PAIN_SIDES}(?:{_ADVERBS})?{_PAIN_WORDS}") for code, site in _PAIN_SITES
]
# NICE CKS Scrotal pain 2022: the testis named in everyday words with pain or swelling
# (左边蛋蛋剧痛, 卵蛋子肿了); the word alone (蛋蛋上长了个疙瘩) is not pain.
ZH_PATTERNS.append(
    (
        "testicular_pain",
        "(?:睾丸|阴囊|蛋蛋|卵蛋子?|蛋子)(?:(?![不没无])[^，。,.;；]){0,3}?(?:剧痛|疼|痛|肿)",
    )
)
# NICE NG232 2023 §1.4: vomits counted right after the vomiting word (吐了两次, 呕吐3次,
# 吐了两三次 counts as three).
_AFTER_VOMIT = "(?:(?<=吐)|(?<=吐了)|(?<=吐过)|(?<=呕吐)|(?<=呕吐了))\\s*"
ZH_PATTERNS += [
    ("vomited_twice", _AFTER_VOMIT + "(?:两|二|2)\\s*(?:次|回|遍)"),
    (
        "vomited_3plus",
        _AFTER_VOMIT
        + "(?:[两二三](?=[三四五])|)(?:[三四五六七八九十]|[3-9]|\\d{2})(?:[-~到至]\\s*\\d+)?\\s*(?:次|回|遍)",
    ),
]
ZH_PATTERNS.append(
    ("chest_tightness", f"(?:胸口|胸部|心口){_ADVERBS}(?:发闷|闷|憋|发紧|紧|发堵|堵)")
)
# A place on the site before the pain (胸口正中间压着疼, 心口那里闷痛).
ZH_PATTERNS += [
    (
        code,
        f"(?:{site})(?:正中间|正中|中间|这里|那里|这块|那块|这儿|那儿)(?:{_ADVERBS})?"
        "(?:压着|闷|胀|刺|隐)?(?:痛|疼)",
    )
    for code, site in _PAIN_SITES
]
# ESC 2023 ACS: pain running into the left arm or shoulder (往左边胳膊上窜).
ZH_PATTERNS.append(
    (
        "radiating_pain",
        "(?:往|向|窜到|串到|扯到|传到)左(?:边)?(?:的)?(?:胳膊|手臂|臂|肩膀|肩)(?:上)?(?:窜|串|扯|传|走)?",
    )
)
# GCS / AVPU: opening the eyes only after being called again and again is reduced
# consciousness (叫她半天才睁眼), as is dropping back to sleep mid-conversation.
ZH_PATTERNS += [
    (
        "drowsy",
        "(?:叫|喊|拍)(?:她|他|了)?(?:半天|好久|好几声|好一会儿?|好几遍)才(?:睁(?:一?下|开)?眼|醒|应|有反应)",
    ),
    ("drowsy", "(?:一会儿?|说着说着)?又睡(?:过去|着)了?"),
]
# NICE CKS Bell's palsy: the forehead told with its side between (额头右边也皱不起来).
ZH_PATTERNS.append(
    (
        "forehead_weakness",
        "额头(?:左边|右边|左侧|右侧|一边|半边)(?:也|都)?(?:皱不起来|抬不起来|皱不了)",
    )
)
# Command hallucinations to kill someone (说有个声音一直命令他杀了隔壁老李).
ZH_PATTERNS.append(
    (
        "command_hallucination_violence",
        "声音[^，。,.;；]{0,6}?(?:命令|叫|让|要)(?:他|她)(?:去)?(?:杀|砍|打死|弄死|捅|伤害)(?!自己)",
    )
)
# ESPGHAN 2015: a child who swallowed magnets (吞了磁力珠, 吞了好几颗磁铁): two or more attract
# across the gut wall.
ZH_PATTERNS.append(
    ("poisoning", "(?:吞|吃|咽)(?:了|下|进)?[^，。,.;；]{0,4}?(?:磁力珠|磁珠|磁铁|吸铁石|巴克球)")
)
# MHRA 2013: an acute dystonia told as the neck turning and the eyes rolling up after an
# antipsychotic (脖子往一边歪 眼睛往上翻), not a fit.
ZH_PATTERNS.append(
    ("dystonia", "(?:脖子|头)[^，。,.;；]{0,6}?(?:歪|扭)[^，。,.;；]{0,4}?眼睛(?:往|向)?上翻")
)
# Dysentery told after the diarrhoea (拉肚子两天 今天有血 带黏液).
ZH_PATTERNS.append(("bloody_diarrhoea", "(?:拉肚子|腹泻|拉稀)[^。；;]{0,10}?(?:有血|带血|脓血)"))
# A diabetic foot ulcer told by its place (右脚大拇指旁边有个溃疡).
ZH_PATTERNS.append(
    (
        "foot_ulcer",
        "(?:脚|足|脚趾|大拇指|大脚趾|脚底|脚后跟|脚背)[^，。,.;；]{0,6}?(?:溃疡|烂了|烂疮)",
    )
)
# A wound red, discharging or with pus (伤口一边红肿 有渗液, 有黄色的脓).
ZH_PATTERNS += [
    ("wound_infection", "伤口(?:(?![不没无未])[^，。,.;；]){0,4}?(?:红肿|渗液|流脓|有脓|化脓)"),
    ("wound_infection", "(?<![没无])(?:有|流)(?:黄色的?|黄)?脓"),  # not 没有脓
]
# Bleeding that pressure has not stopped (按了二十多分钟还在喷).
ZH_PATTERNS.append(
    (
        "heavy_bleeding",
        "(?:按|压|捂|摁)(?:了|住|着)?(?:(?![不没无])[^，。,.;；]){0,8}?还(?:在|是)(?:喷|冒血|冒|流血|出血|往外冒|往外流)",
    )
)
# Ramsay Hunt: blisters in the ear or on the auricle (耳朵眼里和耳廓上有一串小水泡).
ZH_PATTERNS.append(("ear_vesicles", "耳(?:朵|廓|郭|道)[^，。,.;；]{0,8}?(?:水泡|水疱|疱疹)"))
# Optic neuritis: pain when the eye moves (眼睛转的时候眼球后面痛).
ZH_PATTERNS.append(
    (
        "pain_on_eye_movement",
        "眼(?:睛|球|珠子?)?(?:一)?转(?:动)?(?:的时候|时)?[^，。,.;；]{0,6}?(?:痛|疼)",
    )
)
# Pancreatitis: upper abdominal pain going through to the back (痛到后背, 往后背窜).
ZH_PATTERNS.append(
    (
        "pain_through_to_back",
        "(?:痛|疼)(?:得)?(?:穿|串|窜|放射|连)?到(?:了)?(?:后背|背上|背后|腰背)|往后背(?:窜|串|放射)",
    )
)
# Tingling around the mouth (嘴巴周围 手指头发麻): hyperventilation's or a low calcium's.
ZH_PATTERNS.append(("hyperventilation", "嘴(?:巴|唇)?(?:周围|周边|边上|一圈)[^，。,.;；]{0,6}?麻"))
# A glucose reading told without its name, low (测2.8, 今早又是3.1): a hypo.
ZH_PATTERNS.append(
    (
        "hypo_reported",
        "(?:测|测了|测过|测出来|又是)(?:血糖|一次|一下)?\\s*(?:[12]\\.\\d|3\\.[0-8])(?![\\d.])",
    )
)
# A glucose told as running in the twenties (血糖一直20多, 血糖都三十多).
ZH_PATTERNS.append(
    (
        "hyperglycaemia_reported",
        "血糖(?:一直|都|老是|天天|总是)(?:在)?(?:[2-3]\\d|二十|三十)(?:多|几)?",
    )
)
# A rape told with who did it between (被邻居一个男的强迫发生关系了).
ZH_PATTERNS.append(
    (
        "sexual_assault",
        "被[^，。,.;；]{0,10}?强(?:迫|行)(?:跟她|和她|跟他|和他)?发生(?:了)?(?:性)?关系",
    )
)
# A nosebleed still running after minutes of pressure (捏着鼻子按了20多分钟了还在流).
ZH_PATTERNS.append(
    (
        "nosebleed_persistent",
        "(?:捏|按|压)(?:着|住)?(?:鼻子)?[^，。,.;；]{0,6}?(?:\\d+|十|二十|三十|十几|二十几)多?分钟(?:了)?(?:还在|还是|还)(?:流|出血|滴)",
    )
)
# Weight lost told in jin (瘦了2斤多, 掉了5斤).
ZH_PATTERNS.append(("weight_loss", "(?:瘦|掉|轻)了(?:\\d+|[一二两三四五六七八九十]+)斤"))
# Stings counted (数了有三十多个包, 蛰了12个包): ten or more is many (胡蜂螫伤共识 2018).
ZH_PATTERNS.append(
    (
        "many_stings",
        "(?:数了?(?:有|一下)?|蛰了|蜇了|叮了)(?:[1-9]\\d|十几|十多|二十几|二十多|三十多|几十|好几十)(?:个|处|下)(?:包)?",
    )
)
# Urine the colour of soy sauce or tea (尿的是酱油色, 尿了一点 茶色的).
ZH_PATTERNS.append(
    ("pigmented_urine", "尿[^，。,.;；]{0,8}?(?:酱油色|茶色|可乐色|浓茶色|浓茶似的|像浓茶)")
)
# A fall from three metres or more (从房顶掉下来了 三四米高).
ZH_PATTERNS.append(
    (
        "major_trauma",
        "(?:掉|摔|跌|坠)下来[^。；;]{0,8}?(?:[3-9]|三|四|五|六|七|八|九|十)(?:[四五六七八九])?米",
    )
)
# A burn told by what did it (炭盆 手按进去了, 硫酸水溅左胳膊上了).
ZH_PATTERNS += [
    (
        "burn",
        "(?:炭盆|火盆|炉子|火炉|开水|热水|热油|热汤)[^，。,.;；]{0,6}?(?:按进去|掉进去|烫|泼|洒)",
    ),
    ("burn", "(?:硫酸|盐酸|烧碱|石灰|强酸|强碱|电瓶水)[^，。,.;；]{0,4}?(?:溅|泼|洒|烧)"),
]
# An antibiotic course told with its day (吃阿莫西林第三天, 吃头孢两天了, 吃药第5天了, 输液三天了,
# 开了阿莫西林克拉维酸 吃了三天, "day 3 of amox", "CAP day 3 doxy", "on cipro day 4", "drops 3
# days"); not an antipyretic's (吃退烧药三天了). Only the day count is the concept's span, so that
# the antibiotic's name stays its own concept (头孢 with alcohol, cipro with a tendon).
_ZH_ABX = "(?:西林|沙星|头孢|霉素|抗生素|消炎药|青霉素|克拉维酸|呋喃妥因|磷霉素|甲硝唑)"
_ZH_DAY = "(?P<at>第[\\d一二两三四五六七八九十]{1,2}天|[\\d一二两三四五六七八九十]{1,2}天了?)"
ZH_PATTERNS += [
    (
        "antibiotic_course",
        "(?:吃|用|服|打|输|挂)(?:了|着)?(?:药|液|针|水|点滴|[^，。,.;；退止感降]{0,5}?"
        + _ZH_ABX
        + ")(?:已经|都)?"
        + _ZH_DAY,
    ),
    ("antibiotic_course", _ZH_ABX + "[^。；;]{0,8}?(?:吃|用|服|打|输)了?(?:已经|都|满)?" + _ZH_DAY),
]
_ABX = (
    r"(?:abx|antibiotics?|amox\w*|augmentin|co-?amox\w*|pen\s*v|penicillin|fluclox\w*|doxy\w*|"
    r"clarithro\w*|erythro\w*|azithro\w*|nitrofurantoin|trimethoprim|cef\w+|cipro\w*|levoflox\w*|"
    r"clinda\w*)(?![a-z])"
)
_EN_DAYS = r"(?P<at>\d+\s*(?:days?|d))(?![a-z])"
EN_PATTERNS: list[tuple[str, str]] = [
    ("antibiotic_course", r"(?<![a-z])(?P<at>day\s*\d+)(?:\s+(?:of|on))?\s+" + _ABX),
    ("antibiotic_course", r"(?<![a-z])" + _ABX + r"\s+(?P<at>day\s*\d+)"),
    ("antibiotic_course", r"(?<![a-z])" + _ABX + r"\s+(?:for\s+|x\s*)?" + _EN_DAYS),
    ("antibiotic_course", r"(?<![a-z])" + _EN_DAYS + r"\s+(?:of|on|into)\s+" + _ABX),
    ("antibiotic_course", r"(?<![a-z])drops\s+(?:for\s+)?" + _EN_DAYS),
    # One shock told after the device is named ("w ICD had 1 shock this morning"): ESC 2021.
    (
        "icd_shock",
        r"(?<![a-z])(?:icd|defib\w*)[^.;]{0,15}?(?P<at>(?:had|got) (?:1|one|a single|a) shock)",
    ),
    # More than one defibrillator shock (ESC 2021 pacing: an electrical storm).
    (
        "icd_shock_repeated",
        r"(?<![a-z])(?P<at>(?:(?:icd|defib\w*|device|box) (?:has )?)?(?:(?:got|been|was|were) )?"
        r"(?:shock\w*|kick\w*|zapp\w*|jolt\w*|fired|went off|gone off)[^.;]{0,40}?"
        r"(?:twice|two times|x ?2|2 ?x|several times|three times|\d+ times)"
        r"(?:[^.;]{0,30}?(?:box|icd|defib\w*|device))?)",
    ),
    # An erection that persists after an injection for erectile dysfunction (EAU 2023 priapism).
    (
        "priapism",
        r"(?<![a-z])(?:ed|alprostadil|caverject|trimix)[^.]{0,40}?(?P<at>still (?:stiff|hard|erect))",
    ),
    # A gastrostomy tube come out (NNNG 2020: the tract closes within hours).
    (
        "feeding_tube_out",
        r"(?<![a-z])(?P<at>(?:gastrostomy|peg|g-?tube|feeding tube)(?: button| tube)?"
        r"[^.;]{0,24}?(?:came out|fell out|pulled out|come out|dislodged))",
    ),
]
# Few wet nappies told by their count (就换了两个湿尿布, 一天就两三块尿布是湿的): NICE CG84 (2009)
# decreased urine output.
ZH_PATTERNS.append(
    (
        "reduced_urine",
        "(?:就|只|才)(?:换了)?(?:有)?(?:[一二两三]{1,2}|[1-3](?:-[1-3])?)(?:个|块|片|张)(?:湿)?尿(?:布|不湿|片)",
    )
)
# Weight lost by the jin (瘦了十来斤, 瘦了8斤): NICE NG12 unexplained weight loss.
ZH_PATTERNS.append(
    ("weight_loss", "瘦了(?:[\\d一二两三四五六七八九十几]+|十来|好几)(?:来|多)?(?:斤|公斤|kg)")
)
# A joint that swelled up, red and warm (左边膝盖这两天突然肿起来 发热发红): NICE CKS Septic arthritis.
ZH_PATTERNS.append(
    (
        "hot_swollen_joint",
        "(?:膝盖|膝关节|脚踝|踝关节|脚脖子|手腕|肘关节|胳膊肘|关节)[^，。,.;；]{0,8}?肿(?:起来|了)?[^。；;]{0,4}?"
        "(?:发热发红|发红发热|又红又热|又热又红|发烫发红|发红发烫)",
    )
)
# Urine the colour of soy sauce or strong tea, told in English beside Chinese (urine 酱油色).
ZH_PATTERNS.append(("pigmented_urine", "urine\\s*(?:是|呈)?(?:酱油色|浓茶色|茶色|可乐色)"))
# A fever that antipyretics hardly bring down (吃了退烧药也不大退, 退烧药都压不下去): 手足口病诊疗指南(2018)
# 重症预警 (持续高热不退).
ZH_PATTERNS.append(
    ("fever_unresponsive", "退烧药(?:也|都)?(?:不大|不太|不怎么|压不下去|退不下来|不)退")
)
# Cellulitis past the line drawn in the morning (红的范围比早上画的线又大了).
ZH_PATTERNS.append(("q_worsening", "比[^，。,.;；]{0,4}?画的(?:线|圈)[^，。,.;；]{0,2}?大了"))
# Hands, feet and mouth told together (手脚嘴巴都长了疱疹): 手足口病诊疗指南(2018).
ZH_PATTERNS.append(
    (
        "hfmd",
        "手(?:上)?(?:和)?脚(?:上)?(?:和)?嘴(?:巴|里)?(?:都|也)?(?:长了?|起了?|出了?|有)(?:一些|好些)?(?:疱疹|水疱|水泡|泡|疹子|小红点)",
    )
)
# 住校生确诊流脑 ... 她同宿舍的室友: a dormitory contact of a confirmed case.
ZH_PATTERNS.append(
    ("meningococcal_contact", "确诊(?:了)?流脑[^。；;]{0,20}?(?:同宿舍|室友|舍友|同寝室)")
)
# A neutrophil or white count below 1 (中性粒细胞0.4, 白细胞0.9): NICE NG151 neutropenia.
ZH_PATTERNS.append(
    ("neutropenia", "(?:中性粒(?:细胞)?|白细胞)(?:计数)?[^\\d，,。；;]{0,4}?0\\.\\d")
)
# Watery stools counted (拉了六次稀水, 拉了5次水样的).
ZH_PATTERNS.append(
    ("diarrhoea", "拉了?(?:[\\d一二两三四五六七八九十几]+)次(?:稀水|稀的|水样|稀便|水)")
)
# Ulcers told as grown in the mouth (嘴里长了两个溃疡).
ZH_PATTERNS.append(("mouth_ulcer", "嘴里[^，。,.;；]{0,6}?溃疡"))
# A button battery gone missing with a small child who put it in the mouth (小圆电池不见了 往嘴里放过):
# swallowed until an X-ray says not (NPIS button batteries 2023).
ZH_PATTERNS.append(
    (
        "poisoning",
        "(?:小圆电池|纽扣电池|扣子电池|圆电池)[^。；;]{0,6}?(?:不见了|找不到|找不着|少了一个|少了)",
    )
)
# One eye named with its pain, redness or blurring (右眼开始胀痛, 左眼疼得厉害, 右眼通红, 看东西像隔了层毛玻璃,
# 看东西明显不清楚, 右眼有几次一下子黑了): NICE CKS Red eye.
ZH_PATTERNS += [
    ("eye_pain", "[左右]眼(?:睛|珠)?(?:开始)?(?:胀痛|疼得厉害|痛得厉害|胀得要命|疼|痛)"),
    ("red_eye", "[左右]眼(?:睛)?(?:也)?(?:通红|发红|红了|红)"),
    (
        "vision_disturbance",
        "像隔了(?:一)?层毛玻璃|看东西(?:明显|有点|越来越)(?:不清楚|模糊|看不清)|眼(?:前)?(?:有几次)?一下子黑了",
    ),
]
# A thin line of blood at the bottom of the dark of the eye after a blow (黑眼珠下缘有一条细细的血线): a
# small hyphaema (RCOphth: eye casualty the same day).
ZH_PATTERNS.append(("hyphaema", "黑眼(?:珠|仁)(?:最)?(?:下缘|下边|下面|底下)[^，。,.;；]{0,8}?血"))
# One eye's sight told by its acuity against the other's (视力右眼0.3 左眼1.0, "VA R 6/24, L 6/6").
ZH_PATTERNS.append(("vision_disturbance", "视力[左右]眼0\\.[1-5](?!\\d)"))
# A caustic blown, splashed or thrown into the eyes (搅拌石灰 一阵风吹到两只眼睛里): RCOphth chemical injury.
ZH_PATTERNS.append(
    (
        "chemical_eye",
        "(?:石灰|水泥|灰浆|烧碱|碱水|洁厕灵|农药|除草剂)[^。；;]{0,12}?(?:吹到|溅到|甩到|进了?|弄到|飞到|溅进)[^，。,.;；]{0,4}?眼",
    )
)
# 卡介苗...腋下长了个包...变软了: a BCG node abscess.
ZH_PATTERNS.append(("injection_site_abscess", "(?:腋下|胳肢窝)[^。；;]{0,10}?(?:变软|发软|化脓)"))
# Saliva running out because it cannot be swallowed (口水顺着嘴角流, "spitting saliva into a cup").
ZH_PATTERNS.append(("drooling", "口水(?:顺着嘴角|从嘴角)?(?:往外)?流(?:出来)?"))
# A cut's length told before its depth (口子2厘米 挺深).
ZH_PATTERNS.append(("deep_wound", "口子[^，。,.;；]{0,8}?(?:挺深|很深|好深|比较深|蛮深)"))
# Blisters on one side of the forehead or round one eye (额头左边起疱 一片): ophthalmic shingles
# (NICE CKS Shingles 2024).
ZH_PATTERNS.append(
    (
        "zoster_eye",
        "(?:额头|前额|额部|眼周|眼皮|眼睑|眉毛|鼻尖)(?:左边|右边|左侧|右侧|一侧|半边)(?:上)?(?:起了?|长了?|出了?|冒了?)"
        "(?:一片|一串|一簇|一些|好些)?(?:小)?(?:疱|泡|水疱|水泡)",
    )
)
# An infusion under way (输阿奇霉素的时候).
ZH_PATTERNS.append(("given_at_clinic", "输(?:了)?[^，。,.;；]{1,8}?的时候"))
# A rash pressed with a glass that does not fade (用杯子压着看了 不退色).
ZH_PATTERNS.append(
    (
        "rash_nonblanching",
        "(?:压|按)(?:着|了)?[^，。,.;；]{0,6}?(?:不退色|不褪色|不消退|也不退|不退)",
    )
)
# A limb pinned under a weight (小腿被水泥板压了一个来钟头).
ZH_PATTERNS += [
    ("crush_injury", "(?:腿|胳膊|手|脚|小腿|大腿)被[^，。,.;；]{0,6}?压(?:了|住|在)"),
    # 被倒下来的土墙压住了右小腿: the weight told before the limb
    (
        "crush_injury",
        "被[^，。,.;；]{0,8}?(?:压住|压在|砸住|砸在|压了)(?:了)?[^，。,.;；]{0,4}?(?:腿|胳膊|手|脚)",
    ),
]
# Skin red and swollen and hot to the touch (脸突然红肿 边界很清楚 发亮 摸着烫): NICE NG141 cellulitis
# or erysipelas.
ZH_PATTERNS.append(("wound_infection", "红肿[^，。,.;；]{0,14}?(?:摸着|摸上去)(?:发)?烫"))
# Blisters or sores on the genitals (外阴长了几个小水泡, 下面长了好多小泡 破了): BASHH anogenital herpes.
ZH_PATTERNS.append(
    (
        "genital_blisters",
        # (not under another part: 脚下面起了水泡 is the foot's)
        "(?:(?<![脚手底腿臂背脸嘴舌眼头指趾掌跟])下面|外阴|阴部|下身|私处|龟头|阴茎|包皮)"
        "(?:长了|起了|出了)?[^，。,.;；]{0,5}?(?:水泡|水疱|小泡|小疱|疱疹)",
    )
)
# A wound gaping open (口子 4公分左右 张着嘴): a cut to close, not a mouth.
ZH_PATTERNS.append(
    (
        "deep_wound",
        "(?:口子|伤口)[^，。,.;；]{0,10}?(?:张着嘴|张着口|合不上|张开的|张开了|裂开的|裂着)",
    )
)
# One calf aching and swollen (左边小腿肚子胀痛 有点肿, 小腿肚胀痛 with the leg thicker): NICE NG158.
ZH_PATTERNS.append(
    ("calf_swelling", "(?:左边?|右边?)?小腿肚子?(?:胀痛|肿痛)[^。；;]{0,4}?(?:有点肿|肿了|也肿|肿)")
)
# Crying when one part is handled (一给她穿衣服右胳膊就哭, 一换尿片就哭): NICE NG11 §1.7 pain shown.
ZH_PATTERNS.append(
    (
        "pain_behaviour",
        "一给?[^，。,.;；]{0,4}?(?:穿衣服|换尿片|换尿布|翻身|抱|碰|动|洗澡)[^，。,.;；]{0,6}?就(?:哭|叫|喊|躲)",
    )
)
# Loose stools counted (拉了五六回稀的, 拉了三趟水样的).
ZH_PATTERNS.append(
    (
        "diarrhoea",
        "拉了[一二两三四五六七八九十几好多]{1,3}[回次趟遍][^，。,.;；]{0,2}?(?:稀的|稀水|水样的?|稀)",
    )
)
# A headache new to the person (以前没这样头痛过: never had one like this) is told, not denied.
ZH_PATTERNS.append(
    (
        "headache",
        "(?:以前|从来|从前|过去)(?:都|也)?没(?:有)?(?:这样|这么|这种|像这样)(?:的)?(?:头痛|头疼)过",
    )
)
# A gastrostomy tube come out (胃造瘘管整根掉出来了): NNNG 2020, the tract closes within hours.
ZH_PATTERNS.append(
    (
        "feeding_tube_out",
        "(?:胃造瘘|造瘘|胃造口)(?:的)?(?:管|管子)?[^。；;]{0,24}?(?:掉出来|脱出来|掉了|脱落|拔出来|拽出来)",
    )
)
# More than one defibrillator shock (ESC 2021 pacing: two or more in a day is an electrical storm).
ZH_PATTERNS.append(
    (
        "icd_shock_repeated",
        "(?:除颤器|起搏器|icd)[^。；;]{0,12}?(?:放电|电了|电击)[^。；;]{0,6}?(?:两次|两下|三次|好几次|几次|两回)",
    )
)
# An empty bottle of tablets at the bedside (床头一个空的艾司唑仑瓶子): an overdose until shown otherwise.
ZH_PATTERNS.append(("overdose", "空(?:了)?的[^，。,.;；]{0,8}?(?:药瓶|瓶子|药盒)"))
# A height told (海拔3600, 海拔四千多米): WMS 2019/2024.
ZH_PATTERNS.append(("high_altitude", "海拔\\s*(?:[2-5]\\d{3}|[二三四五]千)"))
# A finger that will not straighten after a cut (划了一道口子…无名指弯下去伸不直了): BSSH, a cut tendon
# (without a cut, a finger that clicks straight is a trigger finger).
ZH_PATTERNS.append(
    (
        "tendon_nerve_injury",
        "(?:口子|划|割|切|扎)[^。；;]{0,30}?(?P<at>弯下去伸不直|伸不直了|弯也弯不全)",
    )
)
# A temple that aches (太阳穴这边痛): a headache's site (BSR 2020 giant cell arteritis).
ZH_PATTERNS.append(("headache", "太阳穴(?:这边|那边|那块|这块|那里)?(?:一直|有点|老是)?(?:痛|疼)"))
# A device's trouble told beside it (那个"铁盒子"的地方皮越来越薄, 机器"嘀嘀嘀"响, 装起搏器…伤口那块发红): ESC 2021.
ZH_PATTERNS.append(
    (
        "device_problem",
        "(?:起搏器|除颤器|铁盒子|机器|盒子)[^。；;]{0,20}?(?P<at>皮越来越薄|皮变薄|发亮|看见里头|嘀嘀嘀?响|伤口那块发红|发红发热|流了一点黄水)",
    )
)
ZH_PATTERNS.append(("device_problem", "(?P<at>一跳一跳的?)[^。；;]{0,10}?跟脉一个节奏"))
# A crack during sex and the erection lost at once (同房的时候"咔"一声，然后马上软了): EAU penile fracture.
ZH_PATTERNS.append(
    ("penile_fracture", "(?:同房|房事|性生活)[^。；;]{0,8}?咔[^。；;]{0,8}?(?:软了|软下去)")
)
# A testis told as riding high, lying across or painful to the touch (左边蛋蛋比右边高一点，碰一下就叫):
# NICE CKS scrotal pain and swelling.
ZH_PATTERNS.append(
    (
        "testicular_pain",
        "(?:蛋蛋|睾丸|卵蛋|蛋子)[^，。,.;；]{0,10}?(?:高一点|往上缩|横着|碰一下就叫|一碰就叫|一碰就疼)",
    )
)
# Pus in a burn or a wound told after it (起了几个泡 自己挑破了 … 有黄脓): NICE CKS burns, NICE NG141.
ZH_PATTERNS.append(
    ("wound_infection", "(?:泡|伤口|口子|疮|烫伤|烧伤)[^。；;]{0,24}?(?P<at>有黄脓|有脓|流脓)")
)
# A patch of leg or arm red and hot told by its size (红肿一大片 巴掌大 摸着烫): NICE NG141 cellulitis.
ZH_PATTERNS.append(
    ("wound_infection", "红肿(?:了)?一大片[^。；;]{0,12}?(?:摸着烫|发烫|烫手|热乎乎)")
)
# Blood blisters inside the mouth (嘴里面颊上起了几个紫血泡): ASH 2019 wet purpura.
ZH_PATTERNS.append(
    ("wet_purpura", "(?:嘴里|口腔|口里|面颊|腮帮子?|舌头|牙龈)[^，。,.;；]{0,8}?(?:血泡|血疱)")
)
# NICE NG125 (2019) Surgical site infection: the operation wound red, oozing or with pus
# (刀口一头发红渗液, 伤口周围红肿, 刀口有一点浑的液体渗出来).
ZH_PATTERNS.append(
    (
        "wound_infection",
        "(?:刀口|伤口|切口|口子)(?:(?![不没无未])[^，。,.;；]){0,8}?"
        "(?:发红|红肿|红了|渗液|渗出|流脓|有脓|化脓|流水|渗水|黄脓|浑的液体)",
    )
)
# UKHSA 2024 meningococcal disease / 流行性脑脊髓膜炎防控方案: a close contact is someone of the
# same household or dormitory room (同宿舍, a sister at home), not a child of another class. Only
# the disease's word is the mention, so that the words between stay read.
ZH_PATTERNS.append(
    (
        "meningococcal_contact",
        "(?:同宿舍|同寝室|室友|舍友|家里人|家人|妹妹|哥哥|弟弟|姐姐|爸爸|妈妈|老公|老婆|丈夫|妻子|儿子|女儿|同住的?)"
        "[^。]{0,24}?(?P<at>流脑|脑膜炎球菌|流行性脑脊髓膜炎|脑膜炎)",
    )
)
EN_PATTERNS += [
    (
        "meningococcal_contact",
        r"(?:sister|brother|room-?mate|dorm\w*|household|mum|mom|mother|dad|father|son|daughter|wife"
        r"|husband|partner|boyfriend|girlfriend|lives with|same (?:room|house|flat|bed))"
        r"[^.]{0,100}?(?P<at>mening(?:ococc\w*|itis))",
    ),
    (
        "meningococcal_contact",
        r"(?P<at>mening(?:ococc\w*|itis))[^.]{0,80}?"
        r"(?:lives|sleeps|shares?) (?:in )?(?:the )?same (?:room|house|flat|bed)",
    ),
]
# ENT UK / NICE CKS: a bean, bead or button pushed into a nostril or an ear, told with its side
# or what it was between (把一粒黄豆塞进右边鼻孔, 往右耳朵塞了个小塑料珠子).
ZH_PATTERNS += [
    (
        "foreign_body_nose_ear",
        "塞(?:进|到|在)了?(?:个|一粒|一颗|一个)?[^，。,;；]{0,6}?(?:左边|右边|左|右)?(?:鼻孔|鼻子|耳朵|耳道)",
    ),
    ("foreign_body_nose_ear", "往(?:左边|右边|左|右)?(?:鼻孔|鼻子|耳朵|耳道)(?:里)?塞"),
]
# 被什么咬了一下……看到一条小蛇爬走了: a bite, and a snake seen after it (WHO SEARO 2016 snakebite).
ZH_PATTERNS.append(("snake_bite", "咬了?(?:一下|一口)?[^。；;]{0,40}?(?:小蛇|蛇|长虫)"))
_ZH_PATTERN_RES = [(code, re.compile(rx)) for code, rx in ZH_PATTERNS]
_EN_PATTERN_RES = [(code, re.compile(rx)) for code, rx in EN_PATTERNS]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_ASCII_WORD = re.compile(r"[a-z]")


@dataclass(frozen=True)
class Match:
    """One surface form found in normalised text."""

    start: int
    end: int
    code: str  # may start with "~" (a form that states absence)
    surface: str


def _trie_regex(words: list[str]) -> str:
    """A regex alternation of literal words shaped as a trie, so the longest word wins."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def render(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return render(trie)


def _compile() -> tuple[re.Pattern[str], dict[str, str], list[tuple[str, re.Pattern[str]]]]:
    zh_form_code: dict[str, str] = {}
    for code, (zh, _en) in CONCEPTS.items():
        for form in zh.split():
            zh_form_code.setdefault(form, code)
    zh_re = re.compile(_trie_regex(sorted(zh_form_code)))
    en_res: list[tuple[str, re.Pattern[str]]] = []
    for code, (_zh, en) in CONCEPTS.items():
        forms = [
            f.strip().replace(" ?", r"\s*").replace(" ", r"\s+") for f in en.split(";") if f.strip()
        ]
        if not forms:
            continue  # a concept told in Chinese only
        forms.sort(key=len, reverse=True)
        en_res.append((code, re.compile(r"(?<![a-z])(?:" + "|".join(forms) + r")(?![a-z])")))
    return zh_re, zh_form_code, en_res


_ZH_RE, _ZH_FORM_CODE, _EN_RES = _compile()
_CLAUSE_MARK = ",，。.;；!！?？、"
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_PARTICLE = re.compile(r"[了啦的呢吧]*")
_WORD_START = "了的是也都还又就说他她和跟但且"  # what may stand before a one-character body part


def split_denials(text: str) -> tuple[str, frozenset[str]]:
    """头不疼 -> 不头疼, : a denial written inside a symptom's words (头不疼, 肚子不痛, 眼不花,
    腿不肿) put before them and closed by a comma, so that it denies that symptom and nothing
    after it; with the concepts so denied. Only where the words without 不 are a form and the
    whole is not part of one (走路不稳 is its own form), not for a reassuring form or a qualifier
    (胃口不好 does not deny 胃口好, 按着不疼 is no tenderness), not after another 不 or 没
    (不哭不闹), and not in a question (头不疼了吗)."""
    if "不" not in text:
        return text, frozenset()
    forms = [m.span() for m in _ZH_RE.finditer(text)]
    covered = {i for start, end in forms for i in range(start, end)}
    boundaries = {end for _start, end in forms}  # a form just ended: 头不疼眼不花
    out: list[str] = []
    codes: set[str] = set()
    last = 0
    for i in (m.start() for m in re.finditer("不", text)):
        if i in covered or i < last or text.startswith("不痛快", i):
            continue  # 尿不痛快: a slow stream, no denial of pain
        for xl, yl in ((3, 2), (3, 1), (2, 2), (2, 1), (1, 2), (1, 1)):
            x, y = text[max(i - xl, 0) : i], text[i + 1 : i + 1 + yl]
            if len(x) < xl or len(y) < yl or i - xl < last or not _CJK_RUN.fullmatch(x + y):
                continue
            code = _ZH_FORM_CODE.get(x + y)
            before = text[i - xl - 1 : i - xl]
            if code is None or code.startswith(("~", "q_")) or before in ("不", "没"):
                continue
            word_start = i - xl in boundaries or (out and i - xl == last)
            if xl == 1 and _CJK_RUN.match(before) and before not in _WORD_START and not word_start:
                continue  # 按骨头不痛: 头 ends 骨头, it is no head
            end = i + 1 + yl
            end += len(_PARTICLE.match(text, end).group())  # 肚子不痛了
            after = text[end : end + 1]
            if after in ("吗", "么"):
                break
            out += [text[last : i - xl], "不", x, text[i + 1 : end]]
            out += ["" if not after or after in _CLAUSE_MARK else ","]
            codes.add(code)
            last = end
            break
    return "".join(out) + text[last:], frozenset(codes)


def find_concepts(text: str) -> list[Match]:
    """All concept surface forms in normalised text, longest-leftmost, without overlaps."""
    found: list[Match] = []
    if _CJK.search(text):
        for m in _ZH_RE.finditer(text):
            if m.end() > m.start():
                found.append(Match(m.start(), m.end(), _ZH_FORM_CODE[m.group()], m.group()))
        for code, rx in _ZH_PATTERN_RES:
            at = "at" if "at" in rx.groupindex else 0  # a context read, only (?P<at>...) marked
            for m in rx.finditer(text):
                found.append(Match(m.start(at), m.end(at), code, m.group(at)))
    if _ASCII_WORD.search(text):
        for code, rx in _EN_RES:
            for m in rx.finditer(text):
                found.append(Match(m.start(), m.end(), code, m.group()))
        for code, rx in _EN_PATTERN_RES:
            for m in rx.finditer(text):
                found.append(Match(m.start("at"), m.end("at"), code, m.group("at")))
    found.sort(key=lambda m: (m.start, m.start - m.end))
    kept: list[Match] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
        elif m.end > last_end and kept and kept[-1].start == m.start:
            kept[-1] = m  # pragma: no cover - sorted order makes the longer one come first
            last_end = m.end
    return kept
