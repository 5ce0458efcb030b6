"""Entities, validation, the hybrid logical clock and the SCORE catalog. Pure Python: imports nothing of ours."""
