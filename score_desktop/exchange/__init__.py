"""Exports for coordinators and M&E officers (XLSX, CSV): the shape both the laptop and the server write."""
