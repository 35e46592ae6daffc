"""Hooks for the dashboard panels and the audit view."""
