"""Benchmarks, run as scripts (``python bench/<name>.py``); a package only for ``bench.ceiling``."""
