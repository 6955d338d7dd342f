"""Benchmarks for kommungraf: a generator of synthetic minutes with gold facts, and a load/query benchmark.

``python -m benchmarks generate …`` writes minutes (text or PDF) and their gold JSON; ``python -m benchmarks run …``
loads them end to end and measures throughput, memory, store size, query latency and export time, beside rdflib.
"""
