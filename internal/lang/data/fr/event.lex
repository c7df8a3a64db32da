# Counts that move as a story unfolds (deaths, injured, missing, rescued,
# arrests, cases): a toll given at different times is an update, not a
# contradiction (internal/align).
[event-moving-counts]
morts, mort, mortes, tués, tuées, tué, décès, décédés, décédées, victimes, victime, blessés, blessées, blessé, disparus, disparues, bilan, rescapés, survivants, sauvés, secourus, évacués, sinistrés, sans-abri, arrêtés, interpellés, interpellations, hospitalisés, contaminations, cas
