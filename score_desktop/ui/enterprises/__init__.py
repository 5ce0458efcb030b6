"""Enterprises: the list, one enterprise's profile, its EIT, visits and KPI history."""
