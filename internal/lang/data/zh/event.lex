# Chinese (simplified and traditional): words of events. Chinese writes
# no spaces, so the rules find these as substrings next to a number.

# Counts that move as a story unfolds: a toll of the first hours and a
# later one are not a contradiction.
[event-moving-counts]
死亡, 遇难, 遇難, 罹难, 罹難, 丧生, 喪生, 身亡, 死者, 亡者, 遇难者, 遇難者,
罹难者, 罹難者, 死亡人数, 死亡人數, 受伤, 受傷, 伤者, 傷者, 负伤, 負傷,
受伤者, 受傷者, 失踪, 失蹤, 下落不明, 获救, 獲救, 被困, 无家可归, 無家可歸,
确诊, 確診, 病例, 被捕

# What each moving count counts: words of one kind name one count ("遇难"
# and "死亡" are the dead), words of two kinds two counts.
[event-moving-count-kinds]
死亡 = dead, 遇难 = dead, 遇難 = dead, 罹难 = dead, 罹難 = dead, 丧生 = dead,
喪生 = dead, 身亡 = dead, 死者 = dead, 亡者 = dead, 遇难者 = dead,
遇難者 = dead, 罹难者 = dead, 罹難者 = dead, 死亡人数 = dead, 死亡人數 = dead,
受伤 = injured, 受傷 = injured, 伤者 = injured, 傷者 = injured,
负伤 = injured, 負傷 = injured, 受伤者 = injured, 受傷者 = injured,
失踪 = missing, 失蹤 = missing, 下落不明 = missing, 获救 = rescued,
獲救 = rescued, 被困 = trapped, 无家可归 = homeless, 無家可歸 = homeless,
确诊 = cases, 確診 = cases, 病例 = cases, 被捕 = arrested
