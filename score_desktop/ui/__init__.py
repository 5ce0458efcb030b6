"""Everything Qt: the application, windows, models, dialogs and background tasks."""
