"""Today: what the trainer has on this week."""
