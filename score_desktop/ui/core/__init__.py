"""What every feature of the UI builds on: background tasks, errors, autosave, settings, shared widgets
and models, labels for codes, thumbnails and the photo strip. Imports no feature."""
