"""Family hub offer site generator: YAML content in, a static site's files out."""
