"""SCORE Desktop: the offline-first app of ILO SCORE trainers."""

__version__ = "0.1.0"
APP_NAME = "SCORE Desktop"
APP_ID = "score-desktop"
