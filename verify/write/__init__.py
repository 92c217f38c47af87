"""Write stage: text that cites passages: claims, summaries, answers, citation checks."""
