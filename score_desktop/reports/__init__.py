"""PDF reports built with reportlab: functions of data, rendered headless."""
