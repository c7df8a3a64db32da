# Counts that move as a story unfolds (deaths, injured, missing, rescued,
# arrests, cases): a toll given at different times is an update, not a
# contradiction (internal/align).
[event-moving-counts]
tote, toten, todesopfer, opfer, verletzte, verletzten, verletzt, vermisste, vermissten, verschüttete, verschütteten, überlebende, überlebenden, gerettete, geretteten, obdachlose, evakuierte, festgenommene, festgenommen, infizierte, infektionen, fälle, getötet, gestorben, starben, umgekommen, todeszahl, opferzahl, bilanz
