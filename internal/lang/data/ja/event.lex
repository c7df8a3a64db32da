# Japanese: words of events. Japanese writes no spaces, so the rules find
# these as substrings next to a number.

# Counts that move as a story unfolds: a toll of the first hours and a
# later one are not a contradiction.
[event-moving-counts]
死者, 死亡, 亡くな, 犠牲者, 死者数, 負傷者, 負傷, けが人, けが, 怪我,
重軽傷, 重傷, 軽傷, 行方不明, 安否不明, 救助, 避難者, 感染者, 逮捕

# What each moving count counts: words of one kind name one count ("死者"
# and "死亡" are the dead), words of two kinds two counts.
[event-moving-count-kinds]
死者 = dead, 死亡 = dead, 亡くな = dead, 犠牲者 = dead, 死者数 = dead,
負傷者 = injured, 負傷 = injured, けが人 = injured, けが = injured,
怪我 = injured, 重軽傷 = injured, 重傷 = injured, 軽傷 = injured,
行方不明 = missing, 安否不明 = missing, 救助 = rescued, 避難者 = evacuated,
感染者 = cases, 逮捕 = arrested
