"""The app-wide dialogs the main window opens: preferences, shortcuts, the report preview."""
