"""Hooks for page action requests (unpublish, delete, move)."""
