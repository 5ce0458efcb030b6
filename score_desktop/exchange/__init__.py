"""Exports for coordinators (XLSX, CSV) and imports."""
