"""Wagtail's Elasticsearch-family backends with the plugin's multilingual fields.

Configure one of ``integration.searching.backends.opensearch3``,
``.elasticsearch8`` or ``.elasticsearch9`` as the ``BACKEND`` of
``WAGTAILSEARCH_BACKENDS["default"]``.
"""
