"""Search as you type across the workspace."""
