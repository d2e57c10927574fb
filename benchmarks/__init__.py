"""Benchmarks and evaluation scripts for finextract (run as ``python -m benchmarks.NAME``)."""
