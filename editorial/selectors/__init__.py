"""Reads of the editorial workflow, one module per concern."""
