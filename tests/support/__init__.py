"""Helpers shared by the bot and reminder tests (not fixtures of the whole suite)."""
