# Counts that move as a story unfolds (deaths, injured, missing, rescued,
# arrests, cases): a toll given at different times is an update, not a
# contradiction (internal/align).
[event-moving-counts]
погибших, погибшие, погибли, погибло, погиб, погибшими, жертв, жертвы, жертвами, пострадавших, пострадавшие, пострадали, раненых, раненые, ранены, пропавших, пропавшими, умерших, умерли, спасенных, спасённых, спасены, эвакуированных, эвакуированы, задержанных, задержаны, арестованных, госпитализированы, госпитализированных, заболевших, случаев
