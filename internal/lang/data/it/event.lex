# Counts that move as a story unfolds (deaths, injured, missing, rescued,
# arrests, cases): a toll given at different times is an update, not a
# contradiction (internal/align).
[event-moving-counts]
morti, morto, morte, vittime, vittima, feriti, ferite, ferito, dispersi, deceduti, decessi, salvati, sopravvissuti, evacuati, sfollati, senzatetto, arrestati, fermati, ricoverati, contagi, casi
