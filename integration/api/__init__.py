"""The plugin's headless API: endpoints for Wagtail's ``WagtailAPIRouter``.

A host site builds its router and calls ``register_endpoints(router)``; see
``config/api.py`` in the reference site. ``integration.api.caching.api_cache``
adds ETags, 304s and response caching to any API view. Nothing is imported
here eagerly: the page models import ``integration.api.fields``.
"""


def register_endpoints(router) -> None:
    from .concept import ConceptAPIViewSet
    from .locales import LocalesAPIViewSet
    from .offers import OffersAPIViewSet
    from .search import SearchAPIViewSet

    router.register_endpoint("offers", OffersAPIViewSet)
    router.register_endpoint("concept", ConceptAPIViewSet)
    router.register_endpoint("locales", LocalesAPIViewSet)
    router.register_endpoint("search", SearchAPIViewSet)
