"""Sync in the app: sign in, rounds on a worker, the status bar part and the Sync screen."""
