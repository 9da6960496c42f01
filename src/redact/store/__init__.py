"""Persistence of cases: a JSON case file and an append-only decision log beside it."""
