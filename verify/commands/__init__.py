"""CLI commands, one module per area; each has `register(app)`. Parsing and rendering only."""
