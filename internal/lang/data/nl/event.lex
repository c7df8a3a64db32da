# Counts that move as a story unfolds (deaths, injured, missing, rescued,
# arrests, cases): a toll given at different times is an update, not a
# contradiction (internal/align).
[event-moving-counts]
doden, dode, dodental, slachtoffers, slachtoffer, gewonden, gewonde, vermisten, vermist, omgekomen, overleden, overlevenden, geredden, geëvacueerden, daklozen, gearresteerden, arrestaties, besmettingen, opgenomen
