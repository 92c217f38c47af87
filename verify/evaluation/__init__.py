"""Evaluation suites and the metrics they share (`verify eval ...`)."""
