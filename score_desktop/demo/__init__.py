"""Realistic demo workspaces for trying the app, tests and benchmarks."""
