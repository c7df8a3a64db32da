# Counts that move as a story unfolds (deaths, injured, missing, rescued,
# arrests, cases): a toll given at different times is an update, not a
# contradiction (internal/align).
[event-moving-counts]
muertos, muertas, muerto, muertes, fallecidos, fallecidas, fallecimientos, víctimas, víctima, heridos, heridas, herido, lesionados, desaparecidos, rescatados, supervivientes, sobrevivientes, evacuados, damnificados, desplazados, detenidos, arrestados, hospitalizados, contagios, casos
