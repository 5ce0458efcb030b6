"""Visits: the list, starting a visit, and the visit screen where trainers live."""
