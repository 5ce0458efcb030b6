"""KPI readings: entering, changing and correcting them (opened from the visit screen and the enterprise page)."""
