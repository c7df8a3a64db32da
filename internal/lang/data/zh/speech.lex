# Chinese (simplified and traditional): how it is written, quotes and
# their speakers, dates and numbers. Chinese writes no spaces between
# words, so the rules match these as substrings.

[writing]
spaces = no
capitalised-nouns = no

[quote-marks]
“ = ”, 「 = 」, 『 = 』, " = "

# Verbs of saying, in news register, longest forms included so that the
# speaker ends where the verb begins.
[speech-cues]
说, 表示, 称, 指出, 强调, 透露, 介绍, 宣布, 声称, 坦言, 说道, 回应,
告诉, 补充说, 警告, 呼吁, 承认, 否认, 表態, 說, 稱, 強調, 透露說, 介紹, 宣佈,
聲稱, 說道, 回應, 補充說, 警告說, 呼籲, 承認, 否認, 告訴記者, 对记者说,
对媒体表示, 向记者表示, 接受采访时表示, 接受採訪時表示

[after-quote-cues]

[complementizers]

[speaker-particles]

# Words that open a place, a time or an adverb between a speaker and the
# verb ("王毅在会上表示" → 王毅).
[speaker-boundaries]
在, 于, 於, 对, 對, 向, 今天, 昨天, 今日, 昨日, 日前, 近日, 当天, 當天, 随后,
隨後, 也, 还, 還, 则, 則, 曾, 再次, 周一, 周二, 周三, 周四, 周五, 周六, 周日,
星期, 上午, 下午, 晚间, 晚間, 早前, 此前, 则在, 同时, 同時

[pronouns]
他, 她, 他们, 她们, 我们, 他們, 她們, 我們, 我, 你, 其

[determiners]

# Titles and roles written before (or after) a name: "局长陈立新".
[person-titles]
总统, 總統, 总理, 總理, 主席, 部长, 部長, 发言人, 發言人, 首相, 外长, 外長,
局长, 局長, 市长, 市長, 省长, 省長, 书记, 書記, 主任, 院长, 院長, 校长, 校長,
董事长, 董事長, 总经理, 總經理, 负责人, 負責人, 教授, 大使, 司令, 议员, 議員,
县长, 縣長, 厅长, 廳長, 处长, 處長, 队长, 隊長, 船长, 船長

[stop-words]
的, 了, 在, 是, 和, 与, 與, 及, 也, 有, 这, 這, 那, 就, 都, 而, 但, 将, 將,
对, 對, 于, 於, 为, 為, 以, 之, 其, 被, 把, 等, 或, 并, 並, 从, 從, 到, 由,
个, 個, 上, 中, 下, 说, 說, 表示, 称, 稱

[months]
一月 = 1, 二月 = 2, 三月 = 3, 四月 = 4, 五月 = 5, 六月 = 6, 七月 = 7, 八月 = 8,
九月 = 9, 十月 = 10, 十一月 = 11, 十二月 = 12

[weekdays]
星期日 = 0, 星期天 = 0, 周日 = 0, 週日 = 0, 礼拜天 = 0, 禮拜天 = 0,
星期一 = 1, 周一 = 1, 週一 = 1, 礼拜一 = 1, 禮拜一 = 1,
星期二 = 2, 周二 = 2, 週二 = 2, 礼拜二 = 2, 禮拜二 = 2,
星期三 = 3, 周三 = 3, 週三 = 3, 礼拜三 = 3, 禮拜三 = 3,
星期四 = 4, 周四 = 4, 週四 = 4, 礼拜四 = 4, 禮拜四 = 4,
星期五 = 5, 周五 = 5, 週五 = 5, 礼拜五 = 5, 禮拜五 = 5,
星期六 = 6, 周六 = 6, 週六 = 6, 礼拜六 = 6, 禮拜六 = 6

[relative-days]
前天 = -2, 昨天 = -1, 昨日 = -1, 今天 = 0, 今日 = 0, 明天 = 1, 明日 = 1, 后天 = 2, 後天 = 2

[date-markers]
year = 年
month = 月
day = 日 号 號
# Words after a date that make it an open interval ("1939年以来": since
# 1939).
since = 以来 以來 起
after = 以后 以後 之后 之後
before = 以前 之前

[date-order]
numeric = ymd

[number-format]
thousands = comma
decimal = dot

# Numerals: digits, and the multipliers after a digit or a number.
[number-words]
〇 = 0, 零 = 0, 一 = 1, 二 = 2, 两 = 2, 兩 = 2, 三 = 3, 四 = 4, 五 = 5, 六 = 6,
七 = 7, 八 = 8, 九 = 9

[number-multipliers]
十 = 10, 百 = 100, 千 = 1000, 万 = 10000, 萬 = 10000, 亿 = 100000000,
億 = 100000000

# Units and counters after a number. 人 and 名 count people.
[units-cased]
人 = people, 名 = people, 位 = people, 余人 = people, 多人 = people,
% = %, ％ = %, 百分点 = percentage points,
元 = CNY, 人民币 = CNY, 美元 = USD, 欧元 = EUR, 歐元 = EUR, 日元 = JPY,
英镑 = GBP, 英鎊 = GBP, 港元 = HKD, 新台币 = TWD, 新台幣 = TWD,
岁 = years of age, 歲 = years of age, 公里 = km, 千米 = km, 米 = m, 公斤 = kg, 吨 = t, 噸 = t, 架 = aircraft,
艘 = ships, 枚 = missiles, 辆 = vehicles, 輛 = vehicles, 座 = buildings

[people-nouns]

[unit-fillers]

# Nouns of a text that says something ("報導指出": the report): before a cue they
# are no speaker; the outlet named before them in title marks is.
[report-nouns]
报道, 報導, 报导, 報道, 消息, 报告, 報告, 文章, 新闻, 新聞, 数据, 數據, 资料, 資料, 声明, 聲明, 公告
