"""The reference site's headless API: Wagtail's endpoints plus the plugin's."""

from django.urls import include, path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from integration.api import register_endpoints
from integration.api.caching import api_cache
from integration.api.pages import IntegrationPagesAPIViewSet
from integration.api.schema import docs_view, schema_view

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", IntegrationPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
register_endpoints(api_router)

urlpatterns = [
    path("schema/", schema_view, name="api_schema"),
    path("docs/", docs_view, name="api_docs"),
    path(
        "v2/",
        include(
            (decorate_urlpatterns(api_router.get_urlpatterns(), api_cache), "wagtailapi"),
            namespace="wagtailapi",
        ),
    ),
]
