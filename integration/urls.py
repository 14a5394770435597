"""Public URLs of the plugin; the host includes them under a prefix of its choice."""

from django.urls import path

from .views import open_data

app_name = "integration"

urlpatterns = [
    path("offers.<str:fmt>", open_data.export_offers, name="export_offers"),
]
