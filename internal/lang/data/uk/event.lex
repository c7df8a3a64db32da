# Counts that move as a story unfolds (deaths, injured, missing, rescued,
# arrests, cases): a toll given at different times is an update, not a
# contradiction (internal/align).
[event-moving-counts]
загиблих, загиблі, загинули, загинуло, загинув, жертв, жертви, постраждалих, постраждалі, постраждали, поранених, поранені, зниклих, померлих, врятованих, врятовано, евакуйованих, евакуйовано, затриманих, затримано, госпіталізовано, хворих, випадків
