"""Programme results: the coordinator's dashboard (figures from score_desktop.results)."""
