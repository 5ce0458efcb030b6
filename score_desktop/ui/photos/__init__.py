"""The photo viewer with non-destructive annotation."""
