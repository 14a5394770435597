"""Settings and URLs of the server that ``bench/api.py`` measures: production plus a ceiling.

The ceiling is a view that returns a fixed JSON body through the full
middleware stack without touching the database: the most requests per second
Django can answer on this machine, against which the API endpoints are read.
"""
