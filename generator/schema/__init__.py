"""Input models: one per kind of YAML file, built from the text editors wrote."""
