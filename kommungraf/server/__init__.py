"""``kommungraf serve``: a read-only SPARQL 1.1 endpoint, a query page and dereferenceable IRIs.

Modules: ``app`` (the WSGI application and its routes), ``protocol`` (what a request asks for: the query, the
read-only guard, content negotiation), ``pool`` and ``worker`` (queries run in child processes that are killed
when they exceed the timeout), ``pages`` (HTML).  This package's ``__init__`` imports nothing, so a worker
process starts without loading rdflib.
"""
