from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntegrationConfig(AppConfig):
    name = "integration"
    label = "integration"
    verbose_name = _("Integrationskonzept")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signals
        from .searching import signals as search_signals
        from .translation import compat, fingerprints, roles

        signals.connect()
        fingerprints.connect()
        roles.install_snippet_locale_scope()
        compat.install()
        search_signals.connect()
