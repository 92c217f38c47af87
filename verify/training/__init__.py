"""Training the stance model: labelled pairs and the training run."""
