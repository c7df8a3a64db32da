# Japanese: how it is written, quotes and their speakers, dates and
# numbers. Japanese writes no spaces between words, so the rules match
# these as substrings.

[writing]
spaces = no
capitalised-nouns = no

[quote-marks]
「 = 」, 『 = 』, “ = ”

# Verbs of saying that may precede a quote ("首相は次のように述べた").
[speech-cues]
述べた, 語った, 話した, 強調した, 明らかにした, 説明した, 指摘した, 発表した,
述べました, 語りました, 話しました, 強調しました, 説明しました

# Cues after a quote or a reported clause, with their quotative と.
[after-quote-cues]
と述べた, と語った, と話した, と強調した, と明らかにした, と説明した, と指摘した,
と発表した, と述べている, と話している, と語っている, と述べました, と語りました,
と話しました, と強調しました, と説明しました, と明らかにしました, と指摘しました,
と発表しました, と話しています, と述べています, とコメントした, と訴えた, と批判した,
と主張した, と表明した, と答えた, と報じた

[complementizers]

# The particles after a speaker: the topic and the subject.
[speaker-particles]
は, が

[speaker-boundaries]
も, 氏によると, によると, 昨日, 今日, 同日, 先月

[pronouns]
彼, 彼女, 彼ら, 私, 私たち

[determiners]

# Titles and roles written after a name: "山田健一部長".
[person-titles]
首相, 大統領, 大臣, 長官, 官房長官, 知事, 市長, 町長, 村長, 社長, 会長, 議員,
部長, 課長, 局長, 室長, 所長, 署長, 本部長, 委員長, 理事長, 教授, 代表, 報道官,
船長, 氏, さん

# The particle between an organisation and its member ("保安部の山田"):
# a speaker's name follows the last one.
[owner-particles]
の

[stop-words]
の, は, が, を, に, で, と, た, し, て, も, な, い, る, れ, か, ら, す, ま, へ,
や, こ, そ, あ, ど, だ, う, ん, っ, ょ, ゃ, ゅ, お, ご, え, き, く, け, さ, せ,
ち, つ, ね, の, ば, び, べ, み, め, よ, り, わ

[months]
一月 = 1, 二月 = 2, 三月 = 3, 四月 = 4, 五月 = 5, 六月 = 6, 七月 = 7, 八月 = 8,
九月 = 9, 十月 = 10, 十一月 = 11, 十二月 = 12

[weekdays]
日曜日 = 0, 月曜日 = 1, 火曜日 = 2, 水曜日 = 3, 木曜日 = 4, 金曜日 = 5, 土曜日 = 6,
（日） = 0, （月） = 1, （火） = 2, （水） = 3, （木） = 4, （金） = 5, （土） = 6

[relative-days]
一昨日 = -2, おととい = -2, 昨日 = -1, きのう = -1, 今日 = 0, きょう = 0, 明日 = 1, あす = 1

[date-markers]
year = 年
month = 月
day = 日
# Words after a date that make it an open interval ("1939年以来": since
# 1939; "6日から": from the 6th on).
since = 以来 以降 から
before = 以前
until = まで
# Next to a day's number, words that make it a count of days ("発生から
# 5日": five days after the occurrence; "5日間", "5日目", "5日後",
# "5日前", "5日ぶり"), not a day of the month.
count-before = から
count-after = 間 目 後 前 ぶり 以上 余り 近く 経

[date-order]
numeric = ymd

[number-format]
thousands = comma
decimal = dot

[number-words]
〇 = 0, 零 = 0, 一 = 1, 二 = 2, 三 = 3, 四 = 4, 五 = 5, 六 = 6, 七 = 7, 八 = 8, 九 = 9

[number-multipliers]
十 = 10, 百 = 100, 千 = 1000, 万 = 10000, 億 = 100000000, 兆 = 1000000000000

[units-cased]
人 = people, 名 = people, 人以上 = people, % = %, ％ = %, 円 = JPY, 億円 = JPY,
ドル = USD, 歳 = years of age, ユーロ = EUR, 元 = CNY, キロ = km, キロメートル = km, トン = t,
機 = aircraft, 隻 = ships, 発 = missiles, 台 = vehicles, 棟 = buildings

[people-nouns]

# Particles that end a phrase of where or to whom something was said.
[setting-particles]
で, に対し, に対して, に, では

[unit-fillers]

# Nouns of a text that says something ("報道によると": the report): before a cue they
# are no speaker; the outlet named before them in title marks is.
[report-nouns]
報道, 報告, 報告書, 記事, 発表資料
