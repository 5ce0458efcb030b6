"""Trash: deleted records, each one click from coming back."""
