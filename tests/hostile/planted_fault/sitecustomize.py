"""Python loads this at start-up when its folder is on PYTHONPATH, as tests/hostile/test_serve_failures.py
sets for `mkdocs serve`: while the project holds a file named `generator-fails`, the generator raises, as a
bug in it would, so the test can show that the preview survives any failure."""

import generator.plugin

_real_generate = generator.plugin.generate


def _generate(root, *args, **kwargs):
    if (root / "generator-fails").exists():
        raise RuntimeError("a fault planted by the test")
    return _real_generate(root, *args, **kwargs)


generator.plugin.generate = _generate
