"""Judge stage: a claim against retrieved passages: stance, facts, verdict."""
