# Counts that move as a story unfolds (deaths, injured, missing, rescued,
# arrests, cases): a toll given at different times is an update, not a
# contradiction (internal/align).
[event-moving-counts]
mortos, mortas, morto, mortes, óbitos, vítimas, vítima, feridos, feridas, ferido, desaparecidos, resgatados, sobreviventes, evacuados, desabrigados, desalojados, desalojadas, deslocados, presos, detidos, hospitalizados, contágios, casos
