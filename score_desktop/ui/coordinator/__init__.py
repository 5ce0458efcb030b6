"""The coordinator's desk: the review queue of visit reports and a report's review page (issue 15)."""
