"""The role model's one table: which groups and collection belong to which network."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NetworkAccess(models.Model):
    """The groups and collection that belong to one network, in every language.

    Keyed by the network page's translation key, so the Dutch page and its English
    translation share one set of groups; names may change, the link does not. Nothing here
    names the network page's model: whatever page carries a key listed here is a network.
    """

    translation_key = models.UUIDField(unique=True)
    editors = models.OneToOneField(
        "auth.Group", on_delete=models.PROTECT, related_name="network_as_editors"
    )
    members = models.OneToOneField(
        "auth.Group", on_delete=models.PROTECT, related_name="network_as_members"
    )
    partners = models.OneToOneField(
        "auth.Group", on_delete=models.PROTECT, related_name="network_as_partners"
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.PROTECT, related_name="network_access"
    )

    class Meta:
        verbose_name = _("network access")

    def __str__(self) -> str:
        return self.editors.name
